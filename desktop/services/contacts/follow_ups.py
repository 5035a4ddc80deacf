"""下次跟进: the follow-up a contact promises, closed by the next contact with the customer; the 待跟进 lists
(overdue, due today, the next seven days) and how often a customer was followed up since their visit (at least
three times — `001 第12篇 6`)."""

import datetime
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, Case, fn

from desktop import engine
from desktop.models import Contact, Customer, FollowUp, Staff, db
from desktop.services import audit, auth, clock, text
from desktop.services.customers import confidentiality
from desktop.services.customers.confidentiality import MASK
from desktop.services.errors import RuleError, Text, msg
from desktop.services.paging import Page

BUCKETS: dict[str, str] = {"overdue": "已逾期", "today": "今日到期", "week": "未来7天"}
WEEK = 7
REQUIRED_AFTER_VISIT = 3
VOIDED_NOTE = "原记录已作废"
CANCELLED_NOTE = "已取消下次跟进"


# ---------------------------------------------------------------------------------------------------- upkeep
def _first_later_contact(follow_up: FollowUp, started_at: datetime.datetime) -> Contact | None:
    return (Contact.select(Contact.id, Contact.started_at)
            .where((Contact.customer == follow_up.customer_id) & (Contact.started_at > started_at)
                   & Contact.voided_at.is_null() & (Contact.id != follow_up.contact_id))
            .order_by(Contact.started_at, Contact.id).first())


def _close(actor: Staff | None, follow_up: FollowUp, by: Contact | None, note: str = "",
           at: datetime.datetime | None = None) -> None:
    audit.update(actor, follow_up, closed_at=by.started_at if by else (at or clock.now()),
                 closed_by_contact=by.id if by else None, closed_note=note)


def contact_recorded(actor: Staff, contact: Contact) -> None:
    """A new contact closes the customer's open follow-ups promised before it, and opens its own."""
    if contact.customer_id is not None:
        earlier = (FollowUp.select(FollowUp).join(Contact, on=(FollowUp.contact == Contact.id))
                   .where((FollowUp.customer == contact.customer_id) & FollowUp.closed_at.is_null()
                          & (Contact.started_at < contact.started_at)))
        for follow_up in earlier:
            _close(actor, follow_up, contact)
    if contact.next_follow_up_on is not None:
        follow_up = FollowUp(contact=contact.id, customer=contact.customer_id, staff=contact.staff_id,
                             due_on=contact.next_follow_up_on)
        audit.create(actor, follow_up)
        if contact.customer_id is not None:
            later = _first_later_contact(follow_up, contact.started_at)  # recorded after the fact
            if later is not None:
                _close(actor, follow_up, later)


def contact_changed(actor: Staff, contact: Contact) -> None:
    """Keep the contact's own open follow-up in step with an edited 下次跟进日期 and 接待/拜访人."""
    own = FollowUp.get_or_none(FollowUp.contact == contact.id)
    if own is None:
        if contact.next_follow_up_on is not None:
            contact_recorded(actor, contact)
    elif own.closed_at is None:
        if contact.next_follow_up_on is None:
            _close(actor, own, None, CANCELLED_NOTE)
        else:
            audit.update(actor, own, due_on=contact.next_follow_up_on, staff=contact.staff_id)


def contact_voided(actor: Staff, contact: Contact) -> None:
    """Drop the voided contact's own follow-up; follow-ups it closed go to the next real contact, or reopen."""
    own = FollowUp.get_or_none((FollowUp.contact == contact.id) & FollowUp.closed_at.is_null())
    if own is not None:
        _close(actor, own, None, VOIDED_NOTE)
    closed = (FollowUp.select(FollowUp, Contact).join(Contact, on=(FollowUp.contact == Contact.id))
              .where(FollowUp.closed_by_contact == contact.id))
    for follow_up in closed:
        later = _first_later_contact(follow_up, follow_up.contact.started_at)
        if later is not None:
            _close(actor, follow_up, later)
        else:
            audit.update(actor, follow_up, reason="关闭它的记录已作废", closed_at=None, closed_by_contact=None)


def close(actor: Staff, follow_up: FollowUp | int, note: str, now: datetime.datetime | None = None) -> FollowUp:
    """Close a follow-up by hand (an anonymous caller, or a customer who declined), with the reason."""
    with db.atomic():  # checked on the stored row under the write lock: another window may have closed it
        follow_up = FollowUp.get_by_id(follow_up.id if isinstance(follow_up, FollowUp) else follow_up)
        if follow_up.staff_id != actor.id:
            auth.require(actor, "follow_ups.view_all")
        if follow_up.closed_at is not None:
            raise RuleError("该跟进已经完成。")
        note = text.one_line(note, "请填写结束跟进的原因。", "note")
        _close(actor, follow_up, None, note, now)
    return follow_up


# ---------------------------------------------------------------------------------------------------- the lists
@dataclass(frozen=True)
class FollowUpRow:
    id: int
    due_on: datetime.date
    staff_name: str
    customer_id: int | None
    customer_name: str
    phone: str
    contact_id: int
    contact_started_at: datetime.datetime
    contact_kind: str
    purpose: str
    promised: str
    after_visit: int  # follow-ups the customer has had since their visit


def _scope(actor: Staff, staff_id: int | None) -> None:
    if staff_id != actor.id:
        auth.require(actor, "follow_ups.view_all")


def _bucket(bucket: str, today: datetime.date) -> Any:
    if bucket == "overdue":
        return FollowUp.due_on < today
    if bucket == "today":
        return FollowUp.due_on == today
    if bucket == "week":
        return FollowUp.due_on.between(today + datetime.timedelta(days=1), today + datetime.timedelta(days=WEEK))
    raise RuleError("未知的跟进分类。")


