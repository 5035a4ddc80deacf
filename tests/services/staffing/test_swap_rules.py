"""Each swap rule with a draft that passes and one that fails it."""

import dataclasses
import datetime
from collections.abc import Callable

import pytest

from desktop.models import Leave, Staff, Swap
from desktop.services import clock, settings
from desktop.services.staffing import swap_rules
from desktop.services.staffing.swap_rules import SwapDraft, check
from tests import swap_world
from tests.swap_world import add_shift, put

NOW = datetime.datetime(2026, 3, 1, 8, 0)
SWAP_DAY = datetime.date(2026, 3, 4)  # Wednesday
RETURN_DAY = datetime.date(2026, 3, 11)  # the next Wednesday


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def other_swap(data: dict, person: Staff, swap_day: str, return_day: str) -> Swap:
    """An earlier pending swap of `person` with 李四."""
    early = data["shifts"]["早班"]
    return Swap.create(requested_at=clock.now(), applicant=person, substitute=data["clerk2"], swap_day=day(swap_day),
                       swap_shift=early,
                       return_day=day(return_day), return_shift=early,
                       return_ends_at=datetime.datetime.combine(day(return_day), datetime.time(16)),
                       handover="—", requested_by=person)


def set_person(person: Staff, **values: str) -> None:
    for name, value in values.items():
        setattr(person, name, value)
    person.save()


def leave_for(data: dict, person: Staff, start: str, end: str) -> None:
    Leave.create(recorded_at=clock.now(), person=person, start=day(start), end=day(end), kind="sick",
                 approver=data["leader2"],
                 recorded_by=data["leader2"])


def move_to(data: dict, draft: SwapDraft, swap_day: str, return_day: str) -> None:
    new = swap_world.build(data, day(swap_day), day(return_day))
    draft.swap_day, draft.return_day = new.swap_day, new.return_day


def night_before(data: dict, draft: SwapDraft, start: str, end: str) -> None:
    """王五 works a shift (start–end) the day before the early shift he takes over."""
    put(data["clerk3"], SWAP_DAY - datetime.timedelta(days=1), add_shift("前一日班", start, end))


Setup = Callable[[dict, SwapDraft], None]

# rule, a change after which the rule holds, a change after which it fails
CASES: list[tuple[str, Setup, Setup]] = [
    ("different_people",
     lambda d, s: None,
     lambda d, s: setattr(s, "substitute", d["clerk1"])),
    ("return_after_swap",
     lambda d, s: None,
     lambda d, s: move_to(d, s, "2026-03-11", "2026-03-04")),
    ("not_started",
     lambda d, s: None,
     lambda d, s: move_to(d, s, "2026-03-01", "2026-03-11")),
    ("roster_unchanged",
     lambda d, s: None,
     lambda d, s: put(d["clerk1"], SWAP_DAY, None)),
    ("both_free",
     lambda d, s: put(d["clerk3"], SWAP_DAY - datetime.timedelta(days=2), d["shifts"]["早班"]),
     lambda d, s: put(d["clerk3"], SWAP_DAY, d["shifts"]["中班"])),
    ("team_leaders",
     lambda d, s: None,
     lambda d, s: setattr(d["team2"], "leader", None) or d["team2"].save()),
    ("monthly_limit",  # a third swap in a month
     lambda d, s: other_swap(d, d["clerk1"], "2026-03-18", "2026-03-25"),
     lambda d, s: (other_swap(d, d["clerk1"], "2026-03-18", "2026-03-25"),
                   other_swap(d, d["clerk1"], "2026-03-20", "2026-03-27"))),
    ("consecutive_swaps",  # a swap, then another on the next working day
     lambda d, s: other_swap(d, d["clerk1"], "2026-03-06", "2026-03-16"),
     lambda d, s: other_swap(d, d["clerk1"], "2026-03-05", "2026-03-16")),
    ("back_to_back",  # the night shift before the early shift taken over
     lambda d, s: night_before(d, s, "16:00", "00:00"),
     lambda d, s: night_before(d, s, "20:00", "08:00")),
    ("back_to_back",  # the minimum rest is the office's setting
     lambda d, s: night_before(d, s, "16:00", "00:00"),
     lambda d, s: (night_before(d, s, "16:00", "00:00"), settings.put(None, "min_rest_hours", "10"))),
    ("same_job_type",
     lambda d, s: None,
     lambda d, s: set_person(d["clerk3"], job_type="业务员")),
    ("comparable_skill",  # 初级 with 中级 is comparable, 初级 with 高级 is not
     lambda d, s: (set_person(d["clerk1"], skill_level="初级工"), set_person(d["clerk3"], skill_level="中级工")),
     lambda d, s: (set_person(d["clerk1"], skill_level="初级工"), set_person(d["clerk3"], skill_level="高级工"))),
    ("no_leave",  # leave on the return day
     lambda d, s: leave_for(d, d["clerk3"], "2026-03-12", "2026-03-13"),
     lambda d, s: leave_for(d, d["clerk3"], "2026-03-10", "2026-03-11")),
    ("no_holiday",  # a swap on 国庆节
     lambda d, s: move_to(d, s, "2026-09-30", "2026-10-14"),
     lambda d, s: move_to(d, s, "2026-10-01", "2026-10-14")),
    ("handover_note",
     lambda d, s: None,
     lambda d, s: setattr(s, "handover", "  ")),
    ("handover_note",  # only invisible characters
     lambda d, s: setattr(s, "handover", "交" * 300),
     lambda d, s: setattr(s, "handover", "\u200b\x00")),
    ("handover_note",  # longer than its cell of the printed register
     lambda d, s: setattr(s, "handover", "交" * 300),
     lambda d, s: setattr(s, "handover", "交" * 301)),
    ("reason_fits",
     lambda d, s: setattr(s, "reason", "因" * 200),
     lambda d, s: setattr(s, "reason", "因" * 201)),
]


