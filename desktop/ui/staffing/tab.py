"""The 换班登记 tab: register, 待我审批 (team leaders), the month roster and the leave register."""

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import auth
from desktop.services.staffing import leave, quality_report, shift_handover
from desktop.ui.staffing.approvals import ApprovalPage
from desktop.ui.staffing.covers import CoverPage
from desktop.ui.staffing.duty_log_page import DutyLogPage
from desktop.ui.staffing.fairness_page import FairnessPage
from desktop.ui.staffing.handover_page import HandoverPage
from desktop.ui.staffing.leave import LeavePage
from desktop.ui.staffing.quality_page import QualityReportPage
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
        self.handovers = HandoverPage(user)
        self.pages.addTab(self.handovers, self.tr("交接日志"))
        self.duty_logs: DutyLogPage | None = None
        self.quality: QualityReportPage | None = None
        self.fairness: FairnessPage | None = None
        if auth.can(user, "duty_log.keep"):  # the 班长's books
            self.duty_logs = DutyLogPage(user)
            self.pages.addTab(self.duty_logs, self.tr("值班日志"))
            self.quality = QualityReportPage(user)
            self.pages.addTab(self.quality, self.tr("服务质量分析报告"))
        if auth.can(user, "duty.fairness"):
            self.fairness = FairnessPage(user)
            self.pages.addTab(self.fairness, self.tr("值班公平"))
        self.register.changed.connect(self.refresh)
        self.leave.changed.connect(self.refresh)
        self.covers.changed.connect(self.refresh)
        self.handovers.changed.connect(self.refresh)
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
        if self.fairness is not None:
            self.fairness.reload()

    def new_record(self) -> None:
        self.pages.setCurrentWidget(self.register)
        self.register.new_swap()

    def open_record(self, swap_id: int | tuple[str, int] | None) -> None:
        """From 今日: a swap waiting for this team leader opens on 待我审批, any other on the register; a leave
        request on 请假登记, a cover on 顶班登记, a handover on 交接日志, a month's quality report on its page."""
        if isinstance(swap_id, tuple):
            kind, record_id = swap_id
            pages = {leave.RECORD: (self.leave, self.leave.show_leave),
                     shift_handover.RECORD: (self.handovers, self.handovers.show_handover)}
            if self.quality is not None:
                pages[quality_report.RECORD] = (self.quality, self.quality.show_month)
            page, show = pages.get(kind, (self.covers, self.covers.show_cover))
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
        """文件 → 导出: the fairness table when it is shown, else the register."""
        if self.fairness is not None and self.pages.currentWidget() is self.fairness:
            self.fairness.export_excel()
        else:
            self.register.export_excel()

    def print_current(self) -> None:
        """文件 → 打印: the page's own paper when it has one, else the register."""
        page = self.pages.currentWidget()
        own = {self.handovers: self.handovers.print_log}
        if self.fairness is not None:
            own[self.fairness] = self.fairness.print_table
        if self.quality is not None:
            own[self.quality] = self.quality.print_report
        own.get(page, self.register.print_register)()
