"""psycopg2 (the office server's driver) is imported only when a PostgreSQL database is made, not for a file."""

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

needs_psycopg2 = pytest.mark.skipif(importlib.util.find_spec("psycopg2") is None, reason="psycopg2 not installed")


def run(code: str, tmp_path: Path) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                                            "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@needs_psycopg2
def test_opening_a_sqlite_file_imports_no_server_driver(tmp_path):
    out = run(f"""
        import sys
        from desktop.db import close_database, open_database
        open_database({str(tmp_path / "desk.db")!r})
        import desktop.app, desktop.services.audit, playhouse.migrate
        close_database()
        print(sorted(name for name in ("psycopg2", "psycopg", "ssl") if name in sys.modules))
    """, tmp_path)
    assert out == "[]"


@needs_psycopg2
def test_a_postgresql_database_gets_psycopg2_as_peewee_would_have_it(tmp_path):
    out = run("""
        import sys
        import desktop.db
        import peewee
        assert "psycopg2" not in sys.modules
        server = peewee.PostgresqlDatabase("postgresql://nobody@127.0.0.1:1/kefutai", connect_timeout=2)
        import psycopg2.extras
        assert server._adapter.json_type is psycopg2.extras.Json
        assert peewee.Psycopg2Adapter.txn_idle == psycopg2.extensions.TRANSACTION_STATUS_IDLE
        assert server.get_binary_type() is psycopg2.Binary
        try:
            server.connect()
        except peewee.OperationalError as error:  # the driver's own error: it is there and tried the address
            print("refused" if "127.0.0.1" in str(error) or "refused" in str(error) else error)
    """, tmp_path)
    assert out == "refused"
