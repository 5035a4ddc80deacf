"""The 投诉统计 dialog shows, prints and exports the same layouts as the service builds."""

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.services.complaints import workflow as c
from desktop.services.files import excel
from desktop.services.reporting import complaint_statistics, periods
from desktop.services.reporting.layout import Figure
from desktop.ui.complaints.statistics import StatisticsDialog
from desktop.ui.widgets import file_dialogs
from tests.complaint_world import take_to


@pytest.fixture
def dialog(qtbot: QtBot, office_data: dict) -> StatisticsDialog:
    complaint = take_to(c.REPLIED, office_data)
    c.record_callback(office_data["clerk3"], complaint, True, "满意", True, now=dt.datetime(2026, 9, 16, 10))
    shown = StatisticsDialog()
    qtbot.addWidget(shown)
    return shown


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _stored(value: object) -> object:
    """What a workbook cell reads back: a figure's number, None for an empty text."""
    return value.value if isinstance(value, Figure) else None if value == "" else value


def _as_text(rows: list[list[object]]) -> list[list[str]]:
    return [["" if value is None else str(value) for value in row] for row in rows]


def test_it_opens_on_last_month_and_last_week(dialog: StatisticsDialog) -> None:
    assert dialog.month.period == periods.month(2026, 10)  # the frozen today is 2026-11-18
    assert dialog.week.period == periods.week(dt.date(2026, 11, 9))
    assert dialog.week.date.date() == QDate(2026, 11, 9)


def test_the_screen_draws_the_layout(dialog: StatisticsDialog) -> None:
    dialog.month.date.setDate(QDate(2026, 9, 1))
    layout = complaint_statistics.build(periods.month(2026, 9))
    tables = dialog.month.tables()
    assert [_cells(table) for table in tables] == [_as_text(t.rows) for t in layout.tables]
    assert _cells(tables[1])[0][0] == "李四"
    shown = [dialog.month.findChild(QLabel, f"summary_{i}").text() for i in range(len(layout.summary))]
    assert shown == [str(value) for _, value in layout.summary]
    dialog.week.date.setDate(QDate(2026, 9, 17))
    week = complaint_statistics.build(periods.week(dt.date(2026, 9, 14)))
    assert [_cells(table) for table in dialog.week.tables()] == [_as_text(t.rows) for t in week.tables]


def test_print_and_export_use_the_layout(dialog: StatisticsDialog, previews: list, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.month.date.setDate(QDate(2026, 9, 1))
    layout = complaint_statistics.build(periods.month(2026, 9))
    dialog.month.buttons["print"].click()
    [(title, file_name, pdf)] = previews
    assert (title, file_name) == ("客诉案件统计表", "客诉案件统计表_202609.pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("客诉案件统计表", "2026年9月结案案件", "产品质量", "100.0%", "2026年10月10日", "质量管理部"):
        assert expected in text, expected
    offered: list[str] = []

    def save_as(parent, title, suggested, kinds):
        offered.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).stem), ""

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", save_as)
    dialog.month.buttons["export"].click()
    book = load_workbook(tmp_path / "客诉案件统计表_202609.xlsx")
    assert book.sheetnames == ["概要", "客诉案件统计表", "回访满意度与另立新单（按经办人，本月结案）",
                               "回访满意度与另立新单（按责任部门，本月结案）"]
    rows = [list(row) for row in book["客诉案件统计表"].iter_rows(min_row=excel.FIRST_ROW, values_only=True)]
    assert rows == [[_stored(cell) for cell in row] for row in layout.tables[0].rows]
    dialog.week.date.setDate(QDate(2026, 9, 14))
    dialog.week.buttons["export"].click()
    assert offered == ["客诉案件统计表_202609.xlsx", "回访满意度分析_2026W38.xlsx"]
    assert load_workbook(tmp_path / "回访满意度分析_2026W38.xlsx").sheetnames == [
        "概要", "回访满意度分析", "回访满意度（按经办人，本周联系上的回访）",
        "回访满意度（按责任部门，本周联系上的回访）"]
    assert "print" not in dialog.week.buttons
