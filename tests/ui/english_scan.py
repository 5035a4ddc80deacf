"""What a person reads in a window: every label, button, choice, placeholder, title, tab, column header and shown
cell, with the Chinese that is the office's own data (names, stored free text) taken out."""

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
TAGS = re.compile("<[^>]+>")
ROWS = 30  # of each table: enough to meet every kind of row the test data makes


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    yield from _rows(model, QModelIndex(), isinstance(view, QTreeView))


def _rows(model: QAbstractItemModel, parent: QModelIndex, tree: bool) -> Iterator[str]:
    """The cells under `parent`, and in a tree those of the rows under them (今日's lines under its groups)."""
    for row in range(min(model.rowCount(parent), ROWS)):
        for column in range(model.columnCount(parent)):
            yield str(model.data(model.index(row, column, parent)) or "")
        if tree:
            yield from _rows(model, model.index(row, 0, parent), tree)


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget class and object name, text) for each text `root` and its children show."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        found: list[str] = []
        if isinstance(widget, QLabel):
            found.append(TAGS.sub("", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            found += list(_view_texts(widget))
        found.append(widget.toolTip())
        for text in found:
            if text:
                yield where, text


def chinese(root: QWidget, data: Iterable[str]) -> list[tuple[str, str]]:
    """Each shown text that still has Chinese once the office's data in it is taken out."""
    known = sorted({d for d in data if d}, key=len, reverse=True)
    left = []
    for where, text in texts(root):
        rest = text
        for item in known:
            rest = rest.replace(item, "")
        if CJK.search(rest):
            left.append((where, text))
    return left
