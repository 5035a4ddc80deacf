"""The 设置 roster editor and the 换班 tab's roster show every person's day alike: shift, leave or swap mark."""

import datetime

import pytest
from PySide6.QtCore import QAbstractTableModel, Qt
from pytestqt.qtbot import QtBot

from desktop.models import Staff
from desktop.services.staffing import swaps
from desktop.services.staffing.roster_cells import CellKind
from desktop.ui.admin import roster_grid
from desktop.ui.admin.roster_page import RosterPage as EditorPage
from desktop.ui.staffing.roster_view import RosterPage as SwapTabPage
from desktop.ui.widgets.roster_colors import KIND_COLORS
from tests import leave_world, swap_world

DAY = datetime.date(2026, 11, 20)
SWAP_DAY, RETURN_DAY = datetime.date(2026, 11, 25), datetime.date(2026, 12, 2)


@pytest.fixture
def november(office_data: dict) -> dict:
    """张三 has 早班 and 病假 on DAY, 李四 病假 without a shift, 王五 中班; 张三 and 王五 swap on SWAP_DAY."""
    swap_world.put(office_data["clerk1"], DAY, office_data["shifts"]["早班"])
    swap_world.put(office_data["clerk3"], DAY, office_data["shifts"]["中班"])
    for person in ("clerk1", "clerk2"):
        leave_world.approved(office_data, office_data[person], DAY)
    swap = swaps.submit(office_data["clerk1"], swap_world.build(office_data, SWAP_DAY, RETURN_DAY))
    for team_leader in ("leader1", "leader2"):
        swaps.decide(office_data[team_leader], swap, True)
    return office_data


def _data(model: QAbstractTableModel, people: list[Staff], person: Staff, day: datetime.date,
          role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
    return model.index([p.id for p in people].index(person.id), day.day - 1).data(role)


def _pages(qtbot: QtBot, supervisor: Staff) -> tuple[EditorPage, SwapTabPage]:
    editor, swap_tab = EditorPage(supervisor), SwapTabPage()
    qtbot.addWidget(editor)
    qtbot.addWidget(swap_tab)
    editor.refresh()  # what 设置 does when it shows the page
    swap_tab.show()  # the 换班 tab's page reads its month when it is shown
    return editor, swap_tab


def test_every_cell_reads_the_same_in_both_views(qtbot: QtBot, november: dict) -> None:
    editor, swap_tab = _pages(qtbot, november["supervisor"])
    grid = editor.model.grid
    for person in grid.people:
        for day in grid.days:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole):
                seen = [_data(model, grid.people, person, day, role) for model in (editor.model, swap_tab.model)]
                if role == Qt.ItemDataRole.BackgroundRole and seen[0] == roster_grid.REST:
                    continue  # only the editor tints weekends and holidays
                assert seen[0] == seen[1], (person.name, day, role)


def test_a_shift_on_a_leave_day_keeps_its_letter_on_the_leave_colour(qtbot: QtBot, november: dict) -> None:
    editor, swap_tab = _pages(qtbot, november["supervisor"])
    people = editor.model.grid.people
    for model in (editor.model, swap_tab.model):
        assert _data(model, people, november["clerk1"], DAY) == "早"
        assert _data(model, people, november["clerk2"], DAY) == "假"
        assert _data(model, people, november["clerk3"], DAY) == "中"
        tooltip = _data(model, people, november["clerk1"], DAY, Qt.ItemDataRole.ToolTipRole)
        assert tooltip.endswith("早班 08:00–16:00\n请假：病假")
        background = _data(model, people, november["clerk1"], DAY, Qt.ItemDataRole.BackgroundRole)
        assert background == KIND_COLORS[CellKind.LEAVE]
