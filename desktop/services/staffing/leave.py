"""Leave requests (请假): asked for, approved level by level (逐级), the medical certificate, and what the swap rules
and the roster read. The rules of a request live in `leave_rules`."""

import datetime
from dataclasses import dataclass

from peewee import JOIN

from desktop.models import Leave, LeaveStep, Staff, db
from desktop.services import audit, auth, calendar, clock, dates, settings, text
from desktop.services.errors import PermissionDenied, RuleError, Text, ValidationErrors, lines, msg
from desktop.services.staffing import people
from desktop.services.staffing.leave_rules import (
    KINDS,
    OFFICIAL,
    SICK,
    LeaveDraft,
    blocking,
    check,
    kind_word,
    late_notice,
)
from desktop.services.staffing.rule_failures import RulesFailed, day_text

__all__ = ["KINDS", "LeaveDraft", "check", "kind_word"]

STATUS_TEXT = {"pending": "待审批", "approved": "已批准", "refused": "未批准", "withdrawn": "已撤回"}
STEP_TEXT = {"team_leader": "班长", "supervisor": "客服部主任", "director": "客服中心主任"}
AGREE, DISAGREE = "同意", "不同意"
RECORD = "leave"


def kind_text(leave: Leave) -> str | Text:
    """The office's word for the kind; 事假（急） is 特殊事假, 病假（急） 急诊. str() is the Chinese the slip prints."""
    word = kind_word(leave.kind)
    return msg("{kind}（急）", kind=word) if leave.urgent else word


def length_of(leave: Leave) -> float:
    return 0.5 if leave.half else float((leave.end - leave.start).days + 1)


def draft_of(leave: Leave) -> LeaveDraft:
    return LeaveDraft(leave.person, leave.kind, leave.start, leave.end, leave.recorded_by, leave.half, leave.urgent,
                      leave.phoned_at, leave.reason, leave.id)


def director() -> Staff | None:
    """The 客服中心主任, who approves more than a day and 公假 (set in 设置 → 界面)."""
    value = settings.get(settings.DIRECTOR)
    return Staff.get_or_none((Staff.id == int(value)) & Staff.active) if value.isdigit() else None


def steps_for(person: Staff, kind: str, length: float) -> list[str]:
    """三、九: the levels that approve, lowest first: the person's 班长 (unless the person is one), the 客服部主任, and
    for more than a day or for 公假 the 客服中心主任."""
    leader = people.team_leader_of(person)
    roles = [] if auth.has_role(person, "team_leader") or leader is None else ["team_leader"]
    roles.append("supervisor")
    if length > 1 or kind == OFFICIAL:
        roles.append("director")
    return roles


def decided_steps(leave: Leave) -> list[LeaveStep]:
    return list(LeaveStep.select().where(LeaveStep.leave == leave).order_by(LeaveStep.step))


def next_step(leave: Leave) -> str | None:
    """The level whose decision the pending request waits for."""
    if leave.status != "pending":
        return None
    roles = steps_for(leave.person, leave.kind, length_of(leave))
    done = len(decided_steps(leave))
    return roles[done] if done < len(roles) else None


def step_refusal(actor: Staff, leave: Leave, role: str) -> str | None:
    """Why `actor` may not decide the `role` step of the request (four eyes, one level each, no skipping)."""
    if actor.id == leave.person_id:
        return msg("请假人不能审批自己的请假。")
    if actor.id in {step.approver_id for step in decided_steps(leave)}:
        return msg("逐级审批，同一人不能审批两级：这一级须由{value}审批。", value=STEP_TEXT[role])
    if role == "team_leader":
        leader = people.team_leader_of(leave.person)
        return None if leader and leader.id == actor.id else msg("这一级须由 {name} 的班长审批。",
                                                                 name=leave.person.name)
    if role == "supervisor":
        return None if auth.has_role(actor, "supervisor") else msg("这一级须由客服部主任审批。")
    boss = director()
    if boss is None:
        return msg("尚未在设置中指定客服中心主任：一天以上的请假和公假须由客服中心主任批准。")
    return None if boss.id == actor.id else msg("这一级须由客服中心主任 {name} 审批。", name=boss.name)


# ── actions ────────────────────────────────────────────────────────────────────────────────────────────────────
def _date_errors(draft: LeaveDraft, today: datetime.date) -> None:
    errors = {field: problem for field in ("start", "end")
              if (problem := calendar.date_problem(getattr(draft, field), today))}
    if errors:
        raise ValidationErrors(errors)


