"""设置 → 客户规则: how long each grade stays with its owner, the warning window and the open pool's claim limits."""

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
                               "（客户登记制度）。归属天数填 0 即按制度的一个月；冷静期和持有上限填 0 表示不限制。"))
        seeds.setWordWrap(True)
        seeds.setStyleSheet(NOTE_STYLE)
        layout.addWidget(seeds)
        self.form = ErrorForm()
        labels = {**{key: self.tr("%1 级客户无跟进保留天数").replace("%1", grade)
                     for grade, key in pool_rules.LAPSE_DAYS.items()},
                  pool_rules.WARNING_DAYS: self.tr("提前提醒天数（今日、客户登记）"),
                  pool_rules.RECLAIM_DAYS: self.tr("原业务员再申领冷静期（天）"),
                  pool_rules.MAX_CUSTOMERS: self.tr("每人最多持有客户数（家庭计一位）")}
        self.edits: dict[str, QLineEdit] = {}
        for key, label in labels.items():
            edit = QLineEdit()
            edit.setObjectName(key)
            self.form.add_field(label, edit, key)
            self.edits[key] = edit
        self.reclaim_edit, self.max_edit = self.edits[pool_rules.RECLAIM_DAYS], self.edits[pool_rules.MAX_CUSTOMERS]
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
        for key, value in pool_rules.values(pool_rules.current()).items():
            self.edits[key].setText(str(value))

    def save(self) -> None:
        self.saved_label.clear()
        try:
            pool_rules.save(self.user, {key: edit.text() for key, edit in self.edits.items()})
        except RuleError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        self.saved_label.setText(self.tr("已保存。"))
