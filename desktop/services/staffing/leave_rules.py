"""The office's leave rules (客服部请假制度汇编 二–九): each rule is a small function that says in Chinese what fails.

`check(draft)` runs them all. A notice rule (提前请假) may be admitted by the approvers as 迟报 — otherwise the days
count as 旷工 — so it does not stop the request; every other failing rule does.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models import Leave, RosterEntry, Shift, Staff, Swap
from desktop.services import calendar, clock
from desktop.services.errors import Text, msg
from desktop.services.staffing import people, rule_failures
from desktop.services.staffing.rule_failures import RuleFailure, day_text

# the stored codes of the kinds of leave and the office's words for them (shown translated, printed as they are)
KINDS = {"personal": "事假", "sick": "病假", "official": "公假", "annual": "年假", "marriage": "婚假",
         "bereavement": "丧假", "other": "其他"}
SICK, PERSONAL, OFFICIAL = "sick", "personal", "official"
HALVES = ("", "上午", "下午")
OPEN = ("pending", "approved")  # leave that holds its days
SPECIAL_NOTICE = datetime.timedelta(hours=1)  # 特殊事假: at least an hour before the shift
NIGHT_DEADLINE = datetime.time(12, 0)
HOLIDAY_NOTICE_DAYS = 2
ONE_DAY = datetime.timedelta(days=1)


@dataclass
class LeaveDraft:
    person: Staff | None
    kind: str  # a code of KINDS, or the office's word for it (病假): check() stores the code
    start: datetime.date
    end: datetime.date
    entered_by: Staff  # another person than `person` enters it on their behalf (代请)
    half: str = ""  # 上午 | 下午 for half a day
    urgent: bool = False  # 特殊事假; for sick leave 急诊
    phoned_at: datetime.datetime | None = None  # 急诊: when the team leader was phoned
    reason: str = ""
    leave_id: int | None = None  # a stored request being re-checked does not overlap itself

    def days(self) -> list[datetime.date]:
        return [self.start + n * ONE_DAY for n in range((self.end - self.start).days + 1)]

    def length(self) -> float:
        """In days: half a day counts 0.5."""
        return 0.5 if self.half else float(len(self.days()))


def shifts_of(person: Staff, start: datetime.date, end: datetime.date) -> dict[datetime.date, Shift]:
    rows = (RosterEntry.select(RosterEntry, Shift).join(Shift)
            .where((RosterEntry.staff == person) & RosterEntry.day.between(start, end)))
    return {row.day: row.shift for row in rows}


def is_night(shift: Shift) -> bool:
    return "夜" in shift.name or shift.start.hour < 6 or shift.start.hour >= 22


def leave_begins(draft: LeaveDraft) -> datetime.datetime:
    """When the leave takes the person off work: the first rostered shift's start, else the first day's start."""
    shifts = shifts_of(draft.person, draft.start, draft.end)
    if shifts:
        day = min(shifts)
        return people.shift_span(shifts[day], day)[0]
    return datetime.datetime.combine(draft.start, datetime.time())


def _when(moment: datetime.datetime) -> Text:
    return msg("{day} {at:%H:%M}", day=day_text(moment.date()), at=moment)


# ── the rules ───────────────────────────────────────────────────────────────────────────────────────────────────
def kind_code(value: str) -> str | None:
    """The stored code of a kind of leave given as its code or as the office's word for it (病假), None when it is
    neither."""
    if value in KINDS:
        return value
    return next((code for code, word in KINDS.items() if word == value), None)


def kind_word(code: str) -> str:
    """The office's word for a stored kind of leave (病假); a value that is no code as it is."""
    return KINDS.get(code, code)