def _open(staff_id: int | None) -> Any:
    condition = FollowUp.closed_at.is_null()
    return condition if staff_id is None else condition & (FollowUp.staff == staff_id)


def fetch(actor: Staff, page: Page, bucket: str, staff_id: int | None = None,
          today: datetime.date | None = None) -> list[FollowUpRow]:
    """One page of open follow-ups in `bucket` for one person (None: everybody, for a team leader or above),
    earliest due first."""
    _scope(actor, staff_id)
    today = today or clock.today()
    query = (FollowUp.select(FollowUp.id, FollowUp.due_on, Staff.name, FollowUp.customer, Customer.name,
                             Customer.phone, Customer.confidentiality, Contact.caller_name, Contact.caller_phone,
                             Contact.id, Contact.started_at, Contact.kind, Contact.purpose, Contact.promised)
             .join(Contact, on=(FollowUp.contact == Contact.id))
             .switch(FollowUp).join(Staff, on=(FollowUp.staff == Staff.id))
             .switch(FollowUp).join(Customer, JOIN.LEFT_OUTER, on=(FollowUp.customer == Customer.id))
             .where(_open(staff_id) & _bucket(bucket, today))
             .order_by(FollowUp.due_on, FollowUp.id).offset(page.offset).limit(page.limit))
    rows = list(query.tuples())
    counts = counts_after_visit({row[3] for row in rows if row[3] is not None})
    hides = confidentiality.hider(actor)
    return [FollowUpRow(fid, due, staff_name, cid, name if cid else (caller or "（匿名来电）"),
                        (MASK if hides(secrecy) else phone) if cid else caller_phone, contact_id,
                        started, kind, purpose, promised, counts.get(cid, 0))
            for (fid, due, staff_name, cid, name, phone, secrecy, caller, caller_phone, contact_id, started, kind,
                 purpose, promised) in rows]


def summary(actor: Staff, staff_id: int | None = None, today: datetime.date | None = None) -> dict[str, int]:
    """How many open follow-ups are in each bucket, in one query."""
    _scope(actor, staff_id)
    today = today or clock.today()
    sums = [fn.COALESCE(fn.SUM(Case(None, [(_bucket(name, today), 1)], 0)), 0) for name in BUCKETS]
    values = FollowUp.select(*sums).where(_open(staff_id)).tuples().get()
    return dict(zip(BUCKETS, values, strict=True))


def opening_bucket(counts: dict[str, int]) -> str:
    """The list opens on the first bucket with anything in it, overdue first."""
    return next((bucket for bucket in BUCKETS if counts[bucket]), next(iter(BUCKETS)))


def counts_after_visit(customer_ids: set[int] | list[int]) -> dict[int, int]:
    """For each customer: the phone calls and visits since their latest walk-in (or, for a customer who never
    walked in, since their first contact) — the follow-ups `001 第12篇 6` asks at least three of."""
    if not customer_ids:
        return {}
    real = Contact.voided_at.is_null() & Contact.customer.in_(list(customer_ids))
    since = fn.COALESCE(fn.MAX(Case(None, [(Contact.kind == "reception", Contact.started_at)])),
                        fn.MIN(Contact.started_at))
    base = (Contact.select(Contact.customer.alias("customer_id"), since.alias("since"))
            .where(real).group_by(Contact.customer).alias("base"))
    query = (Contact.select(Contact.customer, fn.COUNT(Contact.id))
             .join(base, on=((Contact.customer == base.c.customer_id) & (Contact.started_at > base.c.since)))
             .where(real & (Contact.kind != "reception"))
             .group_by(Contact.customer))
    return dict(query.tuples())


def after_visit_text(count: int) -> Text:
    if count >= REQUIRED_AFTER_VISIT:
        return msg("已跟进 {count} 次（已满 {required} 次）", count=count, required=REQUIRED_AFTER_VISIT)
    return msg("已跟进 {count} 次（至少 {required} 次）", count=count, required=REQUIRED_AFTER_VISIT)



# ---------------------------------------------------------------------------------------------------- the reports
@dataclass(frozen=True)
class PersonFollowUps:
    staff_id: int
    name: str
    due: int  # follow-ups due in the period
    kept: int  # closed on or before their due day
    missed: int  # still open after their due day, or closed later
    pending: int  # due later than `as_of`, still open


def kept_and_missed(first: datetime.date, last: datetime.date, as_of: datetime.date) -> list[PersonFollowUps]:
    """Per person, the follow-ups due from `first` to `last` (inclusive) as they stood at the start of `as_of`;
    follow-ups dropped with their voided contact or cancelled do not count."""
    closed_by_due = FollowUp.closed_at.is_null(False) & (engine.day(FollowUp.closed_at) <= FollowUp.due_on)
    missed = ~closed_by_due & (FollowUp.due_on < as_of)

    def count_if(condition: Any) -> Any:
        return fn.SUM(Case(None, [(condition, 1)], 0))

    query = (FollowUp.select(Staff.id, Staff.name, fn.COUNT(FollowUp.id), count_if(closed_by_due), count_if(missed))
             .join(Staff, on=(FollowUp.staff == Staff.id))
             .where(FollowUp.due_on.between(first, last) & FollowUp.closed_note.not_in([VOIDED_NOTE, CANCELLED_NOTE]))
             .group_by(Staff.id, Staff.name).order_by(Staff.code).tuples())
    return [PersonFollowUps(sid, name, due, kept, late, due - kept - late) for sid, name, due, kept, late in query]
