"""交接日志 (客服部交接班制度 6): at each change of shift the outgoing person or the team leader records the equipment,
the open difficult cases, the next shift's staffing changes (filled in from the swaps, covers and leave) and the
notices; a person of the incoming shift acknowledges it, and the team leader sees what nobody has acknowledged."""

import datetime
from dataclasses import dataclass, field

from peewee import fn

from desktop.models import Complaint, Cover, Customer, FollowUp, Handover, HandoverCase, Shift, Staff, Swap, db
from desktop.services import audit, auth, calendar, clock, text
from desktop.services.complaints import workflow
from desktop.services.errors import PermissionDenied, RuleError, Text, ValidationErrors, lines, msg
from desktop.services.staffing import leave, people, roster
from desktop.services.staffing.rule_failures import day_text

RECORD = "handover"
LIMITS = {"equipment": 2000, "staffing": 2000, "notices": 2000}
CASE_NOTE_LIMIT = 500
CASES_LIMIT = 50  # open cases handed over at one change of shift
LATE = datetime.timedelta(minutes=30)  # an incoming shift this long under way without acknowledging is overdue


@dataclass
class CaseDraft:
    complaint_id: int | None = None
    follow_up_id: int | None = None
    note: str = ""


@dataclass
class HandoverDraft:
    day: datetime.date | None
    shift: Shift | None
    equipment: str = ""
    staffing: str = ""
    notices: str = ""
    cases: list[CaseDraft] = field(default_factory=list)


# ── the change of shift ────────────────────────────────────────────────────────────────────────────────────────
def next_shift(day: datetime.date, shift: Shift) -> tuple[datetime.date, Shift]:
    """The shift that takes over: the active shift starting when `shift` ends, else the first starting after it."""
    _, end = people.shift_span(shift, day)
    later = [(people.shift_span(other, when)[0], when, other) for other in people.shifts()
             for when in (end.date(), end.date() + datetime.timedelta(days=1))
             if people.shift_span(other, when)[0] >= end]
    _, when, other = min(later, key=lambda start: start[0])
    return when, other


def on_shift(day: datetime.date, shift: Shift | int) -> list[Staff]:
    shift_id = shift if isinstance(shift, int) else shift.id
    return [person for person, rostered in roster.on_duty(day) if rostered.id == shift_id]


def staffing_lines(day: datetime.date, shift: Shift) -> list[str]:
    """人员调班情况 of a shift: its approved swaps (换班 and 还班), covers, and the leave of those rostered on it."""
    lines = []
    swapped = Swap.select().where((Swap.status == "approved") & (
        ((Swap.swap_day == day) & (Swap.swap_shift == shift)) | ((Swap.return_day == day)
                                                                & (Swap.return_shift == shift))))
    for swap in swapped.order_by(Swap.id):
        if swap.swap_day == day and swap.swap_shift_id == shift.id:
            lines.append(f"换班：{swap.substitute.name} 替 {swap.applicant.name}（换班登记第 {swap.id} 号）")
        else:
            lines.append(f"还班：{swap.applicant.name} 替 {swap.substitute.name}（换班登记第 {swap.id} 号）")
    covered = Cover.select().where((Cover.status == "approved") & (Cover.day == day) & (Cover.shift == shift))
    lines += [f"顶班：{cover.cover.name} 顶 {cover.absent.name}（顶班登记第 {cover.id} 号）"
              for cover in covered.order_by(Cover.id)]
    for person in on_shift(day, shift):
        if (away := leave.leave_on(person, day)) is not None:
            kind = leave.kind_word(away.kind)
            lines.append(f"请假：{person.name} {kind}{away.half}（请假第 {away.id} 号），该班缺 1 人")
    return lines


def staffing_text(day: datetime.date, shift: Shift) -> str:
    """What the form fills in for the incoming shift of `day`'s `shift`."""
    when, following = next_shift(day, shift)
    lines = staffing_lines(when, following)
    return "\n".join(lines) if lines else f"{day_text(when)}{following.name}无换班、顶班、请假。"


def _complaint_text(complaint: Complaint) -> Text:
    return msg("投诉 {number} {complainant}：{category}（{status}）", number=complaint.number,
               complainant=complaint.complainant, category=workflow.label("category", complaint.category),
               status=workflow.status_text(complaint))


def _follow_up_text(follow_up: FollowUp) -> Text:
    state = msg("已跟进") if follow_up.closed_at else msg("{day} 到期", day=day_text(follow_up.due_on))
    if follow_up.customer_id:
        return msg("跟进 {number} {name}（{staff}，{state}）", number=follow_up.customer.number,
                   name=follow_up.customer.name, staff=follow_up.staff.name, state=state)
    return msg("跟进 匿名来电（{staff}，{state}）", staff=follow_up.staff.name, state=state)


