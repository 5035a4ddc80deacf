"""The registration form (客户登记表): grouped fields, each refusal shown under its field; also view and edit."""

import datetime
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Customer, Staff
from desktop.services import clock
from desktop.services.customers import registration
from desktop.services.customers.registration import CustomerForm, DuplicateCustomer
from desktop.services.errors import RuleError, ValidationErrors
from desktop.services.staffing import people
from desktop.ui import service_text
from desktop.ui.widgets.forms import ErrorForm

POLICY_STYLE = "color: #555; background: #F4F6F9; padding: 4px;"
LONG_TEXT = ("demand", "note")
DATE_FIELDS = ("founded_on", "referral_expected_on")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"  # 50000.00 -> 50000, 1200.50 -> 1200.5
    return str(value)


class CustomerDialog(QDialog):
    """New registration when `customer` is None; otherwise the opened record, editable if allowed."""

    def __init__(self, user: Staff, customer: Customer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.customer = customer
        self.saved: Customer | None = None
        self.open_instead: int | None = None  # 打开已登记的客户全貌 on a duplicate refusal closes with that customer
        self._duplicate: int | None = None
        self.edits: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.forms: dict[str, ErrorForm] = {}
        self.setWindowTitle(self.tr("客户登记") if customer is None else
                            self.tr("客户资料 %1").replace("%1", customer.number))
        self.resize(820, 760)
        outer = QVBoxLayout(self)
        if customer is not None:
            outer.addWidget(self._ownership_label(customer))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._identity_group(), 0, 0)
        grid.addWidget(self._company_group(), 0, 1)
        grid.addWidget(self._demand_group(), 1, 0)
        grid.addWidget(self._grades_group(), 1, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.open_duplicate = QPushButton(self.tr("打开已登记的客户全貌"))
        self.open_duplicate.setObjectName("open_duplicate")
        self.open_duplicate.setVisible(False)
        self.open_duplicate.clicked.connect(self._open_duplicate)
        outer.addWidget(self.open_duplicate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("登记") if customer is None else self.tr("保存修改"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.fill(registration.form_of(customer) if customer is not None else CustomerForm())

    # building
    def _group(self, title: str, rows: list[tuple[str, str]], general: bool = False) -> QGroupBox:
        box = QGroupBox(title)
        form = ErrorForm(box)
        for field, label in rows:
            widget = self._widget(field)
            form.add_field(label, widget, field)
            self.forms[field] = form
        if general:
            form.add_general()
        return box

    def _widget(self, field: str) -> QLineEdit | QPlainTextEdit | QComboBox:
        choices = {"kind": registration.KINDS, "source": registration.SOURCES, "customer_grade": registration.GRADES,
                   "credit_grade": registration.GRADES, "confidentiality": registration.CONFIDENTIALITY}
        if field in choices:
            widget = QComboBox()
            service_text.fill(widget, choices[field])
        elif field == "referrer_id":
            widget = QComboBox()
            widget.addItem(self.tr("（无）"), None)
            for person in people.active_staff(self.customer.referrer_id if self.customer else None):
                widget.addItem(f"{person.code} {person.name}", person.id)
        elif field in LONG_TEXT:
            widget = QPlainTextEdit()
            widget.setFixedHeight(64)
        else:
            widget = QLineEdit()
            if field in DATE_FIELDS:
                widget.setPlaceholderText(self.tr("例如 2024-05-01"))
        widget.setObjectName(field)
        self.edits[field] = widget
        return widget

    def _identity_group(self) -> QGroupBox:
        rows = [("kind", self.tr("类型")), ("name", self.tr("名称 *")), ("salutation", self.tr("称呼")),
                ("phone", self.tr("联系电话 *")), ("other_phones", self.tr("其他电话")),
                ("wechat_email", self.tr("微信/邮箱")), ("address", self.tr("地址")), ("postcode", self.tr("邮编"))]
        if self.customer is None:
            rows.append(("household_of", self.tr("家庭成员")))
        box = self._group(self.tr("基本信息（必填：名称和电话）"), rows, general=True)
        self.edits["phone"].setPlaceholderText(self.tr("手机 138 1234 5678 或座机 0571-88886666"))
        self.edits["other_phones"].setPlaceholderText(self.tr("多个号码用逗号分隔"))
        if "household_of" in self.edits:
            self.edits["household_of"].setPlaceholderText(self.tr("已登记的配偶/父母/子女的客户编号或电话"))
        return box

    def _company_group(self) -> QGroupBox:
        return self._group(self.tr("单位信息（单位客户填写）"), [
            ("legal_person", self.tr("企业法人")), ("founded_on", self.tr("成立时间")),
            ("nature", self.tr("企业性质")), ("employees", self.tr("员工人数")), ("scale", self.tr("经营规模")),
            ("industry", self.tr("行业")), ("registered_capital", self.tr("注册资本")),
            ("bank_account", self.tr("开户银行/账号")), ("main_contact", self.tr("主要联系人")),
            ("main_contact_title", self.tr("联系人职务")), ("decision_maker", self.tr("决策关键人物"))])

    def _demand_group(self) -> QGroupBox:
        box = self._group(self.tr("需求与来源"), [
            ("demand", self.tr("需求/意向")), ("budget", self.tr("预算（元）")), ("source", self.tr("来源")),
            ("referrer_id", self.tr("介绍人（员工）")), ("referral_expected_on", self.tr("预计来访日期")),
            ("note", self.tr("备注"))])
        self.edits["budget"].setPlaceholderText(self.tr("例如 50000、5万 或 5.5万元"))
        return box

    def _grades_group(self) -> QGroupBox:
        box = self._group(self.tr("等级与密级"), [
            ("customer_grade", self.tr("客户等级")), ("credit_grade", self.tr("信用等级")),
            ("confidentiality", self.tr("密级"))])
        self.grade_text = QLabel()
        self.policy_text = QLabel()
        for label in (self.grade_text, self.policy_text):
            label.setWordWrap(True)
            label.setStyleSheet(POLICY_STYLE)
            self.forms["credit_grade"].addRow(label)
        secrecy = QLabel(self.tr("机密、绝密客户只有主任及以上可以查阅完整档案，每次查阅都记入借阅卡。"))
        secrecy.setWordWrap(True)
        secrecy.setStyleSheet(POLICY_STYLE)
        self.forms["confidentiality"].addRow(secrecy)
        self.edits["customer_grade"].currentTextChanged.connect(self._show_policy)
        self.edits["credit_grade"].currentTextChanged.connect(self._show_policy)
        return box

    def _ownership_label(self, customer: Customer) -> QLabel:
        label = QLabel(service_text.translated(registration.ownership_text(customer, clock.today())))
        label.setObjectName("ownership")
        label.setStyleSheet(POLICY_STYLE)
        return label

    def _show_policy(self) -> None:
        self.grade_text.setText(service_text.translated(
            registration.CUSTOMER_GRADE_TEXT[service_text.chosen(self.edits["customer_grade"])]))
        policy = service_text.translated(registration.CREDIT_POLICY[service_text.chosen(self.edits["credit_grade"])])
        self.policy_text.setText(self.tr("信用政策：") + policy)

    # values
    def fill(self, form: CustomerForm) -> None:
        for field, widget in self.edits.items():
            value = getattr(form, field)
            if isinstance(widget, QComboBox):
                index = widget.findData(value if field == "referrer_id" else _text(value))
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(_text(value))
            else:
                widget.setText(_text(value))
        self._show_policy()

    def form(self) -> CustomerForm:
        values: dict[str, object] = {}
        for field, widget in self.edits.items():
            if isinstance(widget, QComboBox):
                values[field] = widget.currentData() if field == "referrer_id" else service_text.chosen(widget)
            elif isinstance(widget, QPlainTextEdit):
                values[field] = widget.toPlainText()
            else:
                values[field] = widget.text()
        return CustomerForm(**values)

    def _open_duplicate(self) -> None:
        self.open_instead = self._duplicate
        self.reject()

    def show_error(self, error: RuleError) -> None:
        self._duplicate = error.customer_id if isinstance(error, DuplicateCustomer) else None
        self.open_duplicate.setVisible(self._duplicate is not None)
        errors = {field or "": text for field, text in service_text.field_messages(error).items()}
        general = self.forms["name"]
        by_form: dict[int, tuple[ErrorForm, dict[str, str]]] = {}
        for form in set(self.forms.values()):
            form.clear_errors()
            by_form[id(form)] = (form, {})
        for field, message in errors.items():
            form = self.forms.get(field, general)
            by_form[id(form)][1][field if field in self.forms else ""] = message
        for form, mine in by_form.values():
            if mine:
                form.show_error(ValidationErrors(mine))
        first = next((self.edits[f] for f in errors if f in self.edits), None)
        if first is not None:
            first.setFocus()

    def error_text(self, field: str) -> str:
        return self.forms[field].error_text(field)

    def save(self) -> None:
        try:
            if self.customer is None:
                self.saved = registration.register(self.user, self.form())
            else:
                self.saved = registration.update(self.user, self.customer, self.form())
        except RuleError as error:
            self.show_error(error)
            return
        self.accept()
