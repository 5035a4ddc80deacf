"""A customer's phones found by a typed prefix without reading each phone's row: the key with its customer."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE INDEX "customer_phone_phone_key_customer_id" ON "customer_phone" ("phone_key", "customer_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
