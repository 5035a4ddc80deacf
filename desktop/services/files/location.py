"""Whether the database's place can hold a working database: a file (not a folder) it may read and write, in a
folder it may write.

SQLite in WAL mode writes two files beside the database (-wal, -shm), and a restore puts its copy there first, so a
sound file in a folder the user may not write to cannot be used either: a permission to fix, not damage to repair.
"""

import os
import re
from pathlib import Path

from desktop.services.errors import Text, msg


def _nearest_folder(path: Path) -> Path:
    """The folder that exists (the database's, or the one in which it would be made)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def problem(db_path: Path) -> Text | None:
    """What stops the program from using `db_path`, with the way out, in plain Chinese; None when nothing does."""
    db_path = Path(db_path)
    if db_path.is_dir():
        return msg("{path} 是一个文件夹，不是数据库文件。请把这个文件夹移走或改名（客服台不会动其中的文件），"
                   "或用 --db 指定数据库文件，然后重新启动客服台。", path=str(db_path))
    if db_path.exists() and not os.access(db_path, os.R_OK | os.W_OK):
        return msg("数据库文件是只读的，或当前用户没有读写它的权限。请在文件的“属性”中取消“只读”，或请管理员给当前用户"
                   "读写权限；如果它在写保护的U盘或光盘上，请把它复制到电脑上，然后重新启动客服台。")
    folder = _nearest_folder(db_path)
    if not os.access(folder, os.W_OK | os.X_OK):
        return msg("存放数据库的文件夹 {folder} 不允许写入：客服台要在数据库旁边写入它的工作文件（-wal、-shm）。"
                   "请管理员给当前用户这个文件夹的写入权限，或把数据库移到可写入的文件夹并用 --db 指定它，"
                   "然后重新启动客服台。", folder=str(folder))
    return None


NETWORK_FILESYSTEMS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "9p", "fuse.sshfs", "davfs",
                       "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone"}
MOUNTS = Path("/proc/mounts")


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (and tab, newline, backslash alike)."""
    return re.sub(r"\\([0-7]{3})", lambda match: chr(int(match.group(1), 8)), field)


def _mount_kind(path: Path, mounts: str) -> str | None:
    """The filesystem type of the longest mount point that holds `path`."""
    best, kind = -1, None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape(parts[1])
        if (str(path) == point or str(path).startswith(point.rstrip("/") + "/")) and len(point) > best:
            best, kind = len(point), parts[2]
    return kind


def _windows_remote(path: Path) -> bool:
    import ctypes

    root = os.path.splitdrive(str(path))[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == 4  # DRIVE_REMOTE: a mapped share


def network_share(db_path: Path | str, mounts: str | None = None) -> str | None:
    """The kind of network place the database file would lie on (a UNC path, an SMB/NFS mount, a mapped drive),
    or None on a local disk. SQLite's locking is not reliable there: several desks corrupt the file."""
    text = str(db_path)
    if text.startswith(("\\\\", "//")):
        return "网络共享文件夹（UNC 路径）"
    path = Path(os.path.realpath(db_path))  # symbolic links followed as far as they exist
    if os.name == "nt":
        return "映射的网络驱动器" if _windows_remote(path) else None
    if mounts is None:
        try:
            mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    kind = _mount_kind(path, mounts)
    if kind in NETWORK_FILESYSTEMS or (kind or "").startswith("nfs"):
        return msg("网络文件系统（{kind}）", kind=kind)
    return None
