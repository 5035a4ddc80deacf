"""A roster for swap tests: 张三 (客服一班) gives an early shift to 王五 (客服二班) and works one of his in return."""

import datetime

from peewee import EXCLUDED

from desktop.models import RosterEntry, Shift
from desktop.services.staffing.swap_rules import SwapDraft


def add_shift(name: str, start: str, end: str) -> Shift:
    return Shift.create(name=name, start=datetime.time.fromisoformat(start), end=datetime.time.fromisoformat(end))


def put(person, day: datetime.date, shift: Shift | None) -> None:
    RosterEntry.insert(staff=person, day=day, shift=shift).on_conflict(
        conflict_target=[RosterEntry.staff, RosterEntry.day], update={RosterEntry.shift: EXCLUDED.shift_id}).execute()


def build(data: dict, swap_day: datetime.date, return_day: datetime.date) -> SwapDraft:
    """张三 works 早班 on swap_day, 王五 works 早班 on return_day; each is off on the other day."""
    early = data["shifts"]["早班"]
    put(data["clerk1"], swap_day, early)
    put(data["clerk3"], return_day, early)
    return SwapDraft(applicant=data["clerk1"], substitute=data["clerk3"], swap_day=swap_day, swap_shift=early,
                     return_day=return_day, return_shift=early, reason="家中有事", handover="交接工单 3 张")
