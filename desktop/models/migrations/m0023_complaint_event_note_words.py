"""A complaint's history keeps what the program wrote as a message (template and arguments), to be said in the
reader's language; the Chinese note stays for the printed forms and for the rows written before."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
ALTER TABLE "complaint_event" ADD COLUMN "note_words" TEXT;
"""


def apply(database: SqliteDatabase) -> None:
    run_sql(database, SQL)
