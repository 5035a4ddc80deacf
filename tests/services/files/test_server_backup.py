"""备份 and 恢复 of the office server: a verified export into the program's own file format, and its restore."""

import sqlite3

import pytest

from desktop import db as database
from desktop.models import Customer
from desktop.services.errors import RuleError
from desktop.services.files import backup, restore
from desktop.services.files.backup import BackupTooNew
from desktop.services.files.transfer import counts
from tests import customer_data
from tests.services.files.test_transfer import _rows


@pytest.fixture
def server(db_target, engine_name: str):
    if engine_name != "postgresql":
        pytest.skip("the server's backup runs in the PostgreSQL run of the suite")
    return db_target


@pytest.fixture
def home(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOME", str(tmp_path / "主任"))
    return tmp_path / "主任"


def test_a_backup_of_the_server_is_a_verified_file_with_every_row(office_data, server, tmp_path) -> None:
    customer_data.register(office_data["clerk1"], "张三", "13800000001")
    made = backup.make_backup(office_data["supervisor"], server, tmp_path / "U盘", create_folder=True)
    assert made.path.name.startswith("客服台备份_测试分店_") and made.manifest.is_file()
    assert not list((tmp_path / "U盘").glob("*.part"))
    assert made.info.counts == counts(database.db.obj) and made.info.counts["customer"] == 1
    assert _rows(made.path) == _rows(server)  # the copy opens as a database of its own, with the same rows
    assert backup.inspect(made.path).database_id == made.info.database_id != ""


def test_the_server_is_restored_from_its_backup_keeping_its_rows_aside(office_data, server, tmp_path, home) -> None:
    supervisor = office_data["supervisor"]
    customer_data.register(office_data["clerk1"], "张三", "13800000001")
    made = backup.make_backup(supervisor, server, tmp_path)
    saved = _rows(made.path)
    customer_data.register(office_data["clerk1"], "李四", "13800000002")  # after the backup

    prepared = restore.prepare_restore(supervisor, made.path, server)
    result = restore.finish_restore(supervisor, prepared)
    assert [c.name for c in Customer.select()] == ["张三"]
    now = _rows(server)
    assert {k: v for k, v in now.items() if k not in ("setting", "audit_entry")} == {
        k: v for k, v in saved.items() if k not in ("setting", "audit_entry")}
    assert result.aside.parent == home / "客服台恢复前备份"
    with sqlite3.connect(result.aside) as aside:  # what the restore replaced is kept
        assert sorted(row[0] for row in aside.execute("SELECT name FROM customer")) == ["张三", "李四"]
    assert not prepared.temp.exists()
    again = customer_data.register(office_data["clerk1"], "王五", "13800000003")  # numbering goes on
    assert again.id == max(c.id for c in Customer.select())


def test_a_backup_from_a_newer_release_is_not_restored_on_the_server(office_data, server, tmp_path) -> None:
    made = backup.make_backup(office_data["supervisor"], server, tmp_path)
    made.manifest.unlink()
    with sqlite3.connect(made.path) as raw:
        raw.execute("INSERT INTO schema_migration VALUES ('m9999_future', CURRENT_TIMESTAMP)")
    with pytest.raises(BackupTooNew):
        restore.prepare_restore(office_data["supervisor"], made.path, server)


def test_a_backup_when_the_server_cannot_be_reached_says_so(office_data, server, tmp_path) -> None:
    unreachable = server.rsplit(":", 1)[0] + ":1/kefutai"
    with pytest.raises(RuleError, match="无法连接服务器"):
        backup.make_backup(office_data["supervisor"], unreachable, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_backup_dialog_s_size_is_the_database_s_on_either_engine(office_data, db_target) -> None:
    assert backup.database_size(db_target) > 100_000  # a migrated database with the office in it, never "0.0 MB"
