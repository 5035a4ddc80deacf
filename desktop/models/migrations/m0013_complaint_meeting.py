"""The management meeting's record a 严重 complaint needs before its plan is approved."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "complaint_meeting" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL,
  "held_on" DATE NOT NULL, "attendees" TEXT NOT NULL, "decision" TEXT NOT NULL, "responsible" VARCHAR(255) NOT NULL,
  "recorded_by_id" INTEGER NOT NULL, "recorded_at" DATETIME NOT NULL,
  FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id"), FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "complaint_meeting_complaint_id" ON "complaint_meeting" ("complaint_id");
CREATE INDEX "complaint_meeting_recorded_by_id" ON "complaint_meeting" ("recorded_by_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
