"""The 受理 form: a new complaint (or the new form of a customer who does not accept the decision)."""

import datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Complaint, Customer, Staff
from desktop.services import clock
from desktop.services.complaints import workflow
from desktop.services.complaints.workflow import ComplaintForm
from desktop.services.customers import confidentiality
from desktop.services.errors import RuleError
from desktop.ui.service_text import choose, chosen, fill
from desktop.ui.widgets.customer_picker import CustomerPicker
from desktop.ui.widgets.forms import ErrorForm

NO_DATE = QDate(2000, 1, 1)


def _combo(items: list[str] | dict[str, str]) -> QComboBox:
    box = QComboBox()
    fill(box, items)
    return box


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    return edit


def _count() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 1_000_000)
    spin.setSpecialValueText("—")
    return spin


# a new form made from an original: its starting values and the service call that saves it
FROM_ORIGINAL = {"reopen": (workflow.reopen_form, workflow.reopen), "split": (workflow.split_form, workflow.split)}


class ComplaintFormDialog(QDialog):
    """Fill in the form (of `customer`, when opened from the customer's page) and save; `saved` is the new
    complaint once accepted. With an `original`, the new form reopens it (the customer does not accept the
    decision) or splits its second matter off (`kind`)."""

    def __init__(self, user: Staff, original: Complaint | None = None, parent: QWidget | None = None,
                 kind: str = "reopen", customer: Customer | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.original, self.kind = original, kind
        self.saved: Complaint | None = None
        self.setWindowTitle(self._title())
        self.resize(640, 760)
        self._build()
        if original is not None:
            self._fill(FROM_ORIGINAL[kind][0](original))
        elif customer is not None:
            self.picker.choose(customer)
        self._update_due()

    def _title(self) -> str:
        if self.original is None:
            return self.tr("受理投诉")
        if self.kind == "split":
            return self.tr("拆分为新投诉单（原单 %1）").replace("%1", self.original.number)
        return self.tr("另立新单（原单 %1）").replace("%1", self.original.number)

    def _build(self) -> None:
        self.form = ErrorForm()
        self.received_edit = QDateTimeEdit(QDateTime(clock.now()))
        self.received_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.channel_box = _combo(workflow.CHANNELS)
        self.picker = CustomerPicker(self.user)
        self.picker.setObjectName("customer_picker")
        self.complainant_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.content_edit = _text(80)
        self.request_edit = _text(50)
        self.category_box = _combo(workflow.CATEGORIES)
        self.cause_box = _combo(workflow.CAUSE_KINDS)
        self.severity_box = _combo(workflow.SEVERITIES)
        self.due_label = QLabel()
        self.promised_edit = QDateTimeEdit()
        self.promised_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.order_edit = QLineEdit()
        self.product_edit = QLineEdit()
        self.quantity_spin = _count()
        self.defect_spin = _count()
        self.shipped_edit = QDateEdit(NO_DATE)
        self.shipped_edit.setMinimumDate(NO_DATE)
        self.shipped_edit.setSpecialValueText(self.tr("未填"))
        self.shipped_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = _text(40)
        for widget, name in [(self.complainant_edit, "complainant"), (self.contact_edit, "contact"),
                             (self.content_edit, "content"), (self.severity_box, "severity")]:
            widget.setObjectName(name)
        rows = [
            (self.tr("受理时间"), self.received_edit, "received_at"), (self.tr("渠道"), self.channel_box, "channel"),
            (self.tr("登记客户"), self.picker, "customer"), (self.tr("投诉人"), self.complainant_edit, "complainant"),
            (self.tr("联系方式"), self.contact_edit, "contact"), (self.tr("投诉内容"), self.content_edit, "content"),
            (self.tr("客户要求"), self.request_edit, "request"), (self.tr("分类"), self.category_box, "category"),
            (self.tr("原因类别"), self.cause_box, "cause_kind"), (self.tr("严重程度"), self.severity_box, "severity"),
            (self.tr("处理期限"), self.due_label, "due"),
            (self.tr("承诺答复时间"), self.promised_edit, "promised_at"),
            (self.tr("订单编号"), self.order_edit, "order_number"),
            (self.tr("料号/产品"), self.product_edit, "product"),
            (self.tr("数量"), self.quantity_spin, "quantity"), (self.tr("交运日期"), self.shipped_edit, "shipped_on"),
            (self.tr("不良数量"), self.defect_spin, "defect_quantity"), (self.tr("备注"), self.note_edit, "note"),
        ]
        for label, widget, field in rows:
            self.form.add_field(label, widget, field)
        self.form.add_general()
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.picker.picked.connect(self._customer_chosen)
        self.severity_box.currentIndexChanged.connect(self._update_due)
        self.received_edit.dateTimeChanged.connect(self._update_due)

    def _fill(self, values: ComplaintForm) -> None:
        self.complainant_edit.setText(values.complainant)
        self.contact_edit.setText(values.contact)
        self.request_edit.setPlainText(values.request)
        choose(self.channel_box, values.channel)
        choose(self.category_box, values.category)
        choose(self.cause_box, values.cause_kind)
        choose(self.severity_box, values.severity)
        self.order_edit.setText(values.order_number)
        self.product_edit.setText(values.product)
        if values.received_at is not None:  # a split matter was received with the original
            self.received_edit.setDateTime(QDateTime(values.received_at))
            self.received_edit.setEnabled(False)
        if values.customer_id is not None:
            self.picker.blockSignals(True)  # the complainant and contact stay as on the original form
            self.picker.choose(confidentiality.visible(self.user, values.customer_id))
            self.picker.blockSignals(False)

    def _customer_chosen(self, customer: Customer | None) -> None:
        if customer is None:
            return
        complainant, contact = workflow.complainant_of(self.user, customer.id)
        self.complainant_edit.setText(complainant)
        self.contact_edit.setText(contact)

    def _received(self) -> datetime.datetime:
        return self.received_edit.dateTime().toPython().replace(second=0, microsecond=0)

    def _update_due(self) -> None:
        deadline = workflow.deadline_for(chosen(self.severity_box), self._received())
        self.due_label.setText(self.tr("%n 个工作日，%1 前", "", deadline.days)
                               .replace("%1", f"{deadline.due_at:%Y-%m-%d %H:%M}"))
        self.promised_edit.setDateTime(QDateTime(deadline.due_at))

    def values(self) -> ComplaintForm:
        shipped = self.shipped_edit.date()
        return ComplaintForm(
            complainant=self.complainant_edit.text(), contact=self.contact_edit.text(),
            content=self.content_edit.toPlainText(), request=self.request_edit.toPlainText(),
            channel=chosen(self.channel_box), category=chosen(self.category_box),
            cause_kind=chosen(self.cause_box), severity=chosen(self.severity_box),
            customer_id=self.picker.chosen.id if self.picker.chosen else None, received_at=self._received(),
            promised_at=self.promised_edit.dateTime().toPython().replace(second=0, microsecond=0),
            order_number=self.order_edit.text(), product=self.product_edit.text(),
            quantity=self.quantity_spin.value() or None, defect_quantity=self.defect_spin.value() or None,
            shipped_on=None if shipped == NO_DATE else shipped.toPython(), note=self.note_edit.toPlainText())

    def save(self) -> None:
        try:
            if self.original is None:
                self.saved = workflow.receive(self.user, self.values())
            else:
                self.saved = FROM_ORIGINAL[self.kind][1](self.user, self.original, self.values())
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()
