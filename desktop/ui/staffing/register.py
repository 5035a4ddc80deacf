"""The swap register (换班登记簿): filters, the lazy list, new swap, withdraw and printing."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff, Swap
from desktop.services import settings
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.services.staffing import people, swaps
from desktop.ui.service_text import translated
from desktop.ui.staffing.common import MonthPicker, person_combo, team_combo
from desktop.ui.staffing.swap_form import SwapFormDialog
from desktop.ui.widgets import messages, printing
from desktop.ui.widgets.export import export_model
from desktop.ui.widgets.kept_filters import keep
from desktop.ui.widgets.lazy_table import FIRST_PAGE, Column, LazyTableModel
from desktop.ui.widgets.list_table import fixed_widths, list_table

translate = QCoreApplication.translate

COLUMN_WIDTHS = (50, 70, 70, 110, 110, 140, 70)  # of register_columns(), the last (审批情况) taking the rest
STATUS_COLORS = {"pending": QColor("#FFF6D5"), "refused": QColor("#F6F6F6"), "withdrawn": QColor("#F6F6F6")}


def _shift_text(day, shift) -> str:
    return f"{day:%Y-%m-%d} {translated(shift.name)}"


def register_columns() -> list[Column]:
    return [
        Column(translate("RegisterPage", "编号"), lambda s: s.id),
        Column(translate("RegisterPage", "申请人"), lambda s: s.applicant.name),
        Column(translate("RegisterPage", "替班人"), lambda s: s.substitute.name),
        Column(translate("RegisterPage", "换班日期/班次"), lambda s: _shift_text(s.swap_day, s.swap_shift)),
        Column(translate("RegisterPage", "还班日期/班次"), lambda s: _shift_text(s.return_day, s.return_shift)),
        Column(translate("RegisterPage", "原因"), lambda s: s.reason),
        Column(translate("RegisterPage", "状态"), swaps.status_text),
        Column(translate("RegisterPage", "审批情况"), swaps.approvals_text),
    ]


class RegisterPage(QWidget):
    changed = Signal()

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.model = LazyTableModel(register_columns(), self._fetch, first_page=FIRST_PAGE,
                                    row_color=lambda s: STATUS_COLORS.get(swaps.status_of(s)))
        self.table = list_table("register", self.model)
        self.table.doubleClicked.connect(lambda _: self.print_form())
        layout.addWidget(self.table)
        layout.addLayout(self._build_buttons())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        fixed_widths(self.table, COLUMN_WIDTHS)
        self.reload()

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.month = MonthPicker()
        self.whole_time = QCheckBox(self.tr("全部月份"))
        self.team = team_combo(self.tr("全部班组"))
        self.person = person_combo([p for p in people.all_staff() if p.team_id], self.tr("全部人员"))
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for key, text in swaps.STATUS_TEXT.items():
            self.status.addItem(translated(text), key)
        for label, widget in [(self.tr("月份"), self.month), (None, self.whole_time), (self.tr("班组"), self.team),
                              (self.tr("人员"), self.person), (self.tr("状态"), self.status)]:
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch()
        keep(self.user, "swaps", {"whole_time": self.whole_time, "status": self.status})  # before the first load
        self.month.month_changed.connect(self.reload)
        self.whole_time.toggled.connect(self.reload)
        for combo in (self.team, self.person, self.status):
            combo.currentIndexChanged.connect(self.reload)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新建换班…"))
        self.withdraw_button = QPushButton(self.tr("撤销换班…"))
        self.form_button = QPushButton(self.tr("打印换班登记表…"))
        self.register_button = QPushButton(self.tr("打印本月登记簿…"))
        self.new_button.clicked.connect(self.new_swap)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.form_button.clicked.connect(self.print_form)
        self.register_button.clicked.connect(self.print_register)
        for button in (self.new_button, self.withdraw_button, self.form_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.register_button)
        return row

    def filters(self) -> swaps.SwapFilter:
        year, month = self.month.year_month()
        whole = self.whole_time.isChecked()
        return swaps.SwapFilter(None if whole else year, None if whole else month, self.team.currentData(),
                                self.person.currentData(), self.status.currentData())

    def _fetch(self, page: Page) -> list[Swap]:
        return swaps.page(self.filters(), page.limit, page.after)

    def reload(self) -> None:
        self.model.reload()
        self._update_buttons()

    def selected(self) -> Swap | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        swap = self.selected()
        self.withdraw_button.setEnabled(swap is not None and swaps.can_withdraw(self.user, swap))
        self.form_button.setEnabled(swap is not None)
        self.month.setEnabled(not self.whole_time.isChecked())

    def new_swap(self) -> SwapFormDialog:
        dialog = SwapFormDialog(self.user, self)
        dialog.submitted.connect(lambda swap: self._saved(swap, self.tr("已提交换班 %1")))
        dialog.open()
        return dialog

    def _saved(self, swap: Swap, done: str) -> None:
        """The swap saved is selected in its month's list, and the status bar says what was saved."""
        if not self.whole_time.isChecked():
            self.month.set_month(swap.swap_day.year, swap.swap_day.month)
        self.reload()
        self.changed.emit()
        row = next((i for i, s in enumerate(self.model.all_rows()) if s.id == swap.id), None)
        if row is not None:
            self.table.selectRow(row)
        messages.saved(self, done.replace("%1", self.tr("第 %1 号：%2 与 %3，%4").replace("%1", str(swap.id)).replace(
            "%2", swap.applicant.name).replace("%3", swap.substitute.name).replace(
                "%4", _shift_text(swap.swap_day, swap.swap_shift))))

    def withdraw(self) -> None:
        swap = self.selected()
        if swap is None:
            return
        reason = messages.ask_reason(self, self.tr("撤销换班"), self.tr("撤销原因："))
        if reason is None:
            return
        try:
            swaps.withdraw(self.user, swap, reason)
        except RuleError as error:
            messages.refused(self, error)
            return
        self._saved(swap, self.tr("已撤销换班 %1"))

    def write_form(self, target: Path, swap: Swap) -> None:
        from reports import swap_form

        swap_form.build(target, swaps.get(swap.id), settings.branch_name())

    def write_register(self, target: Path) -> None:
        from reports import swap_register

        year, month = self.month.year_month()
        team_id = self.team.currentData()
        swap_register.build(target, year, month, swaps.month_register(year, month, team_id),
                            swaps.month_counts(year, month, team_id), settings.branch_name(),
                            self.team.currentText() if team_id else "")

    def print_form(self) -> None:
        swap = self.selected()
        if swap is not None:
            printing.preview(self, self.tr("换班登记表"), f"换班登记表_{swap.id}.pdf",
                             lambda target: self.write_form(target, swap))

    def print_register(self) -> None:
        year, month = self.month.year_month()
        printing.preview(self, self.tr("换班登记簿"), f"换班登记簿_{year}{month:02d}.pdf", self.write_register)

    def export_excel(self) -> None:
        export_model(self, self.model, self.tr("换班登记簿"), self.user,
                     [self.month if not self.whole_time.isChecked() else self.whole_time, self.team, self.person,
                      self.status])
