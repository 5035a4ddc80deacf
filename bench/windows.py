"""Each window and page as it opens on the large demo: built, its first data shown and painted (the first open is
one of the samples; the figure judged is the slowest). They open after a main window has been shown and has done
its idle warm-up (desktop/ui/warmup.py imports the modules of the other tabs and windows), as for a person."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from bench.lists import closed, settle, shown
from bench.timing import Row
from desktop.models import Staff
from desktop.ui.widgets import background

BUDGET = 0.100


def opened(app: QApplication, build: Callable[[], QWidget], ready: Callable[[Any], bool] = lambda _: True,
           then: Callable[[Any], Any] | None = None) -> tuple[float, float, Any]:
    """Seconds from building `build()` (or, with `then`, from calling `then(widget)` on a shown one whose data
    has loaded) to its first paint once `ready(widget)`, and the CPU seconds of the window's thread meanwhile."""
    widget = None
    if then is not None:
        widget = build()
        widget.resize(1280, 760)
        widget.show()
        settle(app, lambda: not getattr(widget, "loading", False))
        app.processEvents()
    start, cpu = time.perf_counter(), time.thread_time()
    if then is None:
        widget = build()
        widget.resize(1280, 760)
        widget.show()
    else:
        then(widget)
    settle(app, lambda: ready(widget))
    app.processEvents()
    return time.perf_counter() - start, time.thread_time() - cpu, widget


def cases(user: Staff) -> list[tuple[str, Callable[[], QWidget], Callable[[Any], bool], Callable | None]]:
    def settings() -> QWidget:
        from desktop.ui.admin.settings_dialog import SettingsDialog
        return SettingsDialog(user)

    def report() -> QWidget:
        from desktop.ui.reports.window import ReportWindow
        return ReportWindow(user)

    def swaps() -> QWidget:
        from desktop.ui.staffing.tab import SwapsTab
        return SwapsTab(user)

    def points() -> QWidget:
        from desktop.ui.contacts.points_page import PointsPage
        page = PointsPage(user)
        page.refresh()
        return page

    def complaints() -> QWidget:
        from desktop.ui.complaints.tab import ComplaintsTab
        return ComplaintsTab(user)

    def customers() -> QWidget:
        from desktop.ui.customers.tab import CustomersTab
        return CustomersTab(user)

    def report_ready(window: Any) -> bool:
        return not getattr(window, "loading", False)

    return [
        ("设置 (first page: 员工)", settings, lambda _: True, None),
        ("设置 → 排班表", settings, lambda _: True, lambda dialog: dialog.show_page("roster")),
        ("报表 (today's daily report; its figures still counted on a worker)", report, lambda _: True, None),
        ("报表 (today's daily report), its figures shown", report, report_ready, None),
        ("报表 → 月报 (its figures still counted on a worker)", report, lambda _: True,
         lambda window: window.choose("monthly")),
        ("报表 → 月报, its figures shown", report, report_ready, lambda window: window.choose("monthly")),
        ("换班登记", swaps, lambda _: True, None),
        ("拜访积分", points, lambda _: True, None),
        ("投诉处理", complaints, lambda _: True, None),
        ("客户登记 (first page; its count still running)", customers, lambda tab: tab.model.rowCount() > 0, None),
        ("客户登记, its count shown", customers, lambda tab: not tab.loading, None),
    ]


def after_main_window(app: QApplication, user: Staff, db_file: Path) -> None:
    """A main window shown, its day read and its warm-up done, then put away: what a person has had when they
    open a window (Qt makes some of its Python types at their first use, 20-30 ms for the first drop-down)."""
    from desktop.ui import warmup
    from desktop.ui.main_window import MainWindow

    window = MainWindow(user, db_file)
    shown(app, window, lambda: window.today.day is not None)
    warmup.import_all()
    window.retire()
    closed(app, window)


def measure(app: QApplication, user: Staff, runs: int, db_file: Path) -> list[Row]:
    after_main_window(app, user, db_file)
    rows = []
    for name, build, ready, then in cases(user):
        times, cpus = [], []
        for _ in range(runs):
            took, used, widget = opened(app, build, ready, then)
            times.append(took)
            cpus.append(used)
            closed(app, widget)
            settle(app, lambda: not background._running)  # untimed: a closed window's figures still counting
        rows.append(Row("windows", f"open {name}: built, data shown, painted (first open included)", times,
                        budget=BUDGET, percentile=True))
        rows.append(Row("windows", f"open {name}: CPU time of the window's thread (its own work, without the waits)",
                        cpus, percentile=True))
    return rows