@dataclass(frozen=True)
class OpenCase:
    complaint_id: int | None
    follow_up_id: int | None
    text: str


def open_cases(actor: Staff, today: datetime.date) -> list[OpenCase]:
    """What may be handed over as a difficult case: open complaints, and follow-ups due by today of the people the
    actor answers for (a customer shows by number and name only, which everyone may see)."""
    complaints = (Complaint.select().where(Complaint.voided_at.is_null() & Complaint.status.in_(workflow.OPEN))
                  .order_by(Complaint.next_due_at.asc(nulls="LAST"), Complaint.id).limit(CASES_LIMIT))
    cases = [OpenCase(c.id, None, _complaint_text(c)) for c in complaints]
    follow_ups = (FollowUp.select(FollowUp, Customer, Staff)
                  .join(Staff, on=(FollowUp.staff == Staff.id)).switch(FollowUp)
                  .join(Customer, on=(FollowUp.customer == Customer.id))
                  .where(FollowUp.closed_at.is_null() & (FollowUp.due_on <= today)))
    if not auth.has_role(actor, "team_leader"):
        follow_ups = follow_ups.where(FollowUp.staff == actor.id)
    elif not auth.has_role(actor, "supervisor"):
        follow_ups = follow_ups.where(Staff.team == actor.team_id)
    cases += [OpenCase(None, f.id, _follow_up_text(f))
              for f in follow_ups.order_by(FollowUp.due_on, FollowUp.id).limit(CASES_LIMIT)]
    return cases


# ── actions ────────────────────────────────────────────────────────────────────────────────────────────────────
def _writer_refusal(actor: Staff, day: datetime.date, shift: Shift) -> Text | None:
    """交班人: someone rostered on the outgoing shift, or a team leader."""
    if auth.has_role(actor, "team_leader") or actor.id in {p.id for p in on_shift(day, shift)}:
        return None
    return msg("交接日志由 {day}{shift} 的当班人员或班长填写。", day=day_text(day), shift=shift.name)


def _checked(draft: HandoverDraft, now: datetime.datetime) -> dict[str, str]:
    errors: dict[str, str | Text] = {}
    values = text.cleaned({name: getattr(draft, name) for name in LIMITS}, LIMITS, errors, multiline=LIMITS)
    if draft.day is None or draft.shift is None:
        errors["shift"] = "请选择交班的班次。"
    elif people.shift_span(draft.shift, draft.day)[0] > now:
        errors["shift"] = msg("{day}{shift}还没有开始，不能交班。", day=day_text(draft.day), shift=draft.shift.name)
    if not values["equipment"]:
        errors["equipment"] = "请填写设备情况（正常也请写明“正常”）。"
    if len(draft.cases) > CASES_LIMIT:
        errors["cases"] = msg("一次交接最多 {limit} 个疑难问题。", limit=CASES_LIMIT)
    for case in draft.cases:
        if problem := text.limited(text.clean(case.note, multiline=True), CASE_NOTE_LIMIT):
            errors["cases"] = msg("疑难问题说明{problem}", problem=problem)
        if case.complaint_id is None and case.follow_up_id is None and not text.clean(case.note):
            errors["cases"] = "自行填写的疑难问题须有说明。"
        if (case.complaint_id and not Complaint.select().where(Complaint.id == case.complaint_id).exists()) or (
                case.follow_up_id and not FollowUp.select().where(FollowUp.id == case.follow_up_id).exists()):
            errors["cases"] = "所选的投诉或跟进已不存在，请重新选择。"
    if errors:
        raise ValidationErrors(errors)
    return values


def record(actor: Staff, draft: HandoverDraft, now: datetime.datetime | None = None) -> Handover:
    """交班: one log per change of shift; a mistaken one is voided and written again."""
    auth.require(actor, "handover.record")
    now = now or clock.now()
    values = _checked(draft, now)
    if problem := _writer_refusal(actor, draft.day, draft.shift):
        raise PermissionDenied(problem)
    when, following = next_shift(draft.day, draft.shift)
    with db.atomic():
        if current(draft.day, draft.shift) is not None:
            raise RuleError("{day}{shift}已有交接日志；如有错误请作废后重新填写。", "shift", day=day_text(draft.day),
                            shift=draft.shift.name)
        handover = audit.create(actor, Handover(day=draft.day, shift=draft.shift, next_day=when, next_shift=following,
                                                recorded_by=actor, recorded_at=now, **values))
        for case in draft.cases:
            audit.create(actor, HandoverCase(handover=handover, complaint=case.complaint_id,
                                             follow_up=case.follow_up_id, note=text.clean(case.note, multiline=True)))
    return handover


