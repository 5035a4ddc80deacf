"""Customer search keys (name parts, pinyin, phone tails), the ownership deadline and the review due dates."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "customer_search_key" ("key" VARCHAR(255) NOT NULL, "customer_id" INTEGER NOT NULL,
  PRIMARY KEY ("key", "customer_id"), FOREIGN KEY ("customer_id") REFERENCES "customer" ("id")) WITHOUT ROWID;
CREATE INDEX "customer_search_key_customer_id" ON "customer_search_key" ("customer_id");
ALTER TABLE "customer" ADD COLUMN "credit_review_due_on" DATE;
ALTER TABLE "customer" ADD COLUMN "archive_check_due_on" DATE;
ALTER TABLE "customer" ADD COLUMN "ownership_until" DATE;
CREATE INDEX "customer_credit_review_due_on" ON "customer" ("credit_review_due_on");
CREATE INDEX "customer_archive_check_due_on" ON "customer" ("archive_check_due_on");
CREATE INDEX "customer_ownership_until" ON "customer" ("ownership_until");
"""

# Files of an older release get their due dates; on the server (always made at a newer schema) it finds no rows.
BACKFILL = """
UPDATE "customer" SET
  "credit_review_due_on" = date(COALESCE("credit_reviewed_on", date("registered_at")),
    CASE "credit_grade" WHEN 'A' THEN '+6 months' WHEN 'B' THEN '+3 months' ELSE '+1 months' END),
  "archive_check_due_on" = date(COALESCE("archive_checked_on", date("registered_at")), '+3 months'),
  "ownership_until" = CASE WHEN "owner_id" IS NOT NULL
    THEN date(COALESCE("last_follow_up_at", "registered_at"), '+1 months') END;
"""
BACKFILL_POSTGRESQL = """
UPDATE "customer" SET
  "credit_review_due_on" = CAST(COALESCE("credit_reviewed_on", CAST("registered_at" AS DATE))
    + CASE "credit_grade" WHEN 'A' THEN INTERVAL '6 months' WHEN 'B' THEN INTERVAL '3 months'
      ELSE INTERVAL '1 months' END AS DATE),
  "archive_check_due_on" = CAST(COALESCE("archive_checked_on", CAST("registered_at" AS DATE))
    + INTERVAL '3 months' AS DATE),
  "ownership_until" = CASE WHEN "owner_id" IS NOT NULL
    THEN CAST(CAST(COALESCE("last_follow_up_at", "registered_at") AS DATE) + INTERVAL '1 months' AS DATE) END;
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
    run_sql(database, BACKFILL, postgresql=BACKFILL_POSTGRESQL)
