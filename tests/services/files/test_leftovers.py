"""What a killed backup or restore leaves behind is removed by the next backup, restore or start-up, and only that."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.files import backup, leftovers, restore, schedule
from tests.conftest import NOW

pytestmark = pytest.mark.sqlite_only(reason="what killed copies of the SQLite file leave beside it")

ROOT = Path(__file__).resolve().parents[3]
KILLED = 9
# The operation runs in a process of its own that dies in the middle of copying, as if killed.
DIE_WHILE_COPYING = ("import os, sys; from pathlib import Path; from desktop.services.files import backup, restore; "
                     "die = lambda stage, *_: stage in ('正在复制备份', '正在写入备份') and os._exit(9); ")
RESTORE = DIE_WHILE_COPYING + "restore.recover(Path(sys.argv[1]), Path(sys.argv[2]), progress=die)"
BACKUP = DIE_WHILE_COPYING + "backup.write_backup(Path(sys.argv[1]), Path(sys.argv[2]), progress=die)"


def _killed(script: str, *arguments: Path) -> None:
    done = subprocess.run([sys.executable, "-c", script, *map(str, arguments)], cwd=ROOT, capture_output=True,
                          text=True)
    assert done.returncode == KILLED, done.stderr


def _age(path: Path, hours: float) -> None:
    moment = (NOW - datetime.timedelta(hours=hours)).timestamp()
    os.utime(path, (moment, moment))


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def _hidden_parts(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(".") and ".part" in path.name)


def test_the_next_restore_removes_what_killed_restores_left(supervisor, db_path: Path, usb: Path) -> None:
    saved = backup.write_backup(db_path, usb).path
    for _ in range(3):
        _killed(RESTORE, db_path, saved)
    assert len(_hidden_parts(db_path.parent)) == 1  # each restore removed the full-size copy the one before left
    prepared = restore.prepare_restore(supervisor, saved, db_path)
    assert _hidden_parts(db_path.parent) == [prepared.temp.name]  # only the one this restore is using


def test_the_next_backup_removes_what_a_killed_backup_left(supervisor, db_path: Path, usb: Path) -> None:
    _killed(BACKUP, db_path, usb)
    assert _hidden_parts(db_path.parent) == []  # the snapshot streams straight to the target
    unfinished = [path for path in usb.iterdir() if path.name.endswith(".part")]
    assert len(unfinished) == 1
    backup.write_backup(db_path, usb, now=NOW)
    assert _hidden_parts(db_path.parent) == []
    assert unfinished[0].exists()  # on a stick no process id tells: it might be another computer's, being written
    _age(unfinished[0], hours=3)
    backup.write_backup(db_path, usb, now=NOW + datetime.timedelta(minutes=1))
    assert not unfinished[0].exists()
    assert len(list(usb.glob("客服台备份_*.db"))) == 2


def test_start_up_removes_stale_leftovers_and_nothing_else(supervisor, db_path: Path, usb: Path) -> None:
    from desktop import app

    saved = schedule.make_automatic(db_path, keep=3).path
    _killed(RESTORE, db_path, saved)
    folder = db_path.parent
    stale = [*folder.glob(".恢复中-*"), folder / f"{next(folder.glob('.恢复中-*')).name}-wal"]
    stale[-1].write_bytes(b"wal")
    old_copy = schedule.automatic_folder(db_path) / "客服台自动备份_测试分店_20261117-1800.db.part"
    old_copy.write_bytes(b"half")
    _age(old_copy, hours=5)
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        kept = [
            folder / f".客服台自动备份-快照-{running.pid}.db.part",  # its process still runs
            folder / f".恢复中-{os.getpid()}.db.part",  # this process's own
            schedule.automatic_folder(db_path) / "客服台自动备份_测试分店_20261118-1029.db.part",  # written just now
            folder / ".别的程序-123.db.part", folder / "客服台.db.part", usb / "备忘.part",  # not ours
        ]
        for path in kept:
            path.write_bytes(b"keep")
        for path in kept[:3]:
            _age(path, hours=1)  # younger than any backup or restore may take
        for path in kept[3:]:
            _age(path, hours=30)
        removed = leftovers.remove_stale(folder, schedule.automatic_folder(db_path), usb)
        assert sorted(removed) == sorted([*stale, old_copy])
        running.kill()
    assert all(path.exists() for path in kept) and saved.exists()
    assert app.open_or_recover(db_path) and not (folder / f".客服台自动备份-快照-{running.pid}.db.part").exists()
