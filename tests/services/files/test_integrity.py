"""The background integrity_check of the live file: due once a day, recorded, and a failure warned about."""

import datetime
import sqlite3
from pathlib import Path

import pytest

from desktop.services.files import integrity
from tests.conftest import NOW

pytestmark = pytest.mark.sqlite_only(reason="the live file's PRAGMA integrity_check; a server has no file to check")


def test_the_office_server_is_never_due_for_the_file_check() -> None:
    assert not integrity.due("postgresql://kefutai@localhost:5432/kefutai", NOW)


def test_a_sound_file_is_recorded_as_checked_and_due_again_a_day_later(office_data: dict, db_path: Path) -> None:
    assert integrity.due(db_path, NOW) and integrity.last() is None
    result = integrity.check_live(db_path, now=NOW)
    assert result.ok
    assert integrity.last() == integrity.IntegrityResult(NOW.replace(microsecond=0), ())
    assert integrity.warning() is None
    assert not integrity.due(db_path, NOW + datetime.timedelta(hours=23))
    assert integrity.due(db_path, NOW + datetime.timedelta(hours=24))


def _damage_an_index(path: Path) -> None:
    """An index whose entries no longer match its rows (as if it indexed another column): what quick_check does
    not see and integrity_check does."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("""UPDATE sqlite_master SET sql = replace(sql, '("login")', '("name")')
                          WHERE name = 'staff_login'""")
    connection.commit()
    connection.close()


def test_a_damaged_index_is_recorded_and_warned_about(office_data: dict, db_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    source = sqlite3.connect(db_path)
    target = sqlite3.connect(damaged)
    source.backup(target)
    source.close()
    target.close()
    _damage_an_index(damaged)
    quick = sqlite3.connect(damaged)
    assert quick.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # what a backup's check does not see
    quick.close()
    result = integrity.check_live(damaged, now=NOW)
    assert not result.ok and any("staff_login" in problem for problem in result.problems)
    assert integrity.last().problems == result.problems
    warning = str(integrity.warning())
    assert warning is not None and "完整性检查发现问题" in warning and "staff_login" in warning


def test_a_file_that_cannot_be_read_is_a_failed_check(office_data: dict, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 500)
    assert not integrity.check_live(garbage, now=NOW).ok
    assert integrity.warning() is not None
