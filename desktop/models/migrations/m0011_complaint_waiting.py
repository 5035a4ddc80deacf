"""A complaint may wait on the customer or a third party (等待客户 / 等待第三方) with its handling clock stopped."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
ALTER TABLE "complaint" ADD COLUMN "paused_at" DATETIME;
ALTER TABLE "complaint" ADD COLUMN "paused_from" VARCHAR(255);
ALTER TABLE "complaint" ADD COLUMN "pause_reason" TEXT NOT NULL DEFAULT '';
ALTER TABLE "complaint" ADD COLUMN "pause_expected_on" DATE;
ALTER TABLE "complaint" ADD COLUMN "waited_days" REAL NOT NULL DEFAULT 0;
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
