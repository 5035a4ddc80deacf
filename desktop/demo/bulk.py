"""Fast inserts for the demo's millions of rows: one prepared statement run over many rows.

peewee's insert_many writes the SQL text of every value, which costs more than SQLite's insert itself on the large
size; these bind the same values (each field's db_value; defaults filled in as insert_many does) with executemany.
"""

from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from typing import Any

from peewee import Field, Model

from desktop import engine
from desktop.models import db


def insert_tuples(fields: Sequence[Field], rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows given as tuples of values for `fields` (all of one model)."""
    table = fields[0].model._meta.table_name
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join(engine.current().param for _ in fields)
    convert = [field.db_value for field in fields]
    db.cursor().executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})',
                            ([to_db(value) for to_db, value in zip(convert, row, strict=True)] for row in rows))


def insert(model: type[Model], rows: Iterable[Mapping[str, Any]]) -> None:
    """Insert rows given as dicts (field name -> value; every row has the keys of the first)."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    given = [model._meta.fields[name] for name in first]
    defaults = [field for field in model._meta.sorted_fields
                if field.name not in first and field.default is not None]

    def values(row: Mapping[str, Any]) -> list[Any]:
        return ([row[field.name] for field in given]
                + [field.default() if callable(field.default) else field.default for field in defaults])

    insert_tuples(given + defaults, (values(row) for row in chain([first], rows)))
