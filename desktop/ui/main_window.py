"""The main window: 今日 and the four tabs, the menu bar and the status bar.

A tab is a QWidget; if it has `export_excel()` or `print_current()` methods, 文件 → 导出 / 打印 call them for the
tab that is showing. Each tab is built the first time it is shown (`LazyTab`), so start-up waits for the first only.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QSystemTrayIcon,
    QTabWidget,
    QWidget,
)

from desktop import engine
from desktop.models import Staff, db
from desktop.services import areas, auth, settings
from desktop.services.errors import RuleError
from desktop.ui import preferences, service_text
from desktop.ui.files.care import BackupCare
from desktop.ui.service_text import joined, message
from desktop.ui.today.tab import TodayTab
from desktop.ui.warmup import Warmup
from desktop.ui.widgets import messages, window_places
from desktop.ui.widgets.lazy_tab import LazyTab
from desktop.ui.widgets.lazy_table import LazyTableModel

RECOUNT_MS = 3 * 60 * 1000  # recount every three minutes (a day turns, a deadline passes)
FOLLOW_MS = 2000  # how often the window asks whether another desk or window has saved
REMINDER_MS = 60 * 1000
IDLE_CHECK_MS = 30 * 1000
INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class MainWindow(QMainWindow):
    def __init__(self, user: Staff, db_path: Path) -> None:
        super().__init__()
        self.user = user
        self.db_path = db_path
        self.report_window: QWidget | None = None
        self.setWindowTitle(self.tr("客服台 — %1").replace("%1", settings.branch_name()))
        self.resize(1280, 800)  # where it fits; window_places maximises it on a smaller screen
        window_places.serve(user)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.today = TodayTab(user)
        self.tabs.addTab(LazyTab(lambda: self.today), self.tr("今日"))
        self.titles: dict[str, str] = {}
        for area, title, build in self._tab_pages():
            self.titles[area] = title
            self.tabs.addTab(LazyTab(build), title)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.today.counted.connect(self._show_counts)
        self.today.open_requested.connect(self.open_record)
        self.today.news.connect(self.remind)
        self.tray: QSystemTrayIcon | None = None
        self.today.refresh_later()
        self.recount = QTimer(self)
        self.recount.setInterval(RECOUNT_MS)
        self.recount.timeout.connect(self.today.refresh_later)
        self.recount.start()
        self.changes = engine.watcher(db)
        self.follow_timer = QTimer(self)
        self.follow_timer.setInterval(FOLLOW_MS)
        self.follow_timer.timeout.connect(self.follow_other_desks)
        self.follow_timer.start()
        QApplication.instance().focusWindowChanged.connect(self._focus_changed)
        self.idle = QElapsedTimer()
        self.idle.start()
        QApplication.instance().installEventFilter(self)
        self.idle_check = QTimer(self)
        self.idle_check.setInterval(IDLE_CHECK_MS)
        self.idle_check.timeout.connect(self.check_idle)
        self.idle_check.start()
        self._build_menus()
        self.tabs.currentChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(lambda: QTimer.singleShot(0, self.focus_search))  # once the tab is built
        self.tabs.currentChanged.connect(self.today.refresh_later)  # what was saved in the tab left may change them
        self._update_actions()
        self.statusBar().addPermanentWidget(QLabel(self._status_text()))
        self.backup_care = BackupCare(user, db_path, self, self.idle.elapsed)
        self.backup_care.backup_requested.connect(self.open_backup)
        self.statusBar().addPermanentWidget(self.backup_care.label)
        self.warmup = Warmup(self.tabs.tabBar(), self.idle.elapsed)  # other tabs' modules, once this has painted

    def _tab_pages(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """Each tab's module is imported by its builder, when the tab is first shown, not at start-up."""
        def contacts() -> QWidget:
            from desktop.ui.contacts.tab import ContactsTab
            return ContactsTab(self.user)

        def customers() -> QWidget:
            from desktop.ui.customers.tab import CustomersTab
            return CustomersTab(self.user)

        def complaints() -> QWidget:
            from desktop.ui.complaints.tab import ComplaintsTab
            return ComplaintsTab(self.user)

        def swaps() -> QWidget:
            from desktop.ui.staffing.tab import SwapsTab
            return SwapsTab(self.user)

        return [(areas.CONTACTS, self.tr("拜访记录"), contacts), (areas.CUSTOMERS, self.tr("客户登记"), customers),
                (areas.COMPLAINTS, self.tr("投诉处理"), complaints), (areas.STAFFING, self.tr("换班登记"), swaps)]

    def _area_index(self, area: str) -> int:
        return 1 + list(self.titles).index(area)

    def _show_counts(self, counts: dict[str, int]) -> None:
        """Each tab's title carries how many items wait for the person there: 投诉处理 (3)."""
        for area, title in self.titles.items():
            waiting = counts.get(area, 0)
            self.tabs.setTabText(self._area_index(area), f"{title} ({waiting})" if waiting else title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.idle.restart()
        return False

    def retire(self) -> None:
        """The desk passed to another window: this one stops its backups, recounts and idle watch."""
        self.backup_care.stop()
        self.recount.stop()
        self.follow_timer.stop()
        self.changes.close()
        self.idle_check.stop()
        QApplication.instance().removeEventFilter(self)

    def follow_other_desks(self) -> None:
        """Another desk (or window) saved: the 今日 counts and the lists of the open tab are read again, each list
        keeping its scroll and selection."""
        if self.is_locked() or not self.isVisible():  # a closed window (logged out, replaced) follows nothing
            return
        try:
            if self.changes.replaced():
                self.database_replaced()
                return
            if not self.changes.changed():
                return
        except Exception:  # noqa: BLE001 — the server went away for a moment: the next tick asks again
            return
        self.today.refresh_later()
        for view in self.current_tab().findChildren(QAbstractItemView):
            if isinstance(view.model(), LazyTableModel):
                view.model().follow()

    def database_replaced(self) -> None:
        """Another desk restored a backup: nothing shown here is current and a save would go to the database that
        was replaced, so the desk opens the restored one and everyone logs in again."""
        from desktop.services.files import restore
        from desktop.ui.files.restore_dialog import log_in_again

        self.follow_timer.stop()
        messages.info(self, self.tr("数据库已恢复"), self.tr(
            "主任已在另一台电脑或另一个窗口从备份恢复了数据库，本窗口显示的内容已经过时。请重新登录。"))
        restore.reopen_restored(self.db_path)
        log_in_again(self)

    def check_idle(self, idle_ms: int | None = None) -> None:
        """Lock the window once nobody has typed or clicked for the office's 空闲自动锁定 minutes."""
        minutes = settings.idle_lock_minutes()
        idle_ms = self.idle.elapsed() if idle_ms is None else idle_ms
        if minutes and idle_ms >= minutes * 60_000 and not self.is_locked() and self.isVisible():
            self.lock()

    def _focus_changed(self, window: object) -> None:
        """Back in this window after a dialog closed (a save) or after another program: recount. Not at its first
        showing, while its first read of the day is still on its way (a second read of a 主任's day competed with
        whatever was opened next)."""
        if window is not None and window is self.windowHandle() and self.today.day is not None:
            self.today.refresh_later()

    def remind(self, lines: list[str]) -> None:
        """Something arrived or turned amber or overdue: the status bar (and the tray, where there is one) says
        so once, with no dialog to dismiss."""
        if not self.reminders_action.isChecked():
            return
        self.statusBar().showMessage(self.tr("提醒：") + joined(lines), REMINDER_MS)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.messageClicked.connect(lambda: self.tabs.setCurrentIndex(0))
                self.tray.show()
            self.tray.showMessage(self.tr("客服台提醒"), "\n".join(lines[:5]), QSystemTrayIcon.MessageIcon.Information)

    def _set_reminders(self, on: bool) -> None:
        preferences.set_flag(self.user, "reminders", on)

    def open_record(self, area: str, record_id: int | None) -> None:
        """A line of 今日 opens its record in its own tab."""
        if area == areas.FILES:
            self.open_backup()
            return
        self.tabs.setCurrentIndex(self._area_index(area))
        self.current_tab().open_record(record_id)

    def current_tab(self) -> QWidget:
        return self.tabs.currentWidget().content()

    def _status_text(self) -> str:
        role = service_text.translated(auth.ROLES.get(self.user.role, self.user.role))
        return self.tr("当前用户：%1（%2）    数据库：%3").replace("%1", self.user.name).replace(
            "%2", role).replace("%3", engine.display_name(self.db_path))

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _offer(self, action: QAction, permission: str) -> None:
        """What the person may not do is shown disabled, saying why, instead of refusing after the click."""
        allowed = auth.can(self.user, permission)
        action.setEnabled(allowed)
        if not allowed:
            action.setToolTip(message(auth.refusal(permission)))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.setToolTipsVisible(True)
        self._add_record_actions(file_menu)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("备份到U盘/文件夹…"), self.open_backup)
        self.restore_action = self._action(file_menu, self.tr("恢复…"), self.open_restore)
        self._offer(self.backup_action, "backup.make")
        self._offer(self.restore_action, "backup.restore")
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, self.tr("导出到 Excel…"), self._export, "Ctrl+E")
        self.print_action = self._action(file_menu, self.tr("打印…"), self._print, QKeySequence.StandardKey.Print)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("切换用户…"), self.switch_user)
        self.lock_action = self._action(file_menu, self.tr("锁定"), self.lock, "Ctrl+L")
        self._action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        self.reports_menu = bar.addMenu(self.tr("报表(&R)"))
        self.reports_menu.setToolTipsVisible(True)
        for kind, title in (("daily", self.tr("日报")), ("weekly", self.tr("周报")), ("monthly", self.tr("月报"))):
            self._offer(self._action(self.reports_menu, title, lambda _=False, kind=kind: self.open_report(kind)),
                        "reports.view")
        settings_menu = bar.addMenu(self.tr("设置(&S)"))
        settings_menu.setToolTipsVisible(True)
        self.password_action = self._action(settings_menu, self.tr("修改密码…"), self.change_password)
        self.settings_action = self._action(settings_menu, self.tr("系统设置…"), self.open_settings)
        self.reminders_action = self._action(settings_menu, self.tr("运行时提醒"), self._set_reminders)
        self.reminders_action.setCheckable(True)
        self.reminders_action.setChecked(preferences.flag(self.user, "reminders", True))
        self.reminders_action.setToolTip(self.tr("新的审批、到期的跟进、将要超期的投诉在状态栏和托盘提示一次"))
        self._offer(self.settings_action, "settings.open")
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.setToolTipsVisible(True)
        self.checklist_action = self._action(help_menu, self.tr("开始使用清单…"), self.open_checklist)
        self._offer(self.checklist_action, "settings.open")
        self._action(help_menu, self.tr("快捷键"), self._shortcuts)
        self._action(help_menu, self.tr("关于客服台"), self._about)

    def _add_record_actions(self, menu: QMenu) -> None:
        """The keys a clerk uses all day, for whichever tab is showing."""
        self.search_action = self._action(menu, self.tr("查找"), self.focus_search, QKeySequence.StandardKey.Find)
        self.new_action = self._action(menu, self.tr("新建记录…"), self.new_record, QKeySequence.StandardKey.New)
        self.refresh_action = self._action(menu, self.tr("刷新"), self.refresh_tab, QKeySequence.StandardKey.Refresh)
        for index in range(self.tabs.count()):  # Ctrl+Tab belongs to the tab pages inside a tab, too
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            jump.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(jump)
            keys = jump.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.tabs.setTabToolTip(index, f"{self.tabs.tabText(index)} ({keys})")
        tips = ((self.search_action, self.tr("到本页的搜索框")), (self.new_action, self.tr("本页的新建表单")),
                (self.refresh_action, self.tr("重新读取本页")))
        for action, tip in tips:
            action.setToolTip(f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def search_field(self) -> QWidget | None:
        """The showing tab's search box: the first visible line edit marked as a search."""
        return next((edit for edit in self.current_tab().findChildren(QLineEdit)
                     if edit.property("search") and edit.isVisible()), None)

    def focus_search(self) -> None:
        field = self.search_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    def new_record(self) -> None:
        self.current_tab().new_record()

    def refresh_tab(self) -> None:
        tab = self.current_tab()
        (getattr(tab, "refresh", None) or tab.reload)()

    def _update_actions(self) -> None:
        tab = self.current_tab()
        self.export_action.setEnabled(hasattr(tab, "export_excel"))
        self.print_action.setEnabled(hasattr(tab, "print_current"))
        self.new_action.setEnabled(hasattr(tab, "new_record"))
        self.refresh_action.setEnabled(hasattr(tab, "refresh") or hasattr(tab, "reload"))

    def _export(self) -> None:
        self.current_tab().export_excel()

    def _print(self) -> None:
        self.current_tab().print_current()

    def open_report(self, kind: str) -> None:
        """报表 → 日报/周报/月报: one report window, showing the chosen report for its default period."""
        try:
            auth.require(self.user, "reports.view")
        except RuleError as error:
            messages.refused(self, error)
            return
        from desktop.ui.reports.window import ReportWindow

        if self.report_window is None:
            self.report_window = ReportWindow(self.user, self, kind=kind)
        else:
            self.report_window.choose(kind)
        self.report_window.show()
        self.report_window.raise_()

    def open_settings(self, page: str | None = None) -> None:
        try:
            auth.require(self.user, "settings.open")
        except RuleError as error:
            messages.refused(self, error)
            return
        from desktop.ui.admin.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.user, self)
        if page:
            dialog.show_page(page)
        dialog.exec()

    def checklist_dialog(self) -> QWidget:
        from desktop.ui.admin.setup_checklist import SetupChecklistDialog

        return SetupChecklistDialog(self.user, self.open_settings, self.open_backup, self)

    def open_checklist(self) -> None:
        """帮助 → 开始使用清单, also shown once after the first-run dialog."""
        if auth.can(self.user, "settings.open"):
            self.checklist_dialog().exec()

    def change_password(self) -> None:
        from desktop.ui.password_dialog import ChangePasswordDialog

        ChangePasswordDialog(self.user, parent=self).exec()

    def open_backup(self) -> None:
        from desktop.ui.files.backup_dialog import BackupDialog

        try:
            auth.require(self.user, "backup.make")
        except RuleError as error:
            messages.refused(self, error)
            return
        BackupDialog(self.user, self.db_path, self).exec()
        self.backup_care.refresh()

    def open_restore(self) -> None:
        from desktop.ui.files.restore_dialog import RestoreDialog, log_in_again

        try:
            auth.require(self.user, "backup.restore")
        except RuleError as error:
            messages.refused(self, error)
            return
        self.follow_timer.stop()  # this desk's own restore: it logs in again by itself
        if RestoreDialog(self.user, self.db_path, self).exec() == RestoreDialog.DialogCode.Accepted:
            log_in_again(self)
        else:
            self.follow_timer.start()

    def switch_user(self) -> None:
        from desktop.ui.session import switch_user

        switch_user(self)

    def lock(self) -> None:
        """锁定 (Ctrl+L): the work is hidden and the menus off until the same person or a 主任 logs in."""
        from desktop.ui.session import LockScreen

        screen = LockScreen(self.user)
        screen.unlocked.connect(self._unlocked)
        self.pages.addWidget(screen)
        self.pages.setCurrentWidget(screen)
        self._enabled_before_lock = {action: action.isEnabled() for action in self.findChildren(QAction)}
        for action in self._enabled_before_lock:
            action.setEnabled(False)  # their shortcuts too
        screen.password_edit.setFocus()

    def is_locked(self) -> bool:
        return self.pages.currentWidget() is not self.tabs

    def _unlocked(self, person: Staff) -> None:
        screen = self.pages.currentWidget()
        self.pages.setCurrentWidget(self.tabs)
        self.pages.removeWidget(screen)
        screen.deleteLater()
        for action, enabled in self._enabled_before_lock.items():
            action.setEnabled(enabled)
        if person.id != self.user.id:
            from desktop.ui.session import hand_over

            hand_over(self, person)

    def _shortcuts(self) -> None:
        from desktop.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _about(self) -> None:
        from desktop.ui.about import AboutDialog

        AboutDialog(self.db_path, self).exec()
