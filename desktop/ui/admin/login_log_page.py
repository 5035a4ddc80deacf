"""设置 → 登录日志: every login try, newest first, with who it was and what happened."""

from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from desktop.models import LoginEvent, Staff
from desktop.services import login_log
from desktop.services.paging import Page
from desktop.ui.service_text import translated
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


class LoginLogPage(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.model = LazyTableModel(self.columns(), self.fetch, parent=self)
        self.view = list_table("logins", self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        QVBoxLayout(self).addWidget(self.view)
        self.model.reload()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("时间"), lambda e: f"{e.at:%Y-%m-%d %H:%M:%S}"),
            Column(self.tr("登录名"), lambda e: e.login),
            Column(self.tr("员工"), lambda e: e.staff.name if e.staff_id else ""),
            Column(self.tr("结果"), lambda e: translated(login_log.OUTCOME_TEXT.get(e.outcome, e.outcome))),
        ]

    def fetch(self, page: Page) -> list[LoginEvent]:
        return login_log.entries(self.user, page.limit, page.after)

    def refresh(self) -> None:
        self.model.reload()
