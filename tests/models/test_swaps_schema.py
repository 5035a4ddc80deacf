"""Migration m0006 creates the leave and swap tables exactly as the models declare them."""

from peewee import SqliteDatabase

from desktop import schema_shape
from desktop.models import Leave, Swap


def test_migrated_columns_match_the_models(fresh_db: SqliteDatabase) -> None:
    for model in (Leave, Swap):
        columns = {column.name for column in fresh_db.get_columns(model._meta.table_name)}
        assert columns == {field.column_name for field in model._meta.sorted_fields}


def test_migrated_indexes_match_the_models(fresh_db: SqliteDatabase) -> None:
    for model in (Leave, Swap):
        indexes = {index.name for index in schema_shape.indexes(fresh_db, model._meta.table_name)}
        expected = {query.query()[0].split('"')[1] for query in model._schema._create_indexes(safe=False)}
        assert indexes == expected
