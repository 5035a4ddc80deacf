"""`main.py backup|restore|check`: what they print and their exit codes."""

import io
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop import app, cli
from desktop import db as database
from desktop.models import Team
from desktop.services import audit
from desktop.services.files import backup, schedule

pytestmark = pytest.mark.sqlite_only(
    reason="the file commands (backup/restore/check of a .db file); the server's "
           "commands have their own tests")


@pytest.fixture
def closed_db(office_data: dict, db_path: Path) -> Path:
    """The small dataset on disk, with the test's own connection closed as when the program is not running."""
    database.close_database()
    return db_path


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def _password(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text + "\n"))


def test_backup_then_check(closed_db: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture) -> None:
    _password(monkeypatch, "secret123")
    assert app.main(["backup", "--to", str(usb), "--db", str(closed_db), "--user", "z001"]) == cli.EXIT_OK
    made = next(usb.glob("*.db"))
    out = capsys.readouterr().out
    assert str(made) in out and "完整性检查" in out
    database.open_database(closed_db)
    assert schedule.last_backup()[1] == str(made)
    database.close_database()
    assert cli.main(["check", str(made)]) == cli.EXIT_OK
    assert "员工（staff）：8" in capsys.readouterr().out
    assert cli.main(["check", "--db", str(closed_db)]) == cli.EXIT_OK


def test_backup_to_a_missing_folder_fails(closed_db: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture) -> None:
    _password(monkeypatch, "secret123")
    assert cli.main(["backup", "--to", str(usb / "没有"), "--db", str(closed_db), "--user", "a001"]) \
        == cli.EXIT_FAILED
    assert "找不到备份位置" in capsys.readouterr().err


def test_backup_needs_a_supervisor(closed_db: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture) -> None:
    """The copy holds every customer, confidential ones too: the command line asks the window's 主任 login."""
    assert cli.main(["backup", "--to", str(usb), "--db", str(closed_db)]) == cli.EXIT_FAILED
    assert "--user" in capsys.readouterr().err
    _password(monkeypatch, "secret123")
    assert cli.main(["backup", "--to", str(usb), "--db", str(closed_db), "--user", "l001"]) == cli.EXIT_FAILED
    assert "备份数据库" in capsys.readouterr().err
    _password(monkeypatch, "wrong-password")
    assert cli.main(["backup", "--to", str(usb), "--db", str(closed_db), "--user", "z001"]) == cli.EXIT_FAILED
    assert "密码不正确" in capsys.readouterr().err
    assert list(usb.iterdir()) == []


def test_backup_of_a_missing_database_creates_none(tmp_path: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "没有" / "客服台.db"
    _password(monkeypatch, "secret123")
    assert cli.main(["backup", "--to", str(usb), "--db", str(missing), "--user", "z001"]) == cli.EXIT_FAILED
    assert "找不到数据库文件" in capsys.readouterr().err
    assert not missing.exists()


def test_backup_of_a_damaged_database_is_refused_calmly(closed_db: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture) -> None:
    closed_db.write_bytes(b"\x00" * 8192)
    _password(monkeypatch, "secret123")
    assert cli.main(["backup", "--to", str(usb), "--db", str(closed_db), "--user", "z001"]) == cli.EXIT_FAILED
    assert "数据库文件已损坏" in capsys.readouterr().err


def test_check_reports_damage_and_newer_files(closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    damaged = tmp_path / "坏.db"
    damaged.write_bytes(b"garbage" * 1000)
    assert cli.main(["check", str(damaged)]) == cli.EXIT_DAMAGED
    assert "检查未通过" in capsys.readouterr().err
    with sqlite3.connect(closed_db) as connection:
        connection.execute("INSERT INTO schema_migration VALUES ('m9999_future', datetime('now'))")
    connection.close()
    assert cli.main(["check", "--db", str(closed_db)]) == cli.EXIT_TOO_NEW


def test_wrong_arguments(capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["backup"]) == cli.EXIT_USAGE
    assert "--to" in capsys.readouterr().err


def test_restore_needs_a_supervisor(closed_db: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture) -> None:
    backup.write_backup(closed_db, usb)
    made = str(next(usb.glob("*.db")))
    _password(monkeypatch, "secret123")
    assert cli.main(["restore", made, "--db", str(closed_db), "--user", "c001", "--yes"]) == cli.EXIT_FAILED
    assert "恢复数据库" in capsys.readouterr().err
    _password(monkeypatch, "wrong-password")
    assert cli.main(["restore", made, "--db", str(closed_db), "--user", "z001", "--yes"]) == cli.EXIT_FAILED
    _password(monkeypatch, "secret123")
    assert cli.main(["restore", made, "--db", str(closed_db), "--user", "z001"]) == cli.EXIT_FAILED  # not confirmed


def test_restore_replaces_and_keeps_the_old_file(closed_db: Path, usb: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture) -> None:
    backup.write_backup(closed_db, usb)
    database.open_database(closed_db)
    audit.create(None, Team(name="备份之后"))
    database.close_database()
    _password(monkeypatch, "secret123")
    made = str(next(usb.glob("*.db")))
    assert cli.main(["restore", made, "--db", str(closed_db), "--user", "z001", "--yes"]) == cli.EXIT_OK
    assert "原数据库另存为" in capsys.readouterr().out
    database.open_database(closed_db)
    assert not Team.select().where(Team.name == "备份之后").exists()


def test_restore_over_a_damaged_file_needs_no_login(closed_db: Path, usb: Path, capsys: pytest.CaptureFixture,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    backup.write_backup(closed_db, usb)
    closed_db.write_bytes(b"\x00" * 8192)
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))
    assert cli.main(["restore", str(next(usb.glob("*.db"))), "--db", str(closed_db)]) == cli.EXIT_OK
    assert "损坏的文件另存为" in capsys.readouterr().out
    assert cli.main(["check", "--db", str(closed_db)]) == cli.EXIT_OK


def test_the_window_knows_every_command_the_command_line_runs() -> None:
    """desktop.app looks a command up in cli_commands without importing the command line."""
    from desktop import cli
    from desktop.cli_commands import COMMANDS

    for command in COMMANDS:
        with pytest.raises(SystemExit) as usage:
            cli.parse_args([command, "--help"])
        assert usage.value.code == 0, command
    with pytest.raises(SystemExit) as unknown:
        cli.parse_args(["nonsense"])
    assert unknown.value.code != 0
