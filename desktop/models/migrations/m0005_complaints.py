"""Complaint forms, their step history and the callback attempts."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "complaint" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "number" VARCHAR(255) NOT NULL, "month" VARCHAR(255) NOT NULL, "serial" INTEGER NOT
  NULL, "status" VARCHAR(255) NOT NULL, "received_at" DATETIME NOT NULL, "received_by_id" INTEGER NOT NULL, "channel"
  VARCHAR(255) NOT NULL, "customer_id" INTEGER, "complainant" VARCHAR(255) NOT NULL, "contact" VARCHAR(255) NOT NULL,
  "content" TEXT NOT NULL, "request" TEXT NOT NULL, "category" VARCHAR(255) NOT NULL, "cause_kind" VARCHAR(255) NOT
  NULL, "severity" VARCHAR(255) NOT NULL, "promised_at" DATETIME, "order_number" VARCHAR(255) NOT NULL, "product"
  VARCHAR(255) NOT NULL, "quantity" INTEGER, "shipped_on" DATE, "defect_quantity" INTEGER, "note" TEXT NOT NULL,
  "deadline_days" INTEGER NOT NULL, "due_at" DATETIME NOT NULL, "next_due_at" DATETIME, "assessment" TEXT NOT NULL,
  "dispatched_at" DATETIME, "dispatch_late" INTEGER NOT NULL, "department" VARCHAR(255) NOT NULL, "assignee_id"
  INTEGER, "finding" TEXT NOT NULL, "responsible_party" VARCHAR(255) NOT NULL, "proposal" TEXT NOT NULL,
  "approved_by_id" INTEGER, "approved_at" DATETIME, "approval_note" TEXT NOT NULL, "reply" TEXT NOT NULL,
  "replied_by_id" INTEGER, "replied_at" DATETIME, "handling_days" REAL, "callback_due_at" DATETIME, "satisfaction"
  VARCHAR(255), "closed_at" DATETIME, "closed_as" VARCHAR(255), "reopened_from_id" INTEGER, "reminders" INTEGER NOT
  NULL, FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("received_by_id") REFERENCES "staff"
  ("id"), FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"), FOREIGN KEY ("assignee_id") REFERENCES "staff"
  ("id"), FOREIGN KEY ("approved_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("replied_by_id") REFERENCES "staff"
  ("id"), FOREIGN KEY ("reopened_from_id") REFERENCES "complaint" ("id"));
CREATE INDEX "complaint_voided_by_id" ON "complaint" ("voided_by_id");
CREATE UNIQUE INDEX "complaint_number" ON "complaint" ("number");
CREATE INDEX "complaint_status" ON "complaint" ("status");
CREATE INDEX "complaint_received_at" ON "complaint" ("received_at");
CREATE INDEX "complaint_received_by_id" ON "complaint" ("received_by_id");
CREATE INDEX "complaint_customer_id" ON "complaint" ("customer_id");
CREATE INDEX "complaint_category" ON "complaint" ("category");
CREATE INDEX "complaint_next_due_at" ON "complaint" ("next_due_at");
CREATE INDEX "complaint_department" ON "complaint" ("department");
CREATE INDEX "complaint_assignee_id" ON "complaint" ("assignee_id");
CREATE INDEX "complaint_approved_by_id" ON "complaint" ("approved_by_id");
CREATE INDEX "complaint_replied_by_id" ON "complaint" ("replied_by_id");
CREATE INDEX "complaint_closed_at" ON "complaint" ("closed_at");
CREATE INDEX "complaint_reopened_from_id" ON "complaint" ("reopened_from_id");
CREATE UNIQUE INDEX "complaint_month_serial" ON "complaint" ("month", "serial");
CREATE TABLE "complaint_event" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "at" DATETIME NOT
  NULL, "actor_id" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, "from_status" VARCHAR(255), "to_status"
  VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id"), FOREIGN KEY
  ("actor_id") REFERENCES "staff" ("id"));
CREATE INDEX "complaint_event_complaint_id" ON "complaint_event" ("complaint_id");
CREATE INDEX "complaint_event_actor_id" ON "complaint_event" ("actor_id");
CREATE INDEX "complaint_event_complaint_id_at" ON "complaint_event" ("complaint_id", "at");
CREATE TABLE "callback_attempt" ("id" INTEGER NOT NULL PRIMARY KEY, "complaint_id" INTEGER NOT NULL, "at" DATETIME NOT
  NULL, "staff_id" INTEGER NOT NULL, "reached" INTEGER NOT NULL, "wrong_contact" INTEGER NOT NULL, "satisfaction"
  VARCHAR(255), "solved" INTEGER, "note" TEXT NOT NULL, FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id"),
  FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"));
CREATE INDEX "callback_attempt_complaint_id" ON "callback_attempt" ("complaint_id");
CREATE INDEX "callback_attempt_at" ON "callback_attempt" ("at");
CREATE INDEX "callback_attempt_staff_id" ON "callback_attempt" ("staff_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
