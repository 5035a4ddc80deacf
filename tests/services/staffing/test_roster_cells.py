"""What a roster cell shows: a shift's letter, 假 for leave without a shift, a swap's mark; leave outranks a swap."""

import datetime

from desktop.models import Shift
from desktop.services.staffing import roster
from desktop.services.staffing.roster_cells import CellKind, RosterCell, describe
from tests import leave_world

EARLY = Shift(name="早班", start=datetime.time(8), end=datetime.time(16))
DAY = datetime.date(2026, 11, 20)


def test_a_shift_shows_its_first_character_and_its_hours() -> None:
    assert describe(EARLY, None, None) == RosterCell("早", CellKind.SHIFT, "早班 08:00–16:00")


def test_an_empty_cell_is_rest() -> None:
    assert describe(None, None, None) == RosterCell("", CellKind.EMPTY, "休息")


def test_leave_without_a_shift_is_marked_but_its_kind_only_in_the_tooltip() -> None:
    assert describe(None, "sick", None) == RosterCell("假", CellKind.LEAVE, "请假：病假")


def test_a_shift_on_a_leave_day_keeps_its_letter_and_is_leave() -> None:
    assert describe(EARLY, "annual", None) == RosterCell("早", CellKind.LEAVE, "早班 08:00–16:00\n请假：年假")


def test_a_swap_marks_the_cell_and_leave_outranks_it() -> None:
    assert describe(EARLY, None, "替班（第 3 号）") == RosterCell("早", CellKind.SWAPPED,
                                                            "早班 08:00–16:00\n替班（第 3 号）")
    assert describe(None, None, "换出（第 3 号）") == RosterCell("", CellKind.SWAPPED, "换出（第 3 号）")
    assert describe(None, "personal", "换出（第 3 号）").kind == CellKind.LEAVE


def test_the_month_grid_describes_saved_cells_and_unsaved_edits(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    roster.set_cells(office_data["supervisor"], {(clerk.id, DAY): office_data["shifts"]["早班"].id})
    leave_world.approved(office_data, clerk, DAY)
    grid = roster.month_grid(2026, 11)
    assert grid.cell(clerk.id, DAY) == RosterCell("早", CellKind.LEAVE, "早班 08:00–16:00\n请假：病假")
    assert grid.cell_with(clerk.id, DAY, None) == RosterCell("假", CellKind.LEAVE, "请假：病假")
    assert grid.cell(clerk.id, DAY + datetime.timedelta(days=1)).kind == CellKind.EMPTY
