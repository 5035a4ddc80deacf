"""The customer's pinyin initials were written on every registration and never read: the search keys hold them."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
DROP INDEX IF EXISTS "customer_name_initials";
ALTER TABLE "customer" DROP COLUMN "name_initials";
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