def apply(actor: Staff, draft: LeaveDraft, now: datetime.datetime | None = None) -> Leave:
    """Ask for leave; it waits for its first approver. Entering it for another person (sick leave phoned in) needs
    登记请假 rights. A broken notice rule goes with the request as 迟报 for the approvers to admit or refuse."""
    now = now or clock.now()
    auth.require(actor, "leave.apply" if draft.person is None or draft.person.id == actor.id else "leave.manage")
    draft.entered_by = actor
    _date_errors(draft, now.date())
    failures = check(draft, now)
    if blocking(failures):
        raise RulesFailed(blocking(failures))
    with db.atomic():
        return audit.create(actor, Leave(
            person=draft.person, start=draft.start, end=draft.end, kind=draft.kind, half=draft.half,
            urgent=draft.urgent, phoned_at=draft.phoned_at, reason=text.clean(draft.reason, multiline=True),
            late_notice=late_notice(failures), status="pending", recorded_by=actor, recorded_at=now))


def decide(actor: Staff, leave: Leave, approve: bool, remark: str = "",
           now: datetime.datetime | None = None) -> Leave:
    """One level's 同意/不同意; the last level's 同意 approves the leave, any 不同意 ends the request."""
    auth.require(actor, "leave.approve")
    now = now or clock.now()
    with db.atomic():
        audit.reload(leave)
        role = next_step(leave)
        if role is None:
            raise RuleError("该请假{value}，不能再审批。", value=STATUS_TEXT[leave.status])
        if problem := step_refusal(actor, leave, role):
            raise PermissionDenied(problem)
        remark = text.one_line(remark, None if approve else "不同意时请填写审批意见。", "remark")
        if approve and (failures := blocking(check(draft_of(leave), leave.recorded_at))):
            raise RulesFailed(failures)
        audit.create(actor, LeaveStep(leave=leave, step=len(decided_steps(leave)), role=role, approver=actor,
                                      decision=AGREE if approve else DISAGREE, decided_at=now, remark=remark))
        if not approve:
            return audit.update(actor, leave, reason="请假审批", status="refused")
        if next_step(leave) is None:
            return audit.update(actor, leave, reason="请假审批", status="approved", approver=actor)
    return leave


def withdraw(actor: Staff, leave: Leave, reason: str) -> Leave:
    with db.atomic():
        if audit.reload(leave).status != "pending":
            raise RuleError("该请假{value}，只能撤回待审批的请假。", value=STATUS_TEXT[leave.status])
        if actor.id not in (leave.person_id, leave.recorded_by_id):
            raise PermissionDenied("只有请假人或登记人可以撤回请假。")
        return audit.update(actor, leave, reason=text.one_line(reason, "撤回请假须填写原因。"), status="withdrawn")


def void(actor: Staff, leave: Leave, reason: str) -> Leave:
    auth.require(actor, "leave.manage")
    return audit.void(actor, leave, reason)


def needs_certificate(leave: Leave) -> bool:
    """五: sick leave of a full day or more is valid only with a medical certificate."""
    return leave.kind == SICK and length_of(leave) >= 1


def record_certificate(actor: Staff, leave: Leave, day: datetime.date,
                       now: datetime.datetime | None = None) -> Leave:
    """交证明: the team leader records the day the medical certificate was handed in."""
    auth.require(actor, "leave.manage")
    today = (now or clock.now()).date()
    if not needs_certificate(leave):
        raise RuleError("只有满一天的病假需要交医疗证明。")
    if problem := calendar.date_problem(day, today):
        raise RuleError(problem, "certificate_on")
    if day > today:
        raise RuleError("交证明日期不能晚于今天。", "certificate_on")
    return audit.update(actor, leave, reason="交证明", certificate_on=day, certificate_by=actor)


# ── lists ──────────────────────────────────────────────────────────────────────────────────────────────────────
def _approved():
    return Leave.voided_at.is_null() & (Leave.status == "approved")


def leave_on(person: Staff | int, day: datetime.date) -> Leave | None:
    """The person's approved leave covering `day`."""
    return Leave.select().where((Leave.person == person) & _approved() & (Leave.start <= day)
                                & (Leave.end >= day)).first()


def cells(start: datetime.date, end: datetime.date) -> dict[tuple[int, datetime.date], str]:
    """(staff id, day) -> leave kind (a code of KINDS) for every approved leave day between `start` and `end`, for
    the roster."""
    rows = Leave.select(Leave.person, Leave.start, Leave.end, Leave.kind).where(
        _approved() & (Leave.start <= end) & (Leave.end >= start))
    result = {}
    for row in rows:
        day = max(row.start, start)
        while day <= min(row.end, end):
            result[(row.person_id, day)] = row.kind
            day += datetime.timedelta(days=1)
    return result


def _with_people():
    Approver = Staff.alias()
    return (Leave.select(Leave, Staff, Approver)
            .join(Staff, on=(Leave.person == Staff.id), attr="person")
            .switch(Leave)
            .join(Approver, JOIN.LEFT_OUTER, on=(Leave.approver == Approver.id), attr="approver"))


def get(leave_id: int) -> Leave | None:
    return _with_people().where(Leave.id == leave_id).first()


