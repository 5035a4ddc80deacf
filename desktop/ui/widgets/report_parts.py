"""A report's headline figures and tables on screen, drawn from its plain-data layout."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop.services.reporting.layout import Figure, ReportTable


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
        name = QLabel(label + "：")
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
