"""Working-day arithmetic across Chinese public holidays and make-up working days."""

import datetime

import pytest
from peewee import SqliteDatabase

from desktop.models import CalendarDay, Staff
from desktop.services import audit, calendar
from desktop.services.errors import PermissionDenied

D = datetime.date


@pytest.mark.usefixtures("fresh_db")
@pytest.mark.parametrize(("start", "count", "expected"), [
    (D(2026, 9, 30), 1, D(2026, 10, 8)),  # National Day week
    (D(2026, 9, 30), 3, D(2026, 10, 10)),  # a make-up Saturday counts
    (D(2026, 10, 9), 1, D(2026, 10, 10)),
    (D(2026, 10, 10), 1, D(2026, 10, 12)),  # the Sunday after it does not
    (D(2026, 11, 20), 1, D(2026, 11, 23)),  # an ordinary weekend
    (D(2026, 10, 3), 0, D(2026, 10, 8)),  # zero days from a holiday: the next working day
])
def test_add_working_days(start: D, count: int, expected: D) -> None:
    assert calendar.add_working_days(start, count) == expected


@pytest.mark.usefixtures("fresh_db")
def test_holidays_and_make_up_days_from_the_library() -> None:
    assert calendar.is_holiday(D(2026, 10, 1))
    assert not calendar.is_working_day(D(2026, 10, 7))
    assert calendar.is_working_day(D(2026, 9, 20))  # Sunday, make-up working day
    assert calendar.is_working_day(D(2026, 10, 10))
    assert CalendarDay.get_by_id(D(2026, 10, 1)).name == "国庆节"


@pytest.mark.usefixtures("fresh_db")
def test_supervisor_edits_a_day_and_the_arithmetic_follows(office_data: dict) -> None:
    supervisor: Staff = office_data["supervisor"]
    calendar.set_day(supervisor, D(2026, 11, 23), calendar.HOLIDAY, "分店店庆")
    assert calendar.add_working_days(D(2026, 11, 20), 1) == D(2026, 11, 24)
    calendar.set_day(supervisor, D(2026, 11, 23), None)
    assert calendar.add_working_days(D(2026, 11, 20), 1) == D(2026, 11, 23)
    calendar.seed_from_library([2026])  # an edited day is not overwritten by re-seeding
    assert calendar.is_working_day(D(2026, 11, 23))


def test_a_clerk_cannot_edit_the_calendar(office_data: dict) -> None:
    with pytest.raises(PermissionDenied):
        calendar.set_day(office_data["clerk1"], D(2026, 11, 23), calendar.HOLIDAY, "x")


def test_seeding_is_idempotent(fresh_db: SqliteDatabase) -> None:
    before = CalendarDay.select().count()
    assert calendar.seed_from_library([2026]) == 0
    assert CalendarDay.select().count() == before


def test_seeded_days_are_in_the_audit_log(fresh_db: SqliteDatabase) -> None:
    """A holiday moves every complaint deadline: the program's own additions are logged like a person's."""
    assert calendar.seed_from_library([2028]) > 0
    entry = audit.history("calendar_day", D(2028, 10, 1).isoformat())[0]
    assert entry.action == "create" and entry.actor_id is None and "国庆节" in entry.after


@pytest.mark.parametrize(("year", "month", "last"), [(2026, 2, D(2026, 2, 28)), (2028, 2, D(2028, 2, 29)),
                                                      (2026, 12, D(2026, 12, 31)), (2026, 11, D(2026, 11, 30))])
def test_month_bounds(year: int, month: int, last: D) -> None:
    assert calendar.month_bounds(year, month) == (D(year, month, 1), last)


def test_month_arithmetic_clamps_to_the_end_of_the_month() -> None:
    assert calendar.add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert calendar.add_months(D(2026, 8, 31), 6) == D(2027, 2, 28)
    assert calendar.add_months(D(2027, 12, 15), 1) == D(2028, 1, 15)


def test_a_month_as_dates_and_as_moments() -> None:
    assert calendar.month_bounds(2028, 2) == (D(2028, 2, 1), D(2028, 2, 29))
    assert calendar.month_span(2026, 12) == (datetime.datetime(2026, 12, 1), datetime.datetime(2027, 1, 1))


@pytest.mark.parametrize(("day", "problem"), [
    (D(2000, 1, 1), None),
    (datetime.datetime(2031, 11, 18, 23, 0), None),
    (D(1999, 12, 31), "日期应在 2000-01-01 至 2031-11-18 之间。"),
    (D(1900, 1, 1), "日期应在 2000-01-01 至 2031-11-18 之间。"),
    (D(2031, 11, 19), "日期应在 2000-01-01 至 2031-11-18 之间。"),
])
def test_a_date_outside_the_sensible_range_is_refused(day: D, problem: str | None) -> None:
    assert str(calendar.date_problem(day, D(2026, 11, 18)) or "") == (problem or "")


def test_an_earlier_first_day_can_be_allowed() -> None:
    assert calendar.date_problem(D(1985, 3, 1), D(2026, 11, 18), earliest=D(1949, 10, 1)) is None
