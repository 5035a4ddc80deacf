"""Verified copies of the database file (to a USB stick, a folder or the data folder) and the check of a copy.

A backup never writes to the live database: SQLite's online backup API streams one consistent state of it straight
into a temporary name on the target; the written file is hashed, flushed to the device and dropped from the cache,
then read back from the device (quick_check, row counts, schema, the same hash), and only then given its final name
beside a small JSON manifest. Any failure removes what was written and says why. The full integrity_check of every
index entry is run on the live file in the background instead (`files/integrity.py`, docs/PERFORMANCE.md).

The office server's backup is the same file: one snapshot of the server (a read-only transaction while desks keep
saving) is exported row by row into a new database file of the program's own format, its row counts checked against
the server's, and that file then goes the same way to the USB stick. Every check, restore and desk reads it, and it
opens as a database of its own on any PC when the server is gone (docs/SERVER.md).
"""

import datetime
import errno
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__, engine
from desktop.models import Staff, db
from desktop.models.migrations import all_migrations
from desktop.services import auth, clock, text
from desktop.services.errors import RuleError, Text, lines, msg
from desktop.services.files import leftovers, os_errors
from desktop.services.files.leftovers import PART  # suffix of anything not yet verified: never taken for a backup

PREFIX = "客服台备份"
USB_FOLDER = "客服台备份"  # made on a removable drive so the stick stays tidy
CHUNK = 1 << 20
SNAPSHOT_PAGES = 2048
STAMP = "%Y%m%d-%H%M"
NAME_PATTERN = re.compile(r"_(\d{8}-\d{4})\.db$")

# (stage text, bytes or pages done, total): the UI turns it into a progress bar
Progress = Callable[[str, int, int], None]

TABLE_LABELS = {
    "customer": "客户", "customer_phone": "客户电话", "contact": "拜访记录", "complaint": "投诉",
    "swap": "换班", "staff": "员工", "team": "班组", "shift": "班次", "roster_entry": "排班",
    "calendar_day": "工作日历", "archive_access": "借阅记录", "audit_entry": "操作日志", "setting": "设置",
}


class BackupTooNew(RuleError):
    """The file was written by a newer release of the program."""


@dataclass
class BackupInfo:
    """What a backup file holds, read from the file itself (and its manifest when there is one)."""

    path: Path
    branch: str
    made_at: datetime.datetime
    migrations: list[str]
    schema: str  # "same" | "older" | "newer"
    counts: dict[str, int]
    sha256: str
    size: int
    integrity: str
    database_id: str  # the identity of the database it copies ("" for a file older than that identity)

    @property
    def schema_version(self) -> int:
        return len(self.migrations)

    def count_summary(self) -> Text:
        return lines((msg("{label} {count}", label=label, count=self.counts[name])
                      for name, label in TABLE_LABELS.items() if name in self.counts), "，")


@dataclass
class BackupResult:
    path: Path
    manifest: Path
    info: BackupInfo

    def done_text(self) -> Text:
        """What the person who made the backup is told, in plain words."""
        return msg("备份已完成。副本写好后已从头读回核对：内容完整，与数据库一致，可以用来恢复。\n\n"
                   "副本保存在：{path}\n副本中有：{counts}", path=str(self.path), counts=self.info.count_summary())

    def verified_text(self) -> Text:
        """The checks behind done_text, for whoever asks for the details."""
        return msg("完整性检查（{integrity}）：通过\n结构版本：{version}（{schema}）\n"
                   "{tables} 张表的行数与数据库一致：{counts}\n写入后读回的 SHA-256 一致：{sha}…",
                   integrity=self.info.integrity, version=self.info.schema_version,
                   schema=SCHEMA_TEXT[self.info.schema], tables=len(self.info.counts),
                   counts=self.info.count_summary(), sha=self.info.sha256[:16])


SCHEMA_TEXT = {"same": "与本程序一致", "older": "较旧，恢复时将自动升级", "newer": "较新，本程序无法使用"}


