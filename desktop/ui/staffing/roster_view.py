"""The month's roster, read only: shifts, leave and the cells an approved swap changed."""

import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.services import calendar
from desktop.services.staffing import people, swaps
from desktop.ui.staffing.common import MonthPicker, team_combo

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
LEAVE_COLOR = QColor("#FAD7A0")
SWAP_COLOR = QColor("#AED6F1")
HOLIDAY_COLOR = QColor("#C0392B")


class RosterModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: swaps.RosterView | None = None

    def load(self, view: swaps.RosterView) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.view.grid.people)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.view.grid.days)

    def cell(self, row: int, column: int) -> tuple[str, str]:
        """(text, tooltip) of one person's day: the leave kind, or the shift's first character."""
        person, day = self.view.grid.people[row], self.view.grid.days[column]
        key = (person.id, day)
        shift = self.view.grid.shift_of(person, day)
        if key in self.view.leave:
            return self.view.leave[key][:1], self.view.leave[key]
        if shift is None:
            return "", self.view.swapped.get(key, "")
        tip = people.shift_label(shift)
        if key in self.view.swapped:
            tip += f"\n{self.view.swapped[key]}"
        return shift.name[:1], tip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        key = (self.view.grid.people[index.row()].id, self.view.grid.days[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), index.column())[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(index.row(), index.column())[1] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.view.leave:
                return LEAVE_COLOR
            if key in self.view.swapped:
                return SWAP_COLOR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.view is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day: datetime.date = self.view.grid.days[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{day.day}\n{self.tr('一二三四五六日')[day.weekday()]}"
            if role == Qt.ItemDataRole.ForegroundRole and calendar.is_holiday(day):
                return HOLIDAY_COLOR
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            person = self.view.grid.people[section]
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
        legend = "；".join(f"{s.name[:1]} = {people.shift_label(s)}" for s in people.shifts())
        note = QLabel(self.tr("班次：") + legend + self.tr(
            "。橙色 = 请假（病/事/年/婚/丧/其），蓝色 = 经批准的换班（替班、还班，空格为换出），红色日期 = 节假日。"
            "只读，排班在「设置」中编辑。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.month.month_changed.connect(self.reload)
        self.team.currentIndexChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        year, month = self.month.year_month()
        self.model.load(swaps.roster_view(year, month, self.team.currentData()))
