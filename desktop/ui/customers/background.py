"""Run a service call on a worker thread and hand its result back to the window, so typing never waits."""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.models import db
from desktop.services.errors import RuleError

log = logging.getLogger(__name__)
_running: set["Task"] = set()  # kept alive until their result has been delivered


class Task(QObject):
    """Created in the UI thread; `work()` runs on a Python thread with its own database connection, and the
    outcome comes back through a queued signal to this object, so the callbacks run in the UI thread."""

    _outcome = Signal(str, object)

    def __init__(self, work: Callable[[], Any], done: Callable[[Any], None], refused: Callable[[RuleError], None],
                 crashed: Callable[[str], None]) -> None:
        super().__init__()
        self.work = work
        self.callbacks = {"done": done, "refused": refused, "crashed": crashed}
        self._outcome.connect(self._deliver)

    def _run(self) -> None:
        try:
            with db.connection_context():
                result = self.work()
        except RuleError as error:
            self._outcome.emit("refused", error)
        except Exception as error:  # shown calmly in the window, with the traceback in the log
            log.exception("background task failed")
            self._outcome.emit("crashed", str(error))
        else:
            self._outcome.emit("done", result)

    @Slot(str, object)
    def _deliver(self, kind: str, value: Any) -> None:
        _running.discard(self)
        self.callbacks[kind](value)


def start(work: Callable[[], Any], done: Callable[[Any], None], refused: Callable[[RuleError], None],
          crashed: Callable[[str], None]) -> Task:
    task = Task(work, done, refused, crashed)
    _running.add(task)
    threading.Thread(target=task._run, name="customers-query", daemon=True).start()
    return task
