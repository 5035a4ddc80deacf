"""The 换班登记 tab: register, 待我审批 (team leaders), the month roster and the leave register. Only the register is
built with the tab; every other page (and its module) is built the first time it is shown or asked for."""

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import auth
from desktop.services.staffing import leave, quality_report, shift_handover
from desktop.ui.staffing.register import RegisterPage
from desktop.ui.widgets.lazy_tab import LazyTab


class SwapsTab(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.pages = QTabWidget()
        self.register = RegisterPage(user)
        self.pages.addTab(self.register, self.tr("换班登记簿"))
        self._holders: dict[str, LazyTab] = {}
        if auth.can(user, "swaps.approve"):
            self._add("approvals", self.tr("待我审批"), self._approvals)
        self._add("roster", self.tr("排班表"), self._roster)
        self._add("leave", self.tr("请假登记"), self._leave)
        self._add("covers", self.tr("顶班登记"), self._covers)
        self._add("handovers", self.tr("交接日志"), self._handovers)
        if auth.can(user, "duty_log.keep"):  # the 班长's books
            self._add("duty_logs", self.tr("值班日志"), self._duty_logs)
            self._add("quality", self.tr("服务质量分析报告"), self._quality)
        if auth.can(user, "duty.fairness"):
            self._add("fairness", self.tr("值班公平"), self._fairness)
        self.register.changed.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

    def _add(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        self._holders[name] = LazyTab(build)
        self.pages.addTab(self._holders[name], title)

    def _approvals(self) -> QWidget:
        from desktop.ui.staffing.approvals import ApprovalPage
        page = ApprovalPage(self.user)
        page.changed.connect(self.refresh)
        return page

    def _roster(self) -> QWidget:
        from desktop.ui.staffing.roster_view import RosterPage
        return RosterPage()

    def _leave(self) -> QWidget:
        from desktop.ui.staffing.leave import LeavePage
        page = LeavePage(self.user)
        page.changed.connect(self.refresh)
        return page

    def _covers(self) -> QWidget:
        from desktop.ui.staffing.covers import CoverPage
        page = CoverPage(self.user)
        page.changed.connect(self.refresh)
        return page

    def _handovers(self) -> QWidget:
        from desktop.ui.staffing.handover_page import HandoverPage
        page = HandoverPage(self.user)
        page.changed.connect(self.refresh)
        return page

    def _duty_logs(self) -> QWidget:
        from desktop.ui.staffing.duty_log_page import DutyLogPage
        return DutyLogPage(self.user)

    def _quality(self) -> QWidget:
        from desktop.ui.staffing.quality_page import QualityReportPage
        return QualityReportPage(self.user)

    def _fairness(self) -> QWidget:
        from desktop.ui.staffing.fairness_page import FairnessPage
        return FairnessPage(self.user)

    def page(self, name: str) -> QWidget | None:
        """The inner page `name` (built now if it was not yet), or None when this person has no such page."""
        holder = self._holders.get(name)
        return holder.content() if holder is not None else None

    def built(self, name: str) -> QWidget | None:
        """The inner page `name` if it has been built."""
        holder = self._holders.get(name)
        return holder.content() if holder is not None and holder.is_built() else None

    def show_page(self, name: str) -> QWidget:
        holder = self._holders[name]
        self.pages.setCurrentWidget(holder)
        return holder.content()

    def current_page(self) -> QWidget:
        shown = self.pages.currentWidget()
        return shown.content() if isinstance(shown, LazyTab) else shown

    approvals = property(lambda self: self.page("approvals"))
    roster = property(lambda self: self.page("roster"))
    leave = property(lambda self: self.page("leave"))
    covers = property(lambda self: self.page("covers"))
    handovers = property(lambda self: self.page("handovers"))
    duty_logs = property(lambda self: self.page("duty_logs"))
    quality = property(lambda self: self.page("quality"))
    fairness = property(lambda self: self.page("fairness"))

    def refresh(self) -> None:
        """Another page wrote something: redraw the lists and the roster that are built (the others read when
        they are first shown)."""
        self.register.reload()
        for name in ("approvals", "fairness"):
            if (page := self.built(name)) is not None:
                page.reload()
        roster = self.built("roster")
        if roster is not None and roster.loaded:  # else it reads the month when it is shown
            roster.reload()

    def new_record(self) -> None:
        self.pages.setCurrentWidget(self.register)
        self.register.new_swap()

    def open_record(self, swap_id: int | tuple[str, int] | None) -> None:
        """From 今日: a swap waiting for this team leader opens on 待我审批, any other on the register; a leave
        request on 请假登记, a cover on 顶班登记, a handover on 交接日志, a month's quality report on its page."""
        if isinstance(swap_id, tuple):
            kind, record_id = swap_id
            pages = {leave.RECORD: ("leave", "show_leave"), shift_handover.RECORD: ("handovers", "show_handover")}
            if "quality" in self._holders:
                pages[quality_report.RECORD] = ("quality", "show_month")
            name, show = pages.get(kind, ("covers", "show_cover"))
            getattr(self.show_page(name), show)(record_id)
            return
        if self.approvals is not None:
            for index, swap in enumerate(self.approvals.model.loaded_rows()):
                if swap.id == swap_id:
                    self.show_page("approvals").table.selectRow(index)
                    return
        self.pages.setCurrentWidget(self.register)

    def export_excel(self) -> None:
        """文件 → 导出: the fairness table when it is shown, else the register."""
        fairness = self.built("fairness")
        if fairness is not None and self.current_page() is fairness:
            fairness.export_excel()
        else:
            self.register.export_excel()

    def print_current(self) -> None:
        """文件 → 打印: the page's own paper when it has one, else the register."""
        page = self.current_page()
        prints = {"handovers": "print_log", "fairness": "print_table", "quality": "print_report"}
        own = next((getattr(page, method) for name, method in prints.items() if page is self.built(name)),
                   self.register.print_register)
        own()
