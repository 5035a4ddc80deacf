"""A table model that loads its rows page by page from a service, so a million-row list opens at once."""

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.paging import Page

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def shown(value: Any) -> str:
    """A cell's text: a moment to the minute, a date as 2026-11-18, nothing for None (the export keeps the value)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value)


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    sort_key: str | None = None  # the name the service sorts by; None: not sortable
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


Fetch = Callable[[Page], Sequence[Any]]


class LazyTableModel(QAbstractTableModel):
    PAGE_SIZE = 200

    def __init__(self, columns: Sequence[Column], fetch: Fetch,
                 row_color: Callable[[Any], QColor | None] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._row_color = row_color
        self._rows: list[Any] = []
        self._exhausted = False
        self._sort_key: str | None = None
        self._descending = False

    # the list's contents
    def reload(self, fetch: Fetch | None = None) -> None:
        """Start again from the first page (after a filter change, a save, or with a new query)."""
        if fetch is not None:
            self._fetch = fetch
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(ROOT)

    def follow(self) -> None:
        """Read the rows again because another desk wrote: as many as were loaded, swapped in one layout change so
        that the views keep their scroll, and the selection follows each row (by its id) to its new place."""
        rows: list[Any] = []
        exhausted = False
        while len(rows) < max(len(self._rows), 1):
            page = Page(len(rows), self.PAGE_SIZE, rows[-1] if rows else None, self._sort_key, self._descending)
            batch = list(self._fetch(page))
            rows.extend(batch)
            if len(batch) < self.PAGE_SIZE:
                exhausted = True
                break
        place = {getattr(row, "id", None): index for index, row in enumerate(rows)}
        place.pop(None, None)
        self.layoutAboutToBeChanged.emit()
        for old in self.persistentIndexList():
            before = self._rows[old.row()] if old.row() < len(self._rows) else None
            now = place.get(getattr(before, "id", None))
            self.changePersistentIndex(old, self.index(now, old.column()) if now is not None else QModelIndex())
        self._rows, self._exhausted = rows, exhausted
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def loaded_rows(self) -> list[Any]:
        return list(self._rows)

    def all_rows(self) -> list[Any]:
        """Every row of the current query (for export): loads what is not loaded yet."""
        while self.canFetchMore(ROOT):
            self.fetchMore(ROOT)
        return list(self._rows)

    def export_rows(self, progress: Callable[[str, int, int], None] | None = None,
                    page_size: int = 2000) -> list[list[Any]]:
        """Every row of the current query and order as shown, read from the service page by page without touching
        the view, so that it can run off the UI thread."""
        rows: list[Any] = []
        while True:
            page = Page(len(rows), page_size, rows[-1] if rows else None, self._sort_key, self._descending)
            batch = list(self._fetch(page))
            rows.extend(batch)
            if progress is not None:
                progress(QCoreApplication.translate("export", "正在读取… 已读 %1 行").replace("%1", str(len(rows))),
                         len(rows), 0)
            if len(batch) < page_size:
                return [self.display_row(row) for row in rows]

    def headers(self) -> list[str]:
        return [column.title for column in self._columns]

    def display_row(self, row: Any) -> list[Any]:
        return [column.value(row) for column in self._columns]

    # Qt's model interface
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = Page(len(self._rows), self.PAGE_SIZE, self._rows[-1] if self._rows else None,
                    self._sort_key, self._descending)
        batch = list(self._fetch(page))
        self._exhausted = len(batch) < self.PAGE_SIZE
        if batch:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole and self._row_color is not None:
            return self._row_color(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
