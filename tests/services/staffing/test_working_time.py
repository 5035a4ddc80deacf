"""考核标准 一 1: no more than 8 hours of work without the minimum rest, on the roster, in a swap."""

import datetime

import pytest

from desktop.services import settings
from desktop.services.errors import RuleError
from desktop.services.staffing import roster, swap_rules, working_time
from tests import swap_world

DAY = datetime.date(2026, 11, 25)


def late_and_small_hours() -> tuple:
    """晚班 19:00–24:00 and 凌晨班 01:00–05:00: an hour apart, nine hours of work together."""
    return swap_world.add_shift("晚班", "19:00", "00:00"), swap_world.add_shift("凌晨班", "01:00", "05:00")


def test_nine_hours_without_a_break_is_refused_on_the_roster(office_data: dict) -> None:
    late, small_hours = late_and_small_hours()
    clerk, next_day = office_data["clerk1"], DAY + datetime.timedelta(days=1)
    roster.set_cells(office_data["supervisor"], {(clerk.id, DAY): late.id})
    with pytest.raises(RuleError, match="张三 11月25日晚班、11月26日凌晨班 连续工作 9 小时") as refused:
        roster.set_cells(office_data["supervisor"], {(clerk.id, next_day): small_hours.id})
    assert "至少 8 小时的休息" in refused.value.message
    assert roster.shift_on(clerk, next_day) is None  # nothing half-saved
    roster.set_cells(office_data["supervisor"], {(clerk.id, DAY): None, (clerk.id, next_day): small_hours.id})


def test_a_long_shift_as_the_office_defined_it_is_not_a_stretch(office_data: dict) -> None:
    day_shift = swap_world.add_shift("白班", "09:00", "21:00")
    roster.set_cells(office_data["supervisor"], {(office_data["sales1"].id, DAY): day_shift.id})


def test_two_shifts_without_the_minimum_rest_count_as_one_stretch(office_data: dict) -> None:
    clerk, shifts = office_data["clerk1"], office_data["shifts"]
    roster.set_cells(office_data["supervisor"], {(clerk.id, DAY): shifts["中班"].id})  # 16:00–24:00
    with pytest.raises(RuleError, match="11月25日中班、11月26日夜班 连续工作 16 小时"):
        roster.set_cells(office_data["supervisor"], {(clerk.id, DAY + datetime.timedelta(days=1)): shifts["夜班"].id})
    roster.set_cells(office_data["supervisor"], {(clerk.id, DAY + datetime.timedelta(days=2)): shifts["中班"].id})


def test_the_stretch_follows_the_minimum_rest_setting(office_data: dict) -> None:
    shifts = office_data["shifts"]
    schedule = {DAY: shifts["早班"], DAY + datetime.timedelta(days=1): shifts["夜班"]}  # 8 hours off, 16:00–24:00
    assert len(working_time.stretches(schedule, datetime.timedelta(hours=8))) == 2
    assert working_time.problem(office_data["clerk1"], schedule, [DAY]) is None
    settings.put(None, "min_rest_hours", "10")
    problem = str(working_time.problem(office_data["clerk1"], schedule, [DAY]))
    assert "连续工作 16 小时，中间没有至少 10 小时的休息" in problem


def test_a_swap_that_makes_nine_hours_is_refused(office_data: dict) -> None:
    late, small_hours = late_and_small_hours()
    draft = swap_world.build(office_data, DAY, DAY + datetime.timedelta(days=7))
    swap_world.put(office_data["clerk1"], DAY, late)
    swap_world.put(office_data["clerk3"], DAY + datetime.timedelta(days=1), small_hours)
    draft.swap_shift = late
    failures = {f.rule: f.message for f in swap_rules.check(draft)}
    assert "王五 11月25日晚班、11月26日凌晨班 连续工作 9 小时" in failures["working_hours"]
