"""The pinyin initials of a customer's whole name (张三 -> zs), so that a search ranks the names that start with what
was typed (zs: 张三 before …电子商行) in the query itself; the register's rows get theirs here."""

from peewee import SqliteDatabase

from desktop.models.migrations import run_sql

SQL = """
ALTER TABLE "customer" ADD COLUMN "name_initials" VARCHAR(255) NOT NULL DEFAULT ''
"""
INDEX = 'CREATE INDEX "customer_name_initials" ON "customer" ("name_initials")'
BATCH = 5000


def _initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin("".join(name.split()), style=Style.FIRST_LETTER)).lower()


def apply(database: SqliteDatabase) -> None:
    from desktop import engine

    run_sql(database, SQL)
    mark = engine.of(database).param
    names = database.execute_sql('SELECT "id", "name" FROM "customer"').fetchall()
    known: dict[str, str] = {}  # names repeat across a large register
    for start in range(0, len(names), BATCH):
        rows = [(known.setdefault(name, _initials(name)), cid) for cid, name in names[start:start + BATCH]]
        database.cursor().executemany(f'UPDATE "customer" SET "name_initials" = {mark} WHERE "id" = {mark}', rows)
    run_sql(database, INDEX)
