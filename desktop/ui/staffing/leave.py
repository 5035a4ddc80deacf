"""请假: the month's requests with their approval steps; apply, decide one's own level, withdraw, record the medical
certificate and void a mistaken record."""

import datetime
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.models import Leave, Staff
from desktop.services import clock, settings
from desktop.services.paging import Page
from desktop.services.staffing import leave
from desktop.ui.service_text import message, translated
from desktop.ui.staffing.common import RecordListPage
from desktop.ui.staffing.leave_form import LeaveDialog
from desktop.ui.widgets import printing
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import fixed_widths, list_table

WIDTHS = (70, 85, 85, 45, 120, 70, 330, 60, 70, 110)  # 逐级审批 holds up to three levels, each with its approver


class LeavePage(RecordListPage):

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("请假申请…"))
        self.approve_button = QPushButton(self.tr("同意"))
        self.refuse_button = QPushButton(self.tr("不同意…"))
        self.withdraw_button = QPushButton(self.tr("撤回…"))
        self.certificate_button = QPushButton(self.tr("交证明"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.print_button = QPushButton(self.tr("打印请假条"))
        layout.addLayout(self.month_row({self.add_button: "leave.apply", self.approve_button: "leave.approve",
                                         self.refuse_button: "leave.approve", self.withdraw_button: None,
                                         self.certificate_button: "leave.manage", self.void_button: "leave.manage",
                                         self.print_button: None}))
        columns = [
            Column(self.tr("请假人"), lambda r: r.person.name),
            Column(self.tr("开始"), lambda r: r.start),
            Column(self.tr("结束"), lambda r: r.end),
            Column(self.tr("天数"), self._days),
            Column(self.tr("类型"), leave.kind_text),
            Column(self.tr("状态"), lambda r: leave.STATUS_TEXT[r.status]),
            Column(self.tr("逐级审批"), lambda r: message(leave.steps_text(r))),
            Column(self.tr("迟报"), lambda r: r.late_notice),
            Column(self.tr("代请"), lambda r: "" if r.recorded_by_id == r.person_id else r.recorded_by.name),
            Column(self.tr("医疗证明"), self._certificate),
            Column(self.tr("事由"), lambda r: r.reason),
        ]
        self.model = LazyTableModel(columns, self._fetch)
        self.table = list_table("leave", self.model)
        fixed_widths(self.table, WIDTHS)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.certificate_button.clicked.connect(self.record_certificate)
        self.void_button.clicked.connect(self.void)
        self.print_button.clicked.connect(self.print_slip)
        self.month.month_changed.connect(self.reload)
        self.reload()

    def _days(self, row: Leave) -> str:
        days = f"{leave.length_of(row):g}"
        return self.tr("%1（%2）").replace("%1", days).replace("%2", translated(row.half)) if row.half else days

    def _certificate(self, row: Leave) -> str:
        if not leave.needs_certificate(row):
            return ""
        if row.certificate_on is None:
            return self.tr("未交")
        return self.tr("%1 已交").replace("%1", f"{row.certificate_on:%m-%d}")

    def _fetch(self, page: Page) -> list[Leave]:
        year, month = self.month.year_month()
        return leave.page(year, month, page.offset, page.limit)

    def show_leave(self, leave_id: int) -> None:
        record = leave.get(leave_id)
        self.show_record(leave_id, record.start if record else None)

    def record_day(self, record: Leave) -> datetime.date:
        return record.start

    def describe(self, record: Leave) -> str:
        return self.tr("%1 %2 至 %3 的请假").replace("%1", record.person.name).replace(
            "%2", f"{record.start:%m-%d}").replace("%3", f"{record.end:%m-%d}")

    def add(self) -> None:
        dialog = LeaveDialog(self.user, self)
        dialog.accepted.connect(lambda: self.saved_record(dialog.record, self.tr("已提交%1")))
        dialog.open()

    def decide(self, approve: bool) -> None:
        if approve:
            self.act(lambda record: leave.decide(self.user, record, True), self.tr("已同意%1"))
        else:
            self.act_asking(self.tr("不同意请假"), self.tr("审批意见："),
                            lambda record, remark: leave.decide(self.user, record, False, remark),
                            self.tr("已不同意%1"))

    def withdraw(self) -> None:
        self.act_asking(self.tr("撤回请假"), self.tr("撤回原因："),
                        lambda record, reason: leave.withdraw(self.user, record, reason), self.tr("已撤回%1"))

    def record_certificate(self) -> None:
        self.act(lambda record: leave.record_certificate(self.user, record, clock.today()),
                 self.tr("已记录%1的医疗证明"))

    def void(self) -> None:
        self.act_asking(self.tr("作废请假"), self.tr("作废原因："),
                        lambda record, reason: leave.void(self.user, record, reason), self.tr("已作废%1"))

    def print_slip(self) -> None:
        record = self.selected()
        if record is None:
            return

        def write(target: Path) -> None:
            from reports import leave_slip

            leave_slip.build(target, leave.slip(leave.get(record.id)), settings.branch_name())

        printing.preview(self, self.tr("请假条"), f"请假条_{record.id}.pdf", write)
