"""巡访紧急报告 (`001 第8篇 第十一条`): a contact marked urgent waits in each supervisor's list until read."""

import datetime
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, fn

from desktop.models import Contact, Customer, Staff, UrgentRead, db
from desktop.services import audit, auth, clock
from desktop.services.paging import Page


@dataclass(frozen=True)
class UrgentRow:
    contact_id: int
    started_at: datetime.datetime
    category: str
    customer_name: str
    staff_name: str
    summary: str


def _unread(actor: Staff) -> Any:
    read = UrgentRead.select(UrgentRead.id).where((UrgentRead.reader == actor.id) & (UrgentRead.contact == Contact.id))
    return (Contact.urgent == True) & Contact.voided_at.is_null() & ~fn.EXISTS(read)  # noqa: E712


def _rows(condition: Any) -> Any:
    summary = fn.substr(fn.COALESCE(fn.NULLIF(Contact.market, ""), fn.NULLIF(Contact.handling, ""),
                                    fn.NULLIF(Contact.opinions, ""), Contact.other_matters), 1, 60)
    return (Contact.select(Contact.id, Contact.started_at, Contact.urgent_category,
                           fn.COALESCE(Customer.name, Contact.caller_name), Staff.name, summary)
            .join(Customer, JOIN.LEFT_OUTER, on=(Contact.customer == Customer.id))
            .switch(Contact).join(Staff, on=(Contact.staff == Staff.id))
            .where(condition))


def unread(actor: Staff, page: Page) -> list[UrgentRow]:
    """The actor's unread urgent reports, newest first."""
    auth.require(actor, "urgent.read")
    query = _rows(_unread(actor)).order_by(Contact.started_at.desc(), Contact.id.desc())
    return [UrgentRow(*row) for row in query.offset(page.offset).limit(page.limit).tuples()]


def between(start: datetime.datetime, end: datetime.datetime) -> list[UrgentRow]:
    """Every urgent report of [start, end), read or not, in time order (for the daily and monthly reports);
    the (urgent, started_at) index finds them."""
    live = (Contact.urgent == True) & Contact.voided_at.is_null()  # noqa: E712
    query = _rows(live & (Contact.started_at >= start) & (Contact.started_at < end))
    return [UrgentRow(*row) for row in query.order_by(Contact.started_at, Contact.id).tuples()]


def unread_count(actor: Staff) -> int:
    if not auth.can(actor, "urgent.read"):
        return 0
    return Contact.select().where(_unread(actor)).count()


def mark_read(actor: Staff, contact_ids: list[int], now: datetime.datetime | None = None) -> int:
    """Mark reports read by the actor; returns how many were newly marked."""
    auth.require(actor, "urgent.read")
    with db.atomic():  # read under the write lock: the same person's other window may be marking them too
        already = {row.contact_id for row in UrgentRead.select(UrgentRead.contact)
                   .where((UrgentRead.reader == actor.id) & UrgentRead.contact.in_(contact_ids))}
        fresh = [cid for cid in dict.fromkeys(contact_ids) if cid not in already]
        for contact_id in fresh:
            audit.create(actor, UrgentRead(contact=contact_id, reader=actor, read_at=now or clock.now()))
    return len(fresh)


def mark_all_read(actor: Staff, now: datetime.datetime | None = None) -> int:
    """全部标记为已读: every report still unread by the actor, however many pages the list has."""
    auth.require(actor, "urgent.read")
    return mark_read(actor, [row.id for row in Contact.select(Contact.id).where(_unread(actor))], now)
