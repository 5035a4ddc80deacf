"""The 设置 dialog (supervisor and administrator): one page per area, picked from the list on the left; each page
(and its module) is built the first time it is shown, so the dialog opens with only the first one."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.ui.widgets.lazy_tab import LazyTab


def _builders(user: Staff) -> dict[str, Callable[[], QWidget]]:
    def staff() -> QWidget:
        from desktop.ui.admin.staff_page import StaffPage
        return StaffPage(user)

    def teams() -> QWidget:
        from desktop.ui.admin.teams_page import TeamsPage
        return TeamsPage(user)

    def shifts() -> QWidget:
        from desktop.ui.admin.shifts_page import ShiftsPage
        return ShiftsPage(user)

    def roster() -> QWidget:
        from desktop.ui.admin.roster_page import RosterPage
        return RosterPage(user)

    def calendar() -> QWidget:
        from desktop.ui.admin.calendar_page import CalendarPage
        return CalendarPage(user)

    def customer_rules() -> QWidget:
        from desktop.ui.admin.customer_rules_page import CustomerRulesPage
        return CustomerRulesPage(user)

    def wording() -> QWidget:
        from desktop.ui.admin.wording_page import WordingPage
        return WordingPage(user)

    def audit() -> QWidget:
        from desktop.ui.admin.audit_page import AuditPage
        return AuditPage(user)

    def logins() -> QWidget:
        from desktop.ui.admin.login_log_page import LoginLogPage
        return LoginLogPage(user)

    def interface() -> QWidget:
        from desktop.ui.admin.interface_page import InterfacePage
        return InterfacePage(user)

    return {"staff": staff, "teams": teams, "shifts": shifts, "roster": roster, "calendar": calendar,
            "customer_rules": customer_rules, "wording": wording, "audit": audit, "logins": logins,
            "interface": interface}


class SettingsDialog(QDialog):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("设置"))
        self.resize(1200, 720)
        self.pages: dict[str, LazyTab] = {name: LazyTab(build) for name, build in _builders(user).items()}
        titles = [self.tr("员工"), self.tr("班组"), self.tr("班次"), self.tr("排班表"), self.tr("工作日历"),
                  self.tr("客户规则"), self.tr("话术"), self.tr("操作日志"), self.tr("登录日志"), self.tr("界面")]
        self.index = QListWidget()
        self.index.addItems(titles)
        self.index.setSpacing(3)
        self.index.setFixedWidth(max(self.index.sizeHintForColumn(0) + 32, 110))
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.index.currentRowChanged.connect(self._page_picked)
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.index.setCurrentRow(0)

    def show_page(self, name: str) -> QWidget:
        self.index.setCurrentRow(list(self.pages).index(name))
        return self.pages[name].content()

    def _page_picked(self, row: int) -> None:
        """A page reads what it shows when built; shown again, it reads what other pages or desks changed."""
        holder = self.stack.widget(row)
        shown_before = holder.is_built()
        page = holder.content()
        if shown_before and hasattr(page, "refresh"):
            page.refresh()
        self.stack.setCurrentIndex(row)

    def reject(self) -> None:
        """Closing asks before dropping unsaved roster edits (only a page that was shown can hold any)."""
        built = [holder.content() for holder in self.pages.values() if holder.is_built()]
        if all(page.can_leave() for page in built if hasattr(page, "can_leave")):
            super().reject()
