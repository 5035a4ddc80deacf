"""Run a service call on a worker thread and hand its result back to the window, so typing never waits."""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.models import db
from desktop.services.errors import RuleError

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    refused = Signal(object)
    crashed = Signal(str)


class Task(QRunnable):
    """`work()` runs on a pool thread with its own database connection; one of the signals reports back."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with db.connection_context():
                result = self.work()
        except RuleError as error:
            self.signals.refused.emit(error)
        except Exception as error:  # shown calmly in the window, with the traceback in the log
            log.exception("background task failed")
            self.signals.crashed.emit(str(error))
        else:
            self.signals.finished.emit(result)


def start(work: Callable[[], Any], done: Callable[[Any], None], refused: Callable[[RuleError], None],
          crashed: Callable[[str], None]) -> Task:
    task = Task(work)
    task.signals.finished.connect(done)
    task.signals.refused.connect(refused)
    task.signals.crashed.connect(crashed)
    QThreadPool.globalInstance().start(task)
    return task
