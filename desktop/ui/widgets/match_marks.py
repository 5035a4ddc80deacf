"""A list that marks what a search matched: the matched characters on a yellow ground, the rest as usual.

The view paints its cells itself (in Qt's C++, as in every other list), then only the matched part of each marked
cell on top: a repaint costs Python one call for the view and a few for each cell with a match, where a delegate
on the marked columns cost a Python paint for each of their visible cells (84 of a 28-row page, a third of a
keystroke's work on the window's thread)."""

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

MARK = QColor("#FFE27A")
INK = QColor(Qt.GlobalColor.black)
Span = tuple[int, int]
Index = QModelIndex | QPersistentModelIndex
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class MarkedTable(QTableView):
    """`span(index)` says which characters of the cell's text matched, or None: asked only for the visible cells
    of `columns`, whose text is left-aligned."""

    def __init__(self, span: Callable[[Index], Span | None], columns: Iterable[int]) -> None:
        super().__init__()
        self._span = span
        self._columns = sorted(columns)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        area = event.rect()
        first = self.rowAt(area.top())
        last = self.rowAt(area.bottom())
        if first < 0:
            return
        last = model.rowCount() - 1 if last < 0 else last
        painter = QPainter(self.viewport())
        try:
            for column in self._columns:
                if not self.isColumnHidden(column):
                    self._mark_column(painter, column, first, last, area)
        finally:
            painter.end()

    def _mark_column(self, painter: QPainter, column: int, first: int, last: int, area: QRect) -> None:
        model = self.model()
        option: QStyleOptionViewItem | None = None
        for row in range(first, last + 1):
            index = model.index(row, column)
            span = self._span(index)
            if span is None or self.isRowHidden(row):
                continue
            cell = self.visualRect(index)
            if not cell.intersects(area):
                return
            if option is None:
                option = QStyleOptionViewItem()
                self.initViewItemOption(option)
                option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            self._mark_cell(painter, option, cell, str(index.data()), span)

    def _mark_cell(self, painter: QPainter, option: QStyleOptionViewItem, cell: QRect, text: str,
                   span: Span) -> None:
        """Over the cell as Qt drew it, the matched characters again, black on the mark's yellow; a text too wide
        for its cell is drawn elided and may have lost the match: it is then only not marked."""
        style = self.style()
        option.rect = cell
        option.text = text
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self).adjusted(
            margin, 0, -margin, 0)
        metrics = option.fontMetrics
        if metrics.horizontalAdvance(text) > room.width():
            return
        start, end = span
        left = room.left() + metrics.horizontalAdvance(text[:start])
        box = QRect(left, room.top(), metrics.horizontalAdvance(text[start:end]), room.height())
        painter.fillRect(box.adjusted(0, 2, 0, -2), MARK)
        painter.setFont(option.font)
        painter.setPen(INK)
        painter.drawText(box, LEFT, text[start:end])
