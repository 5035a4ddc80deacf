"""The schema a database file must have for the migrations it lists: those migrations are run on an empty database
in memory and the two `sqlite_master` tables are compared entry by entry (tables, indexes, triggers, views).

A backup carrying an extra trigger (one that empties the audit log, say) or missing a UNIQUE index keeps its
migration names; only this comparison tells it from a sound one.
"""

import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from peewee import SqliteDatabase

from desktop.db import LOG_TABLE
from desktop.models.migrations import all_migrations
from desktop.services.errors import Text, msg

KIND_TEXT = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}
# SQLite's own objects (sqlite_sequence, sqlite_stat1, the automatic indexes of UNIQUE columns) follow from the rest
MASTER = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"

Entries = dict[tuple[str, str], str]  # (type, name) -> its CREATE statement, whitespace normalised


def _entries(rows: Iterable[tuple[str, str, str | None]]) -> Entries:
    return {(kind, name): " ".join((sql or "").split()) for kind, name, sql in rows}


@lru_cache(maxsize=4)
def expected(migrations: frozenset[str]) -> Entries:
    """What the program's migrations of these names make, in the order the runner applies them."""
    database = SqliteDatabase(":memory:")
    try:
        database.execute_sql(LOG_TABLE)
        for name, apply in all_migrations():
            if name in migrations:
                apply(database)
        return _entries(database.execute_sql(MASTER).fetchall())
    finally:
        database.close()


def differences(connection: sqlite3.Connection, migrations: Iterable[str]) -> list[Text]:
    """Every way the file's schema differs from what its migrations make; empty when they match."""
    want = expected(frozenset(migrations))
    have = _entries(connection.execute(MASTER))
    found = [msg("多出{kind} {name}", kind=KIND_TEXT.get(kind, kind), name=name)
             for kind, name in sorted(have.keys() - want.keys())]
    found += [msg("缺少{kind} {name}", kind=KIND_TEXT.get(kind, kind), name=name)
              for kind, name in sorted(want.keys() - have.keys())]
    found += [msg("{kind} {name} 的定义不同", kind=KIND_TEXT.get(kind, kind), name=name)
              for kind, name in sorted(want.keys() & have.keys()) if want[kind, name] != have[kind, name]]
    return found
