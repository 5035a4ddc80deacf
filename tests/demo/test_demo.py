"""The demo generator: the same seed and day give the same rows, and its bulk insert stores what insert_many would."""

import datetime
from decimal import Decimal
from pathlib import Path

from peewee import SqliteDatabase

from bench.dataset import fingerprint
from desktop import db as database
from desktop import demo
from desktop.demo import bulk
from desktop.models import Customer, RosterEntry, Shift, Staff
from desktop.services import auth, calendar
from desktop.services.staffing import people

DAY = datetime.date(2026, 3, 16)


def _generated(path: Path, seed: int) -> str:
    database.open_database(path)
    try:
        calendar.invalidate()
        demo.generate("small", seed=seed, today=DAY)
    finally:
        database.close_database()
        calendar.invalidate()
    return fingerprint(path)


def test_the_same_seed_and_day_give_the_same_data(tmp_path: Path) -> None:
    first = _generated(tmp_path / "一.db", 7)
    assert _generated(tmp_path / "二.db", 7) == first
    assert _generated(tmp_path / "三.db", 8) != first


def test_every_demo_account_has_its_own_salt(fresh_db: SqliteDatabase) -> None:
    demo.generate("small", today=DAY)
    hashes = [person.password_hash for person in Staff.select()]
    salts = {stored.split("$")[2] for stored in hashes}
    assert len(salts) == len(hashes) > 20
    assert all(auth.check_password(demo.DEMO_PASSWORD, stored) for stored in hashes)


def test_bulk_insert_stores_what_insert_many_would(office_data: dict, fresh_db: SqliteDatabase) -> None:
    clerk = office_data["clerk1"]

    def row(number: str) -> dict:
        return {"number": number, "name": "张三", "phone": "138 0000 0000", "registered_by": clerk.id,
                "registered_at": datetime.datetime(2026, 3, 1, 9, 30), "budget": Decimal("1200.50"),
                "credit_review_due_on": datetime.date(2026, 6, 1)}

    Customer.insert_many([row("KH1")]).execute()
    bulk.insert(Customer, [row("KH2")])
    first, second = (Customer.select().where(Customer.number == n).dicts().get() for n in ("KH1", "KH2"))
    assert {k: v for k, v in first.items() if k not in ("id", "number")} == {
        k: v for k, v in second.items() if k not in ("id", "number")}
    assert second["budget"] == Decimal("1200.50") and second["customer_grade"] == "C"  # a default filled in


def test_the_demo_roster_leaves_eight_hours_between_shifts(tmp_path: Path) -> None:
    """The office forbids back-to-back shifts (连班); sample data must not show what the swap rules refuse."""
    database.open_database(tmp_path / "演示.db")
    try:
        demo.generate("small", seed=3, today=DAY)
        entries = (RosterEntry.select(RosterEntry, Shift).join(Shift)
                   .order_by(RosterEntry.staff, RosterEntry.day))
        shortest = datetime.timedelta.max
        previous: dict[int, tuple[datetime.datetime, datetime.datetime]] = {}
        for entry in entries:
            span = people.shift_span(entry.shift, entry.day)
            if entry.staff_id in previous:
                shortest = min(shortest, span[0] - previous[entry.staff_id][1])
            previous[entry.staff_id] = span
        assert shortest >= datetime.timedelta(hours=8)
    finally:
        database.close_database()
        calendar.invalidate()
