"""设置 → 操作日志: who changed what and when, newest first, with each change shown field by field."""

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models import AuditEntry, Staff
from desktop.services import audit
from desktop.services.paging import Page
from desktop.ui.admin.record_page import fill_combo
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


class AuditPage(QWidget):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.table_name: str | None = None
        self.table_text = {
            "staff": self.tr("员工"), "team": self.tr("班组"), "shift": self.tr("班次"),
            "roster_entry": self.tr("排班表"), "calendar_day": self.tr("工作日历"), "setting": self.tr("设置"),
            "customer": self.tr("客户"), "customer_phone": self.tr("客户电话"), "archive_access": self.tr("借阅卡"),
        }
        self.field_text = {
            "code": self.tr("工号"), "name": self.tr("名称"), "team": self.tr("班组"), "leader": self.tr("班长"),
            "job_type": self.tr("岗位/工种"), "skill_level": self.tr("技能等级"), "role": self.tr("角色"),
            "login": self.tr("登录名"), "active": self.tr("启用/在职"), "start": self.tr("上班"),
            "end": self.tr("下班"), "staff": self.tr("员工"), "day": self.tr("日期"), "shift": self.tr("班次"),
            "kind": self.tr("类型"), "source": self.tr("来源"), "key": self.tr("项目"), "value": self.tr("值"),
            "voided_at": self.tr("作废时间"), "voided_by": self.tr("作废人"), "void_reason": self.tr("作废原因"),
            "must_change_password": self.tr("下次登录须改密码"),
        }
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("表：")))
        self.table_combo = QComboBox()
        self.table_combo.activated.connect(self._table_picked)
        bar.addWidget(self.table_combo)
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = LazyTableModel(self.columns(), self.fetch, parent=self)
        self.view = list_table("records", self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter.addWidget(self.view)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("选择一条记录，在此查看修改前后的内容。"))
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.refresh()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("时间"), lambda e: f"{e.at:%Y-%m-%d %H:%M:%S}"),
            Column(self.tr("操作人"), lambda e: e.actor.name if e.actor_id else self.tr("（系统）")),
            Column(self.tr("操作"), lambda e: audit.ACTION_TEXT.get(e.action, e.action)),
            Column(self.tr("表"), lambda e: self.table_text.get(e.table_name, e.table_name)),
            Column(self.tr("记录"), lambda e: e.record_id),
            Column(self.tr("原因"), lambda e: e.reason or ""),
        ]

    def fetch(self, page: Page) -> list[AuditEntry]:
        return audit.entries(self.user, page.limit, page.after, self.table_name)

    def refresh(self) -> None:
        names = audit.table_names(self.user)
        fill_combo(self.table_combo, [(self.tr("全部"), None)] + [
            (self.table_text.get(name, name), name) for name in names])
        self.table_name = self.table_combo.currentData()
        self.model.reload()
        self.detail.clear()

    def _table_picked(self) -> None:
        self.table_name = self.table_combo.currentData()
        self.model.reload()
        self.detail.clear()

    def _row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.detail.setPlainText(self.describe(self.model.row_at(current.row())))

    def describe(self, entry: AuditEntry) -> str:
        lines = [f"{entry.at:%Y-%m-%d %H:%M:%S}  {audit.ACTION_TEXT.get(entry.action, entry.action)}  "
                 f"{self.table_text.get(entry.table_name, entry.table_name)} #{entry.record_id}"]
        if entry.reason:
            lines.append(self.tr("原因：%1").replace("%1", entry.reason))
        for change in audit.changes(entry):
            label = self.field_text.get(change.field, change.field)
            if entry.action == "create":
                lines.append(f"{label}：{self._value(change.new)}")
            else:
                lines.append(f"{label}：{self._value(change.old)} → {self._value(change.new)}")
        return "\n".join(lines)

    def _value(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("（空）")
        if isinstance(value, bool):
            return self.tr("是") if value else self.tr("否")
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
