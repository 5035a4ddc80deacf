"""Put a backup in place of the live database (文件 → 恢复), or of a damaged one at start-up.

The file being replaced is always kept aside first (a restore must never lose today's work), the backup is checked
and brought up to the current schema on a temporary copy, and the swap itself is one atomic rename.

On the office server the same checked, upgraded copy replaces the server's rows in one transaction (every desk's
saves wait for it; a failure leaves the server as it was), after the server's rows were kept aside as a verified
backup file on this PC.
"""

import datetime
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from desktop import engine
from desktop.db import PRAGMAS, close_database, migrate, open_database
from desktop.models import Staff
from desktop.services import auth, clock, settings
from desktop.services.errors import RuleError, Text, lines, msg
from desktop.services.files import backup, leftovers, location, schedule, schema
from desktop.services.files.backup import BackupInfo, BackupTooNew, Progress, TargetFiles

ASIDE_FOLDER = "恢复前备份"
BEFORE_RESTORE = "恢复前"
DAMAGED = "损坏"
FULL_CHECK_BYTES = 64 * 2**20  # quick_check reads about 300 MB a second: a small file is checked at every start


@dataclass
class PreparedRestore:
    """A checked, migrated copy of the backup next to the live file, ready to be swapped in."""

    info: BackupInfo
    temp: Path
    db_path: Path


@dataclass
class RestoreResult:
    info: BackupInfo
    aside: Path | None  # where the replaced file was kept (None: there was no file to replace)


def aside_folder(db_path: Path | str) -> Path:
    """Beside the file; for the server, in this PC's home folder (the supervisor's, who restores)."""
    if engine.is_server(db_path):
        return Path.home() / f"客服台{ASIDE_FOLDER}"
    return Path(db_path).parent / ASIDE_FOLDER


def check_restorable(path: Path) -> BackupInfo:
    """Validate a backup for restoring: sound, ours, not from a newer release, and with exactly the schema its
    migrations make."""
    info = backup.inspect(Path(path))
    if info.schema == "newer":
        raise BackupTooNew(msg("{name} 由更新版本的客服台生成（结构版本 {version}），本程序不能恢复它。"
                               "请先安装新版本的客服台。", name=info.path.name, version=info.schema_version))
    with closing(backup.connect_read_only(info.path)) as connection:
        changed = schema.differences(connection, info.migrations)
    if changed:
        raise RuleError("{name} 的数据库结构与结构版本 {schema_version} 应有的结构不一致（{changes}），"
                        "文件可能被改动过，不能使用。",
                        name=info.path.name, schema_version=info.schema_version, changes=lines(changed[:5], "；"))
    return info


def remove_leftovers(db_path: Path) -> list[Path]:
    """What killed backups and restores left beside the database, among its automatic copies and the files kept
    aside (at start-up and before each restore)."""
    if engine.is_server(db_path):
        return leftovers.remove_stale(backup.work_folder(db_path), aside_folder(db_path))
    db_path = Path(db_path)
    return leftovers.remove_stale(db_path.parent, schedule.automatic_folder(db_path), aside_folder(db_path))


def _stage(info: BackupInfo, db_path: Path, progress: Progress | None) -> Path:
    remove_leftovers(db_path)
    temp = leftovers.local_temp(backup.work_folder(db_path), "恢复中")
    backup.remove_quietly(temp)
    try:
        if backup.copy_file(info.path, temp, TargetFiles(), progress, "正在复制备份") != info.sha256:
            raise RuleError("复制时 {name} 的内容发生了变化（U盘可能有故障），没有恢复。", name=info.path.name)
        if progress:
            progress("正在检查并升级备份", 0, 0)
        staged = SqliteDatabase(str(temp), pragmas=PRAGMAS)
        staged.connect()
        try:
            migrate(staged)
            rows = [row[0] for row in staged.execute_sql("PRAGMA integrity_check")]
        finally:
            staged.close()
        if rows != ["ok"]:
            raise RuleError("{name} 升级后未通过完整性检查，没有恢复。", name=info.path.name)
    except OSError as error:
        backup.remove_quietly(temp)
        raise RuleError("无法在 {parent} 准备恢复：{value}",
                        parent=backup.work_folder(db_path), value=error.strerror or error) from None
    except BaseException:
        backup.remove_quietly(temp)
        raise
    return temp


def prepare_restore(actor: Staff, backup_path: Path, db_path: Path,
                    progress: Progress | None = None) -> PreparedRestore:
    """The slow half of 恢复 (checks and copies; safe in a worker thread): the live database is not touched."""
    auth.require(actor, "backup.restore")
    info = check_restorable(backup_path)
    target = db_path if engine.is_server(db_path) else Path(db_path)
    return PreparedRestore(info, _stage(info, target, progress), target)