def known_kind(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    return None if draft.kind in KINDS else "请选择请假类型。"


def end_after_start(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    return "结束日期不能早于开始日期。" if draft.end < draft.start else None


def half_day(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    if draft.half not in HALVES:
        return msg("请选择全天、上午或下午。")
    if draft.half and draft.start != draft.end:
        return msg("半天假只能请一天的上午或下午。")
    return None


def in_person(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    """四: leave is asked for by the person, only sick leave may be entered by another on their behalf."""
    if draft.entered_by.id != draft.person.id and draft.kind != SICK:
        return msg("{kind}必须由本人出面办理，不得由他人代请（病假除外）。", kind=kind_word(draft.kind))
    return None


def emergency_phoned(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    """五: 急诊 is phoned in to the team leader before the shift (it may be by someone else)."""
    if draft.kind == SICK and draft.urgent and draft.phoned_at is None:
        return msg("急诊病假须记录班前电话通知班长的时间。")
    return None


def notice(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    """二: 一般事假 a day ahead, 特殊事假 an hour before the shift, sick leave before the shift; otherwise only the
    approvers may admit it as late notice, or it counts as 旷工."""
    begins = leave_begins(draft)
    if draft.kind == SICK:
        asked = draft.phoned_at if draft.urgent and draft.phoned_at else now
        if asked < begins:
            return None
        return msg("病假须在班前提出（{value} 起不上班，{value2} 才提出）", value=_when(begins), value2=_when(asked))
    if draft.kind == PERSONAL and draft.urgent:
        if now <= begins - SPECIAL_NOTICE:
            return None
        return msg("特殊事假须在班前一小时提出（{value} 起不上班，{value2} 才提出）",
                   value=_when(begins), value2=_when(now))
    if now.date() < draft.start:
        return None
    return msg("一般{kind}须提前一天提出（{value} 起请假，{value2} 才提出）",
               kind=kind_word(draft.kind), value=day_text(draft.start), value2=_when(now))


def night_shift(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    """六: leave for a night shift is asked before 12:00 of the day the night begins (and approved)."""
    for day, shift in sorted(shifts_of(draft.person, draft.start, draft.end).items()):
        if not is_night(shift):
            continue
        evening = day - ONE_DAY if shift.start.hour < 6 else day
        deadline = datetime.datetime.combine(evening, NIGHT_DEADLINE)
        if now >= deadline:
            return (msg("{value} {shift}：夜班原则上不允许请假，特殊情况须在 {value2} 之前提出（现在 {value3}）。",
                        value=day_text(day), shift=shift.name, value2=_when(deadline), value3=_when(now)))
    return None


def holiday(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    """七、九: no leave on a public holiday, except asked two days ahead (and approved)."""
    for day in draft.days():
        if calendar.is_holiday(day) and (day - now.date()).days < HOLIDAY_NOTICE_DAYS:
            return (msg("{day} 是法定节假日，节假日不允许请假，极特殊情况须提前{notice}天提出（{latest} 或更早）。",
                        day=day_text(day), notice=HOLIDAY_NOTICE_DAYS,
                        latest=day_text(day - HOLIDAY_NOTICE_DAYS * ONE_DAY)))
    return None


def no_overlap(draft: LeaveDraft, now: datetime.datetime) -> str | Text | None:
    other = overlapping(draft.person, draft.start, draft.end, draft.leave_id).first()
    if other is not None:
        return msg("与已登记的请假重叠（{value}–{value2} {kind}）。",
                   value=day_text(other.start), value2=day_text(other.end), kind=kind_word(other.kind))
    return None



def overlapping(person: Staff | int, start: datetime.date, end: datetime.date, leave_id: int | None = None):
    """The person's pending or approved leave touching [start, end]."""
    query = Leave.select().where((Leave.person == person) & Leave.voided_at.is_null() & Leave.status.in_(OPEN)
                                 & (Leave.start <= end) & (Leave.end >= start))
    return query.where(Leave.id != leave_id) if leave_id else query


Rule = Callable[[LeaveDraft, datetime.datetime], str | None]


@dataclass(frozen=True)
class LeaveRule:
    key: str
    field: str  # the form field its message belongs to
    check: Rule
    clause: int | None = None  # the clause of 客服部请假制度汇编 it enforces; None for a check of the form itself
    text: str = ""  # what the clause says of it, as the printed 请假条 quotes it
    waivable: bool = False  # admitted by the approvers as 迟报


# in the order the form lists them; the first three need nothing but the form
RULES: list[LeaveRule] = [
    LeaveRule("known_kind", "kind", known_kind),
    LeaveRule("end_after_start", "end", end_after_start),
    LeaveRule("half_day", "half", half_day),
    LeaveRule("in_person", "person", in_person, 4, "事假必须由本人出面办理，病假除外"),
    LeaveRule("emergency_phoned", "phoned_at", emergency_phoned, 5, "急诊必须在班前电话通知班长"),
    LeaveRule("night_shift", "start", night_shift, 6, "夜班请假须在当日十二点之前提出"),
    LeaveRule("holiday", "start", holiday, 7, "节假日请假须提前二天提出"),
    LeaveRule("no_overlap", "start", no_overlap),
    LeaveRule("reason_fits", "reason", rule_failures.reason_fits),
    LeaveRule("notice", "start", notice, 2, "一般事假须提前一天、特殊事假须班前一小时提出，否则经批准方可生效",
              waivable=True),
]
# what the approval steps enforce (leave.steps_for), quoted with the rules
APPROVAL_CLAUSES = [(3, "逐级办理，一天由客服部主任批准，一天以上由客服中心主任批准"),
                    (5, "病假满一天须持医疗单位证明"), (9, "公假须经客服中心主任批准")]


def basis_text() -> Text:
    return msg("依据《客服部请假制度汇编》：{clauses}。",
               clauses=rule_failures.clauses([*((rule.clause, rule.text) for rule in RULES), *APPROVAL_CLAUSES]))


def basis() -> str:
    """The citation as the printed 请假条 quotes it."""
    return str(basis_text())
PREREQUISITES = 3


def check(draft: LeaveDraft, now: datetime.datetime | None = None) -> list[RuleFailure]:
    """Every rule the draft breaks, in the form's order (a notice rule among them does not stop the request). A kind
    given as the office's word becomes its code in the draft."""
    now = now or clock.now()
    draft.kind = kind_code(draft.kind) or draft.kind
    if draft.person is None:
        return [RuleFailure("missing", msg("请选择请假人。"), "person")]
    first = rule_failures.failures(RULES[:PREREQUISITES], draft, now)
    return first or rule_failures.failures(RULES[PREREQUISITES:], draft, now)



def blocking(failures: list[RuleFailure]) -> list[RuleFailure]:
    waivable = {rule.key for rule in RULES if rule.waivable}
    return [failure for failure in failures if failure.rule not in waivable]


def late_notice(failures: list[RuleFailure]) -> str:
    """What the approvers admit by approving: 迟报, recorded with the request."""
    return "；".join(failure.message for failure in failures if failure not in blocking(failures))


def swap_warnings(draft: LeaveDraft) -> list[Text]:
    """The person's pending or approved swaps on the leave's days: approving the leave leaves that shift empty."""
    involving = (Swap.applicant == draft.person) | (Swap.substitute == draft.person)
    on_days = Swap.swap_day.between(draft.start, draft.end) | Swap.return_day.between(draft.start, draft.end)
    rows = Swap.select().where(Swap.status.in_(OPEN) & involving & on_days).order_by(Swap.swap_day)
    state = {"pending": "待审批", "approved": "已批准"}
    return [msg("{name} 在 {day} 有换班（第 {number} 号，{state}），换班和还班均不得请假，否则按旷工处理。",
                name=draft.person.name, day=day_text(day), number=row.id, state=state[row.status])
            for row in rows for day in (row.swap_day, row.return_day) if draft.start <= day <= draft.end]
