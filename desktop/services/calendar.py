"""The working-day calendar: Chinese public holidays and make-up working days (调休), and working-day arithmetic."""

import calendar as monthcal
import datetime
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

from desktop.models import CalendarDay, Staff, db
from desktop.services import audit, auth, clock, text
from desktop.services.errors import RuleError, Text, msg

HOLIDAY = "holiday"
WORKDAY = "workday"
ORDINARY = "ordinary"  # an edited-back day: kept as a row so the library never re-adds it
EARLIEST = datetime.date(2000, 1, 1)  # the office keeps no records from before; a 1900 date is a slip of the hand
YEARS_AHEAD = 5  # the furthest a follow-up, a leave or a calendar day is planned
DAY_NAME_LIMIT = 20  # 国庆节, 调休上班, 分店店庆


def _library(years: list[int]) -> Any:
    import holidays  # imported here: needed about once a year, not at every start

    return holidays.China(years=years, language="zh_CN")


def seed_from_library(years: list[int]) -> int:
    """Add the library's holidays and make-up days for `years`, audited as the program's own (no actor); days
    already in the calendar are left alone. Returns how many were added."""
    library = _library(years)
    days = [CalendarDay(day=day, kind=HOLIDAY, name=name, source="library") for day, name in library.items()]
    days += [CalendarDay(day=day, kind=WORKDAY, name="调休上班", source="library")
             for day in library.weekend_workdays if day.year in years]
    with db.atomic():
        known = {row.day for row in CalendarDay.select(CalendarDay.day).where(
            CalendarDay.day.in_([new.day for new in days]))}
        added = [audit.create(None, new) for new in days if new.day not in known]
    _overrides.cache_clear()
    return len(added)


def reseed_year(actor: Staff, year: int) -> int:
    """Bring the library's days of `year` up to date, audited; days a person set by hand are kept.

    Returns how many days were added or changed."""
    auth.require(actor, "calendar.edit")
    library = _library([year])
    wanted = {day: (HOLIDAY, name) for day, name in library.items()}
    wanted.update({day: (WORKDAY, "调休上班") for day in library.weekend_workdays if day.year == year})
    existing = {row.day: row for row in CalendarDay.select().where(
        CalendarDay.day.between(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))}
    changed = 0
    with db.atomic():
        for day, (kind, name) in sorted(wanted.items()):
            row = existing.get(day)
            if row is None:
                audit.create(actor, CalendarDay(day=day, kind=kind, name=name, source="library"))
                changed += 1
            elif row.source == "library" and (row.kind, row.name) != (kind, name):
                audit.update(actor, row, reason="从节假日库更新", kind=kind, name=name)
                changed += 1
        for day, row in existing.items():
            if row.source == "library" and day not in wanted and row.kind != ORDINARY:
                audit.update(actor, row, reason="节假日库已不再列出", kind=ORDINARY)
                changed += 1
    invalidate()
    return changed


def ensure_seeded(today: datetime.date) -> None:
    years = [today.year, today.year + 1]
    known = {d.day.year for d in CalendarDay.select(CalendarDay.day).where(CalendarDay.source == "library")}
    missing = [y for y in years if y not in known]
    if missing:
        seed_from_library(missing)


@lru_cache(maxsize=1)
def _overrides() -> dict[datetime.date, str]:
    rows = CalendarDay.select(CalendarDay.day, CalendarDay.kind).where(CalendarDay.kind != ORDINARY)
    return {row.day: row.kind for row in rows}


def invalidate() -> None:
    """Forget cached calendar days (after an edit, or when another database is opened)."""
    _overrides.cache_clear()


def is_working_day(day: datetime.date) -> bool:
    kind = _overrides().get(day)
    if kind is not None:
        return kind == WORKDAY
    return day.weekday() < 5


def is_holiday(day: datetime.date) -> bool:
    return _overrides().get(day) == HOLIDAY


def add_working_days(start: datetime.date, count: int) -> datetime.date:
    """The date `count` working days after `start` (count 0: start itself if working, else the next working day)."""
    day = start
    if count == 0:
        while not is_working_day(day):
            day += datetime.timedelta(days=1)
        return day
    remaining = count
    while remaining:
        day += datetime.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


def days_in_year(year: int) -> list[CalendarDay]:
    return list(
        CalendarDay.select()
        .where(CalendarDay.day.between(datetime.date(year, 1, 1), datetime.date(year, 12, 31))
               & (CalendarDay.kind != ORDINARY))
        .order_by(CalendarDay.day)
    )


def set_day(actor: Staff, day: datetime.date, kind: str | None, name: str = "",
            today: datetime.date | None = None) -> CalendarDay:
    """Mark `day` as a holiday or make-up working day, or (kind None) back to an ordinary day."""
    auth.require(actor, "calendar.edit")
    if kind not in (HOLIDAY, WORKDAY, None):
        raise RuleError("日期类型只能是节假日或调休上班日。", "kind")
    if problem := date_problem(day, today or clock.today()):
        raise RuleError(problem, "day")
    name = text.one_line(name, None, "name", DAY_NAME_LIMIT)
    kind = kind or ORDINARY
    with db.atomic():
        row = CalendarDay.get_or_none(CalendarDay.day == day)
        if row is None:
            row = audit.create(actor, CalendarDay(day=day, kind=kind, name=name, source="manual"))
        elif (row.kind, row.name) != (kind, name):  # saved as it is, a library day stays one
            audit.update(actor, row, kind=kind, name=name, source="manual")
    invalidate()
    return row


def month_bounds(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """The first and the last day of a calendar month."""
    return datetime.date(year, month, 1), datetime.date(year, month, monthcal.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[datetime.datetime, datetime.datetime]:
    """[start, end) of a calendar month as moments, for queries on a timestamp column."""
    first, last = month_bounds(year, month)
    following = last + datetime.timedelta(days=1)
    return datetime.datetime.combine(first, datetime.time()), datetime.datetime.combine(following, datetime.time())


def date_problem(day: datetime.date, today: datetime.date, earliest: datetime.date = EARLIEST) -> Text | None:
    """Why a typed date (or moment) is outside the sensible range of `earliest` to five years after today, or
    None."""
    day = day.date() if isinstance(day, datetime.datetime) else day
    latest = today + relativedelta(years=YEARS_AHEAD)
    if earliest <= day <= latest:
        return None
    return msg("日期应在 {earliest:%Y-%m-%d} 至 {latest:%Y-%m-%d} 之间。", earliest=earliest, latest=latest)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    return day + relativedelta(months=months)
