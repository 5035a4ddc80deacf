"""The report window: pick a report and its period, read it on screen, preview and print its pages, save the PDF
and the workbook; the 报表 menu opens it for the supervisor only."""

import datetime
import errno
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.models import Staff
from desktop.ui.main_window import MainWindow
from desktop.ui.reports import window as report_window
from desktop.ui.reports.window import ReportWindow
from desktop.ui.widgets import file_dialogs, messages, report_parts
from desktop.ui.widgets.pdf_pages import PdfPages, paint
from tests import report_world
from tests.report_world import PEOPLE, SUMMARY, D
from tests.ui.saving import full_disk_for_workbooks, refusals


@pytest.fixture
def world(office_data: dict) -> dict:
    return report_world.build(office_data)


def _window(qtbot: QtBot, user: Staff, kind: str = "daily") -> ReportWindow:
    window = ReportWindow(user, kind=kind, today=D)
    qtbot.addWidget(window)
    return _counted(qtbot, window)


def _counted(qtbot: QtBot, window: ReportWindow) -> ReportWindow:
    """The figures are counted on a worker thread: wait for them as a person waits for the window to fill."""
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    return window


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_daily_report_on_screen_shows_the_hand_counted_figures(qtbot: QtBot, world: dict, supervisor) -> None:
    window = _window(qtbot, supervisor)
    assert window.period_label.text() == "2026年9月15日（星期二）"
    shown = [window.findChild(QLabel, f"summary_{i}").text() for i in range(len(SUMMARY))]
    assert shown == [value for _, value in SUMMARY]
    people = window.table_widgets()[0]
    assert _cells(people) == [[str(v) for v in row] for row in PEOPLE]
    assert window.findChild(QLabel, "chart_0").pixmap().width() > 300  # the ReportLab chart, rasterised


def test_picking_the_weekly_and_monthly_reports_and_their_periods(qtbot: QtBot, world: dict, supervisor,
                                                                 tmp_path: Path) -> None:
    window = _window(qtbot, supervisor)
    window.kind.setFocus()
    qtbot.keyClick(window.kind, Qt.Key.Key_Down)
    assert window.period.kind == "weekly"
    _counted(qtbot, window)
    assert window.period_label.text() == "2026年第37周（2026年9月7日至9月13日）"  # on a Tuesday: last week
    assert window.pages.tabText(1) == "每日汇总"
    window.date.setDate(QDate(2027, 1, 1))
    assert window.period.first == datetime.date(2026, 12, 28)
    qtbot.keyClick(window.kind, Qt.Key.Key_Down)
    _counted(qtbot, window)
    assert window.period_label.text() == "2026年8月"  # last month by default
    assert window.findChild(QLabel, "report_empty") is not None
    window.date.setDate(QDate(2026, 9, 1))
    _counted(qtbot, window)
    assert window.period_label.text() == "2026年9月"
    assert window.findChild(QLabel, "report_empty") is None
    pdf = window.save_pdf(tmp_path / "monthly.pdf")
    assert "客服部月报" in PdfReader(pdf).pages[0].extract_text()
    book = load_workbook(window.save_excel(tmp_path / "monthly.xlsx"))
    assert book.sheetnames[0] == "概要" and book.sheetnames[1].startswith("业务积分")


