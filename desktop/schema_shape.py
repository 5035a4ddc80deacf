"""A database's schema in words both engines share: per table its columns (kind, nullable), primary key, indexes
(columns, unique) and foreign keys. Two databases made by the same migrations, one on SQLite and one on
PostgreSQL, have the same shape; the move between engines checks it before copying a row."""

import re
from dataclasses import dataclass

from peewee import Database

from desktop import engine

KINDS = [
    (r"^(INTEGER|INT|BIGINT|SMALLINT|SERIAL|BIGSERIAL)\b", "integer"),
    (r"^BOOL", "boolean"),
    (r"^(VARCHAR|CHARACTER VARYING|CHAR)", "varchar"),
    (r"^TEXT", "text"),
    (r"^(DATETIME|TIMESTAMP)", "moment"),
    (r"^DATE$", "date"),
    (r"^TIME\b", "time"),
    (r"^(REAL|DOUBLE|FLOAT)", "float"),
    (r"^(DECIMAL|NUMERIC)", "decimal"),
    (r"^(BLOB|BYTEA)", "bytes"),
]
IGNORED_TABLES = {"sqlite_sequence", "sqlite_stat1"}


@dataclass(frozen=True)
class TableShape:
    columns: frozenset[tuple[str, str, bool]]  # name, kind, nullable
    primary_key: tuple[str, ...]
    indexes: frozenset[tuple[str, tuple[str, ...], bool]]  # name, columns, unique
    foreign_keys: frozenset[tuple[str, str, str]]  # column, table, column


def kind(declared: str) -> str:
    text = declared.strip().upper()
    for pattern, name in KINDS:
        if re.match(pattern, text):
            return name
    return text.lower()


def _column_kind(database: Database, table: str, column: str, declared: str) -> str:
    found = kind(declared)
    # SQLite keeps a BooleanField in an INTEGER column; the server in a BOOLEAN one
    if found == "integer" and engine.of(database) is engine.SQLITE and (table, column) in engine.boolean_columns():
        return "boolean"
    return found


def indexes(database: Database, table: str) -> list:
    """The table's indexes as the migrations name them (not the server's own one of the primary key)."""
    return [i for i in database.get_indexes(table)
            if not i.name.endswith("_pkey") and not i.name.startswith("sqlite_autoindex")]


def _indexed(column: str | None) -> str:
    """An index's column, or "(expression)" for an expression: SQLite does not name it, the server writes it in
    its own words."""
    return column if column and "(" not in column else "(expression)"


def table_shape(database: Database, table: str) -> TableShape:
    columns = frozenset((c.name, _column_kind(database, table, c.name, c.data_type), bool(c.null))
                        for c in database.get_columns(table))
    primary = tuple(database.get_primary_keys(table))
    found = frozenset((i.name, tuple(map(_indexed, i.columns)), bool(i.unique)) for i in indexes(database, table))
    foreign = frozenset((f.column, f.dest_table, f.dest_column) for f in database.get_foreign_keys(table))
    return TableShape(columns, primary, found, foreign)


def shape(database: Database) -> dict[str, TableShape]:
    return {table: table_shape(database, table) for table in database.get_tables() if table not in IGNORED_TABLES}


def differences(have: dict[str, TableShape], want: dict[str, TableShape]) -> list[str]:
    """Where `have` differs from `want`, one line each (empty when they match)."""
    found = [f"多出表 {name}" for name in sorted(have.keys() - want.keys())]
    found += [f"缺少表 {name}" for name in sorted(want.keys() - have.keys())]
    for name in sorted(have.keys() & want.keys()):
        for part in ("columns", "primary_key", "indexes", "foreign_keys"):
            mine, theirs = getattr(have[name], part), getattr(want[name], part)
            if mine != theirs:
                extra = sorted(set(mine) - set(theirs)) if isinstance(mine, frozenset) else mine
                missing = sorted(set(theirs) - set(mine)) if isinstance(mine, frozenset) else theirs
                found.append(f"表 {name} 的 {part} 不同：多出 {extra}，缺少 {missing}")
    return found
