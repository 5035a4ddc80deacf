"""Deadlines counted in working days (holidays and make-up working days respected), and the time left to them.

How "within N working days" becomes a due date-time:
- The clock starts at receipt when that is on a working day; a complaint received on a weekend or holiday starts
  its clock at the start of business (08:00) of the next working day.
- Every hour of a working day counts, none of a rest day. N working days have passed at the same time of day on
  the Nth following working day: received Wednesday 15:20 with 1 day → due Thursday 15:20; received Wednesday
  2026-09-30 15:20 with 1 day → due Thursday 2026-10-08 15:20 (10-01…10-07 are the National Day holidays);
  received Saturday 2026-10-03 → the clock starts 2026-10-08 08:00 → 1 day due 2026-10-09 08:00.
- A make-up working day (调休上班, e.g. Saturday 2026-10-10) counts like any working day.

How a pause (等待客户 / 等待第三方) stops the clock: the due time moves later by the working time the complaint
waited, not by the calendar time. Paused 2026-09-30 15:00, resumed 2026-10-09 10:00: 9 h of 09-30, 24 h of 10-08
and 10 h of 10-09 = 43 working hours; a due time of 10-08 10:00 becomes 10-10 05:00 (14 h of 10-08, 24 h of 10-09,
5 h of the make-up Saturday). The time left at the pause is the time left at the resume.
"""

import datetime

from desktop.services import calendar
from desktop.services.errors import Text, msg

BUSINESS_START = datetime.time(8, 0)
CLOSE_SHARE = 0.25  # amber once less than a quarter of the allowed time remains

OK = "ok"
CLOSE = "close"
OVERDUE = "overdue"


def clock_start(received: datetime.datetime) -> datetime.datetime:
    """When the working-day clock starts for something received at `received`."""
    if calendar.is_working_day(received.date()):
        return received
    day = calendar.add_working_days(received.date(), 0)
    return datetime.datetime.combine(day, BUSINESS_START)


def due_at(received: datetime.datetime, working_days: int) -> datetime.datetime:
    start = clock_start(received)
    return datetime.datetime.combine(calendar.add_working_days(start.date(), working_days), start.time())


def _next_midnight(moment: datetime.datetime) -> datetime.datetime:
    return datetime.datetime.combine(moment.date() + datetime.timedelta(days=1), datetime.time())


def working_time(start: datetime.datetime, end: datetime.datetime) -> datetime.timedelta:
    """The hours of working days between two moments (none when `end` is not later)."""
    total = datetime.timedelta()
    moment = start
    while moment < end:
        stop = min(_next_midnight(moment), end)
        if calendar.is_working_day(moment.date()):
            total += stop - moment
        moment = stop
    return total


def working_days_elapsed(start: datetime.datetime, end: datetime.datetime) -> float:
    """Working time between two moments, in working days (24 hours of a working day = 1)."""
    return round(working_time(start, end).total_seconds() / 86_400, 2)


def shift(moment: datetime.datetime, working: datetime.timedelta) -> datetime.datetime:
    """`moment` moved later by `working` hours of working days, rest days skipped."""
    while working > datetime.timedelta():
        midnight = _next_midnight(moment)
        if calendar.is_working_day(moment.date()):
            step = min(midnight - moment, working)
            working -= step
            moment += step
        else:
            moment = midnight
    return moment


def due_after_pause(due: datetime.datetime, paused_at: datetime.datetime,
                    resumed_at: datetime.datetime) -> datetime.datetime:
    """The due time once a pause from `paused_at` to `resumed_at` is over."""
    return shift(due, working_time(paused_at, resumed_at))


def urgency(due: datetime.datetime, allowed: datetime.timedelta, now: datetime.datetime) -> str:
    """overdue past the due time; close when less than CLOSE_SHARE of the `allowed` span is left; else ok."""
    if now > due:
        return OVERDUE
    return CLOSE if due - now < allowed * CLOSE_SHARE else OK


def describe_left(due: datetime.datetime, now: datetime.datetime) -> Text:
    """'剩 1天3小时' or '超期 5小时20分' in clock time."""
    delta = due - now
    late = delta.total_seconds() < 0
    if late:
        return msg("超期 {span}", span=span_text(abs(delta)))
    return msg("剩 {span}", span=span_text(delta))


def span_text(span: datetime.timedelta) -> Text:
    """1天3小时, 5小时20分 or 20分."""
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return msg("{days}天{hours}小时", days=days, hours=hours)
    if hours:
        return msg("{hours}小时{minutes}分", hours=hours, minutes=mins)
    return msg("{minutes}分", minutes=mins)
