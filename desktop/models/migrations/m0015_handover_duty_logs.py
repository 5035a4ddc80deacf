"""The shift books: 交接日志 with its handed-over cases, the team leader's 值班日志 and the monthly 服务质量分析报告."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "handover" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "day" DATE NOT NULL, "shift_id" INTEGER NOT NULL, "next_day" DATE NOT NULL,
  "next_shift_id" INTEGER NOT NULL, "equipment" TEXT NOT NULL, "staffing" TEXT NOT NULL, "notices" TEXT NOT NULL,
  "recorded_by_id" INTEGER NOT NULL, "recorded_at" DATETIME NOT NULL, "acknowledged_by_id" INTEGER,
  "acknowledged_at" DATETIME, "acknowledge_remark" VARCHAR(255) NOT NULL,
  FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("shift_id") REFERENCES "shift" ("id"),
  FOREIGN KEY ("next_shift_id") REFERENCES "shift" ("id"), FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("acknowledged_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "handover_voided_by_id" ON "handover" ("voided_by_id");
CREATE INDEX "handover_shift_id" ON "handover" ("shift_id");
CREATE INDEX "handover_next_day" ON "handover" ("next_day");
CREATE INDEX "handover_next_shift_id" ON "handover" ("next_shift_id");
CREATE INDEX "handover_recorded_by_id" ON "handover" ("recorded_by_id");
CREATE INDEX "handover_acknowledged_by_id" ON "handover" ("acknowledged_by_id");
CREATE INDEX "handover_day_shift_id" ON "handover" ("day", "shift_id");
CREATE TABLE "handover_case" ("id" INTEGER NOT NULL PRIMARY KEY, "handover_id" INTEGER NOT NULL,
  "complaint_id" INTEGER, "follow_up_id" INTEGER, "note" TEXT NOT NULL,
  FOREIGN KEY ("handover_id") REFERENCES "handover" ("id"),
  FOREIGN KEY ("complaint_id") REFERENCES "complaint" ("id"),
  FOREIGN KEY ("follow_up_id") REFERENCES "follow_up" ("id"));
CREATE INDEX "handover_case_handover_id" ON "handover_case" ("handover_id");
CREATE INDEX "handover_case_complaint_id" ON "handover_case" ("complaint_id");
CREATE INDEX "handover_case_follow_up_id" ON "handover_case" ("follow_up_id");
CREATE TABLE "duty_log" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "day" DATE NOT NULL, "shift_id" INTEGER NOT NULL, "leader_id" INTEGER NOT NULL,
  "events" TEXT NOT NULL, "difficult" TEXT NOT NULL, "consultations" INTEGER NOT NULL, "enquiries" INTEGER NOT NULL,
  "proactive" INTEGER NOT NULL, "recorded_by_id" INTEGER NOT NULL, "recorded_at" DATETIME NOT NULL,
  FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("shift_id") REFERENCES "shift" ("id"),
  FOREIGN KEY ("leader_id") REFERENCES "staff" ("id"), FOREIGN KEY ("recorded_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "duty_log_voided_by_id" ON "duty_log" ("voided_by_id");
CREATE INDEX "duty_log_shift_id" ON "duty_log" ("shift_id");
CREATE INDEX "duty_log_leader_id" ON "duty_log" ("leader_id");
CREATE INDEX "duty_log_recorded_by_id" ON "duty_log" ("recorded_by_id");
CREATE INDEX "duty_log_day_shift_id" ON "duty_log" ("day", "shift_id");
CREATE TABLE "quality_report" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "team_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "month" INTEGER NOT NULL,
  "author_id" INTEGER NOT NULL, "analysis" TEXT NOT NULL, "problems" TEXT NOT NULL, "measures" TEXT NOT NULL,
  "drafted_at" DATETIME NOT NULL, "submitted_at" DATETIME, FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("team_id") REFERENCES "team" ("id"), FOREIGN KEY ("author_id") REFERENCES "staff" ("id"));
CREATE INDEX "quality_report_voided_by_id" ON "quality_report" ("voided_by_id");
CREATE INDEX "quality_report_team_id" ON "quality_report" ("team_id");
CREATE INDEX "quality_report_author_id" ON "quality_report" ("author_id");
CREATE INDEX "quality_report_team_id_year_month" ON "quality_report" ("team_id", "year", "month");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
