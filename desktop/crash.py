"""Unexpected exceptions: logged with their traceback and reported to the user calmly, never a silent exit.

The services roll their transaction back when an exception leaves them, so nothing half-saved stays in the
database; the program keeps running and the user can carry on or restart it.
"""

import faulthandler
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from peewee import InterfaceError, OperationalError
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from desktop import engine
from desktop.ui.widgets import messages

FATAL_LOG = "fatal.log"  # where faulthandler writes if Qt or Python itself dies (kept open for the whole run)
log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """The exception hook: logs, then shows the message on the GUI thread (queued when raised in a worker)."""

    _report = Signal()

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self._showing = False
        self._report.connect(self._show)

    def excepthook(self, kind: type[BaseException], error: BaseException | None, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("未处理的异常", exc_info=(kind, error, trace))
        self._server_gone = (issubclass(kind, (OperationalError, InterfaceError))
                             and engine.current() is engine.POSTGRESQL)
        self._report.emit()

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self) -> None:
        if self._showing:  # an error repeating while the message is open (a paint event, a timer) is only logged
            return
        self._showing = True
        try:
            if getattr(self, "_server_gone", False):
                messages.server_unreachable(QApplication.activeWindow())
                return
            messages.unexpected_error(QApplication.activeWindow(), self.log_file)
        finally:
            self._showing = False


def install(log_file: Path) -> CrashReporter:
    reporter = CrashReporter(log_file, QApplication.instance())
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    faulthandler.enable(open(log_file.parent / FATAL_LOG, "a", encoding="utf-8"))
    return reporter
