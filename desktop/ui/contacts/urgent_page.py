"""巡访紧急报告 for the supervisor: urgent contacts waiting to be read, newest first."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models import Staff
from desktop.services.contacts import urgent_reports
from desktop.services.contacts.urgent_reports import UrgentRow
from desktop.services.paging import Page
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

translate = QCoreApplication.translate


def columns() -> list[Column]:
    return [
        Column(translate("UrgentPage", "日期时间"), lambda r: r.started_at),
        Column(translate("UrgentPage", "类别"), lambda r: r.category),
        Column(translate("UrgentPage", "客户"), lambda r: r.customer_name),
        Column(translate("UrgentPage", "报告人"), lambda r: r.staff_name),
        Column(translate("UrgentPage", "内容"), lambda r: r.summary),
    ]


class UrgentPage(QWidget):
    changed = Signal(int)  # how many are still unread

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("urgent_count")
        bar.addWidget(self.count, 1)
        for name, text, slot in [("mark_read", self.tr("标记选中为已读"), self.mark_selected),
                                 ("mark_all_read", self.tr("全部标记为已读"), self.mark_all)]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.model = LazyTableModel(columns(), self._fetch, parent=self)
        self.table = list_table("urgent_table", self.model)
        layout.addWidget(self.table)
        self.refresh()
        for column, width in enumerate([130, 170, 160, 80]):
            self.table.setColumnWidth(column, width)

    def _fetch(self, page: Page) -> list[UrgentRow]:
        return urgent_reports.unread(self.user, page)

    def refresh(self) -> None:
        self.model.reload()
        unread = urgent_reports.unread_count(self.user)
        self.count.setText(self.tr("未读紧急报告：%1 份").replace("%1", str(unread)))
        self.changed.emit(unread)

    def mark_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if rows:
            urgent_reports.mark_read(self.user, [self.model.row_at(r).contact_id for r in sorted(rows)])
            self.refresh()

    def mark_all(self) -> None:
        urgent_reports.mark_all_read(self.user)
        self.refresh()
