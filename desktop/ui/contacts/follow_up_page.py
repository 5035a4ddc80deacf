"""待跟进: one's own (or, for a team leader or above, anyone's) follow-ups overdue, due today and in the next
seven days, with how often each customer has been followed up since the visit."""

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import auth
from desktop.services.contacts import follow_ups
from desktop.services.contacts.follow_ups import BUCKETS, REQUIRED_AFTER_VISIT, FollowUpRow
from desktop.services.contacts.options import kind_label
from desktop.services.errors import RuleError
from desktop.services.paging import Page
from desktop.services.staffing import people
from desktop.ui.customers.page import CustomerPage, open_page
from desktop.ui.service_text import translated
from desktop.ui.widgets import messages
from desktop.ui.widgets.export import export_model
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table

translate = QCoreApplication.translate

OVERDUE = QColor("#FBE3E3")


def _after_visit(row: FollowUpRow) -> str:
    if not row.customer_id:
        return ""
    if row.after_visit >= REQUIRED_AFTER_VISIT:
        return translate("FollowUpPage", "第 %1 次 ✓").replace("%1", str(row.after_visit))
    return translate("FollowUpPage", "%1 次").replace("%1", str(row.after_visit))


def columns() -> list[Column]:
    return [
        Column(translate("FollowUpPage", "应跟进日期"), lambda r: r.due_on),
        Column(translate("FollowUpPage", "客户"), lambda r: r.customer_name),
        Column(translate("FollowUpPage", "电话"), lambda r: r.phone),
        Column(translate("FollowUpPage", "负责人"), lambda r: r.staff_name),
        Column(translate("FollowUpPage", "上次联系"),
               lambda r: f"{r.contact_started_at:%Y-%m-%d %H:%M} {translated(kind_label(r.contact_kind))}"),
        Column(translate("FollowUpPage", "目的"), lambda r: r.purpose),
        Column(translate("FollowUpPage", "答应事项"), lambda r: r.promised),
        Column(translate("FollowUpPage", "来访后跟进"), _after_visit),
    ]


class FollowUpPage(QWidget):
    contact_requested = Signal(object)  # FollowUpRow: record the follow-up contact

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.page: CustomerPage | None = None  # the customer page opened last
        self.bucket = "overdue"
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.person = QComboBox()
        self.person.setObjectName("follow_up_person")
        self.person.addItem(self.tr("我的"), user.id)
        if auth.can(user, "follow_ups.view_all"):
            self.person.addItem(self.tr("全部人员"), None)
            for person in people.active_staff():
                if person.id != user.id:
                    self.person.addItem(f"{person.code} {person.name}", person.id)
            self.person.setCurrentIndex(1)
        self.person.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.person)
        self.bucket_buttons = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        for bucket in BUCKETS:
            button = QPushButton()
            button.setObjectName(f"bucket_{bucket}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, b=bucket: self.show_bucket(b))
            self.bucket_buttons.addButton(button)
            self.buttons[bucket] = button
            bar.addWidget(button)
        bar.addStretch()
        for name, text, slot in [("record_follow_up", self.tr("记录跟进…"), self.record_current),
                                 ("close_follow_up", self.tr("结束跟进…"), self.close_current),
                                 ("customer_page", self.tr("客户全貌"), self.open_customer)]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout.addLayout(bar)
        self.hint = QLabel(self.tr("记录与该客户的下一次联系即自动完成跟进；每位客户来访后至少跟进三次。"))
        self.hint.setStyleSheet("color: #555;")
        layout.addWidget(self.hint)
        self.model = LazyTableModel(columns(), self._fetch,
                                    lambda r: OVERDUE if self.bucket == "overdue" else None, self)
        self.table = list_table("follow_ups_table", self.model)
        self.table.doubleClicked.connect(lambda _: self.record_current())
        layout.addWidget(self.table)
        self.refresh()
        self.show_bucket(follow_ups.opening_bucket(self.counts))
        for column, width in enumerate([90, 160, 120, 80, 170, 130, 200]):
            self.table.setColumnWidth(column, width)

    def _fetch(self, page: Page) -> list[FollowUpRow]:
        return follow_ups.fetch(self.user, page, self.bucket, self.person.currentData())

    def show_bucket(self, bucket: str) -> None:
        self.bucket = bucket
        self.buttons[bucket].setChecked(True)
        self.model.reload()

    def refresh(self) -> None:
        self.counts = follow_ups.summary(self.user, self.person.currentData())
        for bucket, text in BUCKETS.items():
            self.buttons[bucket].setText(f"{translated(text)} ({self.counts[bucket]})")
        self.model.reload()

    def current_row(self) -> FollowUpRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def record_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.contact_requested.emit(row)

    def open_customer(self) -> None:
        row = self.current_row()
        if row is not None and row.customer_id is not None:
            self.page = open_page(self, self.user, row.customer_id, self.refresh)

    def close_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        note = messages.ask_reason(self, self.tr("结束跟进"), self.tr("结束原因（如客户已不需要）："))
        if note is None:
            return
        try:
            follow_ups.close(self.user, row.id, note)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.refresh()

    def export_excel(self) -> None:
        export_model(self, self.model, self.tr("待跟进"), self.user, [self.person])
