"""The office's shift-swap rules (客服部换班制度): each rule is a small function that says in Chinese what fails.

`check(draft)` runs them all; the form calls it on every change and the approval calls it again, because the
roster, the leave register or other swaps may have changed in between.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models import Shift, Staff, Swap
from desktop.services import calendar, clock, text
from desktop.services.errors import Text, lines, msg
from desktop.services.staffing import leave, people, roster, rule_failures, working_time
from desktop.services.staffing.rule_failures import RuleFailure, RulesFailed, day_text
from desktop.services.staffing.working_time import min_rest

__all__ = ["RuleFailure", "RulesFailed", "SwapDraft", "check", "day_text"]

ACTIVE = ("pending", "approved")  # swaps that count against the limits
MONTHLY_LIMIT = 2
HANDOVER_LIMIT = 300  # what its cell of the printed 换班登记簿 row holds
ONE_DAY = datetime.timedelta(days=1)


@dataclass
class SwapDraft:
    applicant: Staff | None = None
    substitute: Staff | None = None
    swap_day: datetime.date | None = None
    swap_shift: Shift | None = None  # the applicant's shift on swap_day, worked by the substitute
    return_day: datetime.date | None = None
    return_shift: Shift | None = None  # the substitute's shift on return_day, worked by the applicant
    reason: str = ""
    handover: str = ""
    swap_id: int | None = None  # a stored swap being re-checked does not count against itself

    def parties(self) -> list[Staff]:
        return [self.applicant, self.substitute]


def _other_swaps(draft: SwapDraft):
    query = Swap.select().where(Swap.status.in_(ACTIVE))
    return query.where(Swap.id != draft.swap_id) if draft.swap_id else query


def _involving(person: Staff):
    return (Swap.applicant == person) | (Swap.substitute == person)


# ── the rules ───────────────────────────────────────────────────────────────────────────────────────────────────
def different_people(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    if draft.applicant.id == draft.substitute.id:
        return msg("替班人不能是申请人本人。")
    return None


def return_after_swap(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    if draft.return_day <= draft.swap_day:
        return msg("还班日期须在换班日期之后。")
    return None


def not_started(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    start, _ = people.shift_span(draft.swap_shift, draft.swap_day)
    if start <= now:
        return msg("{value} {name} 已经开始或已过去，不能再换班。",
                   value=day_text(draft.swap_day), name=draft.swap_shift.name)
    return None


def roster_unchanged(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    """The shifts being exchanged are still on the roster as picked (it may have been edited since)."""
    messages = []
    for person, day, shift in [(draft.applicant, draft.swap_day, draft.swap_shift),
                               (draft.substitute, draft.return_day, draft.return_shift)]:
        current = roster.shift_on(person, day)
        if current is None or current.id != shift.id:
            messages.append(msg("排班表上 {name} 在 {day} 没有{shift}（排班已变化）。", name=person.name,
                                day=day_text(day), shift=shift.name))
    return lines(messages, "") if messages else None


SWAP_DAY = msg("换班日")
RETURN_DAY = msg("还班日")


def _joined(messages: list[Text | str | None]) -> Text | None:
    """The messages that say something, one after another."""
    said = [m for m in messages if m]
    return lines(said, "") if said else None


def busy(person: Staff, day: datetime.date, role: Text) -> Text | None:
    current = roster.shift_on(person, day)
    if current is not None:
        return msg("{name} 在 {day}（{role}）已排{shift}，每人每天只能上一个班次。", name=person.name,
                   day=day_text(day), role=role, shift=current.name)
    return None


def both_free(draft: SwapDraft, now: datetime.datetime) -> Text | None:
    """One shift a person a day: the substitute must be off on the swap day, the applicant on the return day."""
    return _joined([busy(draft.substitute, draft.swap_day, SWAP_DAY), busy(draft.applicant, draft.return_day,
                                                                           RETURN_DAY)])


def team_leaders(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    """Both parties' team leaders approve, so both must have one."""
    missing = [p.name for p in draft.parties() if people.team_leader_of(p) is None]
    if missing:
        return msg("{value} 所在班组没有班长，换班须经双方班长同意。", value='、'.join(missing))
    return None


def month_full(draft: SwapDraft, person: Staff) -> Text | None:
    first, last = calendar.month_bounds(draft.swap_day.year, draft.swap_day.month)
    count = _other_swaps(draft).where(_involving(person) & Swap.swap_day.between(first, last)).count()
    if count >= MONTHLY_LIMIT:
        return msg("{name} 在 {year}年{month}月 已有 {count} 次换班，每人每月换班不得超过 {limit} 次"
                   "（申请和替班都计入）。",
                   name=person.name, year=first.year, month=first.month, count=count, limit=MONTHLY_LIMIT)
    return None


def monthly_limit(draft: SwapDraft, now: datetime.datetime) -> Text | None:
    """At most two swaps a person a month, as applicant or as substitute (by the swap day's month)."""
    return _joined([month_full(draft, person) for person in draft.parties()])


