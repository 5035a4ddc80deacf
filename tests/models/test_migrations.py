"""The migrations build the schema the models describe, upgrade older files and refuse newer ones."""

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from desktop import db as database
from desktop.models import ALL_MODELS
from desktop.models.migrations import all_migrations


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}


def test_migrated_schema_matches_every_model(fresh_db: SqliteDatabase) -> None:
    connection = fresh_db.connection()
    for model in ALL_MODELS:
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert _columns(connection, model._meta.table_name) == expected, model.__name__


def test_migrated_indexes_include_every_model_index(fresh_db: SqliteDatabase) -> None:
    connection = fresh_db.connection()
    for model in ALL_MODELS:
        table = model._meta.table_name
        present = {row[1] for row in connection.execute(f'PRAGMA index_list("{table}")')}
        for index in model._schema._create_indexes(safe=False):
            name = index.query()[0].split('"')[1]
            assert name in present, f"{table}: {name}"


def test_new_file_gets_every_migration_and_pragmas(db_path: Path) -> None:
    opened = database.open_database(db_path)
    try:
        assert database.schema_version(opened) == len(all_migrations())
        assert opened.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert opened.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert opened.execute_sql("PRAGMA user_version").fetchone()[0] == len(all_migrations())
    finally:
        database.close_database()


def test_file_of_the_first_version_is_upgraded_keeping_its_rows(db_path: Path) -> None:
    first_name, first = all_migrations()[0]
    old = SqliteDatabase(str(db_path))
    old.execute_sql(database.LOG_TABLE)
    first(old)
    old.execute_sql("INSERT INTO schema_migration VALUES (?, datetime('now'))", (first_name,))
    old.execute_sql("INSERT INTO staff (code, name, job_type, skill_level, role, active) "
                    "VALUES ('0001', '张三', '客服专员', '初级工', 'staff', 1)")
    old.close()

    opened = database.open_database(db_path)
    try:
        assert database.schema_version(opened) == len(all_migrations())
        row = opened.execute_sql("SELECT name, failed_logins, locked_until FROM staff").fetchone()
        assert row == ("张三", 0, None)
    finally:
        database.close_database()


def test_file_from_a_newer_release_is_refused_untouched(db_path: Path) -> None:
    database.open_database(db_path)
    database.close_database()
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO schema_migration VALUES ('m9999_future', datetime('now'))")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()

    with pytest.raises(database.SchemaTooNew) as refused:
        database.open_database(db_path)
    assert "更新版本" in str(refused.value)
    assert refused.value.unknown == ["m9999_future"]
    assert db_path.read_bytes() == before


def test_each_database_file_gets_its_own_identity(tmp_path: Path) -> None:
    identities = []
    for name in ("一.db", "二.db"):
        opened = database.open_database(tmp_path / name)
        identities.append(opened.execute_sql("SELECT value FROM setting WHERE key = 'database_id'").fetchone()[0])
        database.migrate(opened)  # running the migrations again keeps it
        assert opened.execute_sql("SELECT COUNT(*) FROM setting WHERE key = 'database_id'").fetchone()[0] == 1
        database.close_database()
    assert len(identities[0]) == 32 and identities[0] != identities[1]


def test_starting_writes_nothing_when_no_migration_is_needed(db_path: Path) -> None:
    database.open_database(db_path)
    database.close_database()
    other_window = sqlite3.connect(db_path, isolation_level=None)
    other_window.execute("BEGIN IMMEDIATE")  # a long import holding the write lock
    try:
        opened = database.open_database(db_path)
        assert opened.execute_sql("PRAGMA user_version").fetchone()[0] == len(all_migrations())
    finally:
        database.close_database()
        other_window.close()
