"""Run slow work off the window's thread, so typing, a backup or an export never freezes the window.

`Job(work).start()` calls `work(progress)` on a worker thread; what it returns or raises comes back on the window's
thread as `succeeded` or `failed`, its progress reports as `progressed`. `cancel()` stops it at its next report.
"""

import logging
import queue
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop.models import db
from desktop.services.errors import Cancelled, RuleError
from desktop.ui import service_text

Progress = Callable[[str, int, int], None]  # (stage, done, total); total 0: unknown
log = logging.getLogger(__name__)
_running: set["Job"] = set()  # each job is kept alive until its outcome has been delivered


class Job(QObject):
    """Lives on the window's thread; the worker reaches it only through queued signals, so every receiver runs
    there. A receiver that is a destroyed widget's method is simply not called (Qt disconnects it)."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)  # what work returned
    failed = Signal(object)  # what it raised: a RuleError (Cancelled after cancel()) or an unexpected error
    finished = Signal()  # after succeeded or failed

    _outcome = Signal(bool, object)

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.work = work
        self._cancelled = threading.Event()
        self._returned = threading.Event()
        self._outcome.connect(self._deliver)

    def start(self) -> None:
        _running.add(self)
        _workers.run(self._run)

    def cancel(self) -> None:
        self._cancelled.set()

    def wait(self) -> None:
        """Block until the work has returned; its outcome is still delivered by the event loop."""
        self._returned.wait()

    def _run(self) -> None:
        try:
            outcome = (True, self.work(self._report))
        except Exception as error:  # the receiver shows, logs or re-raises it on the window's thread
            outcome = (False, error)
        _close_thread_connection()  # before the window hears of it: a restore may replace the file next
        self._returned.set()
        self._outcome.emit(*outcome)

    def _report(self, stage: str, done: int, total: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled(QCoreApplication.translate("progress", "已取消，没有留下不完整的文件。"))
        self.progressed.emit(stage, done, total)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _running.discard(self)
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


class _Workers:
    """Worker threads kept idle for the next job: starting a thread makes the window's thread wait until the new
    thread has run (1–3 ms on a busy machine, on every keystroke of a search); a few idle ones are kept."""

    KEPT = 4

    def __init__(self) -> None:
        self._tasks: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._idle = 0
        self._lock = threading.Lock()

    def run(self, task: Callable[[], None]) -> None:
        with self._lock:
            spawn = self._idle == 0
            if not spawn:
                self._idle -= 1  # an idle worker takes this task
        self._tasks.put(task)
        if spawn:
            threading.Thread(target=self._serve, name="background-job", daemon=True).start()

    def _serve(self) -> None:
        while True:
            self._tasks.get()()
            with self._lock:
                if self._idle >= self.KEPT:
                    return
                self._idle += 1


_workers = _Workers()


def wait_for_running(seconds: float) -> None:
    """Give the jobs still running up to `seconds` in all to return, each closing its connection (恢复 swaps the
    file under them: 今日 or a list read on a worker must be done first); a job still running after that is left."""
    deadline = time.monotonic() + seconds
    for job in list(_running):
        job._returned.wait(max(0.0, deadline - time.monotonic()))


def failure_text(error: Exception, unexpected: str = "%1") -> str:
    """What to show for a failed job: a refusal's own message, or an unexpected error's text put into `unexpected`
    at %1 once it has been logged with its traceback."""
    if isinstance(error, RuleError):
        return service_text.error_message(error)
    log.error("background work failed", exc_info=error)
    return unexpected.replace("%1", str(error))


def _close_thread_connection() -> None:
    """peewee gives each thread its own connection, opened by its first query; the worker's closes with its work."""
    if db.obj is not None and not db.is_closed():
        db.close()
