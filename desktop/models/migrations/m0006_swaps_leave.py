"""The leave register (请假) and the shift-swap register (换班登记)."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "leave" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "person_id" INTEGER NOT NULL, "start" DATE NOT NULL, "end" DATE NOT NULL,
  "kind" VARCHAR(255) NOT NULL, "approver_id" INTEGER, "reason" VARCHAR(255) NOT NULL,
  "recorded_by_id" INTEGER NOT NULL, "recorded_at" DATETIME NOT NULL,
  FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("person_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("approver_id") REFERENCES "staff" ("id"), FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "leave_voided_by_id" ON "leave" ("voided_by_id");
CREATE INDEX "leave_approver_id" ON "leave" ("approver_id");
CREATE INDEX "leave_recorded_by_id" ON "leave" ("recorded_by_id");
CREATE INDEX "leave_person_id_start" ON "leave" ("person_id", "start");
CREATE INDEX "leave_start_end" ON "leave" ("start", "end");
CREATE TABLE "swap" ("id" INTEGER NOT NULL PRIMARY KEY, "applicant_id" INTEGER NOT NULL,
  "substitute_id" INTEGER NOT NULL, "swap_day" DATE NOT NULL, "swap_shift_id" INTEGER NOT NULL,
  "return_day" DATE NOT NULL, "return_shift_id" INTEGER NOT NULL, "return_ends_at" DATETIME NOT NULL,
  "reason" TEXT NOT NULL, "handover" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL,
  "requested_by_id" INTEGER NOT NULL, "requested_at" DATETIME NOT NULL, "applicant_decision" VARCHAR(255),
  "applicant_leader_id" INTEGER, "applicant_decided_at" DATETIME, "applicant_remark" VARCHAR(255) NOT NULL,
  "substitute_decision" VARCHAR(255), "substitute_leader_id" INTEGER, "substitute_decided_at" DATETIME,
  "substitute_remark" VARCHAR(255) NOT NULL, "closed_at" DATETIME, "withdraw_reason" VARCHAR(255) NOT NULL,
  FOREIGN KEY ("applicant_id") REFERENCES "staff" ("id"), FOREIGN KEY ("substitute_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("swap_shift_id") REFERENCES "shift" ("id"),
  FOREIGN KEY ("return_shift_id") REFERENCES "shift" ("id"),
  FOREIGN KEY ("requested_by_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("applicant_leader_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("substitute_leader_id") REFERENCES "staff" ("id"));
CREATE INDEX "swap_swap_day" ON "swap" ("swap_day");
CREATE INDEX "swap_swap_shift_id" ON "swap" ("swap_shift_id");
CREATE INDEX "swap_return_day" ON "swap" ("return_day");
CREATE INDEX "swap_return_shift_id" ON "swap" ("return_shift_id");
CREATE INDEX "swap_return_ends_at" ON "swap" ("return_ends_at");
CREATE INDEX "swap_requested_by_id" ON "swap" ("requested_by_id");
CREATE INDEX "swap_applicant_leader_id" ON "swap" ("applicant_leader_id");
CREATE INDEX "swap_substitute_leader_id" ON "swap" ("substitute_leader_id");
CREATE INDEX "swap_applicant_id_swap_day" ON "swap" ("applicant_id", "swap_day");
CREATE INDEX "swap_substitute_id_swap_day" ON "swap" ("substitute_id", "swap_day");
CREATE INDEX "swap_applicant_id_return_day" ON "swap" ("applicant_id", "return_day");
CREATE INDEX "swap_substitute_id_return_day" ON "swap" ("substitute_id", "return_day");
CREATE INDEX "swap_status_swap_day" ON "swap" ("status", "swap_day");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
