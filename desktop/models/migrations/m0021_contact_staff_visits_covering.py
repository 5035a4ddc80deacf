"""拜访积分 reads a salesperson's year of visits from the index alone: the (staff, started_at) index of the contact
log also holds the kind, the customer and the void, which the visit count filters on (each row was read before)."""

from peewee import Database

from desktop.models.migrations import run_sql

SQL = """
DROP INDEX IF EXISTS "contact_staff_id_started_at";
CREATE INDEX "contact_staff_id_started_at_kind_customer_id_voided_at"
    ON "contact" ("staff_id", "started_at", "kind", "customer_id", "voided_at");
"""


def apply(database: Database) -> None:
    run_sql(database, SQL)
