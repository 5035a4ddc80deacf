"""Every row of one database copied into another of the same schema, across engines: the office moving from its
SQLite file to the server and back, the server's backup (an export into the program's own file format, which every
check, restore and desk already reads) and the server's restore.

The source is read in one snapshot (a read-only REPEATABLE READ transaction on the server, one read transaction on
a file), so the copy and its row counts are one moment while desks keep saving. The target is written in one
transaction that holds its write lock and checks the foreign keys at its commit: a failure leaves it as it was.
The counts of the target are compared with the snapshot's before that commit.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import Database

from desktop import db as database_module
from desktop import engine, schema_shape
from desktop.models import ALL_MODELS
from desktop.services.errors import RuleError, lines, msg

BATCH = 2000
LOG = "schema_migration"
Progress = Callable[[str, int, int], None]


def tables() -> list[str]:
    return [model._meta.table_name for model in ALL_MODELS]


@contextmanager
def snapshot(source: Database) -> Iterator[None]:
    """One consistent read of the source without its write lock (other desks keep saving meanwhile)."""
    with source.manual_commit():
        if engine.of(source) is engine.POSTGRESQL:
            source.execute_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        else:
            source.execute_sql("BEGIN")
        try:
            yield
        finally:
            source.execute_sql("COMMIT")


def counts(database: Database) -> dict[str, int]:
    return {table: database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in [*tables(), LOG]}


def _migrations(database: Database) -> list[str]:
    return [row[0] for row in database.execute_sql(f'SELECT "name" FROM "{LOG}" ORDER BY "name"')]


def check_same_schema(source: Database, target: Database) -> None:
    if _migrations(source) != _migrations(target):
        raise RuleError("两个数据库的结构版本不同，不能复制。请先用同一版本的客服台打开它们。")
    changed = schema_shape.differences(schema_shape.shape(target), schema_shape.shape(source))
    if changed:
        raise RuleError("两个数据库的结构不一致（{changes}），不能复制。", changes=lines(changed[:3], "；"))


NEW_DATABASE = ("setting", "calendar_day", "audit_entry", "wording_template")  # what a new database holds
WRITTEN = {"wording_version": '"edited_by_id" IS NOT NULL'}  # the preset 话术 have no editor


def is_empty(database: Database) -> bool:
    """Nothing but what a new database holds (its identity, the holiday calendar, the preset 话术)."""
    def rows(table: str) -> int:
        where = f" WHERE {WRITTEN[table]}" if table in WRITTEN else ""
        return database.execute_sql(f'SELECT COUNT(*) FROM "{table}"{where}').fetchone()[0]

    return all(rows(table) == 0 for table in tables() if table not in NEW_DATABASE)


def _defer_foreign_keys(target: Database) -> None:
    if engine.of(target) is engine.POSTGRESQL:
        target.execute_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        target.execute_sql("PRAGMA defer_foreign_keys = ON")


def _reset_numbering(target: Database) -> None:
    """The server's sequences continue after the copied ids (a file numbers from its rows by itself)."""
    if engine.of(target) is not engine.POSTGRESQL:
        return
    for model in ALL_MODELS:
        key = model._meta.primary_key
        if getattr(key, "field_type", "") == "AUTO":
            table = model._meta.table_name
            target.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{key.column_name}'), "
                f'COALESCE(MAX("{key.column_name}"), 1), MAX("{key.column_name}") IS NOT NULL) FROM "{table}"')


def _copy_table(model: type, source: Database, target: Database) -> int:
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    table = model._meta.table_name
    order = ", ".join(f'"{field.column_name}"' for field in fields if field.primary_key) or columns
    reader = source.execute_sql(f'SELECT {columns} FROM "{table}" ORDER BY {order}')
    places = ", ".join([engine.of(target).param] * len(fields))
    insert = f'INSERT INTO "{table}" ({columns}) VALUES ({places})'
    # a value as the source returns it, as the program would hand it to the target
    convert = [(field.python_value, field.db_value) for field in fields]
    copied = 0
    while rows := reader.fetchmany(BATCH):
        target.cursor().executemany(insert, [[to_db(to_python(value)) for (to_python, to_db), value
                                              in zip(convert, row, strict=True)] for row in rows])
        copied += len(rows)
    return copied


def copy_rows(source: Database, target: Database, progress: Progress | None = None) -> dict[str, int]:
    """Replace every row of `target` with those of `source` (same migrations, same schema); returns the counts
    copied, which the target was checked to hold before the commit."""
    check_same_schema(source, target)
    with snapshot(source):
        wanted = counts(source)
        with target.atomic():
            _defer_foreign_keys(target)
            for table in reversed(tables()):
                target.execute_sql(f'DELETE FROM "{table}"')
            for index, model in enumerate(ALL_MODELS):
                if progress:
                    progress(msg("正在复制 {table}", table=model._meta.table_name), index, len(ALL_MODELS))
                _copy_table(model, source, target)
            _reset_numbering(target)
            have = counts(target)
            have[LOG] = wanted[LOG]  # each database keeps its own record of its migrations
            if have != wanted:
                different = [table for table in wanted if have.get(table) != wanted[table]]
                raise RuleError("复制后的行数与原数据库不一致（{tables}），没有保存。", tables=lines(different, "、"))
    if engine.of(target) is engine.POSTGRESQL:
        target.execute_sql("ANALYZE")  # the planner's statistics of the new rows, before autovacuum gets to them
    return wanted


def move(source_target: str | Path, destination: str | Path, progress: Progress | None = None,
         replace: bool = False) -> dict[str, int]:
    """The office's database moved between a file and the server (either way): the destination is made (or
    upgraded) by the migrations, must be empty unless `replace`, and gets every row; returns the counts."""
    if str(source_target) == str(destination):
        raise RuleError("原数据库和目标数据库是同一个。")
    if not engine.is_server(source_target) and not Path(source_target).is_file():
        raise RuleError("找不到数据库文件 {path}。", path=source_target)
    source = engine.connect(source_target)
    try:
        database_module.migrate(source)
        target = engine.connect(destination)
        try:
            database_module.migrate(target)
            if not replace and not is_empty(target):
                raise RuleError("目标数据库 {target} 中已有数据，没有复制。请换一个新的空数据库。",
                                target=engine.display_name(destination))
            return copy_rows(source, target, progress)
        finally:
            target.close()
    finally:
        source.close()
