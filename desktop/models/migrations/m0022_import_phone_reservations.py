"""An Excel import saved in several transactions holds its phones until it ends, so that no other desk takes its
first batches for registered customers and skips them, and then loses them when the import is taken back."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
CREATE TABLE "import_run" ("id" INTEGER NOT NULL PRIMARY KEY, "staff_id" INTEGER NOT NULL,
  "started_at" DATETIME NOT NULL, "touched_at" DATETIME NOT NULL, "rows" INTEGER NOT NULL, "finished_at" DATETIME,
  "outcome" VARCHAR(255) NOT NULL, FOREIGN KEY ("staff_id") REFERENCES "staff" ("id"));
CREATE INDEX "import_run_staff_id" ON "import_run" ("staff_id");
CREATE TABLE "import_reservation" ("phone_key" VARCHAR(255) NOT NULL PRIMARY KEY, "run_id" INTEGER NOT NULL,
  FOREIGN KEY ("run_id") REFERENCES "import_run" ("id"));
CREATE INDEX "import_reservation_run_id" ON "import_reservation" ("run_id");
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
