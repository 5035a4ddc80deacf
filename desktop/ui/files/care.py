"""The main window's backup duties: the status-bar label, the login reminder, daily and exit automatic copies."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop import engine
from desktop.models import Staff
from desktop.services import clock
from desktop.services.errors import RuleError
from desktop.services.files import schedule
from desktop.ui.widgets.background import Job, failure_text
from desktop.ui.widgets.forms import ERROR_STYLE

FIRST_CHECK_MS = 2 * 60 * 1000  # the daily copy waits until start-up work is over
CHECK_MS = 60 * 60 * 1000  # the program may stay open for days


class BackupCare(QObject):
    backup_requested = Signal()

    def __init__(self, user: Staff, db_path: Path, window: QWidget) -> None:
        super().__init__(window)
        self.user = user
        self.db_path = engine.as_target(db_path)
        self.window = window
        self.label = QLabel()
        self.label.setObjectName("backup_status")
        self.worker: Job | None = None
        self.refresh()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.daily)
        self.timer.start(FIRST_CHECK_MS)
        QCoreApplication.instance().aboutToQuit.connect(self.at_exit)
        QTimer.singleShot(0, self.remind)

    def refresh(self) -> None:
        at, place = schedule.last_backup()
        when = f"{at:%Y-%m-%d %H:%M}" if at else self.tr("从未备份")
        self.label.setText(self.tr("上次备份：%1").replace("%1", when))
        self.label.setToolTip(place)
        self.label.setStyleSheet(ERROR_STYLE if schedule.overdue() else "")

    def remind(self) -> None:
        text = schedule.reminder(self.user)
        if text is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("该备份了"), text, parent=self.window)
        now = box.addButton(self.tr("现在备份"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("以后再说"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: button is now and self.backup_requested.emit())
        box.open()  # not modal to the application: the reminder never blocks work
        self.reminder_box = box

    def daily(self) -> None:
        self.timer.setInterval(CHECK_MS)
        if self.worker is not None or not schedule.automatic_due(self.db_path, clock.today()):
            return
        keep = schedule.setting("backup_auto_keep")
        self.worker = Job(lambda _progress: schedule.make_automatic(self.db_path, keep))
        self.worker.failed.connect(self._daily_failed)
        self.worker.finished.connect(self._daily_done)
        self.worker.start()

    def _daily_done(self) -> None:
        self.worker = None

    def _daily_failed(self, error: Exception) -> None:
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setToolTip(self.tr("自动备份没有完成：%1").replace("%1", failure_text(error)))

    def at_exit(self) -> None:
        if self.worker is not None:
            self.worker.wait()
        if not schedule.changed_since_automatic(self.db_path):
            return
        try:
            schedule.make_automatic(self.db_path, schedule.setting("backup_auto_keep"))
        except RuleError as error:
            QMessageBox.warning(None, self.tr("自动备份没有完成"), error.message)

    def stop(self) -> None:
        """The window is being replaced (after a restore): its successor takes over."""
        self.timer.stop()
        QCoreApplication.instance().aboutToQuit.disconnect(self.at_exit)
