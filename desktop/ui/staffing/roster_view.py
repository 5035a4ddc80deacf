"""The month's roster, read only: shifts, leave and the cells an approved swap changed."""

import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.services import calendar
from desktop.services.staffing import people, roster
from desktop.services.staffing.roster_cells import RosterCell
from desktop.ui.service_text import joined, message, translated
from desktop.ui.staffing.common import MonthPicker, team_combo
from desktop.ui.widgets.roster_colors import KIND_COLORS

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
HOLIDAY_COLOR = QColor("#C0392B")


class RosterModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: roster.MonthGrid | None = None

    def load(self, grid: roster.MonthGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days)

    def cell(self, row: int, column: int) -> RosterCell:
        return self.grid.cell(self.grid.people[row].id, self.grid.days[column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return translated(cell.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated(cell.tooltip)
        if role == Qt.ItemDataRole.BackgroundRole:
            return KIND_COLORS.get(cell.kind)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day: datetime.date = self.grid.days[section]
            if role == Qt.ItemDataRole.DisplayRole:
                weekdays = self.tr("一二三四五六日")  # outside the f-string, where lupdate finds it
                return f"{day.day}\n{weekdays[day.weekday()]}"
            if role == Qt.ItemDataRole.ForegroundRole and calendar.is_holiday(day):
                return HOLIDAY_COLOR
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            person = self.grid.people[section]
            return f"{person.name}（{person.team.name}）"
        return None


class RosterPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.month = MonthPicker()
        self.team = team_combo(self.tr("全部班组"))
        row.addWidget(QLabel(self.tr("月份")))
        row.addWidget(self.month)
        row.addWidget(QLabel(self.tr("班组")))
        row.addWidget(self.team)
        row.addStretch()
        layout.addLayout(row)
        self.model = RosterModel(self)
        self.table = QTableView()
        self.table.setObjectName("roster")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setMinimumSectionSize(24)
        layout.addWidget(self.table)
        legend = joined(f"{s.name[:1]} = {message(people.shift_label(s))}" for s in people.shifts())
        note = QLabel(self.tr("班次：") + legend + self.tr(
            "。橙色 = 请假（“假”为请假且未排班，请假类型见提示），蓝色 = 经批准的换班（替班、还班，空格为换出），"
            "红色日期 = 节假日。"
            "只读，排班在「设置」中编辑。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.month.month_changed.connect(self.reload)
        self.team.currentIndexChanged.connect(self.reload)
        self.loaded = False  # the month is read when the page is first shown, not when the tab is built

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.loaded = True
        year, month = self.month.year_month()
        self.model.load(roster.month_grid(year, month, self.team.currentData()))
