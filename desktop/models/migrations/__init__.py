"""Numbered forward migrations: each module `mNNNN_name.py` has `apply(database)`; they run in name order.

The runner records each applied name, so a migration added on a parallel branch still runs on merge.

A migration states its tables in SQL or with `playhouse.migrate`, never through the current model classes, so
that it means the same thing on every later release. The SQL is SQLite's; on the office server (PostgreSQL)
`run_sql` hands each script to `desktop.engine`, which translates it (types, foreign keys, WITHOUT ROWID,
INSERT OR IGNORE) and refuses SQLite-only functions; such a statement goes in `postgresql=` in PostgreSQL's
words. A `playhouse.migrate` migration takes its migrator from `schema_migrator(database)`.
`tests/models/test_migrations.py` checks that the migrated schema matches the models, and is the same on both.
"""

import importlib
import pkgutil
from collections.abc import Callable

from peewee import Database
from playhouse.migrate import SchemaMigrator

Migration = Callable[[Database], None]


def all_migrations() -> list[tuple[str, Migration]]:
    names = sorted(
        info.name for info in pkgutil.iter_modules(__path__) if info.name[:1] == "m" and info.name[1:5].isdigit()
    )
    return [(name, importlib.import_module(f"{__name__}.{name}").apply) for name in names]


def statements(script: str) -> list[str]:
    return [statement for statement in script.split(";") if statement.strip()]


def run_sql(database: Database, script: str, postgresql: str | None = None) -> None:
    """Run a script of SQLite SQL; on PostgreSQL its translation, or `postgresql` when it is given."""
    from desktop import engine

    if engine.of(database) is engine.POSTGRESQL:
        todo = statements(postgresql) if postgresql is not None else engine.translate_script(statements(script))
    else:
        todo = statements(script)
    for statement in todo:
        database.execute_sql(statement)


def schema_migrator(database: Database) -> SchemaMigrator:
    """playhouse.migrate's migrator for the database's engine."""
    from desktop import engine

    return engine.of(database).migrator(database)
