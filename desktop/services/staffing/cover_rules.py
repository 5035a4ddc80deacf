"""顶班/代班 rules: the swap rules that apply to a one-way cover (换班制度 三、四、六、九 and 考核标准 一 1), each a
small function that says in Chinese what fails."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from desktop.models import Cover, Shift, Staff
from desktop.services import calendar, clock
from desktop.services.errors import Text, msg
from desktop.services.staffing import leave, people, roster, rule_failures, swap_rules, working_time
from desktop.services.staffing.rule_failures import RuleFailure, day_text

OPEN = ("pending", "approved")


@dataclass
class CoverDraft:
    absent: Staff | None  # whose shift is taken
    cover: Staff | None  # who works it
    day: datetime.date | None
    shift: Shift | None
    offered: bool  # 主动顶班 by the colleague, else asked for by a team leader
    reason: str = ""
    cover_id: int | None = None


def _schedule(draft: CoverDraft) -> dict[datetime.date, Shift]:
    return working_time.schedule_around(draft.cover, [draft.day], {draft.day: draft.shift})


# ── the rules ───────────────────────────────────────────────────────────────────────────────────────────────────
def different_people(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    return "顶班人不能是缺勤人本人。" if draft.absent.id == draft.cover.id else None


def not_started(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    if people.shift_span(draft.shift, draft.day)[0] <= now:
        return msg("{value} {name} 已经开始或已过去，不能再登记顶班。",
                   value=day_text(draft.day), name=draft.shift.name)
    return None


def on_the_roster(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    current = roster.shift_on(draft.absent, draft.day)
    if current is None or current.id != draft.shift.id:
        return msg("排班表上 {name} 在 {value} 没有{name2}（排班已变化）。",
                   name=draft.absent.name, value=day_text(draft.day), name2=draft.shift.name)
    return None


def cover_free(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    current = roster.shift_on(draft.cover, draft.day)
    if current is not None:
        return msg("{name} 在 {value} 已排{current}，每人每天只能上一个班次。",
                   name=draft.cover.name, value=day_text(draft.day), current=current.name)
    return None


def not_covered_twice(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    query = Cover.select().where((Cover.absent == draft.absent) & (Cover.day == draft.day) & Cover.status.in_(OPEN))
    other = (query.where(Cover.id != draft.cover_id) if draft.cover_id else query).first()
    return msg("该班次已有顶班登记（第 {number} 号）。", number=other.id) if other else None


def same_job_type(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    return swap_rules.job_type_gap(draft.absent, draft.cover, "顶班")


def comparable_skill(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    return swap_rules.skill_gap(draft.absent, draft.cover, "顶班")


def back_to_back(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    schedule = _schedule(draft)
    rest = working_time.min_rest()
    other = swap_rules.short_rest(schedule, draft.day, rest)
    if other is None:
        return None
    first, second = sorted([draft.day, other])
    return (msg("顶班后 {name} 的 {first} {first_shift}与 {second} {second_shift}之间"
                "休息不足 {hours:g} 小时，不允许连班。",
                name=draft.cover.name, first=day_text(first), first_shift=schedule[first].name, second=day_text(second),
                second_shift=schedule[second].name, hours=rest.total_seconds() / 3600))


def working_hours(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    return working_time.problem(draft.cover, _schedule(draft), [draft.day])


def no_leave(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    record = leave.leave_on(draft.cover, draft.day)
    return msg("{name} 在 {day} 已登记{kind}，不能顶班。", name=draft.cover.name, day=day_text(draft.day),
               kind=leave.kind_word(record.kind)) if record else None


def no_holiday(draft: CoverDraft, now: datetime.datetime) -> str | Text | None:
    if calendar.is_holiday(draft.day):
        return msg("{value}是法定节假日，节假日当班人员不允许换班，顶班同样不行。", value=day_text(draft.day))
    return None



Rule = Callable[[CoverDraft, datetime.datetime], str | None]


@dataclass(frozen=True)
class CoverRule:
    key: str
    field: str
    check: Rule


RULES: list[CoverRule] = [
    CoverRule("different_people", "cover", different_people),
    CoverRule("not_started", "shift", not_started),
    CoverRule("on_the_roster", "shift", on_the_roster),
    CoverRule("cover_free", "cover", cover_free),
    CoverRule("not_covered_twice", "shift", not_covered_twice),
    CoverRule("same_job_type", "cover", same_job_type),
    CoverRule("comparable_skill", "cover", comparable_skill),
    CoverRule("back_to_back", "cover", back_to_back),
    CoverRule("working_hours", "cover", working_hours),
    CoverRule("no_leave", "cover", no_leave),
    CoverRule("no_holiday", "shift", no_holiday),
    CoverRule("reason_fits", "reason", rule_failures.reason_fits),
]


def check(draft: CoverDraft, now: datetime.datetime | None = None) -> list[RuleFailure]:
    now = now or clock.now()
    missing = [RuleFailure("missing", message, field) for value, message, field in [
        (draft.absent, "请选择缺勤人。", "absent"), (draft.cover, "请选择顶班人。", "cover"),
        (draft.shift and draft.day, "请从缺勤人的排班中选择班次。", "shift")] if not value]
    if missing:
        return missing
    return rule_failures.failures(RULES[:1], draft, now) or rule_failures.failures(RULES[1:], draft, now)
