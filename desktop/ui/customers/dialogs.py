"""Small dialogs of the 客户登记 tab: reassign an owner, record a credit review, the borrowing-card viewer."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services.customers import archive as customer_archive
from desktop.services.customers import registration
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
