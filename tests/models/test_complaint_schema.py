"""Migration m0005 builds the complaint tables exactly as the models declare them."""

import pytest

from desktop import schema_shape
from desktop.models import CallbackAttempt, Complaint, ComplaintEvent


@pytest.mark.parametrize("model", [Complaint, ComplaintEvent, CallbackAttempt])
def test_migrated_columns_equal_the_model_fields(fresh_db, model):
    table = model._meta.table_name
    migrated = {column.name: column.null for column in fresh_db.get_columns(table)}
    declared = {field.column_name: field.null for field in model._meta.sorted_fields}
    assert set(migrated) == set(declared)
    assert {name for name, null in migrated.items() if null} == {name for name, null in declared.items() if null}


@pytest.mark.parametrize("model", [Complaint, ComplaintEvent, CallbackAttempt])
def test_migrated_indexes_equal_the_model_indexes(fresh_db, model):
    migrated = {tuple(index.columns): index.unique for index in schema_shape.indexes(fresh_db, model._meta.table_name)}
    declared = {}
    for index in model._schema._create_indexes(safe=False):
        sql = index.query()[0]
        columns = tuple(part.strip().strip('"') for part in sql[sql.rindex("(") + 1:-1].split(","))
        declared[columns] = sql.startswith("CREATE UNIQUE")
    assert migrated == declared
