"""The roster (排班表): which person works which shift on which date, read and edited a month at a time."""

import datetime
import functools
from dataclasses import dataclass, field

from desktop import engine
from desktop.models import RosterEntry, Shift, Staff, Team, db
from desktop.services import audit, auth, calendar
from desktop.services.errors import RuleError, Text, lines
from desktop.services.staffing import leave, people, roster_cells, working_time
from desktop.services.staffing.roster_cells import Cell, RosterCell


@dataclass
class MonthGrid:
    year: int
    month: int
    days: list[datetime.date]
    people: list[Staff]
    cells: dict[Cell, Shift] = field(default_factory=dict)
    leave: dict[Cell, str] = field(default_factory=dict)  # -> leave kind
    swapped: dict[Cell, str] = field(default_factory=dict)  # -> 替班 / 还班 / 换出 and the swap's number
    rest_days: set[datetime.date] = field(default_factory=set)  # holidays and weekends that are not 调休
    shifts: list[Shift] = field(default_factory=list)  # the shifts a cell may hold, for the legend

    def cell(self, person_id: int, day: datetime.date) -> RosterCell:
        """What the saved roster shows for the person on the day."""
        return self.cell_with(person_id, day, self.cells.get((person_id, day)))

    def cell_with(self, person_id: int, day: datetime.date, shift: Shift | None) -> RosterCell:
        """What the cell shows with `shift` in it: the editor's unsaved edit keeps the day's leave and swap mark."""
        key = (person_id, day)
        return roster_cells.describe(shift, self.leave.get(key), self.swapped.get(key))


def month_days(year: int, month: int) -> list[datetime.date]:
    first, last = calendar.month_bounds(year, month)
    return [first + datetime.timedelta(days=n) for n in range(last.day)]


def month_grid(year: int, month: int, team_id: int | None = None) -> MonthGrid:
    days = month_days(year, month)
    members = Staff.select(Staff, Team).join(Team).where(Staff.active)  # people without a team work no shifts
    if team_id is not None:
        members = members.where(Staff.team == team_id)
    entries = (  # a month of a large office is thousands of entries: read as the engine gives them (peewee's
        # conversion of each row was most of the read), each of the month's days converted once
        RosterEntry.select(RosterEntry.staff, RosterEntry.day, RosterEntry.shift)
        .where(RosterEntry.day.between(days[0], days[-1]) & RosterEntry.shift.is_null(False))
    )
    grid = MonthGrid(year, month, days, list(members.order_by(Team.id, Staff.code)),
                     leave=leave.cells(days[0], days[-1]), swapped=roster_cells.swap_marks(days[0], days[-1]),
                     rest_days={day for day in days if not calendar.is_working_day(day)}, shifts=people.shifts())
    shifts = {shift.id: shift for shift in Shift.select()}
    day_of = functools.cache(engine.as_date)
    for staff_id, day, shift_id in db.execute(entries):
        grid.cells[(staff_id, day_of(day))] = shifts[shift_id]
    return grid


def shift_on(person: Staff | int, day: datetime.date) -> Shift | None:
    entry = (
        RosterEntry.select(RosterEntry, Shift).join(Shift)
        .where((RosterEntry.staff == person) & (RosterEntry.day == day))
        .first()
    )
    return entry.shift if entry else None


def on_duty(day: datetime.date) -> list[tuple[Staff, Shift]]:
    """Everyone rostered on `day`, earliest shift first."""
    entries = (
        RosterEntry.select(RosterEntry, Staff, Shift).join(Staff).switch(RosterEntry).join(Shift)
        .where((RosterEntry.day == day) & Staff.active)
        .order_by(Shift.start, Staff.code)
    )
    return [(entry.staff, entry.shift) for entry in entries]


def assign(actor: Staff | None, person: Staff | int, day: datetime.date, shift: Shift | int | None,
           reason: str | None = None, check: bool = True) -> None:
    """Put `person` on `shift` on `day` (None clears the cell); audited. `check=False` is for services that
    have already checked their own permission (an approved swap)."""
    if check:
        auth.require(actor, "roster.edit")
    with db.atomic():
        entry = RosterEntry.get_or_none((RosterEntry.staff == person) & (RosterEntry.day == day))
        if entry is None:
            if shift is not None:
                audit.create(actor, RosterEntry(staff=person, day=day, shift=shift))
        else:
            audit.update(actor, entry, reason=reason, shift=shift)


def set_cells(actor: Staff, changes: dict[tuple[int, datetime.date], int | None]) -> int:
    """Apply a batch of grid edits in one transaction; returns how many cells changed."""
    auth.require(actor, "roster.edit")
    if not changes:
        return 0
    known = {s.id for s in Shift.select(Shift.id)}
    for (_, day), shift_id in changes.items():
        if shift_id is not None and shift_id not in known:
            raise RuleError("{day:%m月%d日} 的班次不存在。", day=day)
    if problems := working_time_problems(changes):
        raise RuleError(lines(problems))
    with db.atomic():
        for (staff_id, day), shift_id in changes.items():
            assign(actor, staff_id, day, shift_id)
    return len(changes)


def working_time_problems(changes: dict[tuple[int, datetime.date], int | None]) -> list[Text]:
    """考核标准 一 1 on the roster as it would be after the edits, for each person whose days change."""
    shifts = {s.id: s for s in Shift.select()}
    by_person: dict[int, dict[datetime.date, Shift | None]] = {}
    for (staff_id, day), shift_id in changes.items():
        by_person.setdefault(staff_id, {})[day] = shifts.get(shift_id)
    problems = []
    for staff_id, change in by_person.items():
        schedule = working_time.schedule_around(staff_id, list(change), change)
        if problem := working_time.problem(Staff.get_by_id(staff_id), schedule, list(change)):
            problems.append(problem)
    return problems
