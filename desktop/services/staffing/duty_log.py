"""值班日志 (客服部班长责任制 3–4): the team leader on duty records each shift's events, difficult cases and workload
(咨询、查询、主动服务), and may correct the day's counts until the shift is over and beyond; one log per shift."""

import datetime
from dataclasses import dataclass

from desktop.models import DutyLog, Shift, Staff, db
from desktop.services import audit, auth, calendar, clock, text
from desktop.services.errors import PermissionDenied, Text, ValidationErrors, msg
from desktop.services.staffing import people
from desktop.services.staffing.rule_failures import day_text

LIMITS = {"events": 4000, "difficult": 4000}
MAX_COUNT = 100_000  # calls a shift could take: a typing slip beyond it is refused
COUNTS = {"consultations": "咨询", "enquiries": "查询", "proactive": "主动服务"}


@dataclass
class DutyDraft:
    day: datetime.date | None
    shift: Shift | None
    events: str = ""
    difficult: str = ""
    consultations: int = 0
    enquiries: int = 0
    proactive: int = 0


def _checked(draft: DutyDraft, now: datetime.datetime) -> dict[str, object]:
    errors: dict[str, str | Text] = {}
    values: dict[str, object] = text.cleaned({name: getattr(draft, name) for name in LIMITS}, LIMITS, errors,
                                             multiline=LIMITS)
    if draft.day is None or draft.shift is None:
        errors["shift"] = "请选择值班的班次。"
    elif people.shift_span(draft.shift, draft.day)[0] > now:
        errors["shift"] = msg("{day}{shift}还没有开始，不能填写值班日志。", day=day_text(draft.day),
                              shift=draft.shift.name)
    for name, label in COUNTS.items():
        value = getattr(draft, name)
        if not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
            errors[name] = msg("{label}量应为 0 到 {limit} 之间的整数。", label=label, limit=MAX_COUNT)
        values[name] = value
    if errors:
        raise ValidationErrors(errors)
    return values


def save(actor: Staff, draft: DutyDraft, now: datetime.datetime | None = None) -> DutyLog:
    """Write the shift's log, or bring the one the actor wrote up to date; another leader's log is theirs."""
    auth.require(actor, "duty_log.keep")
    now = now or clock.now()
    values = _checked(draft, now)
    with db.atomic():
        existing = of_shift(draft.day, draft.shift)
        if existing is None:
            return audit.create(actor, DutyLog(day=draft.day, shift=draft.shift, leader=actor, recorded_by=actor,
                                               recorded_at=now, **values))
        if existing.leader_id != actor.id:
            raise PermissionDenied(msg("{day}{shift}的值班日志由值班长 {name} 填写，只有他本人可以修改。",
                                       day=day_text(draft.day), shift=draft.shift.name, name=existing.leader.name))
        return audit.update(actor, existing, reason="修改值班日志", **values)


def of_shift(day: datetime.date, shift: Shift) -> DutyLog | None:
    return DutyLog.select().where(DutyLog.voided_at.is_null() & (DutyLog.day == day)
                                  & (DutyLog.shift == shift)).first()


def get(log_id: int) -> DutyLog | None:
    return DutyLog.get_or_none(DutyLog.id == log_id)


def month(actor: Staff, year: int, month_number: int, team_id: int | None = None) -> list[DutyLog]:
    """The month's logs, newest first; with a team, those its leaders kept (for the team leaders)."""
    auth.require(actor, "duty_log.keep")
    return of_month(year, month_number, team_id)


def of_month(year: int, month_number: int, team_id: int | None = None) -> list[DutyLog]:
    """`month` for a service that has checked its actor."""
    first, last = calendar.month_bounds(year, month_number)
    query = (DutyLog.select(DutyLog, Shift, Staff).join(Shift, on=(DutyLog.shift == Shift.id)).switch(DutyLog)
             .join(Staff, on=(DutyLog.leader == Staff.id))
             .where(DutyLog.voided_at.is_null() & DutyLog.day.between(first, last)))
    if team_id is not None:
        query = query.where(Staff.team == team_id)
    return list(query.order_by(DutyLog.day.desc(), Shift.start.desc()))


def total(logs: list[DutyLog]) -> DutyDraft:
    """The workload of several shifts added up."""
    return DutyDraft(None, None, consultations=sum(log.consultations for log in logs),
                     enquiries=sum(log.enquiries for log in logs), proactive=sum(log.proactive for log in logs))


def workload_text(log: DutyLog | DutyDraft) -> Text:
    return msg("咨询 {consultations}　查询 {enquiries}　主动服务 {proactive}", consultations=log.consultations,
               enquiries=log.enquiries, proactive=log.proactive)