@pytest.fixture
def draft(office_data: dict) -> SwapDraft:
    return swap_world.build(office_data, SWAP_DAY, RETURN_DAY)


@pytest.mark.parametrize(("rule", "passing", "failing"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_passes(office_data: dict, draft: SwapDraft, rule: str, passing: Setup, failing: Setup) -> None:
    passing(office_data, draft)
    assert check(draft, NOW) == []


@pytest.mark.parametrize(("rule", "passing", "failing"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails(office_data: dict, draft: SwapDraft, rule: str, passing: Setup, failing: Setup) -> None:
    failing(office_data, draft)
    failures = check(draft, NOW)
    assert rule in [f.rule for f in failures]
    message = next(f.message for f in failures if f.rule == rule)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)


def test_messages_name_the_person_and_day(office_data: dict, draft: SwapDraft) -> None:
    leave_for(office_data, office_data["clerk3"], "2026-03-11", "2026-03-11")
    [failure] = check(draft, NOW)
    assert failure.message == "王五 在 3月11日（还班日）已登记病假，换班和还班均不得请假。"
    assert failure.field == "return_shift"


def test_incomplete_draft_lists_what_is_missing(office_data: dict) -> None:
    failures = check(SwapDraft(applicant=office_data["clerk1"]), NOW)
    assert [f.field for f in failures] == ["substitute", "swap_shift", "return_shift", "handover"]


def test_a_stored_swap_does_not_count_against_itself(office_data: dict, draft: SwapDraft) -> None:
    stored = other_swap(office_data, office_data["clerk1"], "2026-03-04", "2026-03-11")
    draft.swap_id = stored.id
    assert check(draft, NOW) == []


def test_each_rule_carries_the_clause_of_the_regulation_it_enforces() -> None:
    clauses = {rule.key: rule.clause for rule in swap_rules.RULES if rule.clause}
    assert clauses == {"team_leaders": 2, "monthly_limit": 3, "consecutive_swaps": 3, "back_to_back": 3,
                       "same_job_type": 4, "comparable_skill": 4, "handover_note": 5, "no_leave": 6, "no_holiday": 9}


def test_the_basis_numbers_each_clause_as_its_rules_do(monkeypatch: pytest.MonkeyPatch) -> None:
    text = swap_rules.basis()
    assert text.startswith("依据《客服部换班制度》：二、换班须经双方班长同意；三、每人每月换班不得超过2次，")
    assert text.endswith("；六、换班和还班均不得请假；九、节假日当班人员不允许换班。")
    moved = [dataclasses.replace(rule, clause=7) if rule.key == "no_holiday" else rule for rule in swap_rules.RULES]
    monkeypatch.setattr(swap_rules, "RULES", moved)
    assert swap_rules.basis().endswith("；六、换班和还班均不得请假；七、节假日当班人员不允许换班。")


def test_a_return_on_the_swap_day_gives_the_rules_message(office_data: dict) -> None:
    same_day = swap_world.build(office_data, SWAP_DAY, SWAP_DAY)
    failures = check(same_day, NOW)
    assert [(f.rule, f.message) for f in failures] == [("return_after_swap", "还班日期须在换班日期之后。")]
