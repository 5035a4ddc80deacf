"""A report's headline figures and tables on screen, drawn from its plain-data layout."""

import dataclasses
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop.services.errors import Text
from desktop.services.reporting.layout import Chart, Figure, ReportLayout, ReportTable
from desktop.services.reporting.periods import Period
from desktop.ui.service_text import separator, speaks_chinese, translated


def _word(value: Any) -> Any:
    """A report's word (a title, a label, a status) or a figure's unit in the interface's language."""
    if isinstance(value, str | Text):
        return translated(value)
    if isinstance(value, Figure) and value.unit:
        return dataclasses.replace(value, unit=translated(value.unit))
    return value


def _chart(chart: Chart) -> Chart:
    return dataclasses.replace(chart, title=translated(chart.title), labels=[translated(t) for t in chart.labels],
                               series=[(translated(name), values) for name, values in chart.series],
                               target_label=translated(chart.target_label))


def _table(table: ReportTable) -> ReportTable:
    return dataclasses.replace(table, title=translated(table.title), headers=[translated(h) for h in table.headers],
                               rows=[[_word(v) for v in row] for row in table.rows], note=translated(table.note))


def period_words(period: Period, chinese: "str | Text") -> str:
    """The period as the interface says it: the service's Chinese words, or in English 'Week 46, 2026 (…)'."""
    if speaks_chinese():
        return str(chinese)
    locale = QLocale()
    first = QDate(period.first.year, period.first.month, period.first.day)
    last = QDate(period.last.year, period.last.month, period.last.day)
    if period.kind == "daily":
        return locale.toString(first, "dddd d MMMM yyyy")
    if period.kind == "weekly":
        year, week, _ = period.first.isocalendar()
        return (QCoreApplication.translate("report_parts", "Week %1, %2 (%3 – %4)").replace("%1", str(week))
                .replace("%2", str(year)).replace("%3", locale.toString(first, "d MMM yyyy"))
                .replace("%4", locale.toString(last, "d MMM yyyy")))
    return locale.toString(first, "MMMM yyyy")


def shown_layout(layout: ReportLayout, period: "str | Text") -> ReportLayout:
    """The layout as the screen shows it: its words translated (the PDF and the workbook stay the office's Chinese),
    the period in `period`."""
    return dataclasses.replace(
        layout, title=translated(layout.title), period=translated(period),
        summary=[(translated(label), _word(value)) for label, value in layout.summary],
        charts=[_chart(c) for c in layout.charts], tables=[_table(t) for t in layout.tables],
        empty_text=translated(layout.empty_text), notes=[translated(n) for n in layout.notes])


def tab_name(title: str) -> str:
    """A table's name for its tab: without its period, but with what it is counted by — 回访满意度（按经办人） and
    回访满意度（按责任部门） are two tabs."""
    found = re.match(r"(.*?)(（| \()(.*)", title)
    if found is None:
        return title
    name, opening, inside = found.groups()
    first = re.split(r"，|, ", inside.rstrip("）)"))[0]
    if first.startswith(("按", "by ")):
        return f"{name}{opening}{first}{'）' if opening == '（' else ')'}"
    return name


def table_widget(table: ReportTable) -> QTableWidget:
    widget = QTableWidget(len(table.rows), len(table.headers))
    widget.setHorizontalHeaderLabels(table.headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().hide()
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int | float | Figure):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    if table.total and table.rows:
        for c in range(len(table.headers)):
            font = widget.item(len(table.rows) - 1, c).font()
            font.setBold(True)
            widget.item(len(table.rows) - 1, c).setFont(font)
    widget.resizeColumnsToContents()
    return widget


def summary_grid(summary: list[tuple[str, str | Figure]], columns: int = 3) -> QGridLayout:
    """The figures as label: value pairs, `columns` pairs a row; each value label is named summary_<index>."""
    grid = QGridLayout()
    for index, (label, value) in enumerate(summary):
        row, col = divmod(index, columns)
        name = QLabel(label + separator("：").rstrip())
        name.setAlignment(Qt.AlignmentFlag.AlignRight)
        figure = QLabel(str(value))
        figure.setObjectName(f"summary_{index}")
        grid.addWidget(name, row, 2 * col)
        grid.addWidget(figure, row, 2 * col + 1)
    return grid


def add_table(column: QVBoxLayout, table: ReportTable) -> QTableWidget:
    """The table, taking the room there is, with its note under it."""
    widget = table_widget(table)
    column.addWidget(widget, 1)
    if table.note:
        note = QLabel(table.note)
        note.setWordWrap(True)
        column.addWidget(note)
    return widget


def add_notes(column: QVBoxLayout, notes: list[str]) -> None:
    """How the figures are counted, in grey."""
    for text in notes:
        note = QLabel(text)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        column.addWidget(note)
