"""请假登记: the month's leave records, recording a new one and voiding a mistaken one."""

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Leave, Staff
from desktop.services import auth, clock
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.services.staffing import leave, people
from desktop.ui.staffing.common import MonthPicker, person_combo, select_data
from desktop.ui.widgets import messages
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _to_date(edit: QDateEdit) -> datetime.date:
    return edit.date().toPython()


class LeaveDialog(QDialog):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.record: Leave | None = None
        self.setWindowTitle(self.tr("登记请假"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.form = ErrorForm()
        self.person = person_combo([p for p in people.all_staff() if p.active and p.team_id])
        self.start = _date_edit()
        self.end = _date_edit()
        self.kind = QComboBox()
        self.kind.addItems(leave.KINDS)
        self.approver = person_combo(leave.approvers())
        select_data(self.approver, user.id)
        self.reason = QLineEdit()
        rows = [(self.tr("请假人"), self.person, "person"), (self.tr("开始日期"), self.start, "start"),
                (self.tr("结束日期"), self.end, "end"), (self.tr("类型"), self.kind, "kind"),
                (self.tr("批准人"), self.approver, "approver"), (self.tr("事由"), self.reason, "reason")]
        for label, widget, field in rows:
            self.form.add_field(label, widget, field)
        self.form.add_general()
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        form = leave.LeaveForm(self.person.currentData(), _to_date(self.start), _to_date(self.end),
                               self.kind.currentText(), self.approver.currentData(), self.reason.text())
        try:
            self.record = leave.record(self.user, form)
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()


class LeavePage(QWidget):
    changed = Signal()

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.month = MonthPicker()
        row.addWidget(QLabel(self.tr("月份")))
        row.addWidget(self.month)
        row.addStretch()
        self.add_button = QPushButton(self.tr("登记请假…"))
        self.void_button = QPushButton(self.tr("作废…"))
        for button in (self.add_button, self.void_button):
            button.setEnabled(auth.can(user, "leave.manage"))
            row.addWidget(button)
        layout.addLayout(row)
        columns = [
            Column(self.tr("请假人"), lambda r: r.person.name),
            Column(self.tr("开始"), lambda r: r.start),
            Column(self.tr("结束"), lambda r: r.end),
            Column(self.tr("天数"), lambda r: (r.end - r.start).days + 1),
            Column(self.tr("类型"), lambda r: r.kind),
            Column(self.tr("批准人"), lambda r: r.approver.name if r.approver_id else ""),
            Column(self.tr("事由"), lambda r: r.reason),
        ]
        self.model = LazyTableModel(columns, self._fetch)
        self.table = list_table("leave", self.model)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add)
        self.void_button.clicked.connect(self.void)
        self.month.month_changed.connect(self.reload)
        self.reload()

    def _fetch(self, page: Page) -> list[Leave]:
        year, month = self.month.year_month()
        return leave.page(year, month, page.offset, page.limit)

    def reload(self) -> None:
        self.model.reload()

    def add(self) -> None:
        dialog = LeaveDialog(self.user, self)
        dialog.accepted.connect(lambda: (self.reload(), self.changed.emit()))
        dialog.open()

    def void(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        reason = messages.ask_reason(self, self.tr("作废请假"), self.tr("作废原因："))
        if reason is None:
            return
        try:
            leave.void(self.user, self.model.row_at(rows[0].row()), reason)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.reload()
        self.changed.emit()
