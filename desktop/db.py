"""Open and close the one SQLite file: connection pragmas, schema version and migrations."""

from pathlib import Path

from peewee import SqliteDatabase

from desktop.models import db
from desktop.models.migrations import all_migrations

PRAGMAS = {
    "journal_mode": "wal",  # readers never block the writer; a crash leaves the last commit intact
    "foreign_keys": 1,
    "busy_timeout": 5000,  # a backup or a second window holding the lock waits instead of failing
    # FULL also syncs the WAL at each commit: a record the clerk saw as 已保存 survives a power cut.
    # NORMAL would be faster but may lose the last commits, which this office cannot afford.
    "synchronous": "full",
}

# Every transaction takes the write lock when it begins (BEGIN IMMEDIATE), so a save that reads first (the last
# number, a duplicate phone, a setting) waits for another window's save instead of reading a state that changes
# before it writes: SQLite cannot let such a deferred transaction upgrade and fails it at once, whatever the
# busy_timeout. Only the outermost atomic() begins; nested ones are savepoints inside it.
LOCK_TYPE = "IMMEDIATE"


class SchemaTooNew(Exception):
    """The file was written by a newer release of the program."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__("数据库文件由更新版本的客服台写入，本程序无法打开，请安装新版本。")
        self.unknown = unknown


LOG_TABLE = (
    'CREATE TABLE IF NOT EXISTS "schema_migration" '
    '("name" VARCHAR(255) NOT NULL PRIMARY KEY, "applied_at" DATETIME NOT NULL)'
)


def applied_migrations(database: SqliteDatabase) -> list[str]:
    database.execute_sql(LOG_TABLE)
    return [row[0] for row in database.execute_sql('SELECT "name" FROM "schema_migration" ORDER BY "name"')]


def schema_version(database: SqliteDatabase) -> int:
    """How many migrations the file has had (also kept in PRAGMA user_version for outside tools)."""
    return len(applied_migrations(database))


def migrate(database: SqliteDatabase) -> int:
    """Bring the file up to the newest schema, one migration per transaction; returns the version reached."""
    applied = set(applied_migrations(database))
    known = all_migrations()
    unknown = sorted(applied - {name for name, _ in known})
    if unknown:
        raise SchemaTooNew(unknown)
    for name, apply in known:
        if name not in applied:
            with database.atomic():
                apply(database)
                database.execute_sql(
                    'INSERT INTO "schema_migration" ("name", "applied_at") VALUES (?, datetime(\'now\'))', (name,))
    version = schema_version(database)
    if database.execute_sql("PRAGMA user_version").fetchone()[0] != version:  # a write: only when it changed,
        database.execute_sql(f"PRAGMA user_version = {version}")  # so a start never waits for another window
    return version


def open_database(path: str | Path) -> SqliteDatabase:
    """Open (creating if needed) and upgrade the database file, and bind every model to it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type=LOCK_TYPE)
    database.connect()
    try:
        migrate(database)
    except Exception:
        database.close()
        raise
    db.initialize(database)
    return database


def close_database() -> None:
    if not db.is_closed():
        db.close()
