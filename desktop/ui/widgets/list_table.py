"""The read-only, row-selecting table every list in the program is shown in."""

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

ROW_HEIGHT = 24
WIDTH_SAMPLE_ROWS = 50  # a column sized to its contents looks at this many rows, not at every loaded one


def list_table(name: str, model: QAbstractItemModel, table: QTableView | None = None) -> QTableView:
    """`table`: a view of a subclass to set up (by default a plain QTableView)."""
    table = table if table is not None else QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setStretchLastSection(True)
    # Qt's default (1 000 rows) asks Python for every cell of a 200-row page: 60-70 % of opening 设置 or 投诉处理
    table.horizontalHeader().setResizeContentsPrecision(WIDTH_SAMPLE_ROWS)
    return table


def fixed_widths(table: QTableView, widths: Sequence[int]) -> None:
    """Columns of set widths (each at least its title's, which in English is longer), instead of sizing them to
    their contents: that asks Python for every cell of the sample rows before the list can paint."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
