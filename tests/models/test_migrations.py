"""The migrations build the schema the models describe, upgrade older files and refuse newer ones."""

import sqlite3
from pathlib import Path

import pytest
from peewee import Database, SqliteDatabase

from desktop import db as database
from desktop import engine, schema_shape
from desktop.models import ALL_MODELS
from desktop.models.migrations import all_migrations

FIELD_KINDS = {"AUTO": "integer", "INT": "integer", "BIGINT": "integer", "BOOL": "boolean", "VARCHAR": "varchar",
               "TEXT": "text", "DATETIME": "moment", "DATE": "date", "TIME": "time", "FLOAT": "float",
               "DOUBLE": "float", "DECIMAL": "decimal", "BLOB": "bytes"}


def test_migrated_schema_matches_every_model(fresh_db: Database) -> None:
    for model in ALL_MODELS:
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert {c.name for c in fresh_db.get_columns(model._meta.table_name)} == expected, model.__name__


def test_migrated_columns_have_the_kinds_of_the_model_fields(fresh_db: Database) -> None:
    for model in ALL_MODELS:
        columns = schema_shape.table_shape(fresh_db, model._meta.table_name).columns
        have = {name: (kind, null) for name, kind, null in columns}
        for field in model._meta.sorted_fields:
            assert have[field.column_name] == (FIELD_KINDS[field.field_type], field.null), \
                f"{model.__name__}.{field.name}"


def test_migrated_indexes_include_every_model_index(fresh_db: Database) -> None:
    for model in ALL_MODELS:
        table = model._meta.table_name
        present = {index.name for index in schema_shape.indexes(fresh_db, table)}
        for index in model._schema._create_indexes(safe=False):
            name = index.query()[0].split('"')[1]
            assert name in present, f"{table}: {name}"


def test_the_migrations_make_the_same_schema_on_both_engines(pg_server, tmp_path: Path) -> None:
    local = engine.connect(tmp_path / "本机.db")
    database.migrate(local)
    url = pg_server.create(template="template0")
    server = engine.connect(url)
    try:
        database.migrate(server)
        on_file, on_server = schema_shape.shape(local), schema_shape.shape(server)
        assert set(on_file) == {model._meta.table_name for model in ALL_MODELS} | {"schema_migration"}
        assert schema_shape.differences(on_server, on_file) == []
    finally:
        local.close()
        server.close()
        pg_server.drop(url)


def test_translation_refuses_sqlite_only_sql() -> None:
    with pytest.raises(engine.Untranslatable):
        engine.translate_script(["UPDATE customer SET ownership_until = date(registered_at, '+1 months')"])
    with pytest.raises(engine.Untranslatable):
        engine.translate_script(["INSERT OR REPLACE INTO setting VALUES ('a', 'b')"])


def test_translation_moves_foreign_keys_after_the_tables_and_keeps_types() -> None:
    script = engine.translate_script([
        'CREATE TABLE "a" ("id" INTEGER NOT NULL PRIMARY KEY, "b_id" INTEGER REFERENCES "b" ("id"), '
        '"at" DATETIME NOT NULL, "share" REAL, "amount" DECIMAL(10, 2))',
        'CREATE TABLE "b" ("key" VARCHAR(255) NOT NULL, "a_id" INTEGER NOT NULL, PRIMARY KEY ("key", "a_id"), '
        'FOREIGN KEY ("a_id") REFERENCES "a" ("id")) WITHOUT ROWID',
        "INSERT OR IGNORE INTO \"setting\" VALUES ('x', 'y')"])
    assert script == [
        'CREATE TABLE "a" ("id" SERIAL NOT NULL PRIMARY KEY, "b_id" INTEGER, "at" TIMESTAMP NOT NULL, '
        '"share" DOUBLE PRECISION, "amount" DECIMAL(10, 2))',
        'CREATE TABLE "b" ("key" VARCHAR(255) NOT NULL, "a_id" INTEGER NOT NULL, PRIMARY KEY ("key", "a_id"))',
        "INSERT INTO \"setting\" VALUES ('x', 'y') ON CONFLICT DO NOTHING",
        'ALTER TABLE "a" ADD FOREIGN KEY ("b_id") REFERENCES "b" ("id") DEFERRABLE INITIALLY IMMEDIATE',
        'ALTER TABLE "b" ADD FOREIGN KEY ("a_id") REFERENCES "a" ("id") DEFERRABLE INITIALLY IMMEDIATE']


FILE_ONLY = pytest.mark.sqlite_only(reason="about the SQLite file itself; the server's counterpart follows")


@FILE_ONLY
def test_new_file_gets_every_migration_and_pragmas(db_path: Path) -> None:
    opened = database.open_database(db_path)
    try:
        assert database.schema_version(opened) == len(all_migrations())
        assert opened.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert opened.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert opened.execute_sql("PRAGMA user_version").fetchone()[0] == len(all_migrations())
    finally:
        database.close_database()


@FILE_ONLY
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


@FILE_ONLY
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


@FILE_ONLY
def test_each_database_file_gets_its_own_identity(tmp_path: Path) -> None:
    identities = []
    for name in ("一.db", "二.db"):
        opened = database.open_database(tmp_path / name)
        identities.append(opened.execute_sql("SELECT value FROM setting WHERE key = 'database_id'").fetchone()[0])
        database.migrate(opened)  # running the migrations again keeps it
        assert opened.execute_sql("SELECT COUNT(*) FROM setting WHERE key = 'database_id'").fetchone()[0] == 1
        database.close_database()
    assert len(identities[0]) == 32 and identities[0] != identities[1]


@FILE_ONLY
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


def test_a_server_database_gets_every_migration_and_its_own_identity(db_target) -> None:
    opened = database.open_database(db_target)
    assert database.schema_version(opened) == len(all_migrations())
    identity = opened.execute_sql("SELECT value FROM setting WHERE key = 'database_id'").fetchone()[0]
    database.migrate(opened)
    assert opened.execute_sql("SELECT value FROM setting WHERE key = 'database_id'").fetchall() == [(identity,)]
    assert len(identity) == 32


def test_a_database_from_a_newer_release_is_refused(db_target) -> None:
    opened = database.open_database(db_target)
    opened.execute_sql("INSERT INTO schema_migration VALUES ('m9999_future', CURRENT_TIMESTAMP)")
    database.close_database()
    with pytest.raises(database.SchemaTooNew) as refused:
        database.open_database(db_target)
    assert refused.value.unknown == ["m9999_future"]
