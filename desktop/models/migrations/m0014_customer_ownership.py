"""重点客户 (`003 重点客户管理表`), hand-overs with their owner-change log (交接清单), and staff referrals
(`001 第7篇`); referrals already written on customers become referral rows, confirmed by a reception that day."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "key_customer" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER, "void_reason" VARCHAR(255), "customer_id" INTEGER NOT NULL, "reason" TEXT NOT NULL, "target" VARCHAR(255) NOT NULL, "action_plan" TEXT NOT NULL, "manager_advice" TEXT NOT NULL, "director_advice" TEXT NOT NULL, "marked_by_id" INTEGER NOT NULL, "marked_at" DATETIME NOT NULL, FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"), FOREIGN KEY ("marked_by_id") REFERENCES "staff" ("id"));
CREATE INDEX "key_customer_voided_by_id" ON "key_customer" ("voided_by_id");
CREATE INDEX "key_customer_customer_id" ON "key_customer" ("customer_id");
CREATE INDEX "key_customer_marked_by_id" ON "key_customer" ("marked_by_id");
CREATE INDEX "key_customer_marked_at" ON "key_customer" ("marked_at");
CREATE TABLE "hand_over" ("id" INTEGER NOT NULL PRIMARY KEY, "number" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "from_staff_id" INTEGER NOT NULL, "to_staff_id" INTEGER NOT NULL, "reason" VARCHAR(255) NOT NULL, "at" DATETIME NOT NULL, "by_id" INTEGER NOT NULL, "other_follow_ups" INTEGER NOT NULL, FOREIGN KEY ("from_staff_id") REFERENCES "staff" ("id"), FOREIGN KEY ("to_staff_id") REFERENCES "staff" ("id"), FOREIGN KEY ("by_id") REFERENCES "staff" ("id"));
CREATE UNIQUE INDEX "hand_over_number" ON "hand_over" ("number");
CREATE INDEX "hand_over_from_staff_id" ON "hand_over" ("from_staff_id");
CREATE INDEX "hand_over_to_staff_id" ON "hand_over" ("to_staff_id");
CREATE INDEX "hand_over_at" ON "hand_over" ("at");
CREATE INDEX "hand_over_by_id" ON "hand_over" ("by_id");
CREATE TABLE "hand_over_line" ("id" INTEGER NOT NULL PRIMARY KEY, "hand_over_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "follow_ups" INTEGER NOT NULL, FOREIGN KEY ("hand_over_id") REFERENCES "hand_over" ("id"), FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"));
CREATE INDEX "hand_over_line_hand_over_id" ON "hand_over_line" ("hand_over_id");
CREATE INDEX "hand_over_line_customer_id_hand_over_id" ON "hand_over_line" ("customer_id", "hand_over_id");
CREATE TABLE "referral" ("id" INTEGER NOT NULL PRIMARY KEY, "voided_at" DATETIME, "voided_by_id" INTEGER, "void_reason" VARCHAR(255), "customer_id" INTEGER NOT NULL, "referrer_id" INTEGER NOT NULL, "expected_on" DATE NOT NULL, "registered_by_id" INTEGER NOT NULL, "registered_at" DATETIME NOT NULL, "confirmed_by_contact_id" INTEGER, FOREIGN KEY ("voided_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"), FOREIGN KEY ("referrer_id") REFERENCES "staff" ("id"), FOREIGN KEY ("registered_by_id") REFERENCES "staff" ("id"), FOREIGN KEY ("confirmed_by_contact_id") REFERENCES "contact" ("id"));
CREATE INDEX "referral_voided_by_id" ON "referral" ("voided_by_id");
CREATE INDEX "referral_customer_id" ON "referral" ("customer_id");
CREATE INDEX "referral_referrer_id" ON "referral" ("referrer_id");
CREATE INDEX "referral_expected_on" ON "referral" ("expected_on");
CREATE INDEX "referral_registered_by_id" ON "referral" ("registered_by_id");
CREATE INDEX "referral_confirmed_by_contact_id" ON "referral" ("confirmed_by_contact_id");
CREATE INDEX "referral_referrer_id_expected_on" ON "referral" ("referrer_id", "expected_on");
INSERT INTO "referral" ("customer_id", "referrer_id", "expected_on", "registered_by_id", "registered_at",
  "confirmed_by_contact_id")
SELECT c."id", c."referrer_id", c."referral_expected_on", c."registered_by_id", c."registered_at",
  (SELECT MIN(t."id") FROM "contact" t WHERE t."customer_id" = c."id" AND t."kind" = 'reception'
     AND t."voided_at" IS NULL AND date(t."started_at") = c."referral_expected_on")
FROM "customer" c WHERE c."referrer_id" IS NOT NULL AND c."referral_expected_on" IS NOT NULL;
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
