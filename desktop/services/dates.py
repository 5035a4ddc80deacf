"""Dates and moments as the office's forms write them, one way everywhere: 2026年12月8日, 2026年12月8日 09:05, and
12月8日 where the year is already said."""

import datetime

WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def day_text(value: datetime.date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def moment_text(value: datetime.datetime | None, seconds: bool = False) -> str:
    return f"{day_text(value)} {value:%H:%M:%S}" if seconds and value else (
        f"{day_text(value)} {value:%H:%M}" if value else "")


def short_day(value: datetime.date | None) -> str:
    return f"{value.month}月{value.day}日" if value else ""


def short_moment(value: datetime.datetime | None) -> str:
    return f"{short_day(value)} {value:%H:%M}" if value else ""
