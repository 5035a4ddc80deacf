"""Child process of bench/run.py: start 客服台 (or a bare PySide6 window) and say when each window is usable.

usage: python bench/window_probe.py bare
       python bench/window_probe.py app DB_FILE LOGIN [--all-tabs]
Prints one line per mark, `mark <name> <epoch seconds>`, as the window concerned has painted; the parent subtracts
the moment it started this process. `app` follows desktop.app.main step by step; the login dialog is shown and
painted, then taken as answered by LOGIN (typing a password is the person's time, not the program's). The main
window is usable once it has painted the first tab with its first page of records. --all-tabs then shows every tab
and every page inside the tabs, and prints `rss <peak bytes>`.
"""

import datetime
import resource
import sys
import time
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project, not bench/, shadows nothing

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget  # noqa: E402


def mark(name: str) -> None:
    print(f"mark {name} {time.time():.6f}", flush=True)


class FirstPaint(QObject):
    """Runs `then` once `widget` has painted for the first time (after the paint, not before it)."""

    def __init__(self, widget: QWidget, then: object) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def wait_for_paint(app: QApplication, widget: QWidget, window: QWidget | None = None) -> None:
    """Show `window` (default: `widget`) and return once `widget` has painted."""
    painted: list[bool] = []
    FirstPaint(widget, lambda: painted.append(True))
    (window or widget).show()
    widget.update()
    while not painted:
        app.processEvents()
        time.sleep(0.001)


def bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("客服台"))
    window.resize(1280, 800)
    wait_for_paint(app, window.centralWidget(), window)
    mark("window")
    print(f"rss {peak_rss()}", flush=True)


def peak_rss() -> int:
    """The process's peak resident memory (VmHWM: unlike ru_maxrss it does not carry the parent's over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def show_every_tab(app: QApplication, tabs: QTabWidget) -> None:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        wait_for_paint(app, page, page.window())
        for inner in page.findChildren(QTabWidget):
            show_every_tab(app, inner)


def start_app(db_file: str, login: str, all_tabs: bool) -> None:
    from desktop import app as desktop_app
    from desktop import crash, logs, single_instance
    from desktop.models import Staff
    from desktop.services import calendar, settings
    from desktop.ui import i18n
    from desktop.ui.login import LoginDialog

    app = desktop_app.create_application(sys.argv[:1])
    crash.install(logs.start())
    db_path = Path(db_file)
    instance = single_instance.claim(db_path)
    if instance is None or not desktop_app.open_or_recover(db_path):
        sys.exit("the database is open elsewhere or damaged")
    calendar.ensure_seeded(datetime.date.today())
    i18n.install(settings.get("language"))
    dialog = LoginDialog(settings.branch_name())
    wait_for_paint(app, dialog)
    mark("login")
    dialog.close()
    user = Staff.get(Staff.login == login)
    from desktop.ui.main_window import MainWindow

    window = MainWindow(user, db_path)
    first_list = window.tabs.widget(0).findChild(QWidget, "contacts_table")
    wait_for_paint(app, first_list.viewport() if first_list else window, window)
    mark("window")
    if all_tabs:
        show_every_tab(app, window.tabs)
        mark("all_tabs")
        print(f"rss {peak_rss()}", flush=True)
    window.close()


def main(argv: list[str]) -> None:
    if argv[0] == "bare":
        bare()
    else:
        start_app(argv[1], argv[2], "--all-tabs" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
