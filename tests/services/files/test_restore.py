"""Restore and start-up recovery: round trip, refusals, the replaced file always kept, damage found and repaired."""

import datetime
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from desktop import db as database
from desktop.models import Setting, Team
from desktop.models.migrations import all_migrations
from desktop.services import audit
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.files import backup, restore, schedule
from desktop.services.files.backup import BackupTooNew
from tests.services.files.backup_support import checksums, integrity

pytestmark = pytest.mark.sqlite_only(
    reason="restores the SQLite file (file swap, damage, WAL pages); the server's "
           "restore has its own tests")

NOW = datetime.datetime(2026, 11, 24, 18, 30)


@pytest.fixture
def saved_backup(office_data: dict, db_path: Path, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A backup on the stick, and the live file's per-table checksums at that moment."""
    for number in range(50):
        audit.create(office_data["supervisor"], Team(name=f"班组{number:02d}"))
    usb = tmp_path / "U盘"
    usb.mkdir()
    before = checksums(db_path)
    return backup.write_backup(db_path, usb, now=NOW).path, before


def _schema_pages(path: Path) -> set[int]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}


def _corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would, sparing the schema's pages."""
    schema = _schema_pages(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        if offset // page + 1 not in schema:
            data[offset + 100:offset + 400] = b"\xa5" * 300
    path.write_bytes(bytes(data))


def test_round_trip_gives_identical_tables(office_data: dict, db_path: Path, saved_backup: tuple) -> None:
    backup_path, at_backup = saved_backup
    supervisor = office_data["supervisor"]
    audit.create(supervisor, Team(name="备份之后新增的班组"))
    after_backup = checksums(db_path)
    prepared = restore.prepare_restore(supervisor, backup_path, db_path)
    result = restore.finish_restore(supervisor, prepared, now=NOW)
    assert checksums(db_path, skip_restore_note=True) == at_backup
    assert integrity(db_path) == "ok"
    assert not Team.select().where(Team.name == "备份之后新增的班组").exists()  # the program uses the restored file
    assert "从" in Setting.get_by_id("backup_last_restore").value
    assert result.aside.parent == restore.aside_folder(db_path)
    assert checksums(result.aside) == after_backup  # today's work is kept aside, not lost
    assert not list(db_path.parent.glob(".恢复中*"))


def test_only_supervisor_and_admin_may_restore(office_data: dict, db_path: Path, saved_backup: tuple) -> None:
    for person in ("clerk1", "leader1"):
        with pytest.raises(PermissionDenied, match="恢复数据库"):
            restore.prepare_restore(office_data[person], saved_backup[0], db_path)
    assert restore.prepare_restore(office_data["admin"], saved_backup[0], db_path).temp.exists()


def test_newer_schema_is_refused(office_data: dict, db_path: Path, saved_backup: tuple) -> None:
    backup_path = saved_backup[0]
    backup_path.with_suffix(".json").unlink()
    with sqlite3.connect(backup_path) as connection:
        connection.execute("INSERT INTO schema_migration VALUES ('m9999_from_the_future', datetime('now'))")
    connection.close()
    before = checksums(db_path)
    with pytest.raises(BackupTooNew, match="更新版本"):
        restore.prepare_restore(office_data["supervisor"], backup_path, db_path)
    assert checksums(db_path) == before


@pytest.mark.parametrize("damage", ["pages overwritten", "not a database", "truncated"])
def test_corrupt_backup_is_refused(damage: str, office_data: dict, db_path: Path, saved_backup: tuple) -> None:
    backup_path = saved_backup[0]
    backup_path.with_suffix(".json").unlink()  # no manifest to catch it: SQLite's own checks must
    if damage == "pages overwritten":
        _corrupt(backup_path)
    elif damage == "not a database":
        backup_path.write_bytes(b"PK\x03\x04 this is a zip file" * 500)
    else:
        backup_path.write_bytes(backup_path.read_bytes()[:20_000])
    before = checksums(db_path)
    with pytest.raises(RuleError, match="损坏"):
        restore.prepare_restore(office_data["supervisor"], backup_path, db_path)
    assert checksums(db_path) == before
    assert not list(db_path.parent.glob(".恢复中*"))


TAMPERING = {  # what was done to the backup's schema -> the object the refusal names
    "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM audit_entry; END": "wipe",
    'DROP INDEX "customer_phone_phone_key"': "customer_phone_phone_key",
    'CREATE VIEW everyone AS SELECT * FROM customer': "everyone",
    'ALTER TABLE "staff" ADD COLUMN "note" TEXT': "staff",
    'CREATE TABLE "extra" ("id" INTEGER)': "extra",
}


@pytest.mark.parametrize("sql", TAMPERING)
def test_a_backup_whose_schema_differs_from_its_migrations_is_refused(sql: str, office_data: dict, db_path: Path,
                                                                      saved_backup: tuple) -> None:
    """A trigger emptying the audit log or a dropped UNIQUE index keeps the migration names: the whole schema is
    compared with what those migrations make."""
    backup_path = saved_backup[0]
    backup_path.with_suffix(".json").unlink()  # whoever changed the file wrote no manifest
    with closing(sqlite3.connect(backup_path)) as connection:
        connection.executescript(sql)
    before = checksums(db_path)
    with pytest.raises(RuleError, match=f"结构.*{TAMPERING[sql]}"):
        restore.check_restorable(backup_path)
    with pytest.raises(RuleError, match="结构"):
        restore.prepare_restore(office_data["supervisor"], backup_path, db_path)
    assert checksums(db_path) == before


def test_older_schema_is_upgraded(office_data: dict, db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "旧版本备份.db"
    first_name, first_apply = all_migrations()[0]
    older = SqliteDatabase(str(old))
    older.execute_sql(database.LOG_TABLE)
    first_apply(older)
    older.execute_sql("INSERT INTO schema_migration VALUES (?, datetime('now'))", (first_name,))
    older.execute_sql("INSERT INTO setting VALUES ('branch_name', '旧分店')")
    older.close()
    info = restore.check_restorable(old)
    assert info.schema == "older"
    supervisor = office_data["supervisor"]
    restore.finish_restore(supervisor, restore.prepare_restore(supervisor, old, db_path), now=NOW)
    assert database.applied_migrations(database.db.obj) == [name for name, _ in all_migrations()]
    assert backup.inspect(db_path).schema == "same"


def test_restore_refuses_while_another_connection_holds_unsaved_pages(office_data: dict, db_path: Path,
                                                                     saved_backup: tuple) -> None:
    other = sqlite3.connect(db_path)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("INSERT INTO team (name, active) VALUES ('另一个窗口的班组', 1)")
    other.commit()
    supervisor = office_data["supervisor"]
    prepared = restore.prepare_restore(supervisor, saved_backup[0], db_path)
    try:
        with pytest.raises(RuleError, match="另一个客服台窗口"):
            restore.finish_restore(supervisor, prepared, now=NOW)
        assert Team.select().where(Team.name == "另一个窗口的班组").exists()  # reopened on the untouched file
        assert not prepared.temp.exists()
    finally:
        other.close()


def test_diagnose(office_data: dict, db_path: Path, tmp_path: Path) -> None:
    assert restore.diagnose(db_path) is None
    assert restore.diagnose(tmp_path / "没有这个文件.db") is None
    empty = tmp_path / "空.db"
    empty.write_bytes(b"")
    assert "空的" in restore.diagnose(empty)
    garbage = tmp_path / "乱码.db"
    garbage.write_bytes(b"x" * 10_000)
    assert "损坏" in restore.diagnose(garbage)


def test_start_up_with_a_corrupt_file_recovers_from_the_newest_verified_copy(office_data: dict, db_path: Path) -> None:
    older = schedule.make_automatic(db_path, keep=5, now=NOW)
    audit.create(office_data["supervisor"], Team(name="较新的班组"))
    newer = schedule.make_automatic(db_path, keep=5, now=NOW + datetime.timedelta(hours=1))
    newest_bad = schedule.make_automatic(db_path, keep=5, now=NOW + datetime.timedelta(hours=2))
    _corrupt(newest_bad.path)
    database.close_database()
    _corrupt(db_path)
    damaged_bytes = db_path.read_bytes()
    assert "损坏" in restore.diagnose(db_path)
    chosen = restore.newest_verified(db_path)
    assert chosen.path == newer.path != older.path
    result = restore.recover(db_path, chosen.path, now=NOW)
    assert result.aside.read_bytes() == damaged_bytes  # the damaged file is kept, never overwritten
    assert restore.diagnose(db_path) is None
    database.open_database(db_path)
    assert Team.select().where(Team.name == "较新的班组").exists()
    assert "损坏" in Setting.get_by_id("backup_last_restore").value


def test_recover_into_a_missing_database(office_data: dict, db_path: Path, saved_backup: tuple,
                                         tmp_path: Path) -> None:
    new_place = tmp_path / "新电脑" / "客服台.db"
    result = restore.recover(new_place, saved_backup[0], now=NOW)
    assert result.aside is None
    assert checksums(new_place, skip_restore_note=True) == saved_backup[1]


def test_start_up_check_of_a_large_file_closed_cleanly_reads_header_and_schema_only(
        office_data: dict, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(restore, "FULL_CHECK_BYTES", 0)  # every file counts as large
    database.close_database()
    _corrupt(db_path)
    assert restore.diagnose(db_path) is None  # left to the automatic backups' integrity_check
    assert "损坏" in restore.diagnose(db_path, thorough=True)
    Path(f"{db_path}-wal").write_bytes(b"\x00" * 32)  # the last session ended without closing the file
    assert "损坏" in restore.diagnose(db_path)


def test_start_up_check_finds_a_truncated_large_file(office_data: dict, db_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(restore, "FULL_CHECK_BYTES", 0)
    database.close_database()
    data = db_path.read_bytes()
    db_path.write_bytes(data[:-2 * 4096])  # the last pages lost; the schema at the start still reads
    assert "损坏" in restore.diagnose(db_path)
