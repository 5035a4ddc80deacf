"""Editing the working-day calendar by hand and re-reading a year from the holiday library."""

import datetime

import pytest

from desktop.models import CalendarDay, Staff
from desktop.services import audit, calendar
from desktop.services.errors import PermissionDenied, RuleError

NATIONAL_DAY = datetime.date(2026, 10, 1)


def test_add_and_reset_a_holiday(supervisor: Staff) -> None:
    day = datetime.date(2026, 6, 10)  # an ordinary Wednesday
    assert calendar.is_working_day(day)
    calendar.set_day(supervisor, day, calendar.HOLIDAY, "分店店庆")
    assert not calendar.is_working_day(day)
    assert [d.name for d in calendar.days_in_year(2026) if d.day == day] == ["分店店庆"]
    calendar.set_day(supervisor, day, None)
    assert calendar.is_working_day(day)
    assert day not in {d.day for d in calendar.days_in_year(2026)}
    assert [e.action for e in audit.history("calendar_day", day)] == ["create", "update"]


def test_a_library_day_saved_as_it_is_stays_a_library_day(supervisor: Staff) -> None:
    calendar.set_day(supervisor, NATIONAL_DAY, calendar.HOLIDAY, CalendarDay.get_by_id(NATIONAL_DAY).name)
    assert CalendarDay.get_by_id(NATIONAL_DAY).source == "library"
    assert [e.action for e in audit.history("calendar_day", NATIONAL_DAY)] == ["create"]  # seeded, not changed
    calendar.set_day(supervisor, NATIONAL_DAY, calendar.HOLIDAY, "国庆")
    assert CalendarDay.get_by_id(NATIONAL_DAY).source == "manual"


def test_a_hand_set_day_is_sensible_and_its_name_clean(supervisor: Staff) -> None:
    with pytest.raises(RuleError) as early:
        calendar.set_day(supervisor, datetime.date(1900, 1, 1), calendar.HOLIDAY, "元旦")
    assert (early.value.field, early.value.message) == ("day", "日期应在 2000-01-01 至 2031-11-18 之间。")
    with pytest.raises(RuleError) as long:
        calendar.set_day(supervisor, datetime.date(2026, 6, 10), calendar.HOLIDAY, "庆" * 21)
    assert (long.value.field, long.value.message) == ("name", "不能超过 20 个字。")
    assert calendar.set_day(supervisor, datetime.date(2026, 6, 10), calendar.HOLIDAY, "店庆\x00").name == "店庆"


def test_make_up_working_saturday(supervisor: Staff) -> None:
    saturday = datetime.date(2026, 6, 13)
    calendar.set_day(supervisor, saturday, calendar.WORKDAY, "调休上班")
    assert calendar.is_working_day(saturday)


def test_reseed_restores_library_days_and_keeps_manual_ones(supervisor: Staff) -> None:
    CalendarDay.delete().where(CalendarDay.day == NATIONAL_DAY).execute()  # as if the library had lagged
    calendar.set_day(supervisor, datetime.date(2026, 10, 2), None)  # a supervisor's own decision
    calendar.invalidate()
    assert calendar.is_working_day(NATIONAL_DAY)
    changed = calendar.reseed_year(supervisor, 2026)
    assert changed == 1
    assert not calendar.is_working_day(NATIONAL_DAY)
    assert calendar.is_working_day(datetime.date(2026, 10, 2))
    assert audit.history("calendar_day", NATIONAL_DAY)[-1].action == "create"
    assert calendar.reseed_year(supervisor, 2026) == 0


def test_clerk_may_not_edit_the_calendar(clerk: Staff) -> None:
    with pytest.raises(PermissionDenied):
        calendar.set_day(clerk, datetime.date(2026, 6, 10), calendar.HOLIDAY, "自定")
    with pytest.raises(PermissionDenied):
        calendar.reseed_year(clerk, 2026)
    assert calendar.is_working_day(datetime.date(2026, 6, 10))
