"""Moving the office's database between its SQLite file and the server, both ways, copies every row."""

from pathlib import Path

import pytest
from peewee import SqliteDatabase

from desktop import db as database
from desktop import engine
from desktop.models import ALL_MODELS, Complaint, Customer, Staff
from desktop.services.complaints import workflow as c
from desktop.services.errors import RuleError
from desktop.services.files import transfer
from tests import complaint_world, customer_data


def _rows(target) -> dict[str, list[tuple]]:
    """Every row of every table as the program reads it (Python values), in key order."""
    opened = engine.connect(target) if engine.is_server(target) else SqliteDatabase(
        f"{Path(target).resolve().as_uri()}?mode=ro", uri=True)  # read only: a backup's bytes stay as they are
    try:
        with opened.bind_ctx(ALL_MODELS):
            return {model._meta.table_name: [tuple(getattr(row, f.name if not hasattr(f, "rel_model")
                                                           else f"{f.name}_id") for f in model._meta.sorted_fields)
                                             for row in model.select().order_by(*model._meta.get_primary_keys())]
                    for model in ALL_MODELS}
    finally:
        opened.close()


@pytest.fixture
def other_engine(db_target, pg_server, tmp_path: Path):
    """A new, empty place on the engine the test's database is not on."""
    if engine.is_server(db_target):
        yield tmp_path / "搬回本机.db"
        return
    url = pg_server.create(template="template0")
    yield url
    pg_server.drop(url)


def test_moving_to_the_other_engine_and_back_copies_every_row(office_data, db_target, other_engine, tmp_path,
                                                              pg_server) -> None:
    clerk = office_data["clerk1"]
    customer = customer_data.register(clerk, "张三", "13800000001")
    c.receive(clerk, complaint_world.form(customer_id=customer.id))
    Customer.update(note="跟进\n多行\t备注").where(Customer.id == customer.id).execute()
    before = _rows(db_target)
    database.close_database()

    there = transfer.move(db_target, other_engine)
    assert there["customer"] == 1 and there["complaint"] == 1 and there["staff"] == len(
        [p for p in office_data.values() if isinstance(p, Staff)])
    assert _rows(other_engine) == before

    back = tmp_path / "又搬回.db" if engine.is_server(other_engine) else pg_server.create(template="template0")
    try:
        assert transfer.move(other_engine, back) == there
        assert _rows(back) == before
        database.open_database(back)  # numbering goes on after the copied rows
        assert c.receive(clerk, complaint_world.form()).serial == Complaint.get_by_id(1).serial + 1
        database.close_database()
    finally:
        if engine.is_server(back):
            pg_server.drop(back)


def test_moving_into_a_database_that_has_data_is_refused(office_data, db_target, other_engine) -> None:
    database.close_database()
    transfer.move(db_target, other_engine)
    with pytest.raises(RuleError, match="已有数据"):
        transfer.move(db_target, other_engine)
