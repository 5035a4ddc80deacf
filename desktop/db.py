"""Open and close the database (a local SQLite file or the office's PostgreSQL server): schema version and
migrations. What the two engines do differently is in `desktop/engine.py`."""

from pathlib import Path

from peewee import Database

from desktop import engine
from desktop.models import db
from desktop.models.migrations import all_migrations, run_sql

PRAGMAS = engine.SQLITE_PRAGMAS
LOCK_TYPE = engine.SQLITE_LOCK_TYPE


class SchemaTooNew(Exception):
    """The file was written by a newer release of the program."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__("数据库文件由更新版本的客服台写入，本程序无法打开，请安装新版本。")
        self.unknown = unknown


LOG_TABLE = (
    'CREATE TABLE IF NOT EXISTS "schema_migration" '
    '("name" VARCHAR(255) NOT NULL PRIMARY KEY, "applied_at" DATETIME NOT NULL)'
)


def applied_migrations(database: Database) -> list[str]:
    run_sql(database, LOG_TABLE)
    return [row[0] for row in database.execute_sql('SELECT "name" FROM "schema_migration" ORDER BY "name"')]


def schema_version(database: Database) -> int:
    """How many migrations the file has had (also kept in PRAGMA user_version for outside tools)."""
    return len(applied_migrations(database))


def migrate(database: Database) -> int:
    """Bring the database up to the newest schema, one migration per transaction; returns the version reached."""
    applied = set(applied_migrations(database))
    known = all_migrations()
    unknown = sorted(applied - {name for name, _ in known})
    if unknown:
        raise SchemaTooNew(unknown)
    param = engine.of(database).param
    for name, apply in known:
        if name not in applied:
            with database.atomic():
                apply(database)
                database.execute_sql(
                    f'INSERT INTO "schema_migration" ("name", "applied_at") VALUES ({param}, CURRENT_TIMESTAMP)',
                    (name,))
    version = schema_version(database)
    if engine.of(database) is engine.SQLITE:
        if database.execute_sql("PRAGMA user_version").fetchone()[0] != version:  # a write: only when it changed,
            database.execute_sql(f"PRAGMA user_version = {version}")  # so a start never waits for another window
    engine.prepare_server(database)
    return version


def open_database(target: str | Path) -> Database:
    """Open (creating if needed) and upgrade the database — a file's path or a postgresql:// address — and bind
    every model to it."""
    database = engine.connect(target)
    try:
        migrate(database)
    except Exception:
        engine.disconnect(database)
        raise
    db.initialize(database)
    return database


def close_database() -> None:
    """Close every connection to the database: the window's and those kept for its workers."""
    if db.obj is not None:
        engine.disconnect(db.obj)
