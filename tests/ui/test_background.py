"""The background runner: work runs on a worker thread; its result, its error, its progress and a cancel come back
on the GUI thread; the progress dialog's 取消 stops the work."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.db import close_database
from desktop.models import Staff, db
from desktop.services.errors import Cancelled, RuleError
from desktop.ui.widgets.background import Job, Progress
from desktop.ui.widgets.progress import run_with_progress

GUI_THREAD = threading.get_ident()


class Recorder:
    """Each signal's values, with the thread it was received on."""

    def __init__(self, job: Job) -> None:
        self.seen: dict[str, list[tuple[object, int]]] = {"progressed": [], "succeeded": [], "failed": []}
        job.progressed.connect(lambda *report: self._note("progressed", report))
        job.succeeded.connect(lambda result: self._note("succeeded", result))
        job.failed.connect(lambda error: self._note("failed", error))

    def _note(self, name: str, value: object) -> None:
        self.seen[name].append((value, threading.get_ident()))

    def values(self, name: str) -> list[object]:
        return [value for value, _ in self.seen[name]]

    def threads(self) -> set[int]:
        return {thread for received in self.seen.values() for _, thread in received}


def _run(qtbot: QtBot, job: Job) -> Recorder:
    recorder = Recorder(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
    return recorder


def test_the_result_comes_back_on_the_gui_thread(qtbot: QtBot, office_data: dict) -> None:
    def work(progress: Progress) -> tuple[int, int]:
        progress("正在读取", 1, 2)
        return threading.get_ident(), Staff.select().count()  # the worker's own database connection

    recorder = _run(qtbot, Job(work))
    [(worker, staff)] = recorder.values("succeeded")
    assert worker != GUI_THREAD and staff == Staff.select().count()
    assert recorder.values("progressed") == [("正在读取", 1, 2)] and recorder.values("failed") == []
    assert recorder.threads() == {GUI_THREAD}


@pytest.mark.parametrize("error", [RuleError("客户不存在。"), ValueError("意外")])
def test_a_refusal_or_an_unexpected_error_comes_back_as_failed(qtbot: QtBot, error: Exception) -> None:
    def work(_progress: Progress) -> None:
        raise error

    recorder = _run(qtbot, Job(work))
    assert recorder.values("failed") == [error] and recorder.values("succeeded") == []
    assert recorder.threads() == {GUI_THREAD}


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot) -> None:
    started, reports = threading.Event(), []

    def work(progress: Progress) -> None:
        started.set()
        for done in range(1000):
            progress("正在写入", done, 1000)
            reports.append(done)
            threading.Event().wait(0.005)

    job = Job(work)
    recorder = Recorder(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
        started.wait(5)
        job.cancel()
    [cancelled] = recorder.values("failed")
    assert isinstance(cancelled, Cancelled) and len(reports) < 1000
    assert recorder.threads() == {GUI_THREAD}


def test_wait_blocks_until_the_work_has_returned(qtbot: QtBot) -> None:
    release, returned = threading.Event(), []
    job = Job(lambda _progress: returned.append(release.wait(5)))
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
        threading.Timer(0.05, release.set).start()
        job.wait()
        assert returned == [True]


def test_the_progress_dialogs_cancel_raises_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress: Progress) -> str:
        for done in range(1000):
            progress("正在备份", done, 1000)
            threading.Event().wait(0.005)
        return "not cancelled"

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        assert dialog.isVisible()  # shown once the work has taken longer than a moment
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(600, press_cancel)
    with pytest.raises(Cancelled, match="已取消"):
        run_with_progress(parent, "备份", work)


def test_the_progress_dialog_returns_what_the_work_returned(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_with_progress(parent, "导出", lambda progress: progress("正在导出", 2, 2) or 42) == 42


def test_a_window_closed_meanwhile_does_not_hear_of_its_job(qtbot: QtBot) -> None:
    heard = []

    class Window(QWidget):
        def show_result(self, result: object) -> None:
            heard.append(result)

    window = Window()
    job = Job(lambda _progress: "rows")
    job.succeeded.connect(window.show_result)
    with qtbot.waitSignal(job.finished, timeout=5000):
        job.start()
        shiboken6.delete(window)
    assert heard == []


def _connection_of(qtbot: QtBot) -> object:
    """The database connection a job's work read through (kept referenced, so that no later one takes its id)."""
    def work(_progress: Progress) -> object:
        Staff.select().count()
        return db.connection()

    [connection] = _run(qtbot, Job(work)).values("succeeded")
    return connection


def test_the_next_job_reads_through_the_connection_the_last_one_left(qtbot: QtBot, office_data: dict) -> None:
    """Each keystroke of a search is a job: opening the file (or logging in to the server) again for each cost
    more than the search itself."""
    first, second = _connection_of(qtbot), _connection_of(qtbot)
    assert second is first and first is not db.connection()  # the window's thread keeps its own


def test_closing_the_database_closes_the_connections_the_jobs_left(qtbot: QtBot, office_data: dict) -> None:
    """A restore replaces the file once the database is closed: no worker may still hold the old one open."""
    left = _connection_of(qtbot)
    close_database()
    with pytest.raises(Exception, match="(?i)closed"):
        left.cursor().execute("SELECT 1")
