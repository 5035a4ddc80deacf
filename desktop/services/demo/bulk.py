"""Fast inserts for the demo's millions of rows: one prepared statement run over many rows.

peewee's insert_many writes the SQL text of every value, which costs more than SQLite's insert itself on the large
size; this binds the same values (each field's db_value, defaults filled in as insert_many does) with executemany.
"""

from collections.abc import Iterable, Mapping
from itertools import chain
from typing import Any

from peewee import Model

from desktop.models import db


def insert(model: type[Model], rows: Iterable[Mapping[str, Any]]) -> None:
    """Insert `rows` (field name -> value; every row has the keys of the first) into `model`'s table."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    given = [model._meta.fields[name] for name in first]
    defaults = [field for field in model._meta.sorted_fields
                if field.name not in first and field.default is not None]
    fields = given + defaults
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'

    def values(row: Mapping[str, Any]) -> list[Any]:
        return ([field.db_value(row[field.name]) for field in given]
                + [field.db_value(field.default() if callable(field.default) else field.default)
                   for field in defaults])

    db.cursor().executemany(sql, (values(row) for row in chain([first], rows)))