def adjacent_days(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """From the working day before `day` to the working day after it: a second swap in here is consecutive."""
    low = day - ONE_DAY
    while not calendar.is_working_day(low):
        low -= ONE_DAY
    return low, calendar.add_working_days(day, 1)


def consecutive_swaps(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    """不允许连续换班: no other swap of either person on the same or an adjacent working day."""
    messages = []
    for person in draft.parties():
        for day in (draft.swap_day, draft.return_day):
            low, high = adjacent_days(day)
            other = _other_swaps(draft).where(
                _involving(person) & (Swap.swap_day.between(low, high) | Swap.return_day.between(low, high))).first()
            if other is not None:
                near = other.swap_day if low <= other.swap_day <= high else other.return_day
                messages.append(msg("{name} 在 {day} 已有换班（第 {number} 号），不允许连续换班。", name=person.name,
                                    day=day_text(near), number=other.id))
                break
    return _joined(messages)


def short_rest(schedule: dict[datetime.date, Shift], day: datetime.date,
               min_rest: datetime.timedelta) -> datetime.date | None:
    """The day of a shift that leaves less than `min_rest` before or after the shift on `day` (midnight-crossing
    shifts included), or None."""
    start, end = people.shift_span(schedule[day], day)
    for offset in (-2, -1, 1, 2):
        other_day = day + datetime.timedelta(days=offset)
        other = schedule.get(other_day)
        if other is None:
            continue
        other_start, other_end = people.shift_span(other, other_day)
        rest = start - other_end if offset < 0 else other_start - end
        if rest < min_rest:
            return other_day
    return None


def _changes(draft: SwapDraft) -> list[tuple[Staff, datetime.date, dict[datetime.date, Shift | None]]]:
    """Each party's roster change: the substitute works the swap day and is off on the return day, and back."""
    return [
        (draft.substitute, draft.swap_day, {draft.swap_day: draft.swap_shift, draft.return_day: None}),
        (draft.applicant, draft.return_day, {draft.swap_day: None, draft.return_day: draft.return_shift}),
    ]


def back_to_back(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    """换班者、还班者不允许连班: after the swap each person rests at least the office's minimum between two shifts."""
    rest = min_rest()
    hours = f"{rest.total_seconds() / 3600:g}"
    messages = []
    for person, day, change in _changes(draft):
        schedule = working_time.schedule_around(person, [day], change)
        other_day = short_rest(schedule, day, rest)
        if other_day is not None:
            first, second = sorted([day, other_day])
            messages.append(msg("换班后 {name} 的 {day} {shift}与 {day2} {shift2}之间休息不足 {hours} 小时，"
                                "不允许连班。",
                                name=person.name, day=day_text(first), shift=schedule[first].name,
                                day2=day_text(second), shift2=schedule[second].name, hours=hours))
    return _joined(messages)


def working_hours(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    """考核标准 一 1: after the swap nobody works more than 8 hours without the minimum rest."""
    messages = [working_time.problem(person, working_time.schedule_around(person, [day], change), [day])
                for person, day, change in _changes(draft)]
    return _joined(messages)


def job_type_gap(a: Staff, b: Staff, act: str) -> str | Text | None:
    if a.job_type != b.job_type:
        return msg("工种不同：{a} 是{job_type}，{b} 是{job_type2}，{act}须同工种。",
                   a=a.name, job_type=a.job_type, b=b.name, job_type2=b.job_type, act=act)
    return None


def skill_gap(a: Staff, b: Staff, act: str) -> str | Text | None:
    """Comparable skill, i.e. at most one level apart (初级工 may not swap with 高级工)."""
    levels = people.SKILL_LEVELS
    if a.skill_level in levels and b.skill_level in levels:
        if abs(levels.index(a.skill_level) - levels.index(b.skill_level)) > 1:
            return (msg("技术水平相差过大：{a} 为{skill_level}，{b} 为{skill_level2}，{act}须技术业务水平相当。",
                        a=a.name, skill_level=a.skill_level, b=b.name, skill_level2=b.skill_level, act=act))
    return None


def same_job_type(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    return job_type_gap(draft.applicant, draft.substitute, "换班")


def comparable_skill(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    return skill_gap(draft.applicant, draft.substitute, "换班")


def on_leave(person: Staff, day: datetime.date, role: Text) -> Text | None:
    record = leave.leave_on(person, day)
    if record is not None:
        return msg("{name} 在 {day}（{role}）已登记{kind}，换班和还班均不得请假。", name=person.name,
                   day=day_text(day), role=role, kind=leave.kind_word(record.kind))
    return None


def no_leave(draft: SwapDraft, now: datetime.datetime) -> Text | None:
    """Neither person has leave on the swap day or the return day."""
    return _joined([on_leave(person, day, role) for day, role in [(draft.swap_day, SWAP_DAY),
                                                                  (draft.return_day, RETURN_DAY)]
                    for person in draft.parties()])


def no_holiday(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    """People on duty on a public holiday may not swap."""
    days = [msg("{day}（{role}）", day=day_text(d), role=role)
            for d, role in [(draft.swap_day, SWAP_DAY), (draft.return_day, RETURN_DAY)] if calendar.is_holiday(d)]
    if days:
        return msg("{value}是法定节假日，节假日当班人员不允许换班。", value=lines(days, "、"))
    return None


def handover_note(draft: SwapDraft, now: datetime.datetime) -> str | Text | None:
    """Both parties hand over clearly, so the handover note is required (and fits its cell of the register)."""
    handover = text.clean(draft.handover, multiline=True)
    if not handover:
        return msg("请填写交接事项：换班双方必须交待清楚。")
    return text.limited(handover, HANDOVER_LIMIT)



Rule = Callable[[SwapDraft, datetime.datetime], str | None]


@dataclass(frozen=True)
class SwapRule:
    key: str
    field: str  # the form field its message belongs to
    check: Rule
    clause: int | None = None  # the clause of 客服部换班制度 it enforces; None for a check of the form itself
    text: str | Text = ""  # what the clause says of it, as the form and the printed 换班登记表 quote it


# in the order the form lists them
RULES: list[SwapRule] = [
    SwapRule("different_people", "substitute", different_people),
    SwapRule("return_after_swap", "return_shift", return_after_swap),
    SwapRule("not_started", "swap_shift", not_started),
    SwapRule("roster_unchanged", "swap_shift", roster_unchanged),
    SwapRule("both_free", "substitute", both_free),
    SwapRule("team_leaders", "substitute", team_leaders, 2, "换班须经双方班长同意"),
    SwapRule("monthly_limit", "swap_shift", monthly_limit, 3,
             msg("每人每月换班不得超过{limit}次", limit=MONTHLY_LIMIT)),
    SwapRule("consecutive_swaps", "swap_shift", consecutive_swaps, 3, "不允许连续换班"),
    SwapRule("back_to_back", "return_shift", back_to_back, 3, "换班者、还班者不允许连班"),
    SwapRule("working_hours", "return_shift", working_hours),
    SwapRule("same_job_type", "substitute", same_job_type, 4, "须同工种"),
    SwapRule("comparable_skill", "substitute", comparable_skill, 4, "技术业务水平相当"),
    SwapRule("no_leave", "return_shift", no_leave, 6, "换班和还班均不得请假"),
    SwapRule("no_holiday", "swap_shift", no_holiday, 9, "节假日当班人员不允许换班"),
    SwapRule("handover_note", "handover", handover_note, 5, "换班双方必须交待清楚，交代不清造成误班、空班的按旷工处理"),
    SwapRule("reason_fits", "reason", rule_failures.reason_fits),
]
PREREQUISITES = 2  # checked first and alone: the other rules need two people and a return after the swap
def partner_problems(applicant: Staff, candidate: Staff, swap_day: datetime.date | None = None) -> list[Text]:
    """Why `candidate` cannot take the applicant's shift (none: they qualify), by the rules `check` applies to the
    substitute alone: same job type, comparable skill, a team leader, and on the swap day off duty, not on leave
    and under the monthly limit. The return shift, picked later, is checked by `check`."""
    problems = [job_type_gap(applicant, candidate, "换班"), skill_gap(applicant, candidate, "换班")]
    if people.team_leader_of(candidate) is None:
        problems.append(msg("{value} 所在班组没有班长，换班须经双方班长同意。", value=candidate.name))
    if swap_day is not None:
        draft = SwapDraft(applicant, candidate, swap_day)
        problems += [busy(candidate, swap_day, SWAP_DAY), on_leave(candidate, swap_day, SWAP_DAY),
                     month_full(draft, candidate)]
    return [problem for problem in problems if problem]


def basis_text() -> Text:
    """The clauses the rules enforce, numbered as the regulation numbers them: 依据《客服部换班制度》：二、…；三、…。"""
    return msg("依据《客服部换班制度》：{clauses}。",
               clauses=rule_failures.clauses((rule.clause, rule.text) for rule in RULES))


def basis() -> str:
    """The citation as the printed 换班登记表 quotes it."""
    return str(basis_text())


def _missing(draft: SwapDraft) -> list[RuleFailure]:
    missing = []
    if draft.applicant is None:
        missing.append(RuleFailure("missing", msg("请选择申请人。"), "applicant"))
    if draft.substitute is None:
        missing.append(RuleFailure("missing", msg("请选择替班人。"), "substitute"))
    if draft.swap_day is None or draft.swap_shift is None:
        missing.append(RuleFailure("missing", msg("请从申请人的排班中选择要换出的班次。"), "swap_shift"))
    if draft.return_day is None or draft.return_shift is None:
        missing.append(RuleFailure("missing", msg("请从替班人的排班中选择还班班次。"), "return_shift"))
    return missing


def check(draft: SwapDraft, now: datetime.datetime | None = None) -> list[RuleFailure]:
    """Every rule the draft breaks, in the form's order; an empty list means it may be submitted or approved."""
    now = now or clock.now()
    missing = _missing(draft)
    if missing:
        return missing + [RuleFailure("handover_note", m, "handover") for m in [handover_note(draft, now)] if m]
    first = rule_failures.failures(RULES[:PREREQUISITES], draft, now)
    return first or rule_failures.failures(RULES[PREREQUISITES:], draft, now)

