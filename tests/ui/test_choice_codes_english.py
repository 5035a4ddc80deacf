"""Stored choices are codes: in English the complaint list, the complaint's detail and the leave list show the
English labels of the office's words, and the category filter finds the complaints by their code."""

import datetime
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.staffing import leave
from desktop.ui import i18n
from desktop.ui.complaints.tab import ComplaintsTab
from desktop.ui.staffing.tab import SwapsTab
from tests import complaint_world
from tests.leave_world import draft


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def _rows(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


@pytest.mark.usefixtures("english")
def test_the_complaint_list_and_detail_show_english_labels(qtbot: QtBot, office_data: dict) -> None:
    complaint_world.take_to("received", office_data, "major", category="service", channel="walk_in")
    complaint_world.take_to("received", office_data, "ordinary")
    tab = ComplaintsTab(office_data["supervisor"])
    qtbot.addWidget(tab)
    rows = _rows(tab.model)
    assert [row[3:5] for row in rows] == [["Product quality", "Ordinary"], ["Service attitude", "Major"]]
    tab.category_box.setCurrentIndex(tab.category_box.findText("Service attitude"))
    assert tab.category_box.currentData() == "service"
    assert [row[3:5] for row in _rows(tab.model)] == [["Service attitude", "Major"]]
    shown = tab.detail.values["channel"].text(), tab.detail.values["severity"].text()
    assert shown[0] == "Walk-in" and shown[1].startswith("Major")


@pytest.mark.usefixtures("english")
def test_the_leave_list_shows_english_kinds(qtbot: QtBot, office_data: dict) -> None:
    clerk = office_data["clerk1"]
    leave.apply(clerk, draft(clerk, datetime.date(2026, 11, 25), kind="annual"))
    leave.apply(office_data["leader1"], draft(office_data["clerk2"], datetime.date(2026, 11, 26), kind="sick"))
    tab = SwapsTab(office_data["supervisor"])
    qtbot.addWidget(tab)
    tab.open_record(leave.today_key(leave.get(1)))
    kinds = sorted(row[4] for row in _rows(tab.leave.model))
    assert kinds == ["Annual leave", "Sick leave"]