def acknowledge_refusal(actor: Staff, handover: Handover) -> Text | None:
    """接班人: someone rostered on the incoming shift, or a team leader; never the one who handed over."""
    if actor.id == handover.recorded_by_id:
        return msg("交班人不能自己确认接班，须由接班人确认。")
    if auth.has_role(actor, "team_leader") or actor.id in {p.id for p in on_shift(handover.next_day,
                                                                                    handover.next_shift_id)}:
        return None
    return msg("只有 {day}{shift} 的当班人员或班长可以确认接班。", day=day_text(handover.next_day),
               shift=handover.next_shift.name)


def acknowledge(actor: Staff, handover: Handover, remark: str = "",
                now: datetime.datetime | None = None) -> Handover:
    auth.require(actor, "handover.acknowledge")
    now = now or clock.now()
    remark = text.one_line(remark, None, "remark")
    with db.atomic():
        audit.reload(handover)
        if handover.voided_at is not None:
            raise RuleError("该交接日志已作废。")
        if handover.acknowledged_at is not None:
            raise RuleError("{name} 已于 {at:%m-%d %H:%M} 确认接班。", name=handover.acknowledged_by.name,
                            at=handover.acknowledged_at)
        if problem := acknowledge_refusal(actor, handover):
            raise PermissionDenied(problem)
        return audit.update(actor, handover, reason="确认接班", acknowledged_by=actor, acknowledged_at=now,
                            acknowledge_remark=remark)


def void(actor: Staff, handover: Handover, reason: str) -> Handover:
    """The writer voids an unacknowledged log to write it again; a team leader any log."""
    auth.require(actor, "handover.record")
    with db.atomic():
        audit.reload(handover)
        own = actor.id == handover.recorded_by_id and handover.acknowledged_at is None
        if not own:
            auth.require(actor, "handover.oversee")
        return audit.void(actor, handover, reason)


# ── lists ──────────────────────────────────────────────────────────────────────────────────────────────────────
def _live():
    return Handover.voided_at.is_null()


def current(day: datetime.date, shift: Shift) -> Handover | None:
    return Handover.select().where(_live() & (Handover.day == day) & (Handover.shift == shift)).first()


def get(handover_id: int) -> Handover | None:
    return Handover.get_or_none(Handover.id == handover_id)


def month(actor: Staff, year: int, month_number: int, include_voided: bool = False) -> list[Handover]:
    """The month's logs, latest change of shift first, each with its writer, both shifts and `case_count`."""
    auth.require(actor, "handover.record")
    first, last = calendar.month_bounds(year, month_number)
    incoming = Shift.alias()
    cases = HandoverCase.select(fn.COUNT(HandoverCase.id)).where(HandoverCase.handover == Handover.id)
    query = (Handover.select(Handover, Shift, incoming, Staff, cases.alias("case_count"))
             .join(Shift, on=(Handover.shift == Shift.id), attr="shift").switch(Handover)
             .join(incoming, on=(Handover.next_shift == incoming.id), attr="next_shift").switch(Handover)
             .join(Staff, on=(Handover.recorded_by == Staff.id), attr="recorded_by")
             .where(Handover.day.between(first, last)))
    if not include_voided:
        query = query.where(_live())
    return list(query.order_by(Handover.day.desc(), Shift.start.desc(), Handover.id.desc()))


def _waiting(now: datetime.datetime):
    """Unacknowledged logs whose incoming shift is within a day of `now`."""
    today = now.date()
    return (Handover.select().where(_live() & Handover.acknowledged_at.is_null()
                                    & Handover.next_day.between(today - datetime.timedelta(days=1),
                                                                today + datetime.timedelta(days=1)))
            .order_by(Handover.next_day, Handover.id))


def awaiting_me(actor: Staff, now: datetime.datetime | None = None) -> list[Handover]:
    """待我确认的交接: logs handed to a shift the actor is rostered on, not yet acknowledged."""
    now = now or clock.now()
    return [h for h in _waiting(now) if h.recorded_by_id != actor.id
            and actor.id in {p.id for p in on_shift(h.next_day, h.next_shift_id)}]


def begins(handover: Handover) -> datetime.datetime:
    """When the incoming shift starts."""
    return people.shift_span(handover.next_shift, handover.next_day)[0]


def started(handover: Handover, now: datetime.datetime) -> bool:
    return begins(handover) <= now


