"""Numbered forward migrations: each module `mNNNN_name.py` has `apply(database)`; they run in name order.

The runner records each applied name, so a migration added on a parallel branch still runs on merge.

A migration states its tables in SQL or with `playhouse.migrate`, never through the current model classes, so
that it means the same thing on every later release. `tests/models/test_migrations.py` checks that the migrated
schema matches the models.
"""

import importlib
import pkgutil
from collections.abc import Callable

from peewee import SqliteDatabase

Migration = Callable[[SqliteDatabase], None]


def all_migrations() -> list[tuple[str, Migration]]:
    names = sorted(
        info.name for info in pkgutil.iter_modules(__path__) if info.name[:1] == "m" and info.name[1:5].isdigit()
    )
    return [(name, importlib.import_module(f"{__name__}.{name}").apply) for name in names]


def run_sql(database: SqliteDatabase, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            database.execute_sql(statement)