def _side_files(db_path: Path) -> list[Path]:
    return [Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]


def _keep_aside(db_path: Path, now: datetime.datetime) -> Path:
    """Keep the closed live file under 恢复前备份 (a hard link where possible, else a flushed copy)."""
    wal = Path(f"{db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise RuleError("数据库仍被另一个客服台窗口或程序使用，无法恢复。请关闭其他窗口后再试。")
    folder = aside_folder(db_path)
    folder.mkdir(exist_ok=True)
    aside = folder / f"客服台_{BEFORE_RESTORE}_{now:%Y%m%d-%H%M%S}.db"
    try:
        os.link(db_path, aside)
    except FileExistsError:
        raise
    except OSError:
        temp = aside.with_name(aside.name + leftovers.PART)
        backup.remove_quietly(temp)
        backup.copy_file(db_path, temp, TargetFiles(), None, "")
        os.rename(temp, aside)
    backup.sync_folder(folder)
    return aside


def _swap_in(temp: Path, db_path: Path) -> None:
    for side in _side_files(db_path):
        side.unlink(missing_ok=True)
    os.replace(temp, db_path)
    backup.sync_folder(db_path.parent)


def _note(actor: Staff | None, text: str) -> None:
    """Record the restore in the restored file's own log, under the same person if that file knows them."""
    person = Staff.get_or_none(Staff.login == actor.login) if actor else None
    settings.put(person, "backup_last_restore", text)


def finish_restore(actor: Staff, prepared: PreparedRestore, now: datetime.datetime | None = None) -> RestoreResult:
    """The quick half of 恢复, on the thread that owns the database: keep the live file aside, swap, reopen."""
    auth.require(actor, "backup.restore")
    now = now or clock.now()
    db_path = prepared.db_path
    if engine.is_server(db_path):
        return _restore_server(actor, prepared, now)
    close_database()
    try:
        aside = _keep_aside(db_path, now)
        _swap_in(prepared.temp, db_path)
    except OSError as error:
        backup.remove_quietly(prepared.temp)
        open_database(db_path)
        raise RuleError("恢复没有完成，当前数据库保持不变：{value}", value=error.strerror or error) from None
    except BaseException:
        backup.remove_quietly(prepared.temp)
        open_database(db_path)
        raise
    open_database(db_path)
    _note(actor, f"{now:%Y-%m-%d %H:%M} {actor.name} 从 {prepared.info.path} 恢复；原数据库另存为 {aside}")
    return RestoreResult(prepared.info, aside)


def reopen_restored(db_path: Path | str) -> None:
    """Another desk restored a backup: open the database at the path again (a file's path now names the restored
    file; the server's rows were replaced in place)."""
    close_database()
    open_database(db_path)


def _restore_server(actor: Staff, prepared: PreparedRestore, now: datetime.datetime) -> RestoreResult:
    """The server's rows kept aside as a verified backup file, then replaced by the staged copy's in one
    transaction."""
    from desktop.services.files import transfer

    try:
        folder = aside_folder(prepared.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        aside = backup.write_backup(prepared.db_path, folder, prefix=f"客服台{BEFORE_RESTORE}", kind="aside",
                                    now=now).path
        staged = SqliteDatabase(str(prepared.temp), pragmas=PRAGMAS)
        server = engine.connect(prepared.db_path)
        try:
            transfer.copy_rows(staged, server)
            engine.announce_replaced(server)
        finally:
            server.close()
            staged.close()
    except OSError as error:
        raise RuleError("恢复没有完成，服务器上的数据保持不变：{error}", error=error.strerror or error) from None
    finally:
        backup.remove_quietly(prepared.temp)
    _note(actor, f"{now:%Y-%m-%d %H:%M} {actor.name} 从 {prepared.info.path} 恢复；服务器原有数据另存为 {aside}")
    return RestoreResult(prepared.info, aside)


def _left_unfinished(db_path: Path) -> bool:
    """The last session did not close the file (crash, power cut): SQLite removes the write-ahead log at a clean
    close."""
    wal = Path(f"{db_path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def _missing(db_path: Path) -> Text | None:
    """A file that is not there although a link to it or copies of it are: a lost database, never a first run."""
    if db_path.is_symlink():
        return msg("数据库文件是指向 {target} 的链接，但那里没有文件（存放它的磁盘、U盘或网络位置可能没有"
                   "连接）。请连接那个位置后重新启动客服台，或恢复最新的已校验备份。", target=os.readlink(db_path))
    copies = candidates(db_path)
    if not copies:
        return None
    return msg("数据库文件不见了，但这里有之前使用的数据库的 {count} 份副本。它可能被删除、移走或改名了："
               "如果只是被移走，请把它放回原处后重新启动客服台；否则请恢复最新的已校验备份。", count=len(copies))


def diagnose(db_path: Path, thorough: bool | None = None) -> Text | None:
    """Why the database file cannot be used, in plain words; None when it is sound or does not exist yet.

    A folder in place of the file, a read-only file or folder are named as such (location.problem), not as damage.
    A missing file with copies of an earlier database beside it (or a link pointing nowhere) is not a new one.

    A thorough check (quick_check) reads every page: by default it runs when the file is small
    (FULL_CHECK_BYTES) or the last session did not end cleanly. A large file closed cleanly gets SQLite's header
    and length checks and a read of the schema only, so that start-up stays quick; its every page is checked by the
    automatic backups (quick_check of the copy, daily and at exit)."""
    db_path = Path(db_path)
    if trouble := location.problem(db_path):
        return trouble
    if not db_path.exists():
        return _missing(db_path)
    if thorough is None:
        thorough = db_path.stat().st_size <= FULL_CHECK_BYTES or _left_unfinished(db_path)
    try:
        with closing(backup.connect_read_only(db_path)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = [row[0] for row in connection.execute("PRAGMA quick_check")] if thorough else ["ok"]
    except sqlite3.DatabaseError as error:
        return msg("数据库文件已损坏或不是数据库文件（{error}）。", error=str(error))
    except OSError as error:
        return msg("无法读取数据库文件（{error}）。", error=str(error.strerror or error))
    if rows != ["ok"]:
        return msg("数据库文件已损坏（完整性检查未通过：{problems}）。", problems=lines(rows[:3], "；"))
    if "schema_migration" not in tables:
        return msg("数据库文件是空的或不是客服台的数据库（可能已被清空或被其他文件覆盖）。")
    return None


def candidates(db_path: Path) -> list[Path]:
    """Local copies to recover from, newest first: automatic backups and files kept aside before a restore."""
    folder = aside_folder(db_path)
    kept = list(folder.glob(f"客服台_{BEFORE_RESTORE}_*.db")) if folder.is_dir() else []
    found = schedule.automatic_backups(db_path) + kept
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


def newest_verified(db_path: Path) -> BackupInfo | None:
    """The newest local copy that passes every check, or None."""
    for path in candidates(db_path):
        try:
            return check_restorable(path)
        except RuleError:
            continue
    return None


def _move_damaged_aside(db_path: Path, now: datetime.datetime) -> Path:
    """Rename the damaged file (with its -wal, which may hold the last saves) into 恢复前备份, never overwriting."""
    folder = aside_folder(db_path)
    folder.mkdir(exist_ok=True)
    aside = folder / f"客服台_{DAMAGED}_{now:%Y%m%d-%H%M%S}.db"
    if aside.exists():
        raise FileExistsError(f"{aside} 已存在")
    os.rename(db_path, aside)
    for side, suffix in zip(_side_files(db_path), ("-wal", "-shm"), strict=True):
        if side.exists():
            os.rename(side, Path(f"{aside}{suffix}"))
    backup.sync_folder(folder)
    return aside


def recover(db_path: Path, backup_path: Path, progress: Progress | None = None,
            now: datetime.datetime | None = None) -> RestoreResult:
    """A damaged (or missing) database: keep the damaged file aside and put a verified backup in its place.

    No login is possible on a damaged file, so no permission is asked; nothing is lost because the damaged file is
    kept.
    """
    db_path = Path(db_path)
    if trouble := location.problem(db_path):  # a copy would not help: the place itself must be put right
        raise RuleError(trouble)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    now = now or clock.now()
    info = check_restorable(backup_path)
    temp = _stage(info, db_path, progress)
    try:
        aside = _move_damaged_aside(db_path, now) if db_path.exists() else None
        _swap_in(temp, db_path)
    except OSError as error:
        backup.remove_quietly(temp)
        raise RuleError("无法替换损坏的数据库文件：{error}", error=error) from None
    open_database(db_path)
    try:
        _note(None, f"{now:%Y-%m-%d %H:%M} 从 {info.path} 恢复（原数据库损坏或不存在）；"
                    f"损坏的文件另存为 {aside or '无'}")
    finally:
        close_database()
    return RestoreResult(info, aside)
