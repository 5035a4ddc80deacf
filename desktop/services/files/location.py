"""Whether the database's place can hold a working database: a file (not a folder) it may read and write, in a
folder it may write.

SQLite in WAL mode writes two files beside the database (-wal, -shm), and a restore puts its copy there first, so a
sound file in a folder the user may not write to cannot be used either: a permission to fix, not damage to repair.
"""

import os
from pathlib import Path

WAY_OUT = "然后重新启动客服台。"


def _nearest_folder(path: Path) -> Path:
    """The folder that exists (the database's, or the one in which it would be made)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def problem(db_path: Path) -> str | None:
    """What stops the program from using `db_path`, with the way out, in plain Chinese; None when nothing does."""
    db_path = Path(db_path)
    if db_path.is_dir():
        return (f"{db_path} 是一个文件夹，不是数据库文件。请把这个文件夹移走或改名（客服台不会动其中的文件），"
                f"或用 --db 指定数据库文件，{WAY_OUT}")
    if db_path.exists() and not os.access(db_path, os.R_OK | os.W_OK):
        return ("数据库文件是只读的，或当前用户没有读写它的权限。请在文件的“属性”中取消“只读”，或请管理员给当前用户"
                f"读写权限；如果它在写保护的U盘或光盘上，请把它复制到电脑上，{WAY_OUT}")
    folder = _nearest_folder(db_path)
    if not os.access(folder, os.W_OK | os.X_OK):
        return (f"存放数据库的文件夹 {folder} 不允许写入：客服台要在数据库旁边写入它的工作文件（-wal、-shm）。"
                f"请管理员给当前用户这个文件夹的写入权限，或把数据库移到可写入的文件夹并用 --db 指定它，{WAY_OUT}")
    return None
