"""Working-day deadlines over the 2026 National Day week (10-01…10-07 off, Sunday 09-20 and Saturday 10-10
worked), checked by hand against the calendar."""

import datetime as dt

import pytest

from desktop.services import calendar
from desktop.services.complaints import deadlines


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_the_calendar_of_the_national_day_week(fresh_db):
    days = {dt.date(2026, 9, 20) + dt.timedelta(days=n): calendar.is_working_day(dt.date(2026, 9, 20)
                                                                                   + dt.timedelta(days=n))
            for n in range(22)}
    assert days[dt.date(2026, 9, 20)]  # Sunday, worked (调休)
    assert not days[dt.date(2026, 9, 25)]  # 中秋节, Friday
    assert not any(days[dt.date(2026, 10, d)] for d in range(1, 8))
    assert days[dt.date(2026, 10, 8)] and days[dt.date(2026, 10, 9)]
    assert days[dt.date(2026, 10, 10)]  # Saturday, worked (调休)
    assert not days[dt.date(2026, 10, 11)]


@pytest.mark.parametrize(("received", "days", "due"), [
    ("2026-09-16 15:20", 1, "2026-09-17 15:20"),  # Wednesday → Thursday, same time
    ("2026-09-18 15:20", 1, "2026-09-20 15:20"),  # Friday → the make-up Sunday
    ("2026-09-24 09:00", 1, "2026-09-28 09:00"),  # Thursday → over 中秋 Friday and the weekend
    ("2026-09-30 15:20", 1, "2026-10-08 15:20"),  # the eve of National Day → the first day back
    ("2026-09-30 15:20", 3, "2026-10-10 15:20"),  # … → 10-08, 10-09, make-up Saturday 10-10
    ("2026-09-29 11:00", 3, "2026-10-09 11:00"),  # Tuesday → 09-30, 10-08, 10-09
    ("2026-10-03 10:00", 1, "2026-10-09 08:00"),  # received on a holiday: counted from 10-08 08:00
    ("2026-10-03 10:00", 3, "2026-10-12 08:00"),  # 10-09, 10-10 (worked Saturday), 10-12
    ("2026-10-10 17:00", 1, "2026-10-12 17:00"),  # received on the make-up Saturday
    ("2026-10-04 23:30", 7, "2026-10-16 08:00"),  # 7 days from 10-08 08:00: 09 10 12 13 14 15 16
])
def test_due_times(fresh_db, received, days, due):
    assert deadlines.due_at(at(received), days) == at(due)


def test_the_clock_starts_at_business_start_after_a_rest_day(fresh_db):
    assert deadlines.clock_start(at("2026-10-01 20:00")) == at("2026-10-08 08:00")
    assert deadlines.clock_start(at("2026-10-10 06:00")) == at("2026-10-10 06:00")


def test_working_time_elapsed_skips_rest_days(fresh_db):
    assert deadlines.working_days_elapsed(at("2026-09-30 15:20"), at("2026-10-08 15:20")) == 1.0
    assert deadlines.working_days_elapsed(at("2026-09-30 12:00"), at("2026-09-30 18:00")) == 0.25
    assert deadlines.working_days_elapsed(at("2026-10-02 09:00"), at("2026-10-05 09:00")) == 0.0


def test_time_left_and_colour():
    due = at("2026-10-08 15:20")
    one_day = dt.timedelta(days=1)
    assert deadlines.describe_left(due, at("2026-10-07 12:00")) == "剩 1天3小时"
    assert deadlines.describe_left(due, at("2026-10-08 18:00")) == "超期 2小时40分"
    assert deadlines.urgency(due, one_day, at("2026-10-07 12:00")) == deadlines.OK
    assert deadlines.urgency(due, one_day, at("2026-10-08 10:00")) == deadlines.CLOSE
    assert deadlines.urgency(due, one_day, at("2026-10-08 15:21")) == deadlines.OVERDUE


# ---------------------------------------------------------------- pauses (等待客户 / 等待第三方)

@pytest.mark.parametrize(("start", "end", "hours"), [
    ("2026-09-16 09:00", "2026-09-16 15:00", 6),  # within one working day
    ("2026-09-26 15:00", "2026-09-28 09:00", 9),  # Saturday 15:00 → Monday 09:00: only Monday counts
    ("2026-09-30 15:00", "2026-10-09 10:00", 9 + 24 + 10),  # over National Day: 09-30, 10-08, 10-09 count
    ("2026-10-09 10:00", "2026-09-30 15:00", 0),  # backwards: nothing
])
def test_working_time_counts_only_working_days(fresh_db, start, end, hours):
    assert deadlines.working_time(at(start), at(end)) == dt.timedelta(hours=hours)


def test_a_pause_over_national_day_moves_the_due_time_by_the_working_time_between(fresh_db):
    # received Wednesday 09-30 10:00 with 1 day: due 10-08 10:00; paused at 15:00, 19 working hours were left
    due = deadlines.due_at(at("2026-09-30 10:00"), 1)
    assert due == at("2026-10-08 10:00")
    moved = deadlines.due_after_pause(due, at("2026-09-30 15:00"), at("2026-10-09 10:00"))
    # the 43 working hours waited, added from 10-08 10:00: 14 h of 10-08, 24 h of 10-09, 5 h of the worked Saturday
    assert moved == at("2026-10-10 05:00")
    assert deadlines.working_time(at("2026-10-09 10:00"), moved) == dt.timedelta(hours=19)


def test_a_pause_over_a_weekend_moves_the_due_time_by_working_hours_only(fresh_db):
    # due Monday 09-28 15:00; paused Friday 09-25 is 中秋节, so pause Thursday 09-24 16:00 → Monday 09-28 09:00
    moved = deadlines.due_after_pause(at("2026-09-28 15:00"), at("2026-09-24 16:00"), at("2026-09-28 09:00"))
    assert moved == at("2026-09-29 08:00")  # 8 h of Thursday + 9 h of Monday = 17 h later


def test_shifting_skips_rest_days(fresh_db):
    assert deadlines.shift(at("2026-09-30 20:00"), dt.timedelta(hours=6)) == at("2026-10-08 02:00")
    assert deadlines.shift(at("2026-10-03 12:00"), dt.timedelta(hours=1)) == at("2026-10-08 01:00")
    assert deadlines.shift(at("2026-09-16 09:00"), dt.timedelta()) == at("2026-09-16 09:00")
