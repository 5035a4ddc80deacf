"""客服部请假制度汇编 二–九, one test per rule with the regulation's own cases."""

import datetime

from desktop.services import calendar, clock
from desktop.services.staffing import leave_rules
from tests import swap_world
from tests.leave_world import draft


def at(day: str, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour, minute))


def failing(d: leave_rules.LeaveDraft, now: datetime.datetime) -> dict[str, str]:
    return {f.rule: f.message for f in leave_rules.check(d, now)}


def test_general_personal_leave_asked_the_same_morning_needs_approval_as_late_notice(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    swap_world.put(clerk, datetime.date(2026, 11, 18), office_data["shifts"]["中班"])
    same_morning = failing(draft(clerk, datetime.date(2026, 11, 18)), at("2026-11-18", 9))
    assert "一般事假须提前一天提出" in same_morning["notice"]
    failures = leave_rules.check(draft(clerk, datetime.date(2026, 11, 18)), at("2026-11-18", 9))
    assert leave_rules.blocking(failures) == []  # not refused outright: the approvers may admit it as 迟报
    assert "须提前一天" in leave_rules.late_notice(failures)
    assert failing(draft(clerk, datetime.date(2026, 11, 18)), at("2026-11-17", 18)) == {}


def test_special_personal_leave_an_hour_before_the_shift(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    swap_world.put(clerk, datetime.date(2026, 11, 18), office_data["shifts"]["中班"])  # 16:00
    special = draft(clerk, datetime.date(2026, 11, 18), urgent=True)
    assert failing(special, at("2026-11-18", 15)) == {}
    assert "班前一小时" in failing(special, at("2026-11-18", 15, 30))["notice"]


def test_sick_leave_before_the_shift_and_emergency_phoned_in(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    swap_world.put(clerk, datetime.date(2026, 11, 18), office_data["shifts"]["早班"])  # 08:00
    sick = draft(clerk, datetime.date(2026, 11, 18), kind="sick")
    assert "班前" in failing(sick, at("2026-11-18", 9))["notice"]
    emergency = draft(clerk, datetime.date(2026, 11, 18), kind="sick", urgent=True)
    assert "电话通知班长" in failing(emergency, at("2026-11-18", 9))["emergency_phoned"]
    emergency.phoned_at = at("2026-11-18", 7, 30)
    assert failing(emergency, at("2026-11-18", 9)) == {}


def test_night_shift_leave_asked_at_13_00_is_refused(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    night = datetime.date(2026, 11, 20)  # 夜班 00:00–08:00: the night begins on the 19th
    swap_world.put(clerk, night, office_data["shifts"]["夜班"])
    assert failing(draft(clerk, night), at("2026-11-19", 11)) == {}
    refused = leave_rules.check(draft(clerk, night), at("2026-11-19", 13))
    assert [f.rule for f in leave_rules.blocking(refused)] == ["night_shift"]
    assert "11月19日 12:00 之前" in refused[0].message


def test_holiday_leave_two_days_ahead_only(office_data: dict) -> None:
    holiday = datetime.date(2026, 12, 1)
    calendar.set_day(office_data["admin"], holiday, calendar.HOLIDAY, "测试节")
    clerk = office_data["clerk1"]
    assert "holiday" not in failing(draft(clerk, holiday), at("2026-11-28", 10))  # three days ahead
    one_day = leave_rules.check(draft(clerk, holiday), at("2026-11-30", 10))
    assert "法定节假日" in leave_rules.blocking(one_day)[0].message


def test_only_sick_leave_may_be_entered_by_another_person(office_data: dict) -> None:
    clerk, leader = office_data["clerk1"], office_data["leader1"]
    by_leader = draft(clerk, datetime.date(2026, 11, 25))
    by_leader.entered_by = leader
    assert "不得由他人代请" in failing(by_leader, clock.now())["in_person"]
    by_leader.kind = "病假"
    assert "in_person" not in failing(by_leader, clock.now())


def test_half_days_are_one_day(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    half = draft(clerk, datetime.date(2026, 11, 25), datetime.date(2026, 11, 26), half="上午")
    assert failing(half, clock.now()) == {"half_day": "半天假只能请一天的上午或下午。"}
    half.end = half.start
    assert half.length() == 0.5 and failing(half, clock.now()) == {}


def test_a_swap_on_the_leave_days_is_warned_of(office_data: dict) -> None:
    from desktop.services.staffing import swaps
    swaps.submit(office_data["clerk1"], swap_world.build(office_data, datetime.date(2026, 11, 25),
                                                         datetime.date(2026, 12, 2)))
    warnings = leave_rules.swap_warnings(draft(office_data["clerk1"], datetime.date(2026, 11, 24),
                                               datetime.date(2026, 11, 26)))
    assert len(warnings) == 1 and "11月25日 有换班" in str(warnings[0]) and "待审批" in str(warnings[0])
