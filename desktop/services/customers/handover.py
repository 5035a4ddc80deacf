"""Hand-over (交接: 在职继承 and 离职继承): the supervisor moves all or some of one person's customers, with their
open follow-ups, to another person. Each hand-over is numbered and logged customer by customer (the owner-change
log the timeline and the printed 交接清单 show). One customer moves between people in service at most
`transfer_limit` times within `transfer_window` days (pool_rules settings, 2 in 90 by default); a leaver's
customers always may, so 离职继承 is only for a person who leaves: one already deactivated, or one deactivated by
the hand-over itself (leave_and_hand_over, from 设置 → 员工)."""

import datetime
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN, fn

from desktop.models import Customer, CustomerHandOver, CustomerHandOverLine, FollowUp, Staff, db
from desktop.services import audit, auth, clock, text
from desktop.services.customers import confidentiality, pool_rules, registration
from desktop.services.customers.confidentiality import MASK
from desktop.services.errors import RuleError, Text, lines, msg
from desktop.services.paging import Page
from desktop.services.staffing import people

IN_SERVICE = "在职继承"
LEAVER = "离职继承"
STILL_IN_SERVICE = ("{name} 仍在职，离职继承只用于停用的员工：在职期间请按在职继承交接；离职时请在 设置 → 员工 "
                    "停用此人，并选择「交给他人…」。")
KINDS = (IN_SERVICE, LEAVER)
SHOWN_REFUSALS = 5  # customers named in a refusal; the rest are counted
BATCH = 25  # households moved in one transaction: each holds the write lock for a moment


@dataclass(frozen=True)
class Holding:
    """A household one person holds (its head), as the hand-over dialog and the 交接清单 show it."""

    customer_id: int
    number: str
    name: str
    grade: str
    phone: str
    follow_ups: int  # open follow-ups of the person on the household
    next_due: datetime.date | None
    blocked: str | Text  # why it may not move in service now ("" when it may)


@dataclass(frozen=True)
class Sheet:
    """A 交接清单: the hand-over and its customers as the actor may see them."""

    number: str
    kind: str
    from_name: str
    to_name: str
    by_name: str
    at: datetime.datetime
    reason: str
    lines: list[Holding]
    other_follow_ups: int  # the leaver's follow-ups on customers not handed over, moved with them


def _names(*ids: int) -> list[str]:
    found = dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(ids)).tuples())
    return [found.get(i, "") for i in ids]


def _held(staff: Staff, today: datetime.date) -> list[Customer]:
    """Households `staff` holds today, heads only (members follow their head), by number."""
    return list(Customer.select().where((Customer.owner == staff.id) & ~pool_rules.lapsed(today, bulk=True)
                                        & Customer.household.is_null() & Customer.voided_at.is_null()
                                        & ~Customer.archived).order_by(Customer.number))


def _members(heads: list[int]) -> dict[int, int]:
    """Member id -> head id for the households of `heads` (a head is its own member)."""
    members = {head: head for head in heads}
    for member, head in Customer.select(Customer.id, Customer.household).where(
            Customer.household.in_(heads)).tuples():
        members[member] = head
    return members


def _open_follow_ups(staff: Staff, customer_ids: list[int]) -> list[FollowUp]:
    return list(FollowUp.select().where((FollowUp.staff == staff.id) & FollowUp.closed_at.is_null()
                                        & FollowUp.customer.in_(customer_ids)))


def _recent_transfers(heads: list[int], now: datetime.datetime, window: int) -> dict[int, list[datetime.datetime]]:
    """Per head, the moments of its in-service hand-overs within the window, oldest first."""
    since = now - datetime.timedelta(days=window)
    found: dict[int, list[datetime.datetime]] = defaultdict(list)
    query = (CustomerHandOverLine.select(CustomerHandOverLine.customer, CustomerHandOver.at).join(CustomerHandOver)
             .where(CustomerHandOverLine.customer.in_(heads) & (CustomerHandOver.kind == IN_SERVICE)
                    & (CustomerHandOver.at > since))
             .order_by(CustomerHandOver.at).tuples())
    for customer_id, at in query:
        found[customer_id].append(at)
    return found


