"""The duty fairness table on a prepared month: October 2026, whose Saturday the 10th is a 调休 working day after the
National Day holiday (1–8 October)."""

import datetime

import pytest

from desktop.models import Cover, Leave, Swap
from desktop.services import calendar
from desktop.services.errors import PermissionDenied
from desktop.services.staffing import fairness
from tests.conftest import NOW
from tests.swap_world import add_shift, put


def d(day: int) -> datetime.date:
    return datetime.date(2026, 10, day)


@pytest.fixture
def october(office_data: dict) -> dict:
    s, data = office_data["shifts"], office_data
    assert calendar.is_working_day(d(10)) and calendar.is_holiday(d(3))  # the library's 2026 calendar
    for day, shift in [(3, "夜班"), (10, "早班"), (11, "夜班"), (14, "早班"), (15, "夜班"), (17, "中班")]:
        put(data["clerk1"], d(day), s[shift])  # 张三: a holiday night, the 调休 Saturday, a Sunday night, a Saturday
    for day, shift in [(10, "中班"), (13, "早班")]:
        put(data["clerk2"], d(day), s[shift])
    put(data["clerk1"], datetime.date(2026, 11, 1), s["夜班"])  # another month
    common = {"requested_by": data["clerk1"], "requested_at": NOW}
    Swap.create(applicant=data["clerk1"], substitute=data["clerk2"], swap_day=d(20), swap_shift=s["早班"],
                return_day=d(27), return_shift=s["早班"], return_ends_at=NOW, handover="-", status="approved",
                **common)
    Swap.create(applicant=data["clerk2"], substitute=data["clerk1"], swap_day=d(21), swap_shift=s["早班"],
                return_day=d(28), return_shift=s["早班"], return_ends_at=NOW, handover="-", status="refused",
                **common)
    Cover.create(absent=data["clerk2"], cover=data["clerk1"], day=d(22), shift=s["早班"], offered=True,
                 status="approved", **common)
    leave = {"kind": "personal", "recorded_by": data["clerk2"], "recorded_at": NOW, "status": "approved"}
    Leave.create(person=data["clerk2"], start=d(30), end=datetime.date(2026, 11, 2), **leave)  # 2 days in October
    Leave.create(person=data["clerk2"], start=d(5), end=d(5), half="上午", **leave)
    Leave.create(person=data["clerk2"], start=d(6), end=d(6), voided_at=NOW, **leave)
    return data


def test_counts_of_the_month_per_person_and_the_team_average(october: dict) -> None:
    result = fairness.table(october["leader1"], 2026, 10, october["team1"].id)
    [block] = result.blocks
    assert (result.period, block.team) == ("2026年10月", "客服一班")
    rows = {row.person: row for row in block.rows}
    zhang, li = rows["张三（C001）"].counts, rows["李四（C002）"].counts
    assert (zhang.shifts, zhang.nights, zhang.weekends, zhang.holidays, zhang.makeup_days) == (6, 3, 2, 1, 1)
    assert (zhang.swaps, zhang.covers, zhang.leave_days) == (1, 1, 0)
    assert (li.shifts, li.nights, li.weekends, li.holidays, li.makeup_days) == (2, 0, 0, 0, 1)
    assert (li.swaps, li.covers, li.leave_days) == (1, 0, 2.5)
    assert block.average.nights == 1.0  # 3 nights over 张三, 李四 and 李班长
    assert rows["张三（C001）"].heavier == {"nights", "weekends", "holidays", "covers"}
    assert rows["李四（C002）"].heavier == frozenset()


def test_the_year_table_and_every_team(october: dict) -> None:
    result = fairness.table(october["supervisor"], 2026)
    assert result.period == "2026年" and [b.team for b in result.blocks] == ["客服一班", "客服二班"]
    zhang = next(r for r in result.blocks[0].rows if str(r.person).startswith("张三")).counts
    assert (zhang.shifts, zhang.nights) == (7, 4)
    rows = fairness.sheet_rows(result)
    assert rows[0][:2] == ["客服一班", "张三（C001）"] and ["客服一班", "班组平均"] == rows[3][:2]
    assert len(fairness.headers()) == len(rows[0])


def test_a_night_shift_works_between_midnight_and_six(office_data: dict) -> None:
    s = office_data["shifts"]
    assert [fairness.is_night(s[name]) for name in ("早班", "中班", "夜班")] == [False, False, True]
    assert fairness.is_night(add_shift("大夜", "22:00", "06:00"))
    assert not fairness.is_night(add_shift("白班", "06:00", "14:00"))


def test_clerks_do_not_see_the_table(office_data: dict) -> None:
    with pytest.raises(PermissionDenied):
        fairness.table(office_data["clerk1"], 2026, 10)
