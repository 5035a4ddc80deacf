"""Slow work (backup, restore, export of a long list) behind a progress dialog with 取消, run as a background job."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.widgets.background import Job, Progress

Result = TypeVar("Result")
STEPS = 1000


def run_with_progress(parent: QWidget | None, title: str, work: Callable[[Progress], Result]) -> Result:
    """Run `work(progress)` off the UI thread while the window stays responsive; raises what `work` raised
    (Cancelled when the person pressed 取消)."""
    dialog = QProgressDialog(title, QCoreApplication.translate("progress", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(420)
    dialog.setAutoReset(False)
    job = Job(work)
    outcome: dict[str, object] = {}

    def show(stage: str, done: int, total: int) -> None:
        dialog.setLabelText(stage)
        dialog.setMaximum(STEPS if total else 0)
        dialog.setValue(int(done * STEPS / total) if total else 0)

    job.progressed.connect(show)
    job.succeeded.connect(lambda result: outcome.update(result=result))
    job.failed.connect(lambda error: outcome.update(error=error))
    dialog.canceled.connect(job.cancel)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    job.start()
    loop.exec()
    job.progressed.disconnect(show)  # reports still queued must not show the dialog again
    dialog.canceled.disconnect(job.cancel)
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
