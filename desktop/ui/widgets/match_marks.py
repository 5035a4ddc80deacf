"""A list cell that marks what a search matched: the matched characters on a yellow ground, the rest as usual."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARK = QColor("#FFE27A")
Span = tuple[int, int]
Index = QModelIndex | QPersistentModelIndex


class MatchDelegate(QStyledItemDelegate):
    """`span(index)` says which characters of the cell's text matched, or None to paint the cell plainly."""

    def __init__(self, span: Callable[[Index], Span | None], parent: object = None) -> None:
        super().__init__(parent)
        self._span = span

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        span = self._span(index)
        if span is None:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, item.widget) + 1
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget).adjusted(
            margin, 0, -margin, 0)
        metrics = item.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, area.width())
        start, end = span
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        plain = item.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        if shown != text:  # an elided text may have lost the match: it is then only not marked
            painter.setPen(plain)
            painter.drawText(area, int(item.displayAlignment), shown)
            painter.restore()
            return
        left = area.left()
        for part, marked in ((text[:start], False), (text[start:end], True), (text[end:], False)):
            width = metrics.horizontalAdvance(part)
            box = QRect(left, area.top(), width, area.height())
            if marked:
                painter.fillRect(box.adjusted(0, 2, 0, -2), MARK)
            painter.setPen(QColor(Qt.GlobalColor.black) if marked else plain)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), part)
            left += width
        painter.restore()
