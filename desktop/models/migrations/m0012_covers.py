"""顶班/代班: one person takes another's shift one way, approved by the team leader."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "cover" ("id" INTEGER NOT NULL PRIMARY KEY, "absent_id" INTEGER NOT NULL, "cover_id" INTEGER NOT NULL,
  "day" DATE NOT NULL, "shift_id" INTEGER NOT NULL, "offered" INTEGER NOT NULL, "reason" VARCHAR(255) NOT NULL,
  "status" VARCHAR(255) NOT NULL, "requested_by_id" INTEGER NOT NULL, "requested_at" DATETIME NOT NULL,
  "leader_id" INTEGER, "decided_at" DATETIME, "remark" VARCHAR(255) NOT NULL,
  FOREIGN KEY ("absent_id") REFERENCES "staff" ("id"), FOREIGN KEY ("cover_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("shift_id") REFERENCES "shift" ("id"), FOREIGN KEY ("requested_by_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("leader_id") REFERENCES "staff" ("id"));
CREATE INDEX "cover_shift_id" ON "cover" ("shift_id");
CREATE INDEX "cover_requested_by_id" ON "cover" ("requested_by_id");
CREATE INDEX "cover_leader_id" ON "cover" ("leader_id");
CREATE INDEX "cover_absent_id_day" ON "cover" ("absent_id", "day");
CREATE INDEX "cover_cover_id_day" ON "cover" ("cover_id", "day");
CREATE INDEX "cover_status_day" ON "cover" ("status", "day");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
