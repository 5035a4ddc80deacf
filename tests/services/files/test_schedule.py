"""The backup routine: last-backup record, reminder and its settings, rotating automatic copies."""

import datetime
from pathlib import Path

import pytest

from bench import concurrency
from desktop import db as database
from desktop.models import Staff, Team
from desktop.services import audit
from desktop.services.errors import PermissionDenied, ValidationErrors
from desktop.services.files import backup, schedule

pytestmark = pytest.mark.sqlite_only(
    reason="automatic copies of the SQLite file beside it; the server is backed up by "
           "its own schedule (docs/SERVER.md)")

NOW = datetime.datetime(2026, 11, 24, 18, 30)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def test_automatic_backups_rotate(office_data: dict, db_path: Path) -> None:
    assert schedule.automatic_due(db_path, NOW.date())
    for minute in range(5):
        assert schedule.make_automatic(db_path, keep=3, now=NOW + datetime.timedelta(minutes=minute))
    kept = schedule.automatic_backups(db_path)
    assert [path.name[-16:-3] for path in kept] == ["20261124-1834", "20261124-1833", "20261124-1832"]
    assert sorted(path.name for path in schedule.automatic_folder(db_path).iterdir()) == sorted(
        [path.name for path in kept] + [path.with_suffix(".json").name for path in kept])
    assert schedule.make_automatic(db_path, keep=3, now=NOW + datetime.timedelta(minutes=4)) is None
    assert not schedule.automatic_due(db_path, NOW.date())
    assert schedule.automatic_due(db_path, NOW.date() + datetime.timedelta(days=1))
    assert not schedule.changed_since_automatic(db_path)
    audit.create(None, Team(name="退出前新增"))
    assert schedule.changed_since_automatic(db_path)
    found = backup.find_backups([schedule.automatic_folder(db_path), db_path.parent])
    assert found == [path.resolve() for path in kept]


def test_copies_are_verified_with_quick_check(office_data: dict, db_path: Path, usb: Path) -> None:
    """No backup waits for a full integrity_check of a large file (34 s on 800 MB): the copy is read back from the
    device with quick_check, and the live file gets the full check in the background (files/integrity.py)."""
    automatic = schedule.make_automatic(db_path, keep=3, now=NOW)
    manual = backup.make_backup(office_data["supervisor"], db_path, usb)
    assert automatic.info.integrity == manual.info.integrity == "quick_check"
    assert "quick_check" in automatic.verified_text()


def test_record_and_last_backup(office_data: dict, db_path: Path, usb: Path) -> None:
    supervisor = office_data["supervisor"]
    assert schedule.last_backup() == (None, "")
    result = backup.make_backup(supervisor, db_path, usb)
    schedule.record_backup(supervisor, result)
    at, place = schedule.last_backup()
    assert at == result.info.made_at
    assert place == str(result.path)


def test_reminder_after_the_configured_days(office_data: dict, db_path: Path, usb: Path) -> None:
    supervisor, clerk = office_data["supervisor"], office_data["clerk1"]
    assert "从未备份" in str(schedule.reminder(supervisor))  # a database never copied reminds from its first day
    assert schedule.overdue()
    assert schedule.reminder(clerk, now=NOW) is None
    result = backup.write_backup(db_path, usb, now=NOW - datetime.timedelta(days=8))
    schedule.record_backup(supervisor, result)
    assert "已经 8 天没有备份" in str(schedule.reminder(supervisor, now=NOW))
    schedule.save_settings(supervisor, remind_days=10, auto_keep=5)
    assert schedule.reminder(supervisor, now=NOW) is None and not schedule.overdue(NOW)
    assert schedule.setting("backup_auto_keep") == 5


def test_settings_are_checked(office_data: dict) -> None:
    with pytest.raises(ValidationErrors) as refused:
        schedule.save_settings(office_data["supervisor"], remind_days=0, auto_keep=500)
    assert set(refused.value.errors) == {"backup_remind_days", "backup_auto_keep"}
    with pytest.raises(PermissionDenied):
        schedule.save_settings(office_data["clerk1"], remind_days=7, auto_keep=10)
    assert Staff.select().count() == 8


def test_rotation_never_deletes_the_copies_of_another_database(office_data: dict, db_path: Path) -> None:
    """The file went missing and a new empty one took its place: its copies must not rotate the old data away."""
    for minute in range(3):
        schedule.make_automatic(db_path, keep=2, now=NOW + datetime.timedelta(minutes=minute))
    old_copies = schedule.automatic_backups(db_path)
    database.close_database()
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        path.unlink(missing_ok=True)
    database.open_database(db_path)
    for minute in range(10, 15):
        schedule.make_automatic(db_path, keep=2, now=NOW + datetime.timedelta(minutes=minute))
    kept = schedule.automatic_backups(db_path)
    assert len(old_copies) == 2 and set(old_copies) < set(kept) and len(kept) == 4
    identities = {backup.read_manifest(path)["database_id"] for path in kept}
    assert len(identities) == 2 and "" not in identities


def test_a_backup_taken_while_another_window_saves_is_recorded(supervisor: Staff, db_path: Path, usb: Path) -> None:
    with concurrency.another_window_saving(db_path) as saves:
        result = backup.make_backup(supervisor, db_path, usb)
        for _ in range(20):
            schedule.record_backup(supervisor, result)
    assert schedule.last_backup() == (result.info.made_at, str(result.path))
    assert len(saves) > 1 and [save.failure for save in saves if save.failure] == []
