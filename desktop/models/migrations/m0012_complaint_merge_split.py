"""A duplicate complaint is merged into the older one of the same customer; a second matter is split off."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
ALTER TABLE "complaint" ADD COLUMN "merged_into_id" INTEGER REFERENCES "complaint" ("id");
ALTER TABLE "complaint" ADD COLUMN "merged_from_status" VARCHAR(255);
ALTER TABLE "complaint" ADD COLUMN "split_from_id" INTEGER REFERENCES "complaint" ("id");
CREATE INDEX "complaint_merged_into_id" ON "complaint" ("merged_into_id");
CREATE INDEX "complaint_split_from_id" ON "complaint" ("split_from_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
