"""The roster month grid: a table model over one month (rows: people, columns: days) that collects edits until
保存, a combo-box delegate and a view where typing a shift's first character (or its number) fills the selected
cells."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from desktop.models import Shift
from desktop.services import calendar
from desktop.services.staffing import people
from desktop.services.staffing.roster import MonthGrid
from desktop.services.staffing.roster_cells import LEAVE_MARK, Cell, RosterCell
from desktop.ui.service_text import message, translated
from desktop.ui.widgets.roster_colors import KIND_COLORS

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
REST = QColor("#FBE3E3")
EDITED = QColor("#FFF1A8")
REST_TEXT = QColor("#C0392B")
NOT_A_SHIFT_KEY = -1  # shift ids are positive
SHOWN_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole)
CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable  # asked per cell
CENTERED = int(Qt.AlignmentFlag.AlignCenter)


class RosterModel(QAbstractTableModel):
    changed = Signal()  # the set of unsaved edits changed

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: MonthGrid | None = None
        self.shifts: dict[int, Shift] = {}
        self.choices: list[Shift] = []
        self.pending: dict[Cell, int | None] = {}
        self._shown: dict[tuple[int, int], RosterCell] = {}  # each cell as it reads, made when first painted

    def set_grid(self, grid: MonthGrid, shifts: list[Shift]) -> None:
        """Show a freshly read month; unsaved edits are dropped (the page asks first)."""
        self.beginResetModel()
        self.grid = grid
        self.shifts = {shift.id: shift for shift in shifts}
        self.shifts.update({shift.id: shift for shift in grid.cells.values()})
        self.choices = [shift for shift in shifts if shift.active]
        self.pending = {}
        self._shown = {}
        self.endResetModel()
        self.changed.emit()

    def cell(self, index: Index) -> Cell:
        return self.grid.people[index.row()].id, self.grid.days[index.column()]

    def saved_shift_id(self, cell: Cell) -> int | None:
        shift = self.grid.cells.get(cell)
        return shift.id if shift else None

    def shift_id(self, index: Index) -> int | None:
        cell = self.cell(index)
        return self.pending[cell] if cell in self.pending else self.saved_shift_id(cell)

    def shown(self, index: Index) -> RosterCell:
        """The cell as it reads with its unsaved edit, if any (kept: a repaint asks for every role of every cell)."""
        place = (index.row(), index.column())
        cell = self._shown.get(place)
        if cell is None:
            person_id, day = self.cell(index)
            cell = self._shown[place] = self.grid.cell_with(person_id, day, self.shifts.get(self.shift_id(index)))
        return cell

    def shift_for_key(self, text: str) -> Shift | None:
        """The active shift whose name starts with the typed character."""
        text = text.strip().casefold()
        return next((s for s in self.choices if text and s.name.casefold().startswith(text)), None)

    # Qt's model interface
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.people)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.days)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return CELL_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self.shift_id(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTERED
        if role not in SHOWN_ROLES:
            return None
        cell = self.shown(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return translated(cell.text)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(index, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            person, day = self.grid.people[index.row()], self.grid.days[index.column()]
            return f"{person.name}  {day:%m-%d}  {translated(cell.tooltip)}"
        return None

    def _background(self, index: Index, cell: RosterCell) -> QColor | None:
        if self.cell(index) in self.pending:
            return EDITED
        if cell.kind in KIND_COLORS:
            return KIND_COLORS[cell.kind]
        return None if self._working(index.column()) else REST

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        cell = self.cell(index)
        if value == self.saved_shift_id(cell):
            self.pending.pop(cell, None)
        else:
            self.pending[cell] = value
        self._shown.pop((index.row(), index.column()), None)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def _working(self, column: int) -> bool:
        return self.grid.days[column] not in self.grid.rest_days

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            person = self.grid.people[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{person.code} {person.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return person.team.name
            return None
        day = self.grid.days[section]
        if role == Qt.ItemDataRole.DisplayRole:
            weekdays = self.tr("一二三四五六日")  # outside the f-string, where lupdate finds it
            return f"{day.day}\n{weekdays[day.weekday()]}"
        if role == Qt.ItemDataRole.ForegroundRole and not self._working(section):
            return REST_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            if calendar.is_holiday(day):
                return self.tr("节假日")
            if not self._working(section):
                return self.tr("周末")
            return self.tr("调休上班日") if day.weekday() >= 5 else None
        return None


class ShiftDelegate(QStyledItemDelegate):
    """Double-click or F2 on a cell: pick its shift (or 休息) from a list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("休息"), None)
        for shift in index.model().choices:
            combo.addItem(message(people.shift_label(shift)), shift.id)
        combo.activated.connect(lambda _: self._finish(combo))
        QTimer.singleShot(0, combo.showPopup)
        return combo

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:
        model.setData(index, editor.currentData())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class RosterView(QTableView):
    """Typing a shift's first character (through the input method, as 早 is typed) or its number in the legend
    sets the selected cells and moves on; 0, Delete or space makes them rest."""

    def __init__(self, model: RosterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ShiftDelegate(self))
        self.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed)
        self.horizontalHeader().setDefaultSectionSize(30)
        self.horizontalHeader().setMinimumSectionSize(24)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setWordWrap(False)

    def fit_columns(self) -> None:
        """Each day as wide as its header or a cell's one character, whichever is wider: what
        resizeColumnsToContents gives, without asking the model for every cell of the month."""
        header = self.horizontalHeader()
        cell = self.fontMetrics().horizontalAdvance(LEAVE_MARK) + 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        for column in range(self.model().columnCount()):
            self.setColumnWidth(column, max(header.sectionSizeHint(column), cell, header.minimumSectionSize()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QTableView.State.EditingState:
            shift_id = self._shift_for_key(event)
            if shift_id != NOT_A_SHIFT_KEY:
                self._fill(shift_id)
                return
        super().keyPressEvent(event)

    def _shift_for_key(self, event: QKeyEvent) -> int | None:
        """The shift id a key stands for, None for rest, NOT_A_SHIFT_KEY for any other key."""
        model: RosterModel = self.model()
        text = event.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Space) or text == "0":
            return None
        if len(text) == 1 and text.isdecimal() and int(text) <= len(model.choices):
            return model.choices[int(text) - 1].id
        shift = model.shift_for_key(text)
        return shift.id if shift else NOT_A_SHIFT_KEY

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        shift = self.model().shift_for_key(event.commitString()[:1])
        if shift is None or self.state() == QTableView.State.EditingState:
            super().inputMethodEvent(event)
            return
        self._fill(shift.id)
        event.accept()

    def _fill(self, shift_id: int | None) -> None:
        selected = self.selectedIndexes() or [self.currentIndex()]
        for index in selected:
            if index.isValid():
                self.model().setData(index, shift_id)
        current = self.currentIndex()
        if len(selected) == 1 and current.isValid() and current.column() + 1 < self.model().columnCount():
            self.setCurrentIndex(current.siblingAtColumn(current.column() + 1))
