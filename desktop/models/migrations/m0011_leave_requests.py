"""Leave becomes a request approved step by step (逐级), with half days, 急诊 phone notice, late notice and the
medical certificate; leave recorded before this stays approved."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
ALTER TABLE "leave" ADD COLUMN "status" VARCHAR(255) NOT NULL DEFAULT 'approved';
ALTER TABLE "leave" ADD COLUMN "half" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "leave" ADD COLUMN "urgent" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "leave" ADD COLUMN "phoned_at" DATETIME;
ALTER TABLE "leave" ADD COLUMN "late_notice" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "leave" ADD COLUMN "certificate_on" DATE;
ALTER TABLE "leave" ADD COLUMN "certificate_by_id" INTEGER REFERENCES "staff" ("id");
CREATE INDEX "leave_certificate_by_id" ON "leave" ("certificate_by_id");
CREATE TABLE "leave_step" ("id" INTEGER NOT NULL PRIMARY KEY, "leave_id" INTEGER NOT NULL, "step" INTEGER NOT NULL,
  "role" VARCHAR(255) NOT NULL, "approver_id" INTEGER NOT NULL, "decision" VARCHAR(255) NOT NULL,
  "decided_at" DATETIME NOT NULL, "remark" VARCHAR(255) NOT NULL,
  FOREIGN KEY ("leave_id") REFERENCES "leave" ("id"), FOREIGN KEY ("approver_id") REFERENCES "staff" ("id"));
CREATE INDEX "leave_step_leave_id" ON "leave_step" ("leave_id");
CREATE INDEX "leave_step_approver_id" ON "leave_step" ("approver_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
