"""考核标准 一 1: nobody works more than 8 hours without a break of at least the office's minimum rest. Shifts whose
gap is shorter than the minimum rest count as one stretch of work; the roster editor, swaps and covers check it.

A single shift is as the office defined it in 班次 (a 12-hour 白班 has its meal breaks inside it): the rule is about
work running on from one shift into the next."""

import datetime

from desktop.models import RosterEntry, Shift, Staff
from desktop.services import settings
from desktop.services.errors import Text, lines, msg
from desktop.services.staffing import people
from desktop.services.staffing.rule_failures import day_text

MAX_WORK = datetime.timedelta(hours=8)
REACH = 2  # days either side of a changed day whose shifts can join its stretch
ONE_DAY = datetime.timedelta(days=1)

Schedule = dict[datetime.date, Shift]


def min_rest() -> datetime.timedelta:
    return datetime.timedelta(hours=float(settings.get("min_rest_hours") or 8))


def schedule_around(person: Staff | int, days: list[datetime.date],
                    change: dict[datetime.date, Shift | None] | None = None) -> Schedule:
    """The person's roster from REACH days before the first of `days` to REACH after the last, with `change`."""
    low, high = min(days) - REACH * ONE_DAY, max(days) + REACH * ONE_DAY
    rows = (RosterEntry.select(RosterEntry, Shift).join(Shift)
            .where((RosterEntry.staff == person) & RosterEntry.day.between(low, high)))
    schedule = {row.day: row.shift for row in rows}
    for day, shift in (change or {}).items():
        if shift is None:
            schedule.pop(day, None)
        else:
            schedule[day] = shift
    return schedule


def stretches(schedule: Schedule, rest: datetime.timedelta) -> list[list[datetime.date]]:
    """The days of each run of shifts with less than `rest` between one and the next, in order."""
    runs: list[list[datetime.date]] = []
    run_end = datetime.datetime.min
    for day in sorted(schedule, key=lambda d: people.shift_span(schedule[d], d)[0]):
        start, end = people.shift_span(schedule[day], day)
        if runs and start - run_end < rest:
            runs[-1].append(day)
            run_end = max(run_end, end)
        else:
            runs.append([day])
            run_end = end
    return runs


def worked(schedule: Schedule, days: list[datetime.date]) -> datetime.timedelta:
    total = datetime.timedelta()
    for day in days:
        start, end = people.shift_span(schedule[day], day)
        total += end - start
    return total


def problem(person: Staff, schedule: Schedule, days: list[datetime.date]) -> Text | None:
    """What breaks the rule in a stretch touching one of `days`, naming the person and the days, or None."""
    rest = min_rest()
    messages = []
    for run in stretches(schedule, rest):
        hours = worked(schedule, run)
        if len(run) > 1 and hours > MAX_WORK and any(day in run for day in days):
            shifts = lines([msg("{day}{shift}", day=day_text(day), shift=schedule[day].name) for day in run], "、")
            messages.append(msg("{name} {shifts} 连续工作 {hours} 小时，中间没有至少 {rest} 小时的休息"
                                "（每人连续工作不得超过 8 小时）。",
                                name=person.name, shifts=shifts, hours=f"{hours.total_seconds() / 3600:g}",
                                rest=f"{rest.total_seconds() / 3600:g}"))
    return lines(messages, "") if messages else None