class TargetFiles:
    """File operations on a backup target; tests substitute a full disk, a read-only drive or a pulled stick."""

    def open_new(self, path: Path) -> io.RawIOBase:
        return io.FileIO(path, "xb")

    def write_database(self, source: sqlite3.Connection, path: Path, step: Callable[[int, int], None]) -> None:
        """Stream the database `source` reads into the new, empty file `path` with SQLite's backup API, one step of
        SNAPSHOT_PAGES pages at a time; `step(done, total)` after each. SQLite's failures on the target come out as
        the OSError they stand for."""
        target = sqlite3.connect(path, isolation_level=None)
        try:
            target.execute("PRAGMA synchronous = OFF")  # one fsync of the whole file follows
            source.backup(target, pages=SNAPSHOT_PAGES,
                          progress=lambda _status, remaining, total: step(total - remaining, total))
            target.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file, readable on any machine
        except sqlite3.Error as error:
            raise _os_error(error, path) from None
        finally:
            target.close()

    def place(self, temp: Path, final: Path) -> None:
        """Give a verified file its final name, never replacing a file that is already there."""
        try:
            os.link(temp, final)
        except FileExistsError:
            raise
        except OSError:  # FAT-formatted sticks have no hard links
            if final.exists():
                raise FileExistsError(errno.EEXIST, "exists", str(final)) from None
            os.rename(temp, final)
            return
        os.unlink(temp)


class SourceDamaged(Exception):
    """The live database could not be read while it was being copied."""


SQLITE_ERRNO = {13: errno.ENOSPC, 10: errno.EIO, 8: errno.EROFS, 3: errno.EACCES, 14: errno.ENOENT}
SOURCE_ERRORS = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB: the live file, not the target


def _os_error(error: sqlite3.Error, path: Path) -> Exception:
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in SOURCE_ERRORS:
        return SourceDamaged(str(error))
    return OSError(SQLITE_ERRNO.get(code, errno.EIO), str(error), str(path))


def explain(error: OSError, folder: Path) -> RuleError:
    """The Chinese sentence for a failed file operation on `folder`."""
    if isinstance(error, FileExistsError):
        return RuleError("{folder} 中已有同名文件 {name}，没有覆盖它。"
                         "同一分钟内只能备份一次，请稍后再试或换一个文件夹。",
                         folder=folder, name=Path(error.filename or '').name)
    found = os_errors.cause(error)
    if found == os_errors.MISSING:
        return RuleError("找不到备份位置 {folder}（U盘可能已被拔出）。请重新插入U盘或选择其他文件夹后再试。",
                         folder=folder)
    if found == os_errors.READ_ONLY:
        return RuleError("备份位置 {folder} 是只读的或没有写入权限。请检查U盘的写保护开关，或选择其他文件夹。",
                         folder=folder)
    if found == os_errors.FULL:
        return RuleError("备份位置 {folder} 空间不足，备份没有完成。请清理U盘或换一个容量更大的U盘。", folder=folder)
    if found == os_errors.TOO_BIG:
        return RuleError("数据库文件超过了 {folder} 所在磁盘允许的单个文件大小（FAT32 最大 4 GB）。"
                         "请改用 exFAT 或 NTFS 格式的U盘。",
                         folder=folder)
    if found == os_errors.DEVICE:
        return RuleError("写入 {folder} 时设备出错（U盘可能已被拔出或已损坏），备份没有完成。", folder=folder)
    return RuleError("写入 {folder} 时出错：{value}。备份没有完成。", folder=folder, value=error.strerror or error)


def backup_name(prefix: str, branch: str, at: datetime.datetime) -> str:
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", text.clean(branch)).strip("._") or "分店"
    return f"{prefix}_{safe}_{at.strftime(STAMP)}.db"


def manifest_path(path: Path) -> Path:
    return path.with_suffix(".json")


def connect_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise FileNotFoundError(errno.ENOENT, "missing", str(path))
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError as error:
        if error.errno != errno.EINVAL:  # some filesystems do not sync directories
            raise
    finally:
        os.close(handle)


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # the stick is gone: what is left there ends in .part and is never taken for a backup


def stream_snapshot(db_path: Path, temp: Path, files: TargetFiles,
                    progress: Progress | None = None) -> tuple[dict[str, int], str]:
    """Write one consistent state of the live database into `temp`; returns that state's row counts and sha256.

    The source is opened read-only and held in one read transaction, so the counts and the copied pages are the
    same moment even while clerks keep saving. The written file is hashed from the cache, flushed to the device and
    dropped from the cache, so that the read-back that follows comes from the device."""
    try:
        source = connect_read_only(db_path)
    except FileNotFoundError:
        raise RuleError("找不到数据库文件 {path}。", path=str(db_path)) from None
    try:
        try:
            source.execute("BEGIN")
            counts = table_counts(source)
        except sqlite3.Error as error:
            raise RuleError("无法读取数据库生成快照：{error}。备份没有完成。", error=str(error)) from None
        with files.open_new(temp):  # the name is taken and the target writable before anything is sent
            _free_space_check(temp.parent, db_path.stat().st_size)

        def step(done: int, total: int) -> None:
            if progress:
                progress("正在写入备份", done, total)

        try:
            files.write_database(source, temp, step)
        except SourceDamaged as error:
            raise RuleError("无法读取数据库生成快照：{error}。备份没有完成。", error=str(error)) from None
        source.execute("COMMIT")
    finally:
        source.close()
    return counts, _hash_and_flush(temp, progress)