def unacknowledged(actor: Staff, now: datetime.datetime | None = None) -> list[Handover]:
    """For the team leader: logs whose incoming shift has begun and nobody has acknowledged, of shifts with a person
    of the leader's team (a 主任: every one), and every older one still open."""
    auth.require(actor, "handover.oversee")
    now = now or clock.now()
    rows = (Handover.select().where(_live() & Handover.acknowledged_at.is_null()
                                    & (Handover.next_day <= now.date()))
            .order_by(Handover.next_day, Handover.id))
    rows = [h for h in rows if started(h, now)]
    if auth.has_role(actor, "supervisor"):
        return rows
    return [h for h in rows if any(p.team_id == actor.team_id for p in on_shift(h.next_day, h.next_shift_id))
            or h.recorded_by.team_id == actor.team_id]


def shift_text(day: datetime.date, shift: Shift) -> Text:
    """11月18日早班; on screen in the interface's language (18 Nov Early shift)."""
    return msg("{day}{shift}", day=day_text(day), shift=shift.name)


def one_line(handover: Handover) -> Text:
    return msg("{outgoing} → {incoming}（交班人 {name}）", outgoing=shift_text(handover.day, handover.shift),
               incoming=shift_text(handover.next_day, handover.next_shift), name=handover.recorded_by.name)


def state_text(handover: Handover) -> Text:
    if handover.voided_at is not None:
        return msg("已作废")
    if handover.acknowledged_at is None:
        return msg("待接班确认")
    return msg("{name} {at:%m-%d %H:%M} 已确认", name=handover.acknowledged_by.name, at=handover.acknowledged_at)


def today_key(handover: Handover) -> tuple[str, int]:
    return (RECORD, handover.id)


def case_texts(handover: Handover) -> list[Text]:
    """Each handed-over case with the complaint's or follow-up's state as it is now, and the note."""
    said = []
    for case in HandoverCase.select().where(HandoverCase.handover == handover).order_by(HandoverCase.id):
        what = (_complaint_text(case.complaint) if case.complaint_id
                else _follow_up_text(case.follow_up) if case.follow_up_id else None)
        said.append(lines(filter(None, [what, case.note]), "　"))
    return said


def case_lines(handover: Handover) -> list[str]:
    """The cases as the printed 交接日志 writes them."""
    return [str(case) for case in case_texts(handover)]


def full_text(record: Handover) -> Text:
    """The whole log in a few lines, as the 交接日志 page shows the selected one."""
    cases = case_texts(record)
    none = msg("无")
    remark = record.acknowledge_remark
    return lines([
        msg("{line}　{at:%Y-%m-%d %H:%M}", line=one_line(record), at=record.recorded_at),
        msg("设备情况：{value}", value=record.equipment),
        msg("疑难问题：{value}", value=lines([msg("\n  {number}. {case}", number=number, case=case)
                                             for number, case in enumerate(cases, 1)], "") if cases else none),
        msg("人员调班情况：{value}", value=record.staffing or none),
        msg("通告、业务变更：{value}", value=record.notices or none),
        msg("接班：{state}　{remark}", state=state_text(record), remark=remark) if remark
        else msg("接班：{state}", state=state_text(record)),
    ])


# ── the printed 交接日志 ───────────────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class Sheet:
    number: int
    outgoing: str  # 11月18日早班
    incoming: str
    handed_by: str
    handed_at: datetime.datetime
    equipment: str
    cases: list[str]
    staffing: str
    notices: str
    acknowledged_by: str
    acknowledged_at: datetime.datetime | None
    remark: str
    voided: str  # why it was voided, or ""


def sheet(actor: Staff, handover: Handover) -> Sheet:
    auth.require(actor, "handover.record")
    voided = str(msg("已作废：{reason}", reason=handover.void_reason)) if handover.voided_at else ""
    return Sheet(handover.id, str(shift_text(handover.day, handover.shift)),
                 str(shift_text(handover.next_day, handover.next_shift)), handover.recorded_by.name,
                 handover.recorded_at,
                 handover.equipment, case_lines(handover), handover.staffing, handover.notices,
                 handover.acknowledged_by.name if handover.acknowledged_by_id else "", handover.acknowledged_at,
                 handover.acknowledge_remark, voided)


def on_duty_today(actor: Staff, now: datetime.datetime) -> tuple[datetime.date, Shift] | None:
    """The actor's shift running at `now`, or just ended: the one they hand over (for the form's default)."""
    for day in (now.date(), now.date() - datetime.timedelta(days=1)):
        shift = roster.shift_on(actor, day)
        if shift is not None:
            start, end = people.shift_span(shift, day)
            if start <= now <= end + datetime.timedelta(hours=2):
                return day, shift
    return None