def transfer_refusal(moments: list[datetime.datetime], rules: pool_rules.PoolSettings) -> str | Text:
    """Why one more in-service hand-over is refused, and from when it is allowed ("" when it is)."""
    if not rules.transfer_limit or len(moments) < rules.transfer_limit:
        return ""
    free_on = moments[-rules.transfer_limit] + datetime.timedelta(days=rules.transfer_window)
    return msg("{window} 天内已在职交接 {count} 次（上限 {limit} 次），{free_on:%Y-%m-%d} 起可再交接",
               window=rules.transfer_window, count=len(moments), limit=rules.transfer_limit, free_on=free_on)


def _holdings(actor: Staff, staff: Staff, kind: str, now: datetime.datetime) -> list[Holding]:
    heads = _held(staff, now.date())
    members = _members([c.id for c in heads])
    counts: dict[int, int] = defaultdict(int)
    next_due: dict[int, datetime.date] = {}
    for follow_up in _open_follow_ups(staff, list(members)):
        head = members[follow_up.customer_id]
        counts[head] += 1
        next_due[head] = min(next_due.get(head, follow_up.due_on), follow_up.due_on)
    rules = pool_rules.current()
    transfers = _recent_transfers(list(counts.keys() | {c.id for c in heads}), now, rules.transfer_window) \
        if kind == IN_SERVICE else {}
    hides = confidentiality.hider(actor)
    return [Holding(c.id, c.number, c.name, MASK if hides(c.confidentiality) else c.customer_grade,
                    MASK if hides(c.confidentiality) else c.phone, counts[c.id], next_due.get(c.id),
                    transfer_refusal(transfers.get(c.id, []), rules)) for c in heads]


def holdings(actor: Staff, staff: Staff, kind: str = IN_SERVICE, now: datetime.datetime | None = None) -> list[Holding]:
    """The households `staff` holds, with their open follow-ups and, in service, whether each may move now."""
    auth.require(actor, "customers.hand_over")
    return _holdings(actor, staff, kind, now or clock.now())


def other_follow_ups(staff: Staff, today: datetime.date | None = None) -> int:
    """Open follow-ups of `staff` on customers they do not hold (a leaver's are handed over with the customers)."""
    held = list(_members([c.id for c in _held(staff, today or clock.today())]))
    return (FollowUp.select().where((FollowUp.staff == staff.id) & FollowUp.closed_at.is_null()
                                    & (FollowUp.customer.is_null() | FollowUp.customer.not_in(held))).count())


def left_behind(staff: Staff, today: datetime.date | None = None) -> tuple[int, int]:
    """(households held, open follow-ups) of a person: what deactivating them leaves to decide."""
    today = today or clock.today()
    follow_ups = FollowUp.select().where((FollowUp.staff == staff.id) & FollowUp.closed_at.is_null()).count()
    return len(_held(staff, today)), follow_ups


def never_lapsing(staff: Staff) -> int:
    """Households of `staff` the pool rules keep from lapsing (重点客户, an open complaint): left with a leaver they
    would stay with nobody who works here."""
    condition = pool_rules.exempt(bulk=True)
    if condition is None:
        return 0
    return (Customer.select().where((Customer.owner == staff.id) & Customer.household.is_null()
                                    & Customer.voided_at.is_null() & ~Customer.archived & condition).count())


def _next_number(now: datetime.datetime) -> str:
    prefix = f"JJ{now:%Y%m}-"
    last = (CustomerHandOver.select(fn.MAX(CustomerHandOver.number))
            .where(CustomerHandOver.number.startswith(prefix)).scalar())
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:03d}"


def _check(staff: Staff, receiver: Staff, kind: str, leaving: bool) -> None:
    if kind not in KINDS:
        raise RuleError("请选择交接类型：{kinds}。", "kind", kinds=lines(KINDS, " / "))
    if receiver.id == staff.id:
        raise RuleError("移交人和接收人不能是同一人。", "to_staff")
    if not receiver.active:
        raise RuleError("{name} 已停用，不能接收客户。", "to_staff", name=receiver.name)
    if kind == IN_SERVICE and not staff.active:
        raise RuleError("{name} 已停用，请按离职继承交接。", "kind", name=staff.name)
    if kind == LEAVER and staff.active and not leaving:
        raise RuleError(STILL_IN_SERVICE, "kind", name=staff.name)


