"""设置 → 客户规则: the open pool's claim limits (a previous owner's cool-down, a cap per person), 0 for off."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services.customers import pool_rules
from desktop.services.errors import RuleError
from desktop.ui.widgets.forms import ErrorForm

NOTE_STYLE = "color: #666;"


class CustomerRulesPage(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(620)
        outer.addWidget(column)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        seeds = QLabel(self.tr("先登记者为准；客户最后一次跟进满一个月无新跟进即回公共池，其他业务员可以申领"
                               "（客户登记制度）。以下限制为本店设置，填 0 表示不限制。"))
        seeds.setWordWrap(True)
        seeds.setStyleSheet(NOTE_STYLE)
        layout.addWidget(seeds)
        self.form = ErrorForm()
        self.reclaim_edit = QLineEdit()
        self.reclaim_edit.setObjectName(pool_rules.RECLAIM_DAYS)
        self.max_edit = QLineEdit()
        self.max_edit.setObjectName(pool_rules.MAX_CUSTOMERS)
        self.form.add_field(self.tr("原业务员再申领冷静期（天）"), self.reclaim_edit, pool_rules.RECLAIM_DAYS)
        self.form.add_field(self.tr("每人最多持有客户数（家庭计一位）"), self.max_edit, pool_rules.MAX_CUSTOMERS)
        self.form.add_general()
        layout.addLayout(self.form)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        rules = pool_rules.current()
        self.reclaim_edit.setText(str(rules.reclaim_days))
        self.max_edit.setText(str(rules.max_customers))

    def save(self) -> None:
        self.saved_label.clear()
        try:
            pool_rules.save(self.user, self.reclaim_edit.text(), self.max_edit.text())
        except RuleError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        self.saved_label.setText(self.tr("已保存。"))
