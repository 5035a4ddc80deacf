"""The backup routine: the last-backup record, the supervisor's reminder, and rotating automatic local copies."""

import datetime
from pathlib import Path

from desktop import engine
from desktop.models import Staff, db
from desktop.services import auth, clock, settings
from desktop.services.errors import Text, ValidationErrors, msg
from desktop.services.files.backup import (
    NAME_PATTERN,
    BackupResult,
    made_at_of,
    manifest_path,
    read_manifest,
    remove_quietly,
    write_backup,
)

AUTO_PREFIX = "客服台自动备份"
AUTO_FOLDER = "自动备份"
SETTING_DEFAULTS = {"backup_remind_days": 7, "backup_auto_keep": 10}


def automatic_folder(db_path: Path | str) -> Path:
    if engine.is_server(db_path):
        return Path.home() / f"客服台{AUTO_FOLDER}"
    return Path(db_path).parent / AUTO_FOLDER


def record_backup(actor: Staff | None, result: BackupResult) -> None:
    """Remember the last successful backup (shown in the status bar; drives the reminder)."""
    with db.atomic():
        settings.put(actor, "backup_last_at", result.info.made_at.isoformat(timespec="minutes"))
        settings.put(actor, "backup_last_place", str(result.path))


def last_backup() -> tuple[datetime.datetime | None, str]:
    at = settings.get("backup_last_at")
    return (datetime.datetime.fromisoformat(at) if at else None), settings.get("backup_last_place")


def setting(key: str) -> int:
    value = settings.get(key)
    return int(value) if value.isdigit() else SETTING_DEFAULTS[key]


def save_settings(actor: Staff | None, remind_days: int, auto_keep: int) -> None:
    auth.require(actor, "backup.make")
    errors = {}
    if not 1 <= remind_days <= 90:
        errors["backup_remind_days"] = "提醒天数应在 1 到 90 之间。"
    if not 1 <= auto_keep <= 100:
        errors["backup_auto_keep"] = "自动备份保留份数应在 1 到 100 之间。"
    if errors:
        raise ValidationErrors(errors)
    with db.atomic():
        settings.put(actor, "backup_remind_days", str(remind_days))
        settings.put(actor, "backup_auto_keep", str(auto_keep))


def overdue(now: datetime.datetime | None = None) -> bool:
    """True for a database never backed up, and once `backup_remind_days` have passed since the last backup."""
    last = last_backup()[0]
    return last is None or ((now or clock.now()) - last).days >= setting("backup_remind_days")


def reminder(actor: Staff | None, now: datetime.datetime | None = None) -> Text | None:
    """The login reminder for whoever makes backups, from the database's first day."""
    now = now or clock.now()
    if not auth.can(actor, "backup.make") or not overdue(now):
        return None
    last, place = last_backup()
    if last is None:
        return msg("数据库还从未备份到U盘。请插入U盘，点击 文件 → 备份到U盘/文件夹。")
    return msg("已经 {days} 天没有备份了（上次：{last}，{place}）。请插入U盘，点击 文件 → 备份到U盘/文件夹。",
               days=(now - last).days, last=last, place=place)


def automatic_backups(db_path: Path) -> list[Path]:
    """The automatic copies in the data folder, newest first."""
    folder = automatic_folder(db_path)
    if not folder.is_dir():
        return []
    found = [path for path in folder.glob(f"{AUTO_PREFIX}_*.db") if NAME_PATTERN.search(path.name)]
    return sorted(found, key=lambda path: NAME_PATTERN.search(path.name).group(1), reverse=True)


def copies_of(db_path: Path, database_id: str) -> list[Path]:
    """The automatic copies of one database, told apart by the identity in their manifests, newest first."""
    return [path for path in automatic_backups(db_path) if read_manifest(path).get("database_id", "") == database_id]


def automatic_due(db_path: Path | str, today: datetime.date) -> bool:
    """A copy is due today; never for the server, which every desk shares: its backups are the supervisor's 备份
    and the server's own schedule (docs/SERVER.md), not one copy per desk."""
    if engine.is_server(db_path):
        return False
    newest = automatic_backups(db_path)
    return not newest or made_at_of(newest[0], {}).date() < today


def changed_since_automatic(db_path: Path | str) -> bool:
    """Whether anything was saved after the newest automatic copy (so leaving the program needs a fresh one)."""
    if engine.is_server(db_path):
        return False
    newest = automatic_backups(db_path)
    if not newest:
        return True
    files = [path for path in (Path(db_path), Path(f"{db_path}-wal")) if path.exists()]
    return max(path.stat().st_mtime for path in files) > newest[0].stat().st_mtime


def make_automatic(db_path: Path, keep: int, now: datetime.datetime | None = None) -> BackupResult | None:
    """The rotating local copy (daily and at exit); None when one was already made this minute.

    The rotation removes only older copies of the same database: the last copies of another one (a file that
    went missing, copies made before databases had an identity) are never deleted by it."""
    now = (now or clock.now()).replace(second=0, microsecond=0)
    folder = automatic_folder(db_path)
    if any(made_at_of(path, {}) == now for path in automatic_backups(db_path)):
        return None
    result = write_backup(db_path, folder, prefix=AUTO_PREFIX, kind="auto", now=now, create_folder=True)
    for old in copies_of(db_path, result.info.database_id)[keep:]:
        remove_quietly(old, manifest_path(old))
    return result
