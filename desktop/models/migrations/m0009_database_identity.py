"""A random identity stored once in each database file, written into every backup's manifest.

It keeps the copies of different databases apart (a new file where an old one went missing is another database),
which the time in a copy's name cannot do.
"""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
INSERT OR IGNORE INTO "setting" ("key", "value") VALUES ('database_id', lower(hex(randomblob(16))));
"""

POSTGRESQL = """
INSERT INTO "setting" ("key", "value") VALUES ('database_id', replace(gen_random_uuid()::text, '-', ''))
ON CONFLICT DO NOTHING;
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL, postgresql=POSTGRESQL)