def _fsync(descriptor: int, failures: list[BaseException]) -> None:
    try:
        os.fsync(descriptor)
    except OSError as error:
        failures.append(error)


def _hash_and_flush(path: Path, progress: Progress | None) -> str:
    if progress:
        progress("正在校验备份", 0, 0)
    digest = hashlib.sha256()
    with open(path, "rb+") as handle:
        flushed: list[BaseException] = []
        flush = threading.Thread(target=_fsync, args=(handle.fileno(), flushed), name="backup-fsync")
        flush.start()  # the device is written while the cached pages are hashed (both without the GIL)
        try:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        finally:
            flush.join()
        if flushed:
            raise flushed[0]
        if hasattr(os, "posix_fadvise"):  # drop the cached pages so that the read-back comes from the device
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return digest.hexdigest()


def read_manifest(path: Path) -> dict:
    try:
        return json.loads(manifest_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def made_at_of(path: Path, manifest: dict) -> datetime.datetime:
    if manifest.get("made_at"):
        return datetime.datetime.fromisoformat(manifest["made_at"])
    match = NAME_PATTERN.search(path.name)
    if match:
        return datetime.datetime.strptime(match.group(1), STAMP)
    return datetime.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


def _schema_state(migrations: list[str]) -> str:
    known = [name for name, _ in all_migrations()]
    if set(migrations) - set(known):
        return "newer"
    return "same" if set(migrations) == set(known) else "older"


def inspect(path: Path, sha256: str | None = None, thorough: bool = True) -> BackupInfo:
    """Read and check a database file (integrity_check, schema, counts); refuse a file that is not a sound one.

    `thorough=False` runs quick_check instead: every page, b-tree and record, but not each index entry against its
    row — a third of the time on a large file, for the automatic copies made when the program closes."""
    path = Path(path)
    try:
        digest = sha256 or file_sha256(path)
        connection = connect_read_only(path)
    except FileNotFoundError:
        raise RuleError("找不到文件 {path}。", path=path) from None
    except OSError as error:
        raise RuleError("无法读取 {path}：{value}", path=path, value=error.strerror or error) from None
    try:
        check = "integrity_check" if thorough else "quick_check"
        rows = [row[0] for row in connection.execute(f"PRAGMA {check}")]
        if rows != ["ok"]:
            raise RuleError("{path} 已损坏（完整性检查未通过：{value}），不能使用。",
                            path=path.name, value='；'.join(rows[:3]))
        counts = table_counts(connection)
        if "schema_migration" not in counts:
            raise RuleError("{path} 不是客服台的数据库文件。", path=path.name)
        migrations = [row[0] for row in connection.execute('SELECT "name" FROM "schema_migration" ORDER BY "name"')]
        values = dict(connection.execute("SELECT key, value FROM setting WHERE key IN ('branch_name', 'database_id')"
                                         ) if "setting" in counts else [])
    except sqlite3.DatabaseError as error:
        raise RuleError("{path} 已损坏或不是数据库文件（{error}），不能使用。", path=path.name, error=error) from None
    finally:
        connection.close()
    manifest = read_manifest(path)
    if manifest.get("sha256") and manifest["sha256"] != digest:
        raise RuleError("{path} 与它的清单（{name}）中的校验值不一致，文件已被改动或损坏。",
                        path=path.name, name=manifest_path(path).name)
    return BackupInfo(path=path, branch=values.get("branch_name", ""), made_at=made_at_of(path, manifest),
                      migrations=migrations, schema=_schema_state(migrations), counts=counts, sha256=digest,
                      size=path.stat().st_size, integrity=check, database_id=values.get("database_id", ""))


def _manifest_text(info: BackupInfo, final: Path, kind: str) -> str:
    return json.dumps({
        "program": "客服台", "version": __version__, "kind": kind, "file": final.name,
        "made_at": info.made_at.isoformat(timespec="seconds"), "branch": info.branch,
        "database_id": info.database_id, "size": info.size,
        "sha256": info.sha256, "verified_with": info.integrity, "schema_version": info.schema_version,
        "migrations": info.migrations, "counts": info.counts,
    }, ensure_ascii=False, indent=2)


def _free_space_check(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed + CHUNK:
        raise RuleError("{folder} 所在磁盘空间不足：需要约 {needed:.1f} MB，只剩 {free:.1f} MB。"
                        "请清理磁盘，或换一个容量更大的U盘。",
                        folder=folder, needed=needed / 1000000.0, free=free / 1000000.0)


def copy_file(source: Path, temp: Path, files: TargetFiles, progress: Progress | None, stage: str) -> str:
    """Stream `source` into a new file `temp`, flush it to the device, and return the sha256 of what was sent."""
    total = source.stat().st_size
    digest = hashlib.sha256()
    done = 0
    with open(source, "rb") as reader, files.open_new(temp) as writer:
        _free_space_check(temp.parent, total)  # after the open, so that a read-only target is named as such
        while chunk := reader.read(CHUNK):
            view = memoryview(chunk)
            while view:  # a raw write may take only part of the chunk
                written = writer.write(view)
                view = view[written:]
            digest.update(chunk)
            done += len(chunk)
            if progress:
                progress(stage, done, total)
        os.fsync(writer.fileno())
        if hasattr(os, "posix_fadvise"):  # drop the cached pages so that the read-back comes from the device
            os.posix_fadvise(writer.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return digest.hexdigest()


def _check_copy(temp: Path, expected_sha: str, counts: dict[str, int], made_at: datetime.datetime) -> BackupInfo:
    """Read the written copy back from the device: the same bytes as were written (one sequential read, which also
    fills the cache for what follows), sound (quick_check), with the snapshot's schema and row counts."""
    if not temp.exists():
        raise FileNotFoundError(errno.ENOENT, "vanished", str(temp))
    if file_sha256(temp) != expected_sha:
        raise RuleError("写入后读回的内容与写入的不一致（U盘可能有故障），备份没有完成。请换一个U盘再试。")
    try:
        info = inspect(temp, expected_sha, thorough=False)
    except RuleError as error:
        raise RuleError("备份副本校验未通过：{message2}备份没有完成。", message2=error.message) from None
    if info.counts != counts:
        raise RuleError("备份副本的行数与数据库不一致，备份没有完成。")
    if info.schema != "same":
        raise RuleError("备份副本的结构版本与本程序不一致，备份没有完成。")
    info.made_at = made_at
    return info


def _prepare_folder(folder: Path, create: bool) -> None:
    if create and folder.parent.is_dir():
        try:
            folder.mkdir(exist_ok=True)
        except OSError as error:
            raise explain(error, folder) from None
    if not folder.is_dir():
        raise explain(FileNotFoundError(errno.ENOENT, "missing", str(folder)), folder)


def branch_of(db_path: Path) -> str:
    """The branch name the database holds (it names the backup file)."""
    try:
        with closing(connect_read_only(db_path)) as connection:
            row = connection.execute("SELECT value FROM setting WHERE key = 'branch_name'").fetchone()
    except FileNotFoundError:
        raise RuleError("找不到数据库文件 {db_path}。", db_path=db_path) from None
    except (OSError, sqlite3.Error) as error:
        raise RuleError("无法读取数据库生成快照：{error}。备份没有完成。", error=error) from None
    return row[0] if row else ""


def _write_manifest(info: BackupInfo, final: Path, kind: str, files: TargetFiles) -> Path:
    temp = manifest_path(final).with_name(manifest_path(final).name + PART)
    remove_quietly(temp)
    with files.open_new(temp) as writer:
        writer.write(_manifest_text(info, final, kind).encode("utf-8"))
        os.fsync(writer.fileno())
    return temp


def _write_to_target(db_path: Path, final: Path, made_at: datetime.datetime, kind: str, files: TargetFiles,
                     progress: Progress | None) -> BackupInfo:
    """Temporary name, stream, flush, read back and check, then the final names; on failure remove the temporary
    files."""
    folder = final.parent
    temp = final.with_name(final.name + PART)
    manifest_temp = None
    try:
        if final.exists() or manifest_path(final).exists():
            raise FileExistsError(errno.EEXIST, "exists", str(final))
        remove_quietly(temp)
        counts, sha = stream_snapshot(db_path, temp, files, progress)
        info = _check_copy(temp, sha, counts, made_at)
        manifest_temp = _write_manifest(info, final, kind, files)
        files.place(temp, final)
        try:
            files.place(manifest_temp, manifest_path(final))
        except OSError:
            remove_quietly(final)
            raise
        sync_folder(folder)
    except OSError as error:
        vanished = not temp.exists() and folder.is_dir() and not isinstance(error, FileExistsError)
        remove_quietly(temp, Path(f"{temp}-journal"), *([manifest_temp] if manifest_temp else []))
        if vanished and error.errno in (errno.ENOENT, errno.EIO):
            raise RuleError("备份文件在写入过程中从 {folder} 消失了（U盘可能已被拔出），备份没有完成。",
                            folder=folder) from None
        raise explain(error, folder) from None
    except BaseException:
        remove_quietly(temp, Path(f"{temp}-journal"), *([manifest_temp] if manifest_temp else []))
        raise
    info.path = final
    return info


def database_size(db_path: Path | str) -> int:
    """The bytes a backup copies: the file and its write-ahead log, or the office server's database."""
    if engine.is_server(db_path):
        return db.execute_sql("SELECT pg_database_size(current_database())").fetchone()[0]
    return sum(path.stat().st_size for path in (Path(db_path), Path(f"{db_path}-wal")) if path.exists())


def work_folder(db_path: Path | str) -> Path:
    """Where the snapshot of a backup and the staged copy of a restore are made: beside the file, or this PC's
    temporary folder for the server."""
    return Path(tempfile.gettempdir()) if engine.is_server(db_path) else Path(db_path).parent


def _export_server(url: str, local: Path, progress: Progress | None) -> tuple[dict[str, int], str]:
    """One snapshot of the server as a new database file: its row counts (checked against the server while
    copied) and the branch name."""
    from desktop.db import migrate
    from desktop.services.files import transfer

    try:
        server = engine.connect(url)
    except Exception as error:  # noqa: BLE001 — whatever the driver says, the person hears it in one sentence
        raise RuleError("无法连接服务器 {server}（{error}）。备份没有完成。", server=engine.display_name(url),
                        error=error) from None
    try:
        copy = engine.connect(local)
        try:
            migrate(copy)
            transfer.copy_rows(server, copy, progress)
            copy.execute_sql("PRAGMA journal_mode = DELETE")  # one self-contained file, as a file's snapshot is
        finally:
            copy.close()
    except (OSError, sqlite3.Error) as error:
        raise RuleError("无法在 {parent} 生成数据库快照：{error}。备份没有完成。", parent=local.parent,
                        error=error) from None
    finally:
        server.close()
    with closing(connect_read_only(local)) as connection:
        row = connection.execute("SELECT value FROM setting WHERE key = 'branch_name'").fetchone()
        return table_counts(connection), row[0] if row else ""


def write_backup(db_path: Path | str, folder: Path, *, prefix: str = PREFIX, kind: str = "manual",
                 now: datetime.datetime | None = None, create_folder: bool = False,
                 files: TargetFiles | None = None, progress: Progress | None = None) -> BackupResult:
    """Make one verified backup of `db_path` (a file, or the server's address) in `folder`; on any failure nothing
    named like a backup is left."""
    server = engine.is_server(db_path)
    db_path, folder = (db_path if server else Path(db_path)), Path(folder)
    now = (now or clock.now()).replace(second=0, microsecond=0)
    _prepare_folder(folder, create_folder)
    leftovers.remove_stale(work_folder(db_path), folder)
    if not server:
        final = folder / backup_name(prefix, branch_of(db_path), now)
        info = _write_to_target(db_path, final, now, kind, files or TargetFiles(), progress)
        return BackupResult(final, manifest_path(final), info)
    local = leftovers.local_temp(work_folder(db_path), f"{prefix}-快照")
    remove_quietly(local)
    try:
        _counts, branch = _export_server(db_path, local, progress)
        final = folder / backup_name(prefix, branch, now)
        info = _write_to_target(local, final, now, kind, files or TargetFiles(), progress)
    finally:
        remove_quietly(local)
    return BackupResult(final, manifest_path(final), info)


def make_backup(actor: Staff | None, db_path: Path | str, folder: Path, *, create_folder: bool = False,
                files: TargetFiles | None = None, progress: Progress | None = None) -> BackupResult:
    """文件 → 备份: the supervisor's copy to a USB stick or folder (file work only, safe in a worker thread)."""
    auth.require(actor, "backup.make")
    return write_backup(db_path, folder, create_folder=create_folder, files=files, progress=progress)


def find_backups(folders: list[Path]) -> list[Path]:
    """Backup files (manual and automatic) in these folders, newest first."""
    found = {path.resolve() for folder in folders if folder.is_dir() for path in folder.glob("客服台*备份_*.db")
             if NAME_PATTERN.search(path.name)}
    return sorted(found, key=lambda path: made_at_of(path, {}), reverse=True)
