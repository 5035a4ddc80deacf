"""The full integrity_check of the live database file, run in the background while the desk is idle, at least once
a day, its outcome recorded in the settings and warned about when it fails.

A backup verifies its copy with quick_check (every page, b-tree and record; 3 s on 800 MB) rather than the full
integrity_check (also every index entry against its row; 34 s): a damaged index is in the live file first, where
this check finds it within a day, before the copies made since it went wrong are the only ones kept.
"""

import datetime
import logging
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desktop import engine
from desktop.models import db
from desktop.services import clock, settings
from desktop.services.errors import Text, msg
from desktop.services.files.backup import connect_read_only

LAST_AT = "integrity_last_at"
LAST_RESULT = "integrity_last_result"  # "ok", or the first problems SQLite reported
DUE_AFTER = datetime.timedelta(hours=24)
OK = "ok"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IntegrityResult:
    at: datetime.datetime
    problems: tuple[str, ...]  # empty: the file is sound
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems


def last() -> IntegrityResult | None:
    """The recorded outcome of the last check (None: never checked)."""
    at = settings.get(LAST_AT)
    if not at:
        return None
    result = settings.get(LAST_RESULT)
    return IntegrityResult(datetime.datetime.fromisoformat(at), () if result == OK else tuple(result.split("\n")))


def due(db_path: Path | str, now: datetime.datetime | None = None) -> bool:
    """Whether the live file's check is due: at most daily, and only for a file (the office server keeps its own
    pages; its backup is a file that is checked when it is made)."""
    if engine.is_server(db_path):
        return False
    previous = last()
    return previous is None or (now or clock.now()) - previous.at >= DUE_AFTER


def check_live(db_path: Path, now: datetime.datetime | None = None) -> IntegrityResult:
    """Run PRAGMA integrity_check on the live file through a read-only connection (clerks keep saving meanwhile:
    the check reads one moment of it) and record the outcome; a slow call, for a worker thread."""
    now = now or clock.now()
    start = time.perf_counter()
    try:
        with closing(connect_read_only(Path(db_path))) as connection:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        rows = [str(error)]
    result = IntegrityResult(now.replace(microsecond=0), () if rows == [OK] else tuple(rows[:5]),
                             time.perf_counter() - start)
    if not result.ok:
        log.error("integrity_check of %s failed: %s", db_path, "; ".join(result.problems))
    with db.atomic():
        settings.put(None, LAST_AT, result.at.isoformat(timespec="seconds"))
        settings.put(None, LAST_RESULT, OK if result.ok else "\n".join(result.problems))
    return result


def warning() -> Text | None:
    """What everyone is told while the last check found the file damaged (None: sound, or not checked yet)."""
    previous = last()
    if previous is None or previous.ok:
        return None
    return msg("{at:%Y-%m-%d %H:%M} 的数据库完整性检查发现问题：{problems}。数据库文件可能已损坏：请尽快联系管理员，"
               "用最近一次通过校验的备份恢复（文件 → 恢复），恢复前请不要删除任何备份。",
               at=previous.at, problems="；".join(previous.problems[:3]))
