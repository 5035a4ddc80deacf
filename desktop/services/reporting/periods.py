"""The period a report covers: a day, an ISO week (Monday to Sunday) or a calendar month."""

import datetime
from dataclasses import dataclass

from desktop.services import calendar, dates
from desktop.services.errors import Text, msg

WEEKDAYS = "一二三四五六日"
KINDS = {"daily": "日报", "weekly": "周报", "monthly": "月报"}


@dataclass(frozen=True)
class Period:
    kind: str  # daily | weekly | monthly
    first: datetime.date
    last: datetime.date  # inclusive

    @property
    def start(self) -> datetime.datetime:
        return datetime.datetime.combine(self.first, datetime.time())

    @property
    def end(self) -> datetime.datetime:
        """The first moment after the period."""
        return datetime.datetime.combine(self.last + datetime.timedelta(days=1), datetime.time())

    @property
    def days(self) -> list[datetime.date]:
        return [self.first + datetime.timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def text(self) -> str:
        if self.kind == "daily":
            return day_text(self.first)
        if self.kind == "weekly":
            year, week, _ = self.first.isocalendar()
            last = dates.short_day(self.last) if self.first.year == self.last.year else dates.day_text(self.last)
            return f"{year}年第{week}周（{dates.day_text(self.first)}至{last}）"
        return f"{self.first.year}年{self.first.month}月"

    @property
    def slug(self) -> str:
        """For file names: 20260915, 2026W38, 202609."""
        if self.kind == "daily":
            return f"{self.first:%Y%m%d}"
        if self.kind == "weekly":
            year, week, _ = self.first.isocalendar()
            return f"{year}W{week:02d}"
        return f"{self.first:%Y%m}"


def day_text(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日（星期{WEEKDAYS[day.weekday()]}）"


def short_day(day: datetime.date) -> Text:
    """11月9日 周一: a day of a week's table."""
    return msg("{month}月{day}日 {weekday}", month=day.month, day=day.day, weekday=weekday(day))


def weekday(day: datetime.date) -> str:
    return dates.WEEKDAY_NAMES[day.weekday()]


def day(on: datetime.date) -> Period:
    return Period("daily", on, on)


def week(containing: datetime.date) -> Period:
    monday = containing - datetime.timedelta(days=containing.weekday())
    return Period("weekly", monday, monday + datetime.timedelta(days=6))


def month(year: int, number: int) -> Period:
    return Period("monthly", *calendar.month_bounds(year, number))


def of(kind: str, on: datetime.date) -> Period:
    """The period of `kind` containing `on`."""
    if kind == "daily":
        return day(on)
    if kind == "weekly":
        return week(on)
    return month(on.year, on.month)


def last(kind: str, today: datetime.date) -> Period:
    """The whole period of `kind` before the one containing `today`: yesterday, last week, last month."""
    return of(kind, of(kind, today).first - datetime.timedelta(days=1))


def default(kind: str, today: datetime.date) -> Period:
    """Today, the last complete week (handed in on Monday), last month: what the supervisor most often prints."""
    return of(kind, today) if kind == "daily" else last(kind, today)
