"""Duty fairness (值班公平): per person of a team, over a month or a year, the night, weekend, public-holiday and
调休-day shifts of the roster, the swaps, covers and leave days, beside the team's average, so that the team leader
sees who carries more than their share."""

import datetime
from dataclasses import dataclass, fields

from desktop.models import Cover, Leave, RosterEntry, Shift, Staff, Swap, Team
from desktop.services import auth, calendar
from desktop.services.errors import Text, msg
from desktop.services.staffing import people

NIGHT = (datetime.time(0, 0), datetime.time(6, 0))  # a shift working any of these hours is a night shift
DUTY = ("nights", "weekends", "holidays", "makeup_days", "covers")  # what a person may carry more of
HEAVIER_BY = 0.5  # above the team's average by this much is more than one's share (one holiday shift where the
# others of three have none is; one more night than a team averaging 7.8 is not)
COLUMNS = {"shifts": "班次", "nights": "夜班", "weekends": "周末班", "holidays": "节假日班", "makeup_days": "调休日班",
           "swaps": "换班", "covers": "顶班", "leave_days": "请假天数"}


def is_night(shift: Shift) -> bool:
    """Whether the shift works any time between 00:00 and 06:00 (a shift ending at midnight does not)."""
    start = shift.start.hour * 60 + shift.start.minute
    end = shift.end.hour * 60 + shift.end.minute
    if end <= start:
        end += 24 * 60
    night_start, night_end = (t.hour * 60 + t.minute for t in NIGHT)
    return any(start < night_end + offset and night_start + offset < end for offset in (0, 24 * 60))


def day_kind(day: datetime.date) -> str | None:
    """holidays, makeup_days (a weekend day worked as 调休), weekends, or None for an ordinary working day."""
    if calendar.is_holiday(day):
        return "holidays"
    if day.weekday() >= 5:
        return "makeup_days" if calendar.is_working_day(day) else "weekends"
    return None


@dataclass
class Counts:
    shifts: float = 0
    nights: float = 0
    weekends: float = 0
    holidays: float = 0
    makeup_days: float = 0
    swaps: float = 0
    covers: float = 0
    leave_days: float = 0

    def value(self, key: str) -> float:
        return getattr(self, key)


@dataclass(frozen=True)
class Row:
    person: Text  # 张三（C001）
    counts: Counts
    heavier: frozenset[str]  # the duty columns where the person is above the team's average by HEAVIER_BY


@dataclass(frozen=True)
class TeamBlock:
    team: str
    rows: list[Row]
    average: Counts


@dataclass(frozen=True)
class Table:
    period: Text  # 2026年11月 / 2026年
    blocks: list[TeamBlock]


def period_bounds(year: int, month: int | None) -> tuple[datetime.date, datetime.date]:
    if month is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return calendar.month_bounds(year, month)


def _counts(persons: list[Staff], first: datetime.date, last: datetime.date) -> dict[int, Counts]:
    ids = [p.id for p in persons]
    result = {person_id: Counts() for person_id in ids}
    entries = (RosterEntry.select(RosterEntry.staff, RosterEntry.day, Shift).join(Shift)
               .where(RosterEntry.staff.in_(ids) & RosterEntry.day.between(first, last)))
    for entry in entries:
        counts = result[entry.staff_id]
        counts.shifts += 1
        counts.nights += is_night(entry.shift)
        if kind := day_kind(entry.day):
            setattr(counts, kind, counts.value(kind) + 1)
    swaps = Swap.select().where((Swap.status == "approved") & Swap.swap_day.between(first, last))
    for swap in swaps:
        for person_id in {swap.applicant_id, swap.substitute_id} & set(ids):
            result[person_id].swaps += 1
    covered = Cover.select(Cover.cover).where((Cover.status == "approved") & Cover.day.between(first, last)
                                              & Cover.cover.in_(ids))
    for cover in covered:
        result[cover.cover_id].covers += 1
    away = Leave.select().where(Leave.voided_at.is_null() & (Leave.status == "approved") & Leave.person.in_(ids)
                                & (Leave.start <= last) & (Leave.end >= first))
    for record in away:
        days = (min(record.end, last) - max(record.start, first)).days + 1
        result[record.person_id].leave_days += 0.5 if record.half else days
    return result


def _average(rows: list[Counts]) -> Counts:
    if not rows:
        return Counts()
    return Counts(**{f.name: round(sum(getattr(r, f.name) for r in rows) / len(rows), 1) for f in fields(Counts)})


def _heavier(counts: Counts, average: Counts) -> frozenset[str]:
    return frozenset(key for key in DUTY if counts.value(key) >= average.value(key) + HEAVIER_BY)


def table(actor: Staff, year: int, month: int | None = None, team_id: int | None = None) -> Table:
    """The fairness table of a month (or, `month` None, a year) for one team or every team, each with its average."""
    auth.require(actor, "duty.fairness")
    first, last = period_bounds(year, month)
    teams = Team.select().where(Team.active).order_by(Team.id)
    if team_id is not None:
        teams = teams.where(Team.id == team_id)
    blocks = []
    for team in teams:
        members = [p for p in people.shift_workers() if p.team_id == team.id]
        counts = _counts(members, first, last)
        average = _average(list(counts.values()))
        rows = [Row(msg("{name}（{code}）", name=p.name, code=p.code), counts[p.id], _heavier(counts[p.id], average))
                for p in members]
        blocks.append(TeamBlock(team.name, rows, average))
    return Table(msg("{year}年{month}月", year=year, month=month) if month else msg("{year}年", year=year), blocks)


def number_text(value: float) -> str:
    return f"{value:g}"


def _cell(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def sheet_rows(result: Table) -> list[list[object]]:
    """The table as the workbook's rows: team, person and each column, the team's average after its people."""
    rows: list[list[object]] = []
    for block in result.blocks:
        rows += [[block.team, str(row.person), *(_cell(row.counts.value(key)) for key in COLUMNS)]
                 for row in block.rows]
        rows.append([block.team, "班组平均", *(_cell(block.average.value(key)) for key in COLUMNS)])
    return rows


def headers() -> list[str]:
    return ["班组", "姓名", *COLUMNS.values()]

