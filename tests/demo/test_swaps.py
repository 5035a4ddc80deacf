"""Demo data: swaps in every state that keep the rules, leave records, and the roster changed by approved swaps."""

import datetime

from peewee import SqliteDatabase

from desktop import demo
from desktop.models import Leave, RosterEntry, Swap
from desktop.services import approval
from desktop.services.staffing import swaps
from desktop.services.staffing.swap_rules import check

TODAY = datetime.date(2026, 3, 16)


def test_demo_has_swaps_in_every_state(fresh_db: SqliteDatabase) -> None:
    demo.generate("small", today=TODAY)
    now = datetime.datetime.combine(TODAY, datetime.time(9))
    all_swaps = list(Swap.select())
    assert 0.9 * demo.SIZES["small"].swaps <= len(all_swaps) <= demo.SIZES["small"].swaps  # as many as rules allow
    assert {swaps.status_of(s, now) for s in all_swaps} == set(swaps.STATUS_TEXT)
    assert Leave.select().count() > 0
    for swap in Swap.select().where(Swap.status == "pending"):
        assert check(swaps.draft_of(swap), now) == []
    approved = Swap.select().where(Swap.status == "approved").first()
    on_swap_day = RosterEntry.get((RosterEntry.staff == approved.substitute) & (RosterEntry.day == approved.swap_day))
    assert on_swap_day.shift_id == approved.swap_shift_id


def test_demo_leave_is_never_approved_by_the_person_on_leave(fresh_db: SqliteDatabase) -> None:
    """The demo writes leave in bulk, past the service: it keeps the four-eyes rule itself."""
    demo.generate("small", today=TODAY)
    for record in Leave.select():
        assert approval.may_approve(record.approver, record.person, "team_leader"), (record.person.name, record.start)


def test_demo_leave_was_asked_for_before_the_demo_moment(fresh_db: SqliteDatabase) -> None:
    """Leave starting after the demo's day was asked for by then, not on a day still to come."""
    demo.generate("small", today=TODAY)
    moment = datetime.datetime.combine(TODAY, demo.OPENING)
    assert Leave.select().where(Leave.start > TODAY).exists()
    assert not Leave.select().where(Leave.recorded_at > moment).exists()
