"""A password someone else set (a reset, a new account, the first administrator) is changed at the next login."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
ALTER TABLE "staff" ADD COLUMN "must_change_password" INTEGER NOT NULL DEFAULT 0;
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
