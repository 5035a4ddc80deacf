"""客户全貌: one customer's identity and grades, household, and the timeline of everything about them, with the
actions a clerk takes from there (a contact, a complaint, editing, the card, claiming from the pool)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Customer, Staff
from desktop.services import auth, clock, settings
from desktop.services.customers import archive, card, confidentiality, key_customers, registration, timeline
from desktop.services.customers.timeline import Entry
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.ui.complaints.form import ComplaintFormDialog
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.customers.dialogs import KeyCustomerDialog, ReferralDialog
from desktop.ui.customers.form import POLICY_STYLE, CustomerDialog
from desktop.ui.service_text import joined, message, translated
from desktop.ui.widgets import messages, printing
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

TITLE_STYLE = "font-size: 16px; font-weight: bold;"


def print_card(parent: QWidget, user: Staff, customer_id: int, number: str) -> None:
    """The 客户资料卡 in the print preview (a confidential one only for those who may open it)."""
    try:
        shown = card.build(user, customer_id)
    except RuleError as error:
        messages.refused(parent, error)
        return
    from reports import customer_card

    printing.preview(parent, QCoreApplication.translate("CustomerPage", "客户资料卡"), f"客户资料卡_{number}.pdf",
                     lambda target: customer_card.build(target, shown, settings.branch_name()))


class CustomerPage(QDialog):
    """The page of `customer_id` as `user` may see it; opening a confidential one whole is written on the
    borrowing card."""

    def __init__(self, user: Staff, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.customer = archive.view(user, customer_id, archive.PAGE_PURPOSE)
        self.changed = False  # something was saved from here: the opener refreshes its list
        self.resize(1200, 760)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setStyleSheet(TITLE_STYLE)
        self.identity = QLabel()
        self.identity.setObjectName("identity")
        self.identity.setWordWrap(True)
        self.ownership = QLabel()
        self.ownership.setObjectName("ownership")
        self.ownership.setStyleSheet(POLICY_STYLE)
        for label in (self.title, self.identity, self.ownership):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addLayout(self._action_bar())
        body = QHBoxLayout()
        body.addLayout(self._timeline_box(), 5)
        body.addLayout(self._household_box(), 1)
        layout.addLayout(body, 1)
        self.show_customer()

    # building
    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, Callable[[], None]]] = [
            ("visit", self.tr("新增拜访"), lambda: self.new_contact("visit")),
            ("reception", self.tr("新增来访"), lambda: self.new_contact("reception")),
            ("phone", self.tr("新增电话"), lambda: self.new_contact("phone")),
            ("complaint", self.tr("登记投诉"), self.new_complaint),
            ("edit", self.tr("修改资料"), self.edit),
            ("print", self.tr("打印资料卡"), self.print_card),
            ("claim", self.tr("认领"), self.claim),
            ("release", self.tr("释放到公共池"), self.release),
            ("referral", self.tr("员工介绍"), self.register_referral),
            ("key", self.tr("重点客户"), self.key_customer),
        ]
        for name, text, slot in actions:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=slot: s())
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        return bar

    def _timeline_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("往来记录（最新在前）")))
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind")
        self.kind_box.addItem(self.tr("全部"), None)
        for kind, text in timeline.kinds_for(self.user).items():
            self.kind_box.addItem(translated(text), kind)
        self.kind_box.currentIndexChanged.connect(lambda _: self.model.reload())
        row.addWidget(self.kind_box)
        row.addStretch(1)
        box.addLayout(row)
        self.hidden_note = QLabel(self.tr("保密客户：往来记录属于档案，仅主任及以上可以查看。"))
        self.hidden_note.setObjectName("hidden_note")
        self.hidden_note.setStyleSheet(POLICY_STYLE)
        box.addWidget(self.hidden_note)
        columns = [Column(self.tr("时间"), lambda e: e.at.date() if e.dated else e.at),
                   Column(self.tr("类别"), lambda e: translated(timeline.KINDS[e.kind])),
                   Column(self.tr("事项"), lambda e: message(e.title)),
                   Column(self.tr("详情"), lambda e: message(e.detail))]
        self.model = LazyTableModel(columns, self._fetch)
        self.table = list_table("customer_timeline", self.model)
        kinds = max(self.table.fontMetrics().horizontalAdvance(translated(text)) for text in timeline.KINDS.values())
        for column, width in enumerate([130, max(80, kinds + 16), 300]):  # an English kind is longer
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.table, 1)
        return box

    def _household_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(QLabel(self.tr("家庭成员（双击打开）")))
        self.household = QListWidget()
        self.household.setObjectName("household")
        self.household.itemActivated.connect(self._open_member)
        box.addWidget(self.household, 1)
        return box

    # showing
    def _fetch(self, page: Page) -> list[Entry]:
        kind = self.kind_box.currentData()
        return timeline.entries(self.user, self.customer, page, None if kind is None else [kind])

    def show_customer(self) -> None:
        customer = self.customer
        hidden = confidentiality.hides(self.user, customer.confidentiality)
        self.setWindowTitle(self.tr("客户全貌 %1 %2").replace("%1", customer.number).replace("%2", customer.name))
        self.title.setText(f"{customer.number}　{customer.name}　{customer.salutation}".rstrip("　"))
        self.identity.setText(self._identity_text(customer, hidden))
        self.ownership.setText("" if hidden else translated(registration.ownership_text(customer, clock.today())))
        self.ownership.setVisible(not hidden)
        self.hidden_note.setVisible(hidden)
        self.kind_box.setEnabled(not hidden)
        for name in ("edit", "print"):
            self.buttons[name].setVisible(not hidden)
        status = registration.owner_status(customer, clock.today())
        self.buttons["claim"].setVisible(not hidden and status == registration.STATUS_POOL)
        self.buttons["release"].setVisible(
            not hidden and status == registration.STATUS_VALID and customer.owner_id == self.user.id)
        self.buttons["referral"].setVisible(not hidden and customer.voided_at is None)
        self.buttons["key"].setVisible(not hidden and auth.can(self.user, "customers.key"))
        self.buttons["key"].setText(self.tr("重点客户（已设）") if key_customers.is_key(customer.id)
                                    else self.tr("设为重点客户"))
        self._fill_household()
        self.model.reload()

    def _identity_text(self, customer: Customer, hidden: bool) -> str:
        if hidden:
            return self.tr("%1客户（密级：%2）：仅显示名称和编号。").replace("%1", self._kind(customer)).replace(
                "%2", translated(registration.CONFIDENTIALITY[customer.confidentiality]))
        parts = [self._kind(customer), self.tr("电话 %1").replace("%1", customer.phone)]
        if customer.other_phones:
            parts.append(customer.other_phones)
        if customer.address:
            parts.append(customer.address)
        parts += [self.tr("客户等级 %1").replace("%1", customer.customer_grade),
                  self.tr("信用等级 %1").replace("%1", customer.credit_grade),
                  self.tr("密级 %1").replace("%1", translated(registration.CONFIDENTIALITY[customer.confidentiality]))]
        return joined(parts, "　")

    @staticmethod
    def _kind(customer: Customer) -> str:
        return translated(registration.KINDS.get(customer.kind, customer.kind))

    def _fill_household(self) -> None:
        self.household.clear()
        for member in registration.household_members(registration.get(self.customer.id)):
            if member.id == self.customer.id:
                continue
            shown = confidentiality.visible(self.user, member)
            head = self.tr("（户主）") if member.household_id is None else ""
            item = QListWidgetItem(f"{shown.number}　{shown.name}{head}")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.household.addItem(item)

    def _open_member(self, item: QListWidgetItem) -> None:
        CustomerPage(self.user, item.data(Qt.ItemDataRole.UserRole), self).exec()

    def _reload_customer(self) -> None:
        self.changed = True
        self.customer = confidentiality.visible(self.user, self.customer.id)
        self.show_customer()

    # actions
    def contact_dialog(self, kind: str) -> ContactDialog:
        return ContactDialog(self.user, kind, customer=self.customer, parent=self)

    def new_contact(self, kind: str) -> None:
        if self.contact_dialog(kind).exec():
            self._reload_customer()

    def complaint_dialog(self) -> ComplaintFormDialog:
        return ComplaintFormDialog(self.user, customer=self.customer, parent=self)

    def new_complaint(self) -> None:
        if self.complaint_dialog().exec():
            self._reload_customer()

    def edit_dialog(self) -> CustomerDialog | None:
        try:
            record = archive.open_archive(self.user, self.customer.id, archive.EDIT_PURPOSE)
            return CustomerDialog(self.user, record, self)
        except RuleError as error:
            messages.refused(self, error)
            return None

    def edit(self) -> None:
        dialog = self.edit_dialog()
        if dialog is not None and dialog.exec():
            self._reload_customer()
        elif dialog is not None and dialog.open_instead is not None:
            CustomerPage(self.user, dialog.open_instead, self).exec()

    def print_card(self) -> None:
        print_card(self, self.user, self.customer.id, self.customer.number)

    def _attempt(self, action: Callable[[], object]) -> None:
        try:
            action()
        except RuleError as error:
            messages.refused(self, error)
            return
        self._reload_customer()

    def claim(self) -> None:
        self._attempt(lambda: registration.claim(self.user, registration.get(self.customer.id)))

    def release(self, reason: str | None = None) -> None:
        reason = reason or messages.ask_reason(self, self.tr("释放到公共池"), self.tr(
            "把 %1 %2（及其家庭成员）释放到公共池的原因：").replace("%1", self.customer.number).replace(
                "%2", self.customer.name))
        if reason:
            self._attempt(lambda: registration.release(self.user, registration.get(self.customer.id), reason))


    def referral_dialog(self) -> ReferralDialog:
        return ReferralDialog(self.user, self.customer, self)

    def register_referral(self) -> None:
        if self.referral_dialog().exec():
            self._reload_customer()

    def key_dialog(self) -> KeyCustomerDialog:
        return KeyCustomerDialog(self.user, self.customer, key_customers.mark_of(self.customer.id), self)

    def key_customer(self) -> None:
        if self.key_dialog().exec():
            self._reload_customer()


def open_page(parent: QWidget, user: Staff, customer_id: int,
              changed: Callable[[], None] | None = None) -> CustomerPage:
    """Show the customer's page over `parent`; `changed` runs when it closes after something was saved there."""
    page = CustomerPage(user, customer_id, parent)
    if changed is not None:
        page.finished.connect(lambda _: changed() if page.changed else None)
    page.open()
    return page
