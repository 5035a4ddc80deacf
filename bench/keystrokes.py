"""Keystroke → new results painted in the real 客户登记 tab: each key typed into its search box, timed until the
list shows that text's first page and its viewport has painted it. The count that follows the page is waited for
before the next key (untimed), as a clerk's next key comes 100–200 ms later."""

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.lists import closed, settle, shown
from bench.search import keystrokes, typed_queries
from bench.timing import Row
from desktop.models import Staff

TYPED_BUDGET = 0.016  # one display frame
BROAD_BUDGET = 0.050
BROAD = ["057", "zh"]


class PaintCount(QObject):
    """Counts the paint events of a widget (the table's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def type_key(tab: Any, char: str) -> None:
    """A Latin key through the keyboard; a Chinese character as the input method commits it."""
    if ord(char) < 128:
        QTest.keyClicks(tab.search, char)
    else:
        tab.search.insert(char)


def painted_after(app: QApplication, tab: Any, watch: PaintCount, char: str) -> tuple[float, float, float]:
    """Seconds from the key to the painted results, the CPU seconds the window's thread spent meanwhile (its own
    work, whatever the machine's load; the wait for the poll below adds at most a few tenths of a ms), and its CPU
    seconds until the count is shown and the view idle (what the key cost it in all: a layout or paint left for
    after the first paint counts here too)."""
    start, cpu = time.perf_counter(), time.thread_time()
    paints = watch.paints
    type_key(tab, char)
    text = tab.search.text()
    settle(app, lambda: tab.filters.text == text and watch.paints > paints, timeout=30)
    took, used = time.perf_counter() - start, time.thread_time() - cpu
    settle(app, lambda: not tab.loading, timeout=30)  # the count follows; the next key comes after it
    for _ in range(3):  # what the view left for later: a delayed layout, another paint
        app.processEvents()
    return took, used, time.thread_time() - cpu


def typed(app: QApplication, tab: Any, watch: PaintCount, text: str) -> list[tuple[float, float, float]]:
    times = [painted_after(app, tab, watch, prefix[-1]) for prefix in keystrokes(text)]
    tab.search.clear()
    settle(app, lambda: tab.filters.text == "" and not tab.loading)
    return times


def bare_repaints(app: QApplication, tab: Any, times: int) -> list[float]:
    """The limit of the window's own work: CPU seconds a plain QTableView over a QStandardItemModel spends
    repainting the same page's texts at the same size and widths (Qt's C++ alone, no Python in the paint)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(tab.model.rowCount(), tab.model.columnCount())
    for row in range(tab.model.rowCount()):
        for column, text in enumerate(tab.model.row_texts(row)):
            model.setItem(row, column, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(tab.table.verticalHeader().defaultSectionSize())
    for column in range(model.columnCount()):
        view.setColumnWidth(column, tab.table.columnWidth(column))
    shown(app, view)
    used = repaints(view, times)
    closed(app, view)
    return used


def repaints(view: Any, times: int) -> list[float]:
    """CPU seconds of the window's thread for each of `times` repaints of the view's visible cells."""
    used = []
    for _ in range(times):
        cpu = time.thread_time()
        view.viewport().repaint()
        used.append(time.thread_time() - cpu)
    return used


def measure(app: QApplication, clerk: Staff, runs: int) -> list[Row]:
    from desktop.ui.customers.tab import CustomersTab

    tab = CustomersTab(clerk)
    shown(app, tab, lambda: not tab.loading)
    watch = PaintCount()
    tab.table.viewport().installEventFilter(watch)
    queries = typed_queries()
    sequences: list[tuple[float, float, float]] = []
    broad: list[tuple[float, float, float]] = []
    for _ in range(runs):
        for text in queries.values():
            sequences += typed(app, tab, watch, text)
        for text in BROAD:
            broad += typed(app, tab, watch, text)
    tab.table.viewport().removeEventFilter(watch)
    tab.search.setText(queries["pinyin initials"][:2])  # a page of names, marked
    settle(app, lambda: tab.filters.text == tab.search.text() and not tab.loading)
    ours, bare = repaints(tab.table, 10 * runs), bare_repaints(app, tab, 10 * runs)
    closed(app, tab)
    typed_texts = "、".join(f"「{text}」" for text in queries.values())
    return [
        Row("search", f"客户登记 tab, keystroke → results painted: typing {typed_texts}",
            [took for took, _, _ in sequences], budget=TYPED_BUDGET, percentile=True),
        Row("search", "the same keystrokes: CPU time of the window's thread (its own work, without the waits)",
            [used for _, used, _ in sequences], percentile=True),
        Row("search", "the same keystrokes: CPU time of the window's thread until the count is shown and the view "
                      "idle (the bench's polling included)", [total for _, _, total in sequences], percentile=True),
        Row("search", f"one repaint of a page of marked names 「{tab.filters.text}」: CPU time of the window's thread",
            ours, percentile=True, limit_what="a plain QTableView repainting the same page's texts",
            limit_values=bare),
        Row("search", f"客户登记 tab, keystroke → results painted: broad prefixes {'、'.join(BROAD)}",
            [took for took, _, _ in broad], budget=BROAD_BUDGET, percentile=True),
    ]
