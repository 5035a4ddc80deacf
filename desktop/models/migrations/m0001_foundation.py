"""Staff, teams, shifts, roster, settings, calendar and the audit log."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "team" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,
  "active" INTEGER NOT NULL, "leader_id" INTEGER REFERENCES "staff" ("id"));
CREATE UNIQUE INDEX "team_name" ON "team" ("name");
CREATE INDEX "team_leader_id" ON "team" ("leader_id");
CREATE TABLE "staff" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL,
  "team_id" INTEGER, "job_type" VARCHAR(255) NOT NULL, "skill_level" VARCHAR(255) NOT NULL,
  "role" VARCHAR(255) NOT NULL, "login" VARCHAR(255), "password_hash" VARCHAR(255), "active" INTEGER NOT NULL,
  FOREIGN KEY ("team_id") REFERENCES "team" ("id"));
CREATE UNIQUE INDEX "staff_code" ON "staff" ("code");
CREATE INDEX "staff_team_id" ON "staff" ("team_id");
CREATE UNIQUE INDEX "staff_login" ON "staff" ("login");
CREATE TABLE "shift" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "start" TIME NOT NULL,
  "end" TIME NOT NULL, "active" INTEGER NOT NULL);
CREATE UNIQUE INDEX "shift_name" ON "shift" ("name");
CREATE TABLE "roster_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL, "day" DATE NOT NULL,
  "shift_id" INTEGER, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("shift_id") REFERENCES "shift" ("id"));
CREATE INDEX "roster_entry_staff_id" ON "roster_entry" ("staff_id");
CREATE INDEX "roster_entry_day" ON "roster_entry" ("day");
CREATE INDEX "roster_entry_shift_id" ON "roster_entry" ("shift_id");
CREATE UNIQUE INDEX "roster_entry_staff_id_day" ON "roster_entry" ("staff_id", "day");
CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "calendar_day" ("day" DATE NOT NULL PRIMARY KEY, "kind" VARCHAR(255) NOT NULL,
  "name" VARCHAR(255) NOT NULL, "source" VARCHAR(255) NOT NULL);
CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "actor_id" INTEGER,
  "action" VARCHAR(255) NOT NULL, "table_name" VARCHAR(255) NOT NULL, "record_id" VARCHAR(255) NOT NULL,
  "before" TEXT, "after" TEXT, "reason" VARCHAR(255), FOREIGN KEY ("actor_id") REFERENCES "staff" ("id"));
CREATE INDEX "audit_entry_at" ON "audit_entry" ("at");
CREATE INDEX "audit_entry_actor_id" ON "audit_entry" ("actor_id");
CREATE INDEX "audit_entry_table_name_record_id" ON "audit_entry" ("table_name", "record_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