def _refuse_blocked(chosen: list[Holding]) -> None:
    blocked = [h for h in chosen if h.blocked]
    if not blocked:
        return
    named = [msg("{number} {name}：{why}", number=h.number, name=h.name, why=h.blocked)
             for h in blocked[:SHOWN_REFUSALS]]
    if len(blocked) > SHOWN_REFUSALS:
        named.append(msg("另有 {count} 位", count=len(blocked) - SHOWN_REFUSALS))
    raise RuleError("以下客户不能再在职交接：{named}。请取消勾选后再交接。", "customers", named=lines(named, "；"))


def _move(actor: Staff, staff: Staff, receiver: Staff, record: CustomerHandOver, chosen: list[Holding],
          now: datetime.datetime) -> None:
    """One batch, inside the caller's transaction: the households still held by `staff` now move with their open
    follow-ups of `staff`; one another window took meanwhile is left out (the list says what moved)."""
    note = f"{record.kind}：{record.number} {record.reason}"
    ids = [h.customer_id for h in chosen]
    still = {i for i, in Customer.select(Customer.id).where(Customer.id.in_(ids) & (Customer.owner == staff.id)
                                                             & ~pool_rules.lapsed(now.date())).tuples()}
    members = _members([i for i in ids if i in still])
    for follow_up in _open_follow_ups(staff, list(members)):
        audit.update(actor, follow_up, reason=note, staff=receiver.id)
    for holding in chosen:
        if holding.customer_id in still:
            registration.move_household(actor, Customer.get_by_id(holding.customer_id), receiver, note, now.date())
            audit.create(actor, CustomerHandOverLine(hand_over=record, customer=holding.customer_id,
                                             follow_ups=holding.follow_ups))


def hand_over(actor: Staff, staff: Staff, receiver: Staff, kind: str, customer_ids: list[int], reason: str,
              move_other_follow_ups: bool = False, now: datetime.datetime | None = None,
              progress: Callable[[str, int, int], None] | None = None) -> CustomerHandOver:
    """Move the chosen households of `staff` (and their open follow-ups of `staff`) to `receiver`, who holds each
    for a fresh period from today; a leaver's other open follow-ups go too when asked. Audited and numbered;
    refused whole when any customer is no longer held by `staff` or may not move in service, and 离职继承 of a
    person still in service. Many households move in short transactions of BATCH, so that other windows keep
    saving meanwhile; `progress(stage, done, total)` hears of each (a cancel it raises leaves the batches already
    moved, which the 交接清单 lists)."""
    return _hand_over(actor, staff, receiver, kind, customer_ids, reason, move_other_follow_ups, now, progress)


def leave_and_hand_over(actor: Staff, staff: Staff, receiver: Staff, customer_ids: list[int], reason: str,
                        move_other_follow_ups: bool = False, now: datetime.datetime | None = None,
                        progress: Callable[[str, int, int], None] | None = None) -> CustomerHandOver:
    """A person leaves and their customers go by 离职继承: `staff` is deactivated (as people.deactivate_staff
    allows) in the transaction that records the hand-over and moves its first batch, so no 离职继承 is ever made
    of someone who stays; a cancel after that leaves the person deactivated, the rest of their customers to hand
    over again or to lapse."""
    return _hand_over(actor, staff, receiver, LEAVER, customer_ids, reason, move_other_follow_ups, now, progress,
                      leaving=True)