def test_the_window_opens_before_its_figures_are_counted(qtbot: QtBot, world: dict, supervisor,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    counting = threading.Event()
    real_build = report_window.catalog.build

    def slow_build(*args: object) -> object:
        counting.wait(5)
        return real_build(*args)

    monkeypatch.setattr(report_window.catalog, "build", slow_build)
    window = ReportWindow(supervisor, kind="monthly", today=D)
    qtbot.addWidget(window)
    window.show()
    assert window.loading and "正在统计 2026年8月" in window.period_label.text()
    assert not window.findChild(report_window.QPushButton, "save_pdf").isEnabled()
    window.choose("weekly")  # asked for another meanwhile: the month's figures, when they come, are not shown
    counting.set()
    _counted(qtbot, window)
    assert window.period.kind == "weekly" and window.period_label.text().startswith("2026年第37周")
    assert window.findChild(report_window.QPushButton, "save_pdf").isEnabled()


def test_each_table_has_a_tab_of_its_own_name(qtbot: QtBot, world: dict, supervisor) -> None:
    window = _window(qtbot, supervisor, "weekly")
    names = [window.pages.tabText(index) for index in range(window.pages.count())]
    assert len(names) == len(set(names)), names
    assert "未结投诉账龄" in names  # its moment (截至 …) stays in the table's own title


@pytest.mark.parametrize("title, tab", [
    ("回访满意度（按经办人，本周联系上的回访）", "回访满意度（按经办人）"),
    ("回访满意度（按责任部门，本周联系上的回访）", "回访满意度（按责任部门）"),
    ("未结投诉账龄（截至 2026年11月30日 00:00）", "未结投诉账龄"),
    ("Call-back satisfaction (by department, call-backs reached this week)", "Call-back satisfaction (by department)"),
    ("Open complaints by age (as at 30 Nov 2026 00:00)", "Open complaints by age"),
    ("换班批准", "换班批准"),
])
def test_a_tab_names_its_table_by_what_it_counts_without_its_period(title: str, tab: str) -> None:
    assert report_parts.tab_name(title) == tab


def _failing_build(monkeypatch: pytest.MonkeyPatch, counting: threading.Event) -> None:
    def build(*_args: object) -> object:
        counting.wait(5)
        raise OSError("磁盘已满")

    monkeypatch.setattr(report_window.catalog, "build", build)


def test_a_count_that_fails_says_so_in_the_open_window(qtbot: QtBot, world: dict, supervisor,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    counting, shown = threading.Event(), []
    _failing_build(monkeypatch, counting)
    monkeypatch.setattr(messages, "refused", lambda parent, error: shown.append(error.args[0]))
    window = ReportWindow(supervisor, kind="monthly", today=D)
    qtbot.addWidget(window)
    window.show()
    counting.set()
    _counted(qtbot, window)
    assert len(shown) == 1 and "磁盘已满" in str(shown[0])


def test_a_count_that_fails_after_the_window_closed_shows_nothing(qtbot: QtBot, world: dict, supervisor,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    counting, shown = threading.Event(), []
    _failing_build(monkeypatch, counting)
    monkeypatch.setattr(messages, "refused", lambda parent, error: shown.append(error))
    window = ReportWindow(supervisor, kind="monthly", today=D)
    qtbot.addWidget(window)
    window.show()
    window.close()
    counting.set()
    _counted(qtbot, window)
    assert shown == []


def test_print_preview_and_printing_use_the_pdf_pages(qtbot: QtBot, world: dict, supervisor,
                                                     tmp_path: Path) -> None:
    window = _window(qtbot, supervisor, "weekly")
    pages = PdfPages(window.pdf_bytes())
    assert pages.landscape()
    dialog = window.preview_dialog()
    qtbot.addWidget(dialog)
    assert len(dialog.view.sheets) == len(pages) >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint(printer, pages)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(pages)


def test_each_report_can_be_saved(qtbot: QtBot, world: dict, supervisor, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, supervisor)
    told: list[str] = []
    monkeypatch.setattr(messages, "info", lambda parent, title, text: told.append(text))
    for kind in ("daily", "weekly", "monthly"):
        window.choose(kind, D)
        _counted(qtbot, window)
        for suffix, button in (("pdf", "save_pdf"), ("xlsx", "save_excel")):
            target = tmp_path / f"{kind}.{suffix}"
            monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                                lambda *args, target=target: (str(target), ""))
            qtbot.mouseClick(window.findChild(report_window.QPushButton, button), Qt.MouseButton.LeftButton)
            assert target.exists() and target.stat().st_size > 0
    assert len(told) == 6


def test_a_report_saved_to_a_full_stick_is_refused_in_words_and_the_old_file_kept(
        qtbot: QtBot, world: dict, supervisor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _counted(qtbot, _window(qtbot, supervisor))
    target = tmp_path / "daily.xlsx"
    refused = refusals(monkeypatch, target)
    full_disk_for_workbooks(monkeypatch)
    qtbot.mouseClick(window.findChild(report_window.QPushButton, "save_excel"), Qt.MouseButton.LeftButton)
    assert len(refused) == 1 and "daily.xlsx" in refused[0] and "空间不足" in refused[0]
    assert not target.exists()

    pdf = tmp_path / "daily.pdf"
    pdf.write_bytes(b"yesterday's report")
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(pdf), ""))
    real_write = Path.write_bytes

    def half(self: Path, data: bytes) -> int:
        real_write(self, data[:100])
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(Path, "write_bytes", half)
    qtbot.mouseClick(window.findChild(report_window.QPushButton, "save_pdf"), Qt.MouseButton.LeftButton)
    monkeypatch.undo()
    assert len(refused) == 2 and "daily.pdf" in refused[1] and "空间不足" in refused[1]
    assert pdf.read_bytes() == b"yesterday's report"
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".part")]


def test_the_reports_menu_opens_the_window_for_the_supervisor_only(qtbot: QtBot, world: dict, office_data: dict,
                                                                  db_target: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    refused: list[str] = []
    monkeypatch.setattr(messages, "refused", lambda parent, error: refused.append(error.message))
    window = MainWindow(office_data["supervisor"], db_target)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.reports_menu.actions()]
    assert titles == ["日报", "周报", "月报"]
    window.reports_menu.actions()[1].trigger()
    assert window.report_window.period.kind == "weekly" and window.report_window.isVisible()
    _counted(qtbot, window.report_window)
    window.reports_menu.actions()[2].trigger()
    assert window.report_window.period.kind == "monthly"
    _counted(qtbot, window.report_window)
    clerk_window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(clerk_window)
    assert not clerk_window.reports_menu.actions()[0].isEnabled()
    clerk_window.open_report("daily")
    assert clerk_window.report_window is None and "查看报表" in refused[0]
