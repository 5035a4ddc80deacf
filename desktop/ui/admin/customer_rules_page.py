"""设置 → 客户规则: how long each grade stays with its owner, who never lapses, the warning window, the open
pool's claim limits and how often one customer may be handed over in service."""

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from desktop.models import Staff
from desktop.services.customers import pool_rules
from desktop.ui.admin.form_page import FormPage

NOTE_STYLE = "color: #666;"


class CustomerRulesPage(FormPage):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(620, parent)
        self.user = user
        seeds = QLabel(self.tr("先登记者为准；客户最后一次跟进满一个月无新跟进即回公共池，其他业务员可以申领"
                               "（客户登记制度）。归属天数填 0 即按制度的一个月；冷静期、持有上限和交接次数填 0 "
                               "表示不限制。"))
        seeds.setWordWrap(True)
        seeds.setStyleSheet(NOTE_STYLE)
        self.column.addWidget(seeds)
        labels = {**{key: self.tr("%1 级客户无跟进保留天数").replace("%1", grade)
                     for grade, key in pool_rules.LAPSE_DAYS.items()},
                  pool_rules.WARNING_DAYS: self.tr("提前提醒天数（今日、客户登记）"),
                  pool_rules.RECLAIM_DAYS: self.tr("原业务员再申领冷静期（天）"),
                  pool_rules.MAX_CUSTOMERS: self.tr("每人最多持有客户数（家庭计一位）"),
                  pool_rules.TRANSFER_LIMIT: self.tr("同一客户在职交接次数上限"),
                  pool_rules.TRANSFER_WINDOW: self.tr("在职交接次数的计算期间（天）")}
        self.edits: dict[str, QLineEdit] = {}
        for key, label in labels.items():
            edit = QLineEdit()
            edit.setObjectName(key)
            self.form.add_field(label, edit, key)
            self.edits[key] = edit
        switches = {pool_rules.EXEMPT_COMPLAINT: self.tr("有未结案投诉的客户不回公共池"),
                    pool_rules.EXEMPT_KEY: self.tr("重点客户不回公共池")}
        self.checks: dict[str, QCheckBox] = {}
        for key, label in switches.items():
            check = QCheckBox(label)
            check.setObjectName(key)
            self.form.add_field(self.tr("免于回收") if not self.checks else "", check, key)
            self.checks[key] = check
        self.reclaim_edit, self.max_edit = self.edits[pool_rules.RECLAIM_DAYS], self.edits[pool_rules.MAX_CUSTOMERS]
        self.finish()
        self.refresh()

    def refresh(self) -> None:
        for key, value in pool_rules.values(pool_rules.current()).items():
            if key in self.checks:
                self.checks[key].setChecked(bool(value))
            else:
                self.edits[key].setText(str(value))

    def apply(self) -> None:
        pool_rules.save(self.user, {**{key: edit.text() for key, edit in self.edits.items()},
                                    **{key: int(check.isChecked()) for key, check in self.checks.items()}})
