"""Migrations m0003 + m0004 create the customer tables exactly as the models declare them."""

import pytest
from peewee import SqliteDatabase

from desktop import engine, schema_shape
from desktop.models import ArchiveAccess, Customer, CustomerPhone, CustomerSearchKey

MODELS = (Customer, CustomerPhone, ArchiveAccess, CustomerSearchKey)


def test_migrated_columns_match_the_models(fresh_db: SqliteDatabase) -> None:
    for model in MODELS:
        columns = {column.name for column in fresh_db.get_columns(model._meta.table_name)}
        assert columns == {field.column_name for field in model._meta.sorted_fields}


def test_migrated_indexes_match_the_models(fresh_db: SqliteDatabase) -> None:
    for model in MODELS:
        indexes = {index.name for index in schema_shape.indexes(fresh_db, model._meta.table_name)}
        expected = {query.query()[0].split('"')[1] for query in model._schema._create_indexes(safe=False)}
        assert indexes == expected


@pytest.mark.sqlite_only(reason="WITHOUT ROWID is SQLite's storage; the server keeps the same primary key")
def test_search_keys_are_stored_without_rowid(fresh_db: SqliteDatabase) -> None:
    sql = fresh_db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'customer_search_key'").fetchone()[0]
    assert "WITHOUT ROWID" in sql


def test_m0017_stores_the_words_of_earlier_rows_as_codes(fresh_db: SqliteDatabase, clerk: object) -> None:
    from desktop.models.migrations import m0017_customer_choice_codes
    from tests.contact_data import customer

    rows = [customer(clerk, name, f"1390000000{n}") for n, name in enumerate(["甲", "乙", "丙"])]
    for row, words in zip(rows, [("个人", "来访", "秘密"), ("单位", "老客户", "绝密"), ("单位", "转介绍", "机密")],
                          strict=True):
        mark = engine.of(fresh_db).param
        fresh_db.execute_sql(f"UPDATE customer SET kind = {mark}, source = {mark}, confidentiality = {mark} "
                             f"WHERE id = {mark}", (*words, row.id))
    m0017_customer_choice_codes.apply(fresh_db)
    stored = [(c.kind, c.source, c.confidentiality) for c in Customer.select().order_by(Customer.id)]
    assert stored == [("person", "walk_in", "secret"), ("organisation", "returning", "top_secret"),
                      ("organisation", "referral", "confidential")]
