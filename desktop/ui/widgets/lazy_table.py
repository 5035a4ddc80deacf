"""A table model that loads its rows page by page from a service, so a million-row list opens at once."""

import datetime
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from desktop.services.errors import Text
from desktop.services.paging import Page
from desktop.ui.service_text import translated

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


def shown(value: Any) -> str:
    """A cell's text: a moment to the minute, a date as 2026-11-18, nothing for None (the export keeps the value)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return translated(value) if isinstance(value, str | Text) else str(value)  # a status or a choice, translated


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    sort_key: str | None = None  # the name the service sorts by; None: not sortable
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


Fetch = Callable[[Page], Sequence[Any]]
FIRST_PAGE = 50  # rows read before a long list first paints: two screens of a large window


def screenfuls(view: QTableView) -> int:
    """Rows for two screens of `view` as it is now, at least FIRST_PAGE; the view reads on (fetchMore) when
    scrolled to their end."""
    shown = view.viewport().height() // max(view.verticalHeader().defaultSectionSize(), 1) + 1
    return max(FIRST_PAGE, 2 * shown)


class LazyTableModel(QAbstractTableModel):
    """Reads `first_page` rows at first, then PAGE_SIZE more each time the view scrolls to the end of what is
    loaded. A long list opened or searched at once reads FIRST_PAGE first: two screens are all it paints."""

    PAGE_SIZE = 200
    followed = Signal()  # the rows were read again for another desk's write (follow)

    def __init__(self, columns: Sequence[Column], fetch: Fetch,
                 row_color: Callable[[Any], QColor | None] | None = None, parent: Any = None,
                 first_page: int | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._row_color = row_color
        self._rows: list[Any] = []
        self._texts: list[tuple[str, ...] | None] = []  # each row's cells as shown, made when first painted
        self._alignments = [int(column.align) for column in self._columns]
        self._exhausted = False
        self._sort_key: str | None = None
        self._descending = False
        self.first_page = first_page or self.PAGE_SIZE

    # the list's contents
    def reload(self, fetch: Fetch | None = None) -> None:
        """Start again from the first page (after a filter change, a save, or with a new query)."""
        if fetch is not None:
            self._fetch = fetch
        self.beginResetModel()
        self._rows = []
        self._texts = []
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
        self.followed.emit()

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
                    page_size: int = 2000) -> Iterator[list[Any]]:
        """Every row of the current query and order as shown, read from the service page by page without touching
        the view (so that it can run off the UI thread) and handed on a page at a time: an export of 100 000 rows
        holds one page of them."""
        done, last = 0, None
        while True:
            batch = list(self._fetch(Page(done, page_size, last, self._sort_key, self._descending)))
            done += len(batch)
            last = batch[-1] if batch else last
            if progress is not None:
                progress(QCoreApplication.translate("export", "正在导出… 已写 %1 行").replace("%1", str(done)), done, 0)
            yield from (self.display_row(row) for row in batch)
            if len(batch) < page_size:
                return

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
        page = self.next_page()
        batch = list(self._fetch(page))
        self._exhausted = len(batch) < page.limit
        if batch:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(batch) - 1)
            self._rows.extend(batch)
            self._texts.extend([None] * len(batch))
            self.endInsertRows()

    def next_page(self) -> Page:
        """The page fetchMore reads next: the first one, or PAGE_SIZE rows after the last loaded."""
        if not self._rows:
            return Page(0, self.first_page, None, self._sort_key, self._descending)
        return Page(len(self._rows), self.PAGE_SIZE, self._rows[-1], self._sort_key, self._descending)

    def row_texts(self, row: int) -> tuple[str, ...]:
        """The row's cells as shown; made once, since a view asks for every visible cell on every repaint."""
        texts = self._texts[row]
        if texts is None:
            values = self._rows[row]
            texts = self._texts[row] = tuple(shown(column.value(values)) for column in self._columns)
        return texts

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # the view calls this for about ten roles of every visible cell on each repaint: the common answers first
        if role == DISPLAY:
            row = index.row()
            return self.row_texts(row)[index.column()] if row >= 0 else None
        if role == ALIGNMENT:
            return self._alignments[index.column()] if index.isValid() else None
        if role == BACKGROUND and self._row_color is not None and index.isValid():
            return self._row_color(self._rows[index.row()])
        if role == TOOLTIP and index.isValid():  # a cell too long for its column is read whole under the pointer
            return self.row_texts(index.row())[index.column()] or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def sort_key_of(self, column: int) -> str | None:
        return self._columns[column].sort_key if 0 <= column < len(self._columns) else None

    def column_of(self, sort_key: str) -> int | None:
        return next((i for i, column in enumerate(self._columns) if column.sort_key == sort_key), None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or ((key, descending) == (self._sort_key, self._descending) and (self._rows or self._exhausted)):
            return  # the header's state put back (window_places) sorts as it already is: no second first page
        self._sort_key = key
        self._descending = descending
        self.reload()
