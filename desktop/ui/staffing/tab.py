"""The 换班登记 tab: register, 待我审批 (team leaders), the month roster and the leave register."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import auth
from desktop.services.staffing import leave
from desktop.ui.staffing.approvals import ApprovalPage
from desktop.ui.staffing.covers import CoverPage
from desktop.ui.staffing.leave import LeavePage
from desktop.ui.staffing.register import RegisterPage
from desktop.ui.staffing.roster_view import RosterPage


class SwapsTab(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.pages = QTabWidget()
        self.register = RegisterPage(user)
        self.pages.addTab(self.register, self.tr("换班登记簿"))
        self.approvals: ApprovalPage | None = None
        if auth.can(user, "swaps.approve"):
            self.approvals = ApprovalPage(user)
            self.pages.addTab(self.approvals, self.tr("待我审批"))
            self.approvals.changed.connect(self.refresh)
        self.roster = RosterPage()
        self.pages.addTab(self.roster, self.tr("排班表"))
        self.leave = LeavePage(user)
        self.pages.addTab(self.leave, self.tr("请假登记"))
        self.covers = CoverPage(user)
        self.pages.addTab(self.covers, self.tr("顶班登记"))
        self.register.changed.connect(self.refresh)
        self.leave.changed.connect(self.refresh)
        self.covers.changed.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

    def refresh(self) -> None:
        """Another page wrote something: redraw the lists and the roster."""
        self.register.reload()
        if self.approvals is not None:
            self.approvals.reload()
        if self.roster.loaded:  # else it reads the month when it is shown
            self.roster.reload()

    def new_record(self) -> None:
        self.pages.setCurrentWidget(self.register)
        self.register.new_swap()

    def open_record(self, swap_id: int | tuple[str, int] | None) -> None:
        """From 今日: a swap waiting for this team leader opens on 待我审批, any other on the register; a leave
        request on 请假登记, a cover on 顶班登记."""
        if isinstance(swap_id, tuple):
            kind, record_id = swap_id
            page, show = ((self.leave, self.leave.show_leave) if kind == leave.RECORD
                          else (self.covers, self.covers.show_cover))
            self.pages.setCurrentWidget(page)
            show(record_id)
            return
        if self.approvals is not None:
            for index, swap in enumerate(self.approvals.model.loaded_rows()):
                if swap.id == swap_id:
                    self.pages.setCurrentWidget(self.approvals)
                    self.approvals.table.selectRow(index)
                    return
        self.pages.setCurrentWidget(self.register)

    def export_excel(self) -> None:
        self.register.export_excel()

    def print_current(self) -> None:
        self.register.print_register()
