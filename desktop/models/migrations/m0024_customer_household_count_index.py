"""The register's count (customers and households) read from an index of the customers in service alone: the
household each counts in, as the list counts it (a member in its head's, anyone else in their own)."""

from peewee import Database

from desktop.models.migrations import run_sql

SQL = """
CREATE INDEX "customer_in_service_household" ON "customer" ((COALESCE("household_id", "id")))
    WHERE "voided_at" IS NULL AND NOT "archived";
"""


def apply(database: Database) -> None:
    run_sql(database, SQL, postgresql=SQL)
