"""The main window's backup duties: the status-bar label, the login reminder, daily and exit automatic copies, and
the daily integrity_check of the live file while nobody is using the desk."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop import engine
from desktop.models import Staff
from desktop.services import clock
from desktop.services.errors import RuleError
from desktop.services.files import integrity, schedule
from desktop.ui import service_text
from desktop.ui.widgets.background import Job, failure_text
from desktop.ui.widgets.forms import ERROR_STYLE

FIRST_CHECK_MS = 2 * 60 * 1000  # the daily copy waits until start-up work is over
CHECK_MS = 60 * 60 * 1000  # the program may stay open for days
IDLE_CHECK_MS = 5 * 60 * 1000  # how often the desk is looked at for the integrity check
IDLE_BEFORE_CHECK_MS = 5 * 60 * 1000  # nobody typed or clicked for this long: the check may read the whole file
OVERDUE_FACTOR = 2  # a check due twice over runs even while the desk is busy (it never blocks anyone)


class BackupCare(QObject):
    backup_requested = Signal()

    def __init__(self, user: Staff, db_path: Path, window: QWidget, idle_ms: Callable[[], int] = lambda: 0) -> None:
        super().__init__(window)
        self.user = user
        self.db_path = engine.as_target(db_path)
        self.window = window
        self.idle_ms = idle_ms
        self.label = QLabel()
        self.label.setObjectName("backup_status")
        self.worker: Job | None = None
        self.checker: Job | None = None
        self.refresh()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.daily)
        self.timer.start(FIRST_CHECK_MS)
        self.idle_timer = QTimer(self)
        self.idle_timer.timeout.connect(self.check_when_idle)
        self.idle_timer.start(IDLE_CHECK_MS)
        QCoreApplication.instance().aboutToQuit.connect(self.at_exit)
        QTimer.singleShot(0, self.remind)

    def refresh(self) -> None:
        at, place = schedule.last_backup()
        when = f"{at:%Y-%m-%d %H:%M}" if at else self.tr("从未备份")
        self.label.setText(self.tr("上次备份：%1").replace("%1", when))
        self.label.setToolTip(place)
        self.label.setStyleSheet(ERROR_STYLE if schedule.overdue() else "")

    def remind(self) -> None:
        self.warn_if_damaged()
        text = schedule.reminder(self.user)
        if text is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("该备份了"), service_text.message(text), parent=self.window)
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

    def check_when_idle(self) -> None:
        """The full integrity_check of the live file, at most daily, once the desk has been idle a while (or when
        it is twice overdue); it runs on a worker and reads through its own read-only connection."""
        now = clock.now()
        if self.checker is not None or self.worker is not None or not integrity.due(self.db_path, now):
            return
        previous = integrity.last()
        overdue = previous is not None and now - previous.at >= integrity.DUE_AFTER * OVERDUE_FACTOR
        if self.idle_ms() < IDLE_BEFORE_CHECK_MS and not overdue:
            return
        self.checker = Job(lambda _progress: integrity.check_live(self.db_path))
        self.checker.succeeded.connect(self._checked)
        self.checker.failed.connect(self._check_failed)
        self.checker.finished.connect(self._check_done)
        self.checker.start()

    def _checked(self, result: integrity.IntegrityResult) -> None:
        if not result.ok:
            self.warn_if_damaged()

    def _check_failed(self, error: Exception) -> None:
        self.label.setToolTip(self.tr("数据库完整性检查没有完成：%1").replace("%1", failure_text(error)))

    def _check_done(self) -> None:
        self.checker = None

    def warn_if_damaged(self) -> None:
        """The last integrity check found damage: the status bar turns red and everyone is told (not modal)."""
        warning = integrity.warning()
        if warning is None:
            return
        text = service_text.message(warning)
        self.label.setStyleSheet(ERROR_STYLE)
        self.label.setToolTip(text)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("数据库可能已损坏"), text, parent=self.window)
        box.open()
        self.damage_box = box

    def at_exit(self) -> None:
        if self.worker is not None:  # a running integrity check is not waited for: it only reads
            self.worker.wait()
        if not schedule.changed_since_automatic(self.db_path):
            return
        try:
            schedule.make_automatic(self.db_path, schedule.setting("backup_auto_keep"))
        except RuleError as error:
            QMessageBox.warning(None, self.tr("自动备份没有完成"), service_text.error_message(error))

    def stop(self) -> None:
        """The window is being replaced (after a restore): its successor takes over."""
        self.timer.stop()
        self.idle_timer.stop()
        QCoreApplication.instance().aboutToQuit.disconnect(self.at_exit)
