"""The contact log, its follow-ups, the reception rotation, monthly visit plans and urgent-report read marks."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "kind" VARCHAR(255) NOT NULL, "customer_id" INTEGER, "caller_name" VARCHAR(255) NOT
  NULL, "caller_phone" VARCHAR(255) NOT NULL, "staff_id" INTEGER NOT NULL, "assistant_id" INTEGER, "visited_person"
  VARCHAR(255) NOT NULL, "visited_title" VARCHAR(255) NOT NULL, "started_at" DATETIME NOT NULL, "duration_minutes"
  INTEGER, "purpose" VARCHAR(255) NOT NULL, "opinions" TEXT NOT NULL, "market" TEXT NOT NULL, "effect" TEXT NOT
  NULL, "handling" TEXT NOT NULL, "other_matters" TEXT NOT NULL, "quality_rating" VARCHAR(255), "service_rating"
  VARCHAR(255), "awareness_rating" VARCHAR(255), "urgent" INTEGER NOT NULL, "urgent_category" VARCHAR(255),
  "next_follow_up_on" DATE, "promised" TEXT NOT NULL, "recorded_by_id" INTEGER NOT NULL, "recorded_at" DATETIME NOT
  NULL, FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("customer_id") REFERENCES "customer"
  ("id"), FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"), FOREIGN KEY ("assistant_id") REFERENCES "staff"
  ("id"), FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "contact_voided_by_id" ON "contact" ("voided_by_id");
CREATE INDEX "contact_started_at" ON "contact" ("started_at");
CREATE INDEX "contact_staff_id_started_at" ON "contact" ("staff_id", "started_at");
CREATE INDEX "contact_customer_id_started_at" ON "contact" ("customer_id", "started_at");
CREATE INDEX "contact_kind_started_at" ON "contact" ("kind", "started_at");
CREATE INDEX "contact_purpose_started_at" ON "contact" ("purpose", "started_at");
CREATE INDEX "contact_urgent_started_at" ON "contact" ("urgent", "started_at");
CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "customer_id" INTEGER,
  "staff_id" INTEGER NOT NULL, "due_on" DATE NOT NULL, "closed_at" DATETIME, "closed_by_contact_id" INTEGER,
  "closed_note" VARCHAR(255) NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id"), FOREIGN KEY
  ("customer_id") REFERENCES "customer" ("id"), FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"), FOREIGN KEY
  ("closed_by_contact_id") REFERENCES "contact" ("id"));
CREATE UNIQUE INDEX "follow_up_contact_id" ON "follow_up" ("contact_id");
CREATE INDEX "follow_up_closed_by_contact_id" ON "follow_up" ("closed_by_contact_id");
CREATE INDEX "follow_up_closed_at_due_on" ON "follow_up" ("closed_at", "due_on");
CREATE INDEX "follow_up_staff_id_closed_at_due_on" ON "follow_up" ("staff_id", "closed_at", "due_on");
CREATE INDEX "follow_up_customer_id_closed_at" ON "follow_up" ("customer_id", "closed_at");
CREATE TABLE "reception_turn" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "at" DATETIME NOT NULL,
  "staff_id" INTEGER NOT NULL, "named" INTEGER NOT NULL, "counts_as_turn" INTEGER NOT NULL, "taken_by_id" INTEGER
  NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"), FOREIGN KEY ("taken_by_id") REFERENCES "staff"
  ("id"));
CREATE INDEX "reception_turn_staff_id" ON "reception_turn" ("staff_id");
CREATE INDEX "reception_turn_taken_by_id" ON "reception_turn" ("taken_by_id");
CREATE INDEX "reception_turn_day_at" ON "reception_turn" ("day", "at");
CREATE TABLE "rotation_status" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "staff_id" INTEGER NOT NULL,
  "status" VARCHAR(255) NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"));
CREATE INDEX "rotation_status_staff_id" ON "rotation_status" ("staff_id");
CREATE UNIQUE INDEX "rotation_status_day_staff_id" ON "rotation_status" ("day", "staff_id");
CREATE TABLE "visit_plan" ("id" INTEGER NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "customer_id" INTEGER NOT
  NULL, "month" DATE NOT NULL, "planned" INTEGER NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"));
CREATE INDEX "visit_plan_staff_id" ON "visit_plan" ("staff_id");
CREATE INDEX "visit_plan_customer_id" ON "visit_plan" ("customer_id");
CREATE UNIQUE INDEX "visit_plan_staff_id_month_customer_id" ON "visit_plan" ("staff_id", "month", "customer_id");
CREATE TABLE "urgent_read" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, "reader_id" INTEGER
  NOT NULL, "read_at" DATETIME NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id"), FOREIGN KEY
  ("reader_id") REFERENCES "staff" ("id"));
CREATE INDEX "urgent_read_contact_id" ON "urgent_read" ("contact_id");
CREATE INDEX "urgent_read_reader_id" ON "urgent_read" ("reader_id");
CREATE UNIQUE INDEX "urgent_read_reader_id_contact_id" ON "urgent_read" ("reader_id", "contact_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
