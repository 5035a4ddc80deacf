"""`main.py backup|restore|check|move` on the office server (in the PostgreSQL run of the suite)."""

import io
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop import db as database
from desktop.models import Customer
from tests import customer_data
from tests.conftest import PASSWORD


@pytest.fixture
def server(office_data: dict, db_target, engine_name: str) -> str:
    if engine_name != "postgresql":
        pytest.skip("the server's commands run in the PostgreSQL run of the suite")
    customer_data.register(office_data["clerk1"], "张三", "13800000001")
    database.close_database()
    return db_target


def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))


def test_backup_check_and_restore_of_the_server(server: str, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    _password(monkeypatch)
    assert cli.main(["backup", "--db", server, "--to", str(tmp_path / "U盘"), "--user", "z001"]) == cli.EXIT_FAILED
    (tmp_path / "U盘").mkdir()
    _password(monkeypatch)
    assert cli.main(["backup", "--db", server, "--to", str(tmp_path / "U盘"), "--user", "z001"]) == cli.EXIT_OK
    made = next((tmp_path / "U盘").glob("*.db"))
    assert "客户 1" in capsys.readouterr().out
    assert cli.main(["check", "--db", server]) == cli.EXIT_OK
    assert "客户（customer）：1" in capsys.readouterr().out
    _password(monkeypatch)
    assert cli.main(["restore", str(made), "--db", server, "--user", "z001", "--yes"]) == cli.EXIT_OK
    assert "恢复完成" in capsys.readouterr().out


def test_move_from_the_server_to_a_file_and_refused_into_a_full_one(server: str, tmp_path: Path, monkeypatch,
                                                                    capsys) -> None:
    _password(monkeypatch)
    moved = tmp_path / "本机.db"
    assert cli.main(["move", "--from", server, "--to", str(moved), "--user", "z001", "--yes"]) == cli.EXIT_OK
    assert "行数已核对" in capsys.readouterr().out
    database.open_database(moved)
    assert [c.name for c in Customer.select()] == ["张三"]
    database.close_database()
    _password(monkeypatch)
    assert cli.main(["move", "--from", server, "--to", str(moved), "--user", "z001", "--yes"]) == cli.EXIT_FAILED
    assert "已有数据" in capsys.readouterr().err


def test_an_unreachable_server_is_said_in_one_line(server: str, capsys) -> None:
    assert cli.main(["check", "--db", server.rsplit(":", 1)[0] + ":1/kefutai"]) == cli.EXIT_FAILED
    assert "无法连接数据库" in capsys.readouterr().err
