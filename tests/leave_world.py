"""Leave for tests: a request asked for and taken through every level of approval."""

import datetime

from desktop.models import Leave, Staff
from desktop.services import settings
from desktop.services.staffing import leave
from desktop.services.staffing.leave_rules import PERSONAL, SICK, LeaveDraft


def draft(person: Staff, start: datetime.date, end: datetime.date | None = None, kind: str = PERSONAL,
          **more: object) -> LeaveDraft:
    return LeaveDraft(person, kind, start, end or start, person, reason="家中有事", **more)


def make_director(data: dict) -> None:
    """The administrator acts as 客服中心主任 in tests."""
    settings.put(None, settings.DIRECTOR, str(data["admin"].id))


def approve_all(data: dict, record: Leave) -> Leave:
    make_director(data)
    while (role := leave.next_step(record)) is not None:
        approver = data["supervisor"] if role == "supervisor" else data["admin"]
        if role == "team_leader":
            approver = leave.people.team_leader_of(record.person)
        leave.decide(approver, record, True)
    return record


def approved(data: dict, person: Staff, start: datetime.date, end: datetime.date | None = None,
             kind: str = SICK) -> Leave:
    """Leave of `person`, asked for in person (late if the days are past) and approved at every level."""
    return approve_all(data, leave.apply(person, draft(person, start, end, kind)))
