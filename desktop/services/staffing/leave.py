"""The leave register (请假): who is away on which dates, approved by whom; read by the swap rules and the roster."""

import datetime
from dataclasses import dataclass

from peewee import JOIN

from desktop.models import Leave, Staff, db
from desktop.services import approval, audit, auth, calendar, clock, text
from desktop.services.errors import ValidationErrors

KINDS = ["病假", "事假", "年假", "婚假", "丧假", "其他"]


@dataclass
class LeaveForm:
    person_id: int | None
    start: datetime.date
    end: datetime.date
    kind: str
    approver_id: int | None
    reason: str = ""


def _overlapping(person_id: int, start: datetime.date, end: datetime.date):
    return Leave.select().where(
        (Leave.person == person_id) & Leave.voided_at.is_null() & (Leave.start <= end) & (Leave.end >= start))


def _approver_problem(person: Staff, approver: Staff) -> str | None:
    """Leave is approved by a 班长 or above, never by the person on leave (a 班长's own by the 主任)."""
    if approval.may_approve(approver, person, "team_leader"):
        return None
    who = approval.who_approves(person, "team_leader")
    if approver.id == person.id:
        return f"请假人不能批准自己的请假，批准人须为{who}。"
    return f"批准人须为{who}。"


def _check(form: LeaveForm, today: datetime.date) -> str:
    """The cleaned reason, or every field error at once."""
    errors = {}
    reason = text.cleaned({"reason": form.reason}, {"reason": text.REASON_LIMIT}, errors)["reason"]
    for field in ("start", "end"):
        if problem := calendar.date_problem(getattr(form, field), today):
            errors[field] = problem
    if form.person_id is None:
        errors["person"] = "请选择请假人。"
    if form.end < form.start:
        errors["end"] = "结束日期不能早于开始日期。"
    if form.kind not in KINDS:
        errors["kind"] = "请选择请假类型。"
    if form.approver_id is None:
        errors["approver"] = "请选择批准人。"
    elif form.person_id is not None:
        problem = _approver_problem(Staff.get_by_id(form.person_id), Staff.get_by_id(form.approver_id))
        if problem:
            errors["approver"] = problem
    if not errors:
        other = _overlapping(form.person_id, form.start, form.end).first()
        if other is not None:
            errors["start"] = f"与已登记的请假重叠（{other.start:%m月%d日}–{other.end:%m月%d日} {other.kind}）。"
    if errors:
        raise ValidationErrors(errors)
    return reason


def record(actor: Staff, form: LeaveForm, now: datetime.datetime | None = None) -> Leave:
    auth.require(actor, "leave.manage")
    now = now or clock.now()
    reason = _check(form, now.date())
    with db.atomic():
        return audit.create(actor, Leave(
            person=form.person_id, start=form.start, end=form.end, kind=form.kind, approver=form.approver_id,
            reason=reason, recorded_by=actor, recorded_at=now))


def void(actor: Staff, leave: Leave, reason: str) -> Leave:
    auth.require(actor, "leave.manage")
    return audit.void(actor, leave, reason)


def leave_on(person: Staff | int, day: datetime.date) -> Leave | None:
    """The person's recorded (not voided) leave covering `day`."""
    return _overlapping(person, day, day).first()


def cells(start: datetime.date, end: datetime.date) -> dict[tuple[int, datetime.date], str]:
    """(staff id, day) -> leave kind for every leave day between `start` and `end`, for the roster grid."""
    rows = Leave.select(Leave.person, Leave.start, Leave.end, Leave.kind).where(
        Leave.voided_at.is_null() & (Leave.start <= end) & (Leave.end >= start))
    result = {}
    for row in rows:
        day = max(row.start, start)
        while day <= min(row.end, end):
            result[(row.person_id, day)] = row.kind
            day += datetime.timedelta(days=1)
    return result


def approvers() -> list[Staff]:
    return list(Staff.select().where(Staff.active & Staff.role.in_(["team_leader", "supervisor"]))
                .order_by(Staff.code))


def page(year: int, month: int, offset: int, limit: int, include_voided: bool = False) -> list[Leave]:
    """The month's leave records (any overlapping the month), newest first."""
    first, last = calendar.month_bounds(year, month)
    Approver = Staff.alias()
    query = (
        Leave.select(Leave, Staff, Approver)
        .join(Staff, on=(Leave.person == Staff.id), attr="person")
        .switch(Leave)
        .join(Approver, JOIN.LEFT_OUTER, on=(Leave.approver == Approver.id), attr="approver")
        .where((Leave.start <= last) & (Leave.end >= first))
    )
    if not include_voided:
        query = query.where(Leave.voided_at.is_null())
    return list(query.order_by(Leave.start.desc(), Leave.id.desc()).offset(offset).limit(limit))
