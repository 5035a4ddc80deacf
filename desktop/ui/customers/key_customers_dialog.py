"""重点客户管理表 on screen: the key customers with target, reason and plan; the supervisor marks, edits and
unmarks them; the table prints as the paper form."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services import auth, settings
from desktop.services.customers import key_customers, registration
from desktop.services.customers.key_customers import KeyRow
from desktop.services.errors import RuleError
from desktop.ui.customers.dialogs import KeyCustomerDialog
from desktop.ui.widgets import messages, printing
from desktop.ui.widgets.customer_picker import CustomerPicker
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


def print_table(parent: QWidget, user: Staff) -> None:
    try:
        rows = key_customers.rows(user)
    except RuleError as error:
        messages.refused(parent, error)
        return
    from reports import key_customers as key_table

    title = QCoreApplication.translate("KeyCustomersDialog", "重点客户管理表")
    printing.preview(parent, title, "重点客户管理表.pdf", lambda target: key_table.build(target, rows,
                                                                                        settings.branch_name()))


class KeyCustomersDialog(QDialog):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("重点客户管理表"))
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        manages = auth.can(user, "customers.key")
        bar = QHBoxLayout()
        self.picker = CustomerPicker(user)
        self.picker.setObjectName("picker")
        self.picker.setPlaceholderText(self.tr("输入客户名称、编号或电话，选中后点「设为重点客户」"))
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, shown in (("mark", self.tr("设为重点客户"), self.mark, manages),
                                        ("edit", self.tr("修改"), self.edit, manages),
                                        ("unmark", self.tr("取消重点客户"), self.unmark, manages),
                                        ("print", self.tr("打印管理表"), lambda: print_table(self, self.user), True)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=slot: s())
            button.setVisible(shown)
            self.buttons[name] = button
        self.picker.setVisible(manages)
        bar.addWidget(self.picker, 1)
        for button in self.buttons.values():
            bar.addWidget(button)
        layout.addLayout(bar)
        columns = [Column(self.tr("客户编号"), lambda r: r.number), Column(self.tr("客户名称"), lambda r: r.name),
                   Column(self.tr("归属业务员"), lambda r: r.owner_name),
                   Column(self.tr("销售额目标"), lambda r: r.target),
                   Column(self.tr("将其设为重点客户的原因"), lambda r: r.reason),
                   Column(self.tr("实现目标的行动措施"), lambda r: r.action_plan),
                   Column(self.tr("设定日期"), lambda r: r.marked_on)]
        self.model = LazyTableModel(columns, lambda page: key_customers.rows(self.user, page))
        self.table = list_table("key_customers", self.model)
        for column, width in enumerate([120, 160, 90, 120, 220, 260]):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _: self.edit())
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        layout.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        count = key_customers.count(self.user)
        if count:
            self.status.setText(self.tr("共 %1 位重点客户；其投诉必须回访后才能结案，不回公共池。").replace(
                "%1", str(count)))
        elif auth.can(self.user, "customers.key"):
            self.status.setText(self.tr("还没有重点客户：在上方输入客户名称、编号或电话，选中后点「设为重点客户」。"))
        else:
            self.status.setText(self.tr("还没有重点客户；重点客户由主任设定。"))

    def current(self) -> KeyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def mark(self) -> None:
        customer = self.picker.chosen
        if customer is None:
            messages.info(self, self.tr("设为重点客户"), self.tr("请先在左边的框里选出客户。"))
            return
        if KeyCustomerDialog(self.user, registration.get(customer.id), parent=self).exec():
            self.picker.choose(None)
            self.refresh()

    def edit(self) -> None:
        row = self.current()
        if row is None or row.masked or not auth.can(self.user, "customers.key"):
            return
        mark = key_customers.mark_of(row.customer_id)
        if mark is None:  # another desk took the mark back meanwhile
            self.refresh()
            return
        if KeyCustomerDialog(self.user, registration.get(row.customer_id), mark, self).exec():
            self.refresh()

    def unmark(self, reason: str | None = None) -> None:
        row = self.current()
        if row is None:
            return
        reason = reason or messages.ask_reason(self, self.tr("取消重点客户"), self.tr(
            "%1 %2 不再作为重点客户的原因：").replace("%1", row.number).replace("%2", row.name))
        if not reason:
            return
        mark = key_customers.mark_of(row.customer_id)
        if mark is None:
            self.refresh()
            return
        try:
            key_customers.unmark(self.user, mark, reason)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.refresh()
