"""Small dialogs of the 客户登记 tab and the customer page: reassign an owner, record a credit review, a staff
referral, a 重点客户's line, the borrowing-card viewer."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Customer, KeyCustomer, Staff
from desktop.services import clock
from desktop.services.customers import archive as customer_archive
from desktop.services.customers import key_customers, referrals, registration
from desktop.services.customers.lists import CustomerRow
from desktop.services.errors import RuleError
from desktop.services.staffing import people
from desktop.ui.widgets.forms import ErrorForm
from desktop.ui.widgets.lazy_table import Column, LazyTableModel


class _FormDialog(QDialog):
    """A dialog with an ErrorForm and OK/Cancel; `apply()` calls the service and may refuse."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.form = ErrorForm()
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self._layout = layout

    def finish(self) -> None:
        self.form.add_general()
        self._layout.addWidget(self.buttons)

    def apply(self) -> None:
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            self.apply()
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()


class ReassignDialog(_FormDialog):
    def __init__(self, user: Staff, row: CustomerRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("改派客户"), self.tr("把 %1 %2（及其家庭成员）改派给：").replace(
            "%1", row.number).replace("%2", row.name), parent)
        self.user = user
        self.row = row
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        for person in people.active_staff():
            self.owner.addItem(f"{person.code} {person.name}", person.id)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.add_field(self.tr("新归属业务员"), self.owner, "owner")
        self.form.add_field(self.tr("改派原因"), self.reason, "reason")
        self.finish()

    def apply(self) -> None:
        registration.reassign(self.user, registration.get(self.row.id), self.owner.currentData(), self.reason.text())


class ReviewDialog(_FormDialog):
    """Record today's credit re-survey (with the grade it confirmed) or the quarterly archive check."""

    def __init__(self, user: Staff, row: CustomerRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("记录复核"), self.tr("%1 %2：记录今天完成的复核。").replace(
            "%1", row.number).replace("%2", row.name), parent)
        self.user = user
        self.row = row
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("信用复核"), "credit")
        self.kind.addItem(self.tr("档案季度核定"), "archive")
        self.grade = QComboBox()
        self.grade.setObjectName("credit_grade")
        self.grade.addItems(registration.GRADES)
        self.grade.setCurrentText(row.credit_grade or "C")
        self.note = QLineEdit()
        self.form.add_field(self.tr("复核内容"), self.kind, "kind")
        self.form.add_field(self.tr("信用等级"), self.grade, "credit_grade")
        self.form.add_field(self.tr("说明"), self.note, "note")
        self.kind.currentIndexChanged.connect(lambda: self.grade.setEnabled(self.kind.currentData() == "credit"))
        self.finish()

    def apply(self) -> None:
        customer = registration.get(self.row.id)
        if self.kind.currentData() == "credit":
            registration.record_credit_review(self.user, customer, self.grade.currentText(), note=self.note.text())
        else:
            registration.record_archive_check(self.user, customer)


class ReferralDialog(_FormDialog):
    """员工介绍登记 (001 第7篇) of a registered customer before its first visit, or again after a lapse."""

    def __init__(self, user: Staff, customer: Customer, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("员工介绍登记"), self.tr(
            "%1 %2：介绍的客户须在首次来访前登记，注明预计来访日期；客户当天来访并在接待台登记即介绍有效，"
            "未如期来访则介绍登记失效，可重新登记。").replace("%1", customer.number).replace("%2", customer.name),
            parent)
        self.user = user
        self.customer = customer
        self.referrer = QComboBox()
        self.referrer.setObjectName("referrer_id")
        for person in people.active_staff():
            self.referrer.addItem(f"{person.code} {person.name}", person.id)
        self.referrer.setCurrentIndex(max(self.referrer.findData(user.id), 0))
        today = clock.today()
        self.expected = QDateEdit(QDate(today.year, today.month, today.day))
        self.expected.setObjectName("referral_expected_on")
        self.expected.setCalendarPopup(True)
        self.expected.setDisplayFormat("yyyy-MM-dd")
        self.form.add_field(self.tr("介绍人"), self.referrer, "referrer_id")
        self.form.add_field(self.tr("预计来访日期"), self.expected, "referral_expected_on")
        self.finish()

    def apply(self) -> None:
        referrals.register(self.user, registration.get(self.customer.id), self.referrer.currentData(),
                           self.expected.date().toPython())


class KeyCustomerDialog(_FormDialog):
    """One line of 重点客户管理表: a new mark of `customer`, or an edit of `mark`."""

    def __init__(self, user: Staff, customer: Customer, mark: KeyCustomer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重点客户"), self.tr("%1 %2：重点客户不回公共池，其投诉必须回访后才能结案。").replace(
            "%1", customer.number).replace("%2", customer.name), parent)
        self.setMinimumWidth(560)
        self.user = user
        self.customer = customer
        self.mark = mark
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        stored = key_customers.form_of(mark) if mark else key_customers.KeyCustomerForm()
        labels = {"reason": self.tr("将其设为重点客户的原因"), "target": self.tr("销售额目标"),
                  "action_plan": self.tr("实现目标的行动措施"), "manager_advice": self.tr("客户服务部经理建议"),
                  "director_advice": self.tr("总经理建议")}
        for field, label in labels.items():
            edit = QLineEdit() if field == "target" else QPlainTextEdit()
            edit.setObjectName(field)
            if isinstance(edit, QPlainTextEdit):
                edit.setFixedHeight(64)
                edit.setPlainText(getattr(stored, field))
            else:
                edit.setText(getattr(stored, field))
            self.form.add_field(label, edit, field)
            self.edits[field] = edit
        self.finish()

    def values(self) -> key_customers.KeyCustomerForm:
        return key_customers.KeyCustomerForm(**{field: edit.text() if isinstance(edit, QLineEdit)
                                                else edit.toPlainText() for field, edit in self.edits.items()})

    def apply(self) -> None:
        if self.mark is None:
            key_customers.mark(self.user, registration.get(self.customer.id), self.values())
        else:
            key_customers.update(self.user, self.mark, self.values())


class AccessLogDialog(QDialog):
    """The borrowing card (借阅卡): who opened which confidential archive, when and why."""

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("机密客户档案借阅记录"))
        self.resize(720, 480)
        columns = [Column(self.tr("时间"), lambda r: r.at),
                   Column(self.tr("借阅人"), lambda r: r.staff_name),
                   Column(self.tr("客户编号"), lambda r: r.customer_number),
                   Column(self.tr("客户名称"), lambda r: r.customer_name),
                   Column(self.tr("用途"), lambda r: r.purpose)]
        self.model = LazyTableModel(columns, lambda page: customer_archive.access_log(user, page))
        layout = QVBoxLayout(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.model.reload()  # refused (PermissionDenied) below 主任: the caller shows the message
