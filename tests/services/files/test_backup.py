"""Backups: verified copies, each failure loud and harmless, automatic rotation, the reminder and its settings."""

import datetime
import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from desktop.models import Team
from desktop.services import audit
from desktop.services.errors import Cancelled, PermissionDenied, RuleError
from desktop.services.files import backup
from tests.services.files.backup_support import FailingTarget, checksums, integrity

pytestmark = pytest.mark.sqlite_only(
    reason="backs up the SQLite file (online copy, integrity_check, WAL); the server's "
           "pg_dump backup has its own tests")

NOW = datetime.datetime(2026, 11, 24, 18, 30)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


@pytest.fixture
def busy_office(office_data: dict) -> dict:
    """The small dataset plus a few hundred audited saves, so the file spans many pages."""
    for number in range(300):
        audit.create(office_data["supervisor"], Team(name=f"临时班组{number:03d}"))
    return office_data


def test_backup_is_verified_named_and_has_a_manifest(busy_office: dict, db_path: Path, usb: Path) -> None:
    before = checksums(db_path)
    result = backup.write_backup(db_path, usb, now=NOW)
    assert result.path.name == "客服台备份_测试分店_20261124-1830.db"
    assert sorted(path.name for path in usb.iterdir()) == [result.path.name, result.manifest.name]
    assert checksums(result.path) == before
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["sha256"] == backup.file_sha256(result.path)
    assert manifest["counts"]["team"] == 302
    assert manifest["branch"] == "测试分店"
    assert manifest["verified_with"] == "quick_check"  # the live file gets the full integrity_check at idle
    assert manifest["schema_version"] == result.info.schema_version > 0
    assert "班组 302" in result.verified_text()


def test_the_completion_is_told_in_plain_words(busy_office: dict, db_path: Path, usb: Path) -> None:
    told = str(backup.write_backup(db_path, usb, now=NOW).done_text())
    assert "已从头读回核对" in told and "可以用来恢复" in told and str(usb) in told and "班组 302" in told
    assert not any(word in told for word in ("integrity_check", "quick_check", "SHA", "结构版本"))


def test_backup_copies_one_moment_while_clerks_keep_saving(busy_office: dict, db_path: Path, usb: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "SNAPSHOT_PAGES", 1)  # many steps, with saves landing between them
    saved = []

    def save_between_steps(stage: str, done: int, total: int) -> None:
        if stage == "正在写入备份":
            saved.append(audit.create(None, Team(name=f"备份中新增{len(saved)}")))

    result = backup.write_backup(db_path, usb, now=NOW, progress=save_between_steps)
    assert len(saved) > 10
    assert Team.select().count() == 302 + len(saved)
    assert result.info.counts["team"] == 302
    assert integrity(result.path) == "ok"


def test_make_backup_needs_the_permission(busy_office: dict, db_path: Path, usb: Path) -> None:
    with pytest.raises(PermissionDenied):
        backup.make_backup(busy_office["leader1"], db_path, usb)
    assert list(usb.iterdir()) == []


def test_removable_drive_gets_its_own_folder(busy_office: dict, db_path: Path, usb: Path) -> None:
    result = backup.make_backup(busy_office["supervisor"], db_path, usb / backup.USB_FOLDER, create_folder=True)
    assert result.path.parent == usb / backup.USB_FOLDER


FAILURES = {
    "missing target": ({}, "找不到备份位置"),
    "read-only target": ({"on_open": errno.EROFS}, "只读"),
    "no permission": ({"on_open": errno.EACCES}, "只读的或没有写入权限"),
    "disk full mid-copy": ({"on_write": errno.ENOSPC, "after_bytes": 64 * 1024}, "空间不足"),
    "device error": ({"on_write": errno.EIO, "after_bytes": 8 * 1024}, "设备出错"),
    "file too big for FAT32": ({"on_write": errno.EFBIG, "after_bytes": 8 * 1024}, "FAT32"),
    "file vanishing mid-copy": ({"vanish": True}, "消失"),
    "name taken at the last moment": ({"clash_on_place": True}, "同名文件"),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_failures_are_loud_and_harmless(failure: str, busy_office: dict, db_path: Path, usb: Path) -> None:
    injected, message = FAILURES[failure]
    target = usb / "不存在的文件夹" if failure == "missing target" else usb
    before = checksums(db_path)
    with pytest.raises(RuleError, match=message):
        backup.write_backup(db_path, target, now=NOW, files=FailingTarget(**injected))
    left = sorted(path.name for path in usb.iterdir())
    expected = ["客服台备份_测试分店_20261124-1830.db"] if failure == "name taken at the last moment" else []
    assert left == expected  # nothing that looks like a backup, no .part files
    assert not list(db_path.parent.glob(".*快照*"))
    assert checksums(db_path) == before
    assert integrity(db_path) == "ok"
    assert Team.select().count() == 302  # and the open database still works


def test_name_clash_is_refused_before_copying(busy_office: dict, db_path: Path, usb: Path) -> None:
    first = backup.write_backup(db_path, usb, now=NOW)
    content = first.path.read_bytes()
    with pytest.raises(RuleError, match="同名文件"):
        backup.write_backup(db_path, usb, now=NOW + datetime.timedelta(seconds=30))
    assert first.path.read_bytes() == content
    assert len(list(usb.iterdir())) == 2


def test_too_little_free_space_is_refused_up_front(busy_office: dict, db_path: Path, usb: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - 5000, 5000))
    with pytest.raises(RuleError, match=r"空间不足：需要约 [\d.]+ MB，只剩 0.0 MB"):
        backup.write_backup(db_path, usb, now=NOW)
    assert list(usb.iterdir()) == []


def test_cancel_leaves_nothing(busy_office: dict, db_path: Path, usb: Path) -> None:
    def cancel(stage: str, done: int, total: int) -> None:
        if stage == "正在写入备份":
            raise Cancelled("备份已取消。")

    with pytest.raises(Cancelled):
        backup.write_backup(db_path, usb, now=NOW, progress=cancel)
    assert list(usb.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes through chmod; injected above")
def test_real_read_only_folder(busy_office: dict, db_path: Path, usb: Path) -> None:
    usb.chmod(0o555)
    try:
        with pytest.raises(RuleError, match="只读"):
            backup.write_backup(db_path, usb, now=NOW)
        assert list(usb.iterdir()) == []
    finally:
        usb.chmod(0o755)


def test_a_damaged_live_database_is_not_backed_up(busy_office: dict, db_path: Path, usb: Path) -> None:
    garbage = usb.parent / "垃圾.db"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(RuleError, match="快照"):
        backup.write_backup(garbage, usb, now=NOW)
    assert list(usb.iterdir()) == []


def test_inspect_refuses_a_file_changed_after_its_manifest(busy_office: dict, db_path: Path, usb: Path) -> None:
    result = backup.write_backup(db_path, usb, now=NOW)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    manifest["sha256"] = "0" * 64
    result.manifest.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(RuleError, match="校验值不一致"):
        backup.inspect(result.path)


def test_a_branch_name_stored_with_control_characters_still_names_a_file() -> None:
    at = datetime.datetime(2026, 11, 18, 10, 30)
    name = backup.backup_name("客服台", "宁波\x00分店\u200b", at)
    assert name == backup.backup_name("客服台", "宁波分店", at) and "\x00" not in name
