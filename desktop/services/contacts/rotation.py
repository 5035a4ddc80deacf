"""The front desk's reception rotation (`001 第2篇 客户接待`): salespeople on duty receive walk-ins in the
order of the day's roster; one who is away or busy is passed over and does not get the turn back (1); a
customer who names a person goes to that person and the rotation stays where it was, unless it was that
person's turn anyway (16); a named person who is not there leaves the customer to the one whose turn it is."""

import datetime
from dataclasses import dataclass

from desktop.models import ReceptionTurn, RotationStatus, Shift, Staff, db
from desktop.services import audit, auth, clock
from desktop.services.errors import RuleError, msg
from desktop.services.staffing import people, roster

RECEIVER_JOB_TYPES = ("业务员",)
STATUSES: dict[str, str] = {"present": "在岗", "away": "不在", "busy": "接待中"}


@dataclass(frozen=True)
class Receiver:
    staff: Staff
    shift: Shift
    on_shift: bool  # the shift covers this moment
    status: str  # present | away | busy
    turns: int  # walk-ins received today
    is_next: bool


@dataclass(frozen=True)
class Turn:
    receiver: Staff
    counted: bool  # the rotation moved on
    message: str


@dataclass(frozen=True)
class _Slot:
    staff: Staff
    shift: Shift
    day: datetime.date  # the roster day the shift belongs to

    def covers(self, now: datetime.datetime) -> bool:
        start, end = people.shift_span(self.shift, self.day)
        return start <= now < end


def _day_order(now: datetime.datetime) -> list[_Slot]:
    """The day's receivers in roster order (earliest shift first), after last night's shifts still running."""
    today, yesterday = now.date(), now.date() - datetime.timedelta(days=1)
    slots = [_Slot(staff, shift, yesterday) for staff, shift in roster.on_duty(yesterday)]
    slots = [slot for slot in slots if slot.covers(now)] + [_Slot(s, sh, today) for s, sh in roster.on_duty(today)]
    seen: set[int] = set()
    order = []
    for slot in slots:
        if slot.staff.job_type in RECEIVER_JOB_TYPES and slot.staff.id not in seen:
            seen.add(slot.staff.id)
            order.append(slot)
    return order


def _statuses(day: datetime.date) -> dict[int, str]:
    return {row.staff_id: row.status for row in RotationStatus.select().where(RotationStatus.day == day)}


def _last_counted(day: datetime.date) -> int | None:
    turn = (ReceptionTurn.select(ReceptionTurn.staff).where((ReceptionTurn.day == day) & ReceptionTurn.counts_as_turn)
            .order_by(ReceptionTurn.at.desc(), ReceptionTurn.id.desc()).first())
    return turn.staff_id if turn else None


def _turn_counts(day: datetime.date) -> dict[int, int]:
    counts: dict[int, int] = {}
    for turn in ReceptionTurn.select(ReceptionTurn.staff).where(ReceptionTurn.day == day):
        counts[turn.staff_id] = counts.get(turn.staff_id, 0) + 1
    return counts


def _available(slot: _Slot, statuses: dict[int, str], now: datetime.datetime) -> bool:
    return slot.covers(now) and statuses.get(slot.staff.id, "present") == "present"


def _next_in(order: list[_Slot], statuses: dict[int, str], last: int | None, now: datetime.datetime) -> Staff | None:
    ids = [slot.staff.id for slot in order]
    start = ids.index(last) + 1 if last in ids else 0
    for step in range(len(order)):
        slot = order[(start + step) % len(order)]
        if _available(slot, statuses, now):
            return slot.staff
    return None


def board(now: datetime.datetime | None = None) -> list[Receiver]:
    """Today's receivers in rotation order, marking who receives the next walk-in."""
    now = now or clock.now()
    order = _day_order(now)
    statuses = _statuses(now.date())
    following = _next_in(order, statuses, _last_counted(now.date()), now)
    counts = _turn_counts(now.date())
    return [Receiver(slot.staff, slot.shift, slot.covers(now), statuses.get(slot.staff.id, "present"),
                     counts.get(slot.staff.id, 0), following is not None and slot.staff.id == following.id)
            for slot in order]


def next_receiver(now: datetime.datetime | None = None) -> Staff | None:
    now = now or clock.now()
    return _next_in(_day_order(now), _statuses(now.date()), _last_counted(now.date()), now)


def take_walk_in(actor: Staff, named: Staff | None = None, now: datetime.datetime | None = None) -> Turn:
    """Hand the next walk-in to a receiver (the customer's named person when there); the receiver is then busy."""
    auth.require(actor, "rotation.manage")
    now = now or clock.now()
    order = _day_order(now)
    statuses = _statuses(now.date())
    following = _next_in(order, statuses, _last_counted(now.date()), now)
    slots = {slot.staff.id: slot for slot in order}
    named_here = named is not None and named.id in slots and _available(slots[named.id], statuses, now)
    if named_here:
        receiver, counted = named, following is not None and following.id == named.id
        message = msg("客户指定 {name} 接待（正轮到此人，计为轮过）。" if counted
                      else "客户指定 {name} 接待，轮接顺序不变。", name=named.name)
    elif following is None:
        raise RuleError("现在没有可以接待的业务员（不在班、不在岗或都在接待中）。")
    else:
        receiver, counted = following, True
        message = (msg("指定的 {named} 不在，由轮到的 {name} 接待。", named=named.name, name=following.name)
                   if named is not None else msg("由轮到的 {name} 接待。", name=following.name))
    with db.atomic():
        audit.create(actor, ReceptionTurn(day=now.date(), at=now, staff=receiver, named=named_here,
                                          counts_as_turn=counted, taken_by=actor))
        _set(actor, receiver, now.date(), "busy")
    return Turn(receiver, counted, message)


def _set(actor: Staff, staff: Staff, day: datetime.date, status: str) -> None:
    row = RotationStatus.get_or_none((RotationStatus.day == day) & (RotationStatus.staff == staff))
    if row is None:
        audit.create(actor, RotationStatus(day=day, staff=staff, status=status))
    else:
        audit.update(actor, row, status=status)


def set_status(actor: Staff, staff: Staff, status: str, day: datetime.date | None = None) -> None:
    """Mark a receiver away (不在), back at the desk, or done with a customer (present)."""
    auth.require(actor, "rotation.manage")
    if status not in STATUSES:
        raise RuleError("未知的在岗状态。", "status")
    with db.atomic():
        _set(actor, staff, day or clock.today(), status)
