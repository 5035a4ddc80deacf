"""The login log: one row per login try, successful or not, for the supervisor to read."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "login_event" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "login" VARCHAR(255) NOT
  NULL, "staff_id" INTEGER, "outcome" VARCHAR(255) NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"));
CREATE INDEX "login_event_at" ON "login_event" ("at");
CREATE INDEX "login_event_staff_id" ON "login_event" ("staff_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
