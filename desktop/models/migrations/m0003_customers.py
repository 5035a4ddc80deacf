"""The customer register: customers, their phone numbers and the confidential-archive borrowing card."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER,
  "void_reason" VARCHAR(255), "number" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL,
  "name" VARCHAR(255) NOT NULL, "salutation" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL,
  "other_phones" VARCHAR(255) NOT NULL, "wechat_email" VARCHAR(255) NOT NULL, "address" VARCHAR(255) NOT NULL,
  "postcode" VARCHAR(255) NOT NULL, "legal_person" VARCHAR(255) NOT NULL, "founded_on" DATE,
  "nature" VARCHAR(255) NOT NULL, "employees" INTEGER, "scale" VARCHAR(255) NOT NULL,
  "industry" VARCHAR(255) NOT NULL, "registered_capital" VARCHAR(255) NOT NULL,
  "bank_account" VARCHAR(255) NOT NULL, "main_contact" VARCHAR(255) NOT NULL,
  "main_contact_title" VARCHAR(255) NOT NULL, "decision_maker" VARCHAR(255) NOT NULL, "demand" TEXT NOT NULL,
  "budget" DECIMAL(10, 2), "source" VARCHAR(255) NOT NULL, "referrer_id" INTEGER, "referral_expected_on" DATE,
  "customer_grade" VARCHAR(255) NOT NULL, "credit_grade" VARCHAR(255) NOT NULL, "credit_reviewed_on" DATE,
  "archive_checked_on" DATE, "confidentiality" VARCHAR(255) NOT NULL, "owner_id" INTEGER,
  "registered_by_id" INTEGER NOT NULL, "registered_at" DATETIME NOT NULL, "last_follow_up_at" DATETIME,
  "household_id" INTEGER, "note" TEXT NOT NULL, "archived" INTEGER NOT NULL,
  "name_pinyin" VARCHAR(255) NOT NULL,
  "name_initials" VARCHAR(255) NOT NULL,
  FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("referrer_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("owner_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("registered_by_id") REFERENCES "staff" ("id"),
  FOREIGN KEY ("household_id") REFERENCES "customer" ("id"));
CREATE INDEX "customer_voided_by_id" ON "customer" ("voided_by_id");
CREATE UNIQUE INDEX "customer_number" ON "customer" ("number");
CREATE INDEX "customer_name" ON "customer" ("name");
CREATE INDEX "customer_referrer_id" ON "customer" ("referrer_id");
CREATE INDEX "customer_owner_id" ON "customer" ("owner_id");
CREATE INDEX "customer_registered_by_id" ON "customer" ("registered_by_id");
CREATE INDEX "customer_registered_at" ON "customer" ("registered_at");
CREATE INDEX "customer_last_follow_up_at" ON "customer" ("last_follow_up_at");
CREATE INDEX "customer_household_id" ON "customer" ("household_id");
CREATE INDEX "customer_name_pinyin" ON "customer" ("name_pinyin");
CREATE INDEX "customer_name_initials" ON "customer" ("name_initials");
CREATE TABLE "customer_phone" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL,
  "number" VARCHAR(255) NOT NULL,
  "phone_key" VARCHAR(255) NOT NULL,
  FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"));
CREATE INDEX "customer_phone_customer_id" ON "customer_phone" ("customer_id");
CREATE UNIQUE INDEX "customer_phone_phone_key" ON "customer_phone" ("phone_key");
CREATE TABLE "archive_access" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL,
  "staff_id" INTEGER NOT NULL, "at" DATETIME NOT NULL,
  "purpose" VARCHAR(255) NOT NULL,
  FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"),
  FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"));
CREATE INDEX "archive_access_customer_id" ON "archive_access" ("customer_id");
CREATE INDEX "archive_access_staff_id" ON "archive_access" ("staff_id");
CREATE INDEX "archive_access_at" ON "archive_access" ("at");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
