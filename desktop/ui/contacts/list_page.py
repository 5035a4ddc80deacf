"""The contact list: filters shaped for the indexes, lazy keyset paging, and the actions on one record."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import settings
from desktop.services.contacts import records
from desktop.services.contacts.options import KINDS, PURPOSES, kind_label, score
from desktop.services.contacts.records import ContactFilters, ContactRow
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.services.staffing import people
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.customers.page import CustomerPage, open_page
from desktop.ui.service_text import translated
from desktop.ui.widgets import messages, printing
from desktop.ui.widgets.customer_picker import CustomerPicker
from desktop.ui.widgets.empty_hint import EmptyHint
from desktop.ui.widgets.export import export_model
from desktop.ui.widgets.filters import chosen_day, date_filter, filter_combo, fit_placeholder, narrow
from desktop.ui.widgets.kept_filters import keep, keep_sort
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

translate = QCoreApplication.translate

VOIDED = QColor("#DDDDDD")
URGENT = QColor("#FBE3E3")


def _rating(field: str, choice: str | None) -> str:
    return f"{translated(choice)} {score(field, choice)}" if choice else ""


def columns() -> list[Column]:
    return [
        Column(translate("ContactList", "日期时间"), lambda r: r.started_at, "started_at"),
        Column(translate("ContactList", "方式"), lambda r: translated(kind_label(r.kind))),
        Column(translate("ContactList", "客户"), lambda r: r.customer_name),
        Column(translate("ContactList", "接待/拜访人"), lambda r: r.staff_name),
        Column(translate("ContactList", "目的"), lambda r: r.purpose),
        Column(translate("ContactList", "内容"), lambda r: r.summary),
        Column(translate("ContactList", "质量"), lambda r: _rating("quality_rating", r.quality_rating)),
        Column(translate("ContactList", "服务"), lambda r: _rating("service_rating", r.service_rating)),
        Column(translate("ContactList", "知名度"), lambda r: _rating("awareness_rating", r.awareness_rating)),
        Column(translate("ContactList", "紧急"), lambda r: r.urgent_category or ""),
        Column(translate("ContactList", "下次跟进"),
               lambda r: r.next_follow_up_on),
        Column(translate("ContactList", "状态"), lambda r: translate("ContactList", "已作废") if r.voided else ""),
    ]


def row_color(row: ContactRow) -> QColor | None:
    if row.voided:
        return VOIDED
    return URGENT if row.urgent else None


class ContactListPage(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.page: CustomerPage | None = None  # the customer page opened last
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        layout.addLayout(self._action_bar())
        self.current_filters = self.filters()
        self.model = LazyTableModel(columns(), self._fetch, row_color, self)
        self.table = list_table("contacts_table", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        keep_sort(user, "contacts", self.table)
        self.table.setSortingEnabled(True)  # sorts, and so loads the first page
        self.table.doubleClicked.connect(lambda _: self.open_current())
        layout.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._offer_undo())
        self.model.modelReset.connect(self._offer_undo)
        self.empty_hint = EmptyHint(self.table, lambda: self.tr(
            "没有符合条件的拜访记录。按 Ctrl+N 新增外出拜访、来访接待或电话记录，或放宽上面的筛选条件。"))
        for column, width in enumerate([130, 70, 160, 90, 130, 280]):
            self.table.setColumnWidth(column, width)
        keep(user, "contacts", {"person": self.person, "kind": self.kind, "purpose": self.purpose,
                                "urgent": self.urgent_only, "voided": self.include_voided})

    # filters
    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.date_from, self.date_to = date_filter("date_from", self.refresh), date_filter("date_to", self.refresh)
        everyone = [(self.tr("全部人员"), None)] + [(f"{p.code} {p.name}", p.id) for p in people.active_staff()]
        self.person = filter_combo("person", self.refresh, everyone)
        kinds = [(self.tr("全部方式"), "")] + [(translated(t), k) for k, t in KINDS.items()]
        self.kind = filter_combo("kind", self.refresh, kinds)
        self.purpose = filter_combo("purpose", self.refresh, [(self.tr("全部目的"), "")] +
                                    [(translated(p), p) for p in PURPOSES])
        self.customer = CustomerPicker(self.user)
        self.customer.setObjectName("customer_filter")
        self.customer.setProperty("search", True)
        self.customer.setPlaceholderText(self.tr("客户（输入后从列表选择）"))
        fit_placeholder(self.customer)
        narrow(self.purpose)
        self.customer.picked.connect(lambda _: self.refresh())
        self.urgent_only = QCheckBox(self.tr("只看紧急"))
        self.urgent_only.setObjectName("urgent_only")
        self.include_voided = QCheckBox(self.tr("含作废"))
        self.include_voided.setObjectName("include_voided")
        for box in (self.urgent_only, self.include_voided):
            box.toggled.connect(self.refresh)
        for widget in (QLabel(self.tr("日期")), self.date_from, QLabel("—"), self.date_to, self.person, self.kind,
                       self.purpose):
            bar.addWidget(widget)
        bar.addWidget(self.customer, 1)
        bar.addWidget(self.urgent_only)
        bar.addWidget(self.include_voided)
        return bar

    def _button(self, bar: QHBoxLayout, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self._button(bar, "new_visit", self.tr("新增外出拜访"), lambda: self.new_contact("visit"))
        self._button(bar, "new_reception", self.tr("新增来访接待"), lambda: self.new_contact("reception"))
        self._button(bar, "new_phone", self.tr("新增电话记录"), lambda: self.new_contact("phone"))
        bar.addStretch()
        self._button(bar, "open", self.tr("打开/修改"), self.open_current)
        self._button(bar, "customer_page", self.tr("客户全貌"), self.open_customer)
        self.undo_button = self._button(bar, "undo", self.tr("撤销修改"), self.undo_current)
        self.undo_button.setToolTip(self.tr("撤销自己 30 分钟内对这条记录的最后一次修改；其他错误请作废后重新登记"))
        self.undo_button.setEnabled(False)
        self._button(bar, "void", self.tr("作废…"), self.void_current)
        self._button(bar, "print", self.tr("打印报告单…"), self.print_current)
        return bar

    def filters(self) -> ContactFilters:
        chosen = self.customer.chosen
        return ContactFilters(
            date_from=chosen_day(self.date_from), date_to=chosen_day(self.date_to),
            staff_id=self.person.currentData(), kind=self.kind.currentData() or "",
            purpose=self.purpose.currentData() or "", customer_id=chosen.id if chosen else None,
            urgent_only=self.urgent_only.isChecked(), include_voided=self.include_voided.isChecked())

    def _fetch(self, page: Page) -> list[ContactRow]:
        return records.fetch(page, self.current_filters)

    def refresh(self) -> None:
        self.current_filters = self.filters()
        self.model.reload()

    # actions
    def current_row(self) -> ContactRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def contact_dialog(self, kind: str = "visit", row: ContactRow | None = None, **prefill: object) -> ContactDialog:
        contact = records.get(self.user, row.id) if row is not None else None
        return ContactDialog(self.user, kind, contact, parent=self, **prefill)

    def run_dialog(self, dialog: ContactDialog) -> None:
        """After a save the record is selected in the list (when the filters show it) and the status bar says so."""
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        saved = dialog.saved
        if saved is None:
            return
        row = next((i for i, r in enumerate(self.model.loaded_rows()) if r.id == saved.id), None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        who = saved.customer.name if saved.customer_id else saved.caller_name or saved.caller_phone
        messages.saved(self, self.tr("已保存%1：%2 %3").replace("%1", translated(kind_label(saved.kind))).replace(
            "%2", who or "").replace("%3", f"{saved.started_at:%m-%d %H:%M}"))

    def new_contact(self, kind: str, **prefill: object) -> None:
        self.run_dialog(self.contact_dialog(kind, **prefill))

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.run_dialog(self.contact_dialog(row=row))

    def open_contact(self, contact_id: int) -> None:
        contact = records.get(self.user, contact_id)
        self.run_dialog(ContactDialog(self.user, contact.kind, contact, parent=self))

    def _offer_undo(self) -> None:
        row = self.current_row()
        self.undo_button.setEnabled(row is not None and records.can_undo(self.user, row.id))

    def undo_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            records.undo_last_edit(self.user, row.id)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.refresh()
        messages.saved(self, self.tr("已撤销对这条记录的上次修改"))

    def open_customer(self) -> None:
        row = self.current_row()
        if row is not None and row.customer_id is not None:
            self.page = open_page(self, self.user, row.customer_id, self.refresh)

    def void_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        reason = messages.ask_reason(self, self.tr("作废记录"), self.tr("作废原因："))
        if reason is None:
            return
        try:
            records.void(self.user, row.id, reason)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.refresh()

    def print_current(self) -> None:
        row = self.current_row()
        if row is None:
            messages.info(self, self.tr("打印"), self.tr("请先在列表中选择一条记录。"))
            return
        from reports import visit_report

        contact = records.get(self.user, row.id, records.PRINT_PURPOSE)
        printing.preview(self, self.tr("走访客户报告单"), f"走访客户报告单_{row.id:06d}.pdf",
                         lambda target: visit_report.build(target, contact, settings.branch_name()))

    def export_excel(self) -> None:
        export_model(self, self.model, self.tr("拜访记录"), self.user,
                     [self.date_from, self.date_to, self.person, self.kind, self.purpose, self.urgent_only,
                      self.include_voided])