def page(year: int, month: int, offset: int, limit: int, include_voided: bool = False) -> list[Leave]:
    """The month's leave requests (any overlapping the month), newest first."""
    first, last = calendar.month_bounds(year, month)
    query = _with_people().where((Leave.start <= last) & (Leave.end >= first))
    if not include_voided:
        query = query.where(Leave.voided_at.is_null())
    return list(query.order_by(Leave.start.desc(), Leave.id.desc()).offset(offset).limit(limit))


def waiting_for(actor: Staff) -> list[Leave]:
    """Pending requests whose next level `actor` decides: 待我审批的请假."""
    if not auth.can(actor, "leave.approve"):
        return []
    pending = _with_people().where(Leave.voided_at.is_null() & (Leave.status == "pending")).order_by(Leave.start)
    return [row for row in pending if (role := next_step(row)) and step_refusal(actor, row, role) is None]


def my_pending(person: Staff) -> list[Leave]:
    return list(_with_people().where(Leave.voided_at.is_null() & (Leave.status == "pending")
                                     & (Leave.person == person.id)).order_by(Leave.start))


def missing_certificates(actor: Staff, today: datetime.date) -> list[Leave]:
    """五: approved sick leave of a day or more, ended, without 交证明: the team's for a 班长, everyone's for a 主任."""
    query = _with_people().where(_approved() & (Leave.kind == SICK) & (Leave.half == "") & (Leave.end < today)
                                 & Leave.certificate_on.is_null())
    if not auth.has_role(actor, "supervisor"):
        query = query.where(Staff.team == actor.team_id)
    return list(query.order_by(Leave.end, Leave.id))


def steps_text(leave: Leave) -> Text:
    """班长 同意（李班长）；客服部主任 待审批；客服中心主任 —"""
    done = decided_steps(leave)
    parts = []
    for index, role in enumerate(steps_for(leave.person, leave.kind, length_of(leave))):
        if index < len(done):
            parts.append(msg("{level} {decision}（{name}）", level=STEP_TEXT[role], decision=done[index].decision,
                             name=done[index].approver.name))
        else:
            parts.append(msg("{level} 待审批" if leave.status == "pending" else "{level} —", level=STEP_TEXT[role]))
    return lines(parts, "；")


def today_key(leave: Leave) -> tuple[str, int]:
    """How a line of 今日 names a leave request inside the 换班登记 tab, beside the swaps' plain ids."""
    return (RECORD, leave.id)


def one_line(leave: Leave) -> Text:
    """张三 11月25日 事假（1 天）, 李四 11月25日–11月27日 病假（3 天）, 王五 11月25日上午 事假（0.5 天）."""
    args = dict(name=leave.person.name, start=day_text(leave.start), end=day_text(leave.end), half=leave.half,
                kind=kind_word(leave.kind), days=f"{length_of(leave):g}")
    if leave.end != leave.start:
        return msg("{name} {start}–{end}{half} {kind}（{days} 天）", **args)
    return msg("{name} {start}{half} {kind}（{days} 天）", **args)


# ── the printed 请假条 ─────────────────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class SlipStep:
    level: str  # 班长, 客服部主任, 客服中心主任
    decision: str  # 同意 / 不同意, or "" while undecided
    remark: str
    approver: str
    decided_at: datetime.datetime | None


@dataclass(frozen=True)
class Slip:
    """Everything the printed 请假条 shows of one request."""

    number: int
    person: str
    kind: str
    span: str
    days: str
    reason: str
    status: str
    asked: str  # when, and by whom when entered on the person's behalf
    notes: list[str]  # late notice, the phone call, the certificate
    steps: list[SlipStep]


def _slip_notes(record: Leave) -> list[str]:
    notes = [f"迟报：{record.late_notice}（经批准方可生效，否则按旷工处理）"] if record.late_notice else []
    if record.phoned_at:
        notes.append(f"急诊，{dates.moment_text(record.phoned_at)} 电话通知班长")
    if needs_certificate(record):
        notes.append(f"医疗证明：{dates.day_text(record.certificate_on)} 已交" if record.certificate_on
                     else "医疗证明：未交（病假到期后第一天交班长）")
    return notes


def slip(record: Leave) -> Slip:
    done = decided_steps(record)
    steps = [SlipStep(STEP_TEXT[role], done[i].decision, done[i].remark, done[i].approver.name, done[i].decided_at)
             if i < len(done) else SlipStep(STEP_TEXT[role], "", "", "", None)
             for i, role in enumerate(steps_for(record.person, record.kind, length_of(record)))]
    span = dates.day_text(record.start) + (f" 至 {dates.day_text(record.end)}" if record.end != record.start else "")
    by = "" if record.recorded_by_id == record.person_id else f"，{record.recorded_by.name} 代请"
    return Slip(record.id, f"{record.person.name}（{record.person.code}）", str(kind_text(record)),
                span + (f" {record.half}" if record.half else ""), f"{length_of(record):g} 天", record.reason,
                STATUS_TEXT[record.status], f"{dates.moment_text(record.recorded_at)}{by}", _slip_notes(record), steps)
