"""The 今日 tab: the person's day in groups from services.today; a line opens its record in its own tab.

services.today imports the rules of every area (60 ms): the tab imports it where the day is first gathered, on the
worker, so that the main window paints without it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import areas, clock
from desktop.services.complaints import deadlines
from desktop.ui.service_text import message
from desktop.ui.widgets.background import Job, failure_text

if TYPE_CHECKING:
    from desktop.services import today

URGENCY_COLOURS = {deadlines.OVERDUE: QColor("#F8D7DA"), deadlines.CLOSE: QColor("#FFE8B3")}  # as in 投诉处理
ITEM_ROLE = Qt.ItemDataRole.UserRole


class DayTree(QTreeWidget):
    """Enter opens the current line, as a double click does."""

    opened = Signal(object)  # today.Item

    def __init__(self) -> None:
        super().__init__()
        self.itemActivated.connect(self._activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._activated(self.currentItem())
            return
        super().keyPressEvent(event)

    def _activated(self, node: QTreeWidgetItem) -> None:
        item = node.data(0, ITEM_ROLE)
        if item is not None:
            self.opened.emit(item)


class TodayTab(QWidget):
    open_requested = Signal(str, object)  # area, record id (None: the area's tab itself)
    counted = Signal(dict)  # area -> items waiting, for the tab titles
    news = Signal(list)  # what arrived or turned more urgent since the day was last read, each line once

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.day: today.Day | None = None
        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        refresh = QPushButton(self.tr("刷新"))
        refresh.setObjectName("today_refresh")
        refresh.setToolTip(self.tr("重新读取今天的工作（F5）"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(refresh)
        self.tree = DayTree()
        self.tree.setObjectName("today_tree")
        self.tree.setHeaderLabels([self.tr("事项"), self.tr("说明")])
        self.tree.setColumnWidth(0, 420)
        self.tree.opened.connect(lambda item: self.open_requested.emit(item.area, item.record_id))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.job: Job | None = None
        self.again = False

    def refresh_later(self) -> None:
        """Gather the day off the window's thread (a 主任's day on a large office takes a fifth of a second), so
        the window shows at once and a tab change never waits; a request while one runs runs after it."""
        if self.job is not None:
            self.again = True
            return
        self.job = Job(lambda progress: _day_of(self.user))
        self.job.succeeded.connect(self._gathered)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _gathered(self, day: today.Day) -> None:
        self.job = None
        self.show_day(day)
        if self.again:
            self.again = False
            self.refresh_later()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.heading.setText(failure_text(error, self.tr("今日的工作读取失败：%1")))

    def refresh(self) -> None:
        """刷新 / F5: read the day now."""
        self.show_day(_day_of(self.user))

    def show_day(self, day: today.Day) -> None:
        from desktop.services import today

        if self.day is not None and (lines := today.news(self.day, day)):
            self.news.emit([message(line) for line in lines])
        self.day = day
        now = clock.now()
        self.heading.setText(self.tr("%1，今天是 %2").replace("%1", self.user.name)
                             .replace("%2", f"{now:%Y-%m-%d}"))
        self.tree.clear()
        for group in self.day.groups:
            self.tree.addTopLevelItem(self._group_node(group))
        self.tree.expandAll()
        lines = [self.tree.topLevelItem(i).child(0) for i in range(self.tree.topLevelItemCount())]
        first = next((line for line in lines if line is not None), self.tree.topLevelItem(0))
        if first is not None:
            self.tree.setCurrentItem(first)
        self.counted.emit({area: self.day.waiting(area) for area in areas.AREAS})

    def _group_node(self, group: today.Group) -> QTreeWidgetItem:
        empty = "" if group.items else message(group.empty_text)
        node = QTreeWidgetItem([self.tr("%1（%2）", "a group of the day and its count").replace(
            "%1", message(group.title)).replace("%2", str(group.count)), empty])
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)
        node.setForeground(1, QBrush(QColor("#777777")))
        for item in group.items:
            child = QTreeWidgetItem(node, [message(item.text), message(item.detail)])
            child.setData(0, ITEM_ROLE, item)
            colour = URGENCY_COLOURS.get(item.urgency)
            if colour is not None:
                for column in (0, 1):
                    child.setBackground(column, colour)
        if group.count > len(group.items):
            more = self.tr("……另有 %1 项，在其标签页中查看").replace("%1", str(group.count - len(group.items)))
            QTreeWidgetItem(node, [more, ""])
        return node

    def group_texts(self) -> dict[str, list[str]]:
        """What each group shows, as a person reads it: its lines, or what it says when empty."""
        texts = {}
        for index in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(index)
            texts[node.text(0)] = [node.child(i).text(0) for i in range(node.childCount())] or [node.text(1)]
        return texts


def _day_of(user: Staff) -> today.Day:
    from desktop.services import today

    return today.my_day(user)
