"""Run slow work (backup, restore, export of a long list) in a worker thread behind a progress dialog with 取消."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.errors import Cancelled

Result = TypeVar("Result")
Progress = Callable[[str, int, int], None]  # (stage, done, total); total 0: unknown
STEPS = 1000


class Worker(QThread):
    progressed = Signal(str, int, int)

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.work = work
        self.result: object = None
        self.error: Exception | None = None
        self.cancelled = False

    def run(self) -> None:
        try:
            self.result = self.work(self.report)
        except Exception as error:  # handed back to the UI thread, which shows or re-raises it
            self.error = error

    def report(self, stage: str, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled(QCoreApplication.translate("progress", "已取消，没有留下不完整的文件。"))
        self.progressed.emit(stage, done, total)


def run_with_progress(parent: QWidget | None, title: str, work: Callable[[Progress], Result]) -> Result:
    """Run `work(progress)` off the UI thread while the window stays responsive; raises what `work` raised."""
    dialog = QProgressDialog(title, QCoreApplication.translate("progress", "取消"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setMinimumWidth(420)
    dialog.setAutoReset(False)
    worker = Worker(work)

    def show(stage: str, done: int, total: int) -> None:
        dialog.setLabelText(stage)
        dialog.setMaximum(STEPS if total else 0)
        dialog.setValue(int(done * STEPS / total) if total else 0)

    worker.progressed.connect(show)
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    worker.progressed.disconnect()  # reports still queued must not show the dialog again
    dialog.canceled.disconnect()
    dialog.reset()
    dialog.hide()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
