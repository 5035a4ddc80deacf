"""The schema a file's migrations make, compared with the file's own."""

import sqlite3
from pathlib import Path

import pytest

from desktop import db as database
from desktop.models.migrations import all_migrations
from desktop.services.files import schema

pytestmark = pytest.mark.sqlite_only(
    reason="compares a file's sqlite_master with the migrations'; the two engines' "
           "schemas are compared in tests/models/test_migrations.py")


def test_a_migrated_file_has_exactly_the_schema_of_its_migrations(fresh_db: object, db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    try:
        assert schema.differences(connection, database.applied_migrations(database.db.obj)) == []
        connection.execute('CREATE INDEX "extra" ON "staff" ("name")')
        assert schema.differences(connection, database.applied_migrations(database.db.obj)) == ["多出索引 extra"]
    finally:
        connection.close()


def test_a_file_of_fewer_migrations_is_compared_with_those_only() -> None:
    first = all_migrations()[0][0]
    every = schema.expected(frozenset(name for name, _ in all_migrations()))
    older = schema.expected(frozenset([first]))
    assert set(older) < set(every) and ("table", "customer") not in older
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(database.LOG_TABLE)
        assert "缺少表 staff" in schema.differences(connection, [first])
    finally:
        connection.close()