def _hand_over(actor: Staff, staff: Staff, receiver: Staff, kind: str, customer_ids: list[int], reason: str,
               move_other_follow_ups: bool, now: datetime.datetime | None,
               progress: Callable[[str, int, int], None] | None, leaving: bool = False) -> CustomerHandOver:
    auth.require(actor, "customers.hand_over")
    reason = text.one_line(reason, "交接必须填写原因。")
    _check(staff, receiver, kind, leaving)
    if not customer_ids and not move_other_follow_ups:
        raise RuleError("请至少选择一位客户。", "customers")
    now = (now or clock.now()).replace(microsecond=0)
    customer_ids = list(dict.fromkeys(customer_ids))  # a customer named twice moves once
    with db.atomic():  # what `staff` holds is read holding the write lock
        if leaving:
            people.deactivate_staff(actor, audit.reload(staff))
        held = {h.customer_id: h for h in _holdings(actor, staff, kind, now)}
        gone = [i for i in customer_ids if i not in held]
        if gone:
            raise RuleError("有 {count} 位客户已不归 {name} 所有（已回公共池或已交接），请刷新后再交接。",
                            "customers", count=len(gone), name=staff.name)
        chosen = [held[i] for i in customer_ids]
        _refuse_blocked(chosen)
        record = audit.create(actor, CustomerHandOver(number=_next_number(now), kind=kind, from_staff=staff,
                                              to_staff=receiver, reason=reason, at=now, by=actor))
        _move(actor, staff, receiver, record, chosen[:BATCH], now)
    for start in range(BATCH, len(chosen), BATCH):
        if progress:
            progress("正在交接客户", start, len(chosen))
        with db.atomic():
            _move(actor, staff, receiver, record, chosen[start:start + BATCH], now)
    if move_other_follow_ups:
        with db.atomic():
            others = list(FollowUp.select().where((FollowUp.staff == staff.id) & FollowUp.closed_at.is_null()))
            for follow_up in others:
                audit.update(actor, follow_up, reason=f"{kind}：{record.number} {reason}", staff=receiver.id)
            audit.update(actor, record, other_follow_ups=len(others))
    return record


def sheet(actor: Staff, hand_over_id: int) -> Sheet:
    """The 交接清单 of a hand-over, customers masked as the confidentiality policy says."""
    auth.require(actor, "customers.hand_over")
    record = CustomerHandOver.get_by_id(hand_over_id)
    from_name, to_name, by_name = _names(record.from_staff_id, record.to_staff_id, record.by_id)
    hides = confidentiality.hider(actor)
    lines = []
    for line in (CustomerHandOverLine.select(CustomerHandOverLine, Customer)
                 .join(Customer, on=CustomerHandOverLine.customer == Customer.id)
                 .where(CustomerHandOverLine.hand_over == record).order_by(Customer.number)):
        c = line.customer
        hidden = hides(c.confidentiality)
        lines.append(Holding(c.id, c.number, c.name, MASK if hidden else c.customer_grade, MASK if hidden else c.phone,
                             line.follow_ups, None, ""))
    return Sheet(record.number, record.kind, from_name, to_name, by_name, record.at, record.reason, lines,
                 record.other_follow_ups)


@dataclass(frozen=True)
class HandOverRow:
    id: int
    number: str
    kind: str
    at: datetime.datetime
    from_name: str
    to_name: str
    customers: int
    reason: str


def latest_from(actor: Staff, staff: Staff) -> CustomerHandOver | None:
    """The last hand-over of one person's customers (what a cancelled hand-over managed before it stopped)."""
    auth.require(actor, "customers.hand_over")
    return (CustomerHandOver.select().where(CustomerHandOver.from_staff == staff.id)
            .order_by(CustomerHandOver.id.desc()).first())


def recent(actor: Staff, page: Page) -> list[HandOverRow]:
    """Hand-overs, newest first (for reprinting a 交接清单)."""
    auth.require(actor, "customers.hand_over")
    count = fn.COUNT(CustomerHandOverLine.id)
    query = (CustomerHandOver.select(CustomerHandOver, count.alias("customers"))
             .join(CustomerHandOverLine, JOIN.LEFT_OUTER, on=CustomerHandOverLine.hand_over == CustomerHandOver.id)
             .group_by(CustomerHandOver.id).order_by(CustomerHandOver.at.desc(), CustomerHandOver.id.desc())
             .offset(page.offset).limit(page.limit))
    records = list(query)
    names = dict(Staff.select(Staff.id, Staff.name).tuples())
    return [HandOverRow(r.id, r.number, r.kind, r.at, names.get(r.from_staff_id, ""), names.get(r.to_staff_id, ""),
                        r.customers, r.reason) for r in records]
