"""来访轮接: who receives the next walk-in, today's order from the roster, and who is away or busy."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services.contacts import rotation
from desktop.services.errors import RuleError
from desktop.services.staffing import people
from desktop.ui.service_text import message, translated
from desktop.ui.widgets import messages
from desktop.ui.widgets.list_table import list_table

NEXT_STYLE = "font-size: 16px; font-weight: bold; color: #1a5276;"


class RotationPage(QWidget):
    walk_in_taken = Signal(object)  # rotation.Turn

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.receivers: list[rotation.Receiver] = []
        layout = QVBoxLayout(self)
        self.next_label = QLabel()
        self.next_label.setObjectName("next_receiver")
        self.next_label.setStyleSheet(NEXT_STYLE)
        layout.addWidget(self.next_label)
        bar = QHBoxLayout()
        self._button(bar, "take_walk_in", self.tr("接待下一位来访"), self.take_walk_in)
        bar.addWidget(QLabel(self.tr("客户指定：")))
        self.named = QComboBox()
        self.named.setObjectName("named_receiver")
        bar.addWidget(self.named)
        self._button(bar, "take_named", self.tr("由指定人接待"), self.take_named)
        bar.addStretch()
        self._button(bar, "mark_away", self.tr("标记不在"), lambda: self.set_status("away"))
        self._button(bar, "mark_present", self.tr("在岗/接待完毕"), lambda: self.set_status("present"))
        self._button(bar, "refresh_rotation", self.tr("刷新"), self.refresh)
        layout.addLayout(bar)
        self.model = QStandardItemModel(self)
        self.table = list_table("rotation_table", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table)
        rule = QLabel(self.tr("按当日排班顺序轮流接待；轮到的人不在或正在接待时由下一位接待，不予补回。"
                              "客户指定某人时由其接待，轮接顺序不变；如正轮到此人则计为轮过；"
                              "指定的人不在时由轮到的人接待。"))
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555;")
        layout.addWidget(rule)
        self.refresh()

    def _button(self, bar: QHBoxLayout, name: str, text: str, slot: object) -> None:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        bar.addWidget(button)

    def refresh(self) -> None:
        self.receivers = rotation.board()
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("顺序"), self.tr("工号"), self.tr("姓名"), self.tr("班次"),
                                              self.tr("在班"), self.tr("状态"), self.tr("今日接待"), ""])
        for number, receiver in enumerate(self.receivers, start=1):
            shift = message(people.shift_label(receiver.shift))
            values = [str(number), receiver.staff.code, receiver.staff.name, shift,
                      self.tr("是") if receiver.on_shift else self.tr("否"),
                      translated(rotation.STATUSES[receiver.status]), str(receiver.turns),
                      self.tr("▶ 下一位") if receiver.is_next else ""]
            items = [QStandardItem(value) for value in values]
            for item in items:
                item.setData(receiver.staff.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        following = next((r.staff for r in self.receivers if r.is_next), None)
        self.next_label.setText(self.tr("下一位接待：%1").replace("%1", following.name) if following
                                else self.tr("现在没有可以接待的业务员。"))
        self.named.clear()
        for receiver in self.receivers:
            self.named.addItem(receiver.staff.name, receiver.staff.id)

    def _receiver(self, staff_id: int | None) -> Staff | None:
        return next((r.staff for r in self.receivers if r.staff.id == staff_id), None)

    def _take(self, named: Staff | None) -> None:
        try:
            turn = rotation.take_walk_in(self.user, named)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.refresh()
        self.walk_in_taken.emit(turn)

    def take_walk_in(self) -> None:
        self._take(None)

    def take_named(self) -> None:
        self._take(self._receiver(self.named.currentData()))

    def set_status(self, status: str) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        staff = self._receiver(self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole))
        try:
            rotation.set_status(self.user, staff, status)
        except RuleError as error:
            messages.refused(self, error)
            return
        self.refresh()
