"""What a killed backup or restore leaves behind (hidden, full-size `.part` copies), recognised and removed.

Nothing unfinished is ever named like a backup: it ends in `.part`. The temporary files made beside the database
(a backup's snapshot, a restore's staged copy, and SQLite's own files beside them) carry the id of the process that
made them; one is stale once that process no longer runs. Those written to a backup folder or kept aside carry no id
(a stick may come from another computer, a shared folder may be written by one): they are stale once nothing has
written them for longer than a backup or restore takes. Anything else in these folders is never touched.
"""

import datetime
import logging
import os
import re
from pathlib import Path

from desktop.services import clock

PART = ".part"
STALE_AFTER = datetime.timedelta(hours=2)  # far longer than copying and checking a large file on a slow stick
LOCAL = re.compile(r"^\.(?:客服台(?:自动)?备份-快照|恢复中)-(?P<pid>[1-9]\d*)\.db\.part(?:-journal|-wal|-shm)?$")
COPY = re.compile(r"^客服台[^/\\]*_\d{8}-\d{4}(?:\d{2})?\.(?:db|json)\.part$")
STILL_ACTIVE, ACCESS_DENIED, QUERY_LIMITED_INFORMATION = 259, 5, 0x1000  # Windows
log = logging.getLogger(__name__)


def local_temp(folder: Path, label: str) -> Path:
    """A temporary file of this process beside the database (`label`: 客服台备份-快照, 恢复中 …, as LOCAL knows)."""
    return Path(folder) / f".{label}-{os.getpid()}.db{PART}"


def _running_on_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return ctypes.get_last_error() == ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def running(pid: int) -> bool:
    """Whether a process with this id runs on this computer (os.kill(pid, 0) would end it on Windows)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def is_stale(path: Path, now: datetime.datetime) -> bool:
    """Ours, and left behind: its process is gone, or nothing has written it for STALE_AFTER (an id reused)."""
    local = LOCAL.match(path.name)
    if local is None and COPY.match(path.name) is None:
        return False
    if local is not None and not running(int(local["pid"])):
        return True
    return now - datetime.datetime.fromtimestamp(path.stat().st_mtime) > STALE_AFTER


def remove_stale(*folders: Path, now: datetime.datetime | None = None) -> list[Path]:
    """Remove the stale leftovers in these folders (not below them); returns what was removed."""
    now = now or clock.now()
    removed = []
    for folder in folders:
        try:
            entries = [path for path in Path(folder).iterdir() if PART in path.name]
        except OSError:  # no such folder, a stick pulled, no permission: nothing to tidy there
            continue
        for path in entries:
            try:
                if path.is_file() and not path.is_symlink() and is_stale(path, now):
                    path.unlink()
                    removed.append(path)
            except OSError:  # removed meanwhile, or not ours to remove: the next operation tries again
                continue
    if removed:
        log.info("已删除未完成的备份或恢复留下的临时文件：%s", "，".join(map(str, removed)))
    return removed
