"""One complaint: its form fields, deadline, links to reopened forms, the whole history and the step buttons."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Staff
from desktop.services import complaint_lists, complaints, deadlines
from desktop.services.complaint_lists import ComplaintDetail

URGENCY_STYLE = {deadlines.OVERDUE: "color: #b71c1c; font-weight: bold;",
                 deadlines.CLOSE: "color: #b26a00; font-weight: bold;", deadlines.OK: "color: #2e7d32;"}
STEP_ORDER = ["assess", "dispatch", "investigate", "propose", "approve", "send_back", "reply", "callback",
              "close_unreachable", "redo", "decide_close", "extend", "remind", "reopen", "void"]


class ComplaintDetailView(QWidget):
    step_requested = Signal(str)  # an action key of complaints.ACTIONS
    open_requested = Signal(int)  # another complaint's id (a reopen link)

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.detail: ComplaintDetail | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("请在左侧列表中选择一件投诉。"))
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.deadline = QLabel()
        layout.addWidget(self.title)
        layout.addWidget(self.deadline)
        self.fields_box = QGroupBox(self.tr("投诉记录"))
        self.grid = QGridLayout(self.fields_box)
        layout.addWidget(self.fields_box)
        self.links = QHBoxLayout()
        layout.addLayout(self.links)
        self.buttons_row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in STEP_ORDER:
            button = QPushButton(self._action_text(action))
            button.setObjectName(f"step_{action}")
            button.clicked.connect(lambda _=False, a=action: self.step_requested.emit(a))
            button.hide()
            self.buttons[action] = button
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch()
        layout.addLayout(self.buttons_row)
        layout.addWidget(QLabel(self.tr("处理经过")))
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("经办人"), self.tr("步骤"), self.tr("状态"), self.tr("内容")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(True)
        layout.addWidget(self.history, 1)

    def _action_text(self, action: str) -> str:
        texts = {"assess": self.tr("判断"), "dispatch": self.tr("派发"), "investigate": self.tr("调查结果"),
                 "propose": self.tr("处理方案"), "approve": self.tr("审批"), "send_back": self.tr("退回"),
                 "reply": self.tr("答复客户"), "callback": self.tr("回访"),
                 "close_unreachable": self.tr("无法联系结案"),
                 "redo": self.tr("退回重查"), "decide_close": self.tr("主任结案"), "extend": self.tr("延期"),
                 "remind": self.tr("催办"), "reopen": self.tr("另立新单"), "void": self.tr("作废")}
        return texts[action]

    def show_complaint(self, complaint_id: int | None) -> None:
        self.detail = complaint_lists.detail(complaint_id) if complaint_id is not None else None
        self._show()

    def _show(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        while self.links.count():
            item = self.links.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.history.setRowCount(0)
        if self.detail is None:
            self.title.setText(self.tr("请在左侧列表中选择一件投诉。"))
            self.deadline.clear()
            for button in self.buttons.values():
                button.hide()
            return
        c = self.detail.complaint
        self.title.setText(f"{c.number}　{complaint_lists.status_label(c)}")
        left = complaint_lists.time_left(c)
        if left.due is not None:
            what = self.tr("回访期限") if c.status == complaints.REPLIED else self.tr("处理期限")
            self.deadline.setText(f"{what}：{left.due:%Y-%m-%d %H:%M}　{left.text}")
            self.deadline.setStyleSheet(URGENCY_STYLE[left.urgency])
        else:
            self.deadline.setText(self.tr("结案：") + (f"{c.closed_at:%Y-%m-%d %H:%M} {c.closed_as}"
                                                       if c.closed_at else self.tr("—")))
            self.deadline.setStyleSheet("")
        self._fields()
        self._link_buttons()
        allowed = set(complaints.allowed_actions(self.user, c))
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
        for event in self.detail.events:
            row = self.history.rowCount()
            self.history.insertRow(row)
            cells = [f"{event.at:%m-%d %H:%M}", event.actor.name, self._action_label(event.action),
                     complaints.STATUS_TEXT[event.to_status], event.note]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.resizeRowsToContents()

    def _action_label(self, action: str) -> str:
        extra = {"receive": self.tr("受理"), "close": self.tr("结案"), "escalate": self.tr("退回主任")}
        return extra.get(action) or self._action_text(action)

    def _fields(self) -> None:
        c = self.detail.complaint
        pairs = [
            (self.tr("受理时间"), f"{c.received_at:%Y-%m-%d %H:%M}"), (self.tr("受理人"), c.received_by.name),
            (self.tr("投诉人"), c.complainant), (self.tr("联系方式"), c.contact),
            (self.tr("渠道"), c.channel), (self.tr("分类"), f"{c.category}／{c.cause_kind}"),
            (self.tr("严重程度"), f"{c.severity}（{c.deadline_days} 个工作日）"),
            (self.tr("承诺答复"), f"{c.promised_at:%m-%d %H:%M}" if c.promised_at else ""),
            (self.tr("责任部门"), c.department), (self.tr("责任人"), c.assignee.name if c.assignee_id else ""),
            (self.tr("投诉内容"), c.content), (self.tr("客户要求"), c.request),
            (self.tr("调查结果"), c.finding), (self.tr("处理方案"), c.proposal),
            (self.tr("审批"), f"{c.approved_by.name} {c.approval_note}" if c.approved_by_id else c.approval_note),
            (self.tr("处理结果"), c.reply),
            (self.tr("回访"), self.tr("%1 次，未联系上 %2 次，满意度：%3").replace(
                "%1", str(len(self.detail.callbacks))).replace("%2", str(self.detail.failed_callbacks)).replace(
                "%3", c.satisfaction or "—")),
        ]
        if c.voided_at:
            pairs.append((self.tr("作废"), f"{c.voided_at:%Y-%m-%d %H:%M} {c.void_reason}"))
        for index, (label, value) in enumerate(pairs):
            row, column = divmod(index, 2) if index < 10 else (index - 5, 0)
            name = QLabel(label + "：")
            name.setStyleSheet("color: #555;")
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, row, column * 2)
            self.grid.addWidget(text, row, column * 2 + 1, 1, 1 if index < 10 else 3)

    def _link_buttons(self) -> None:
        original = self.detail.reopened_from
        if original is not None:
            self._link(self.tr("原投诉单 %1").replace("%1", original.number), original.id)
        for newer in self.detail.reopenings:
            self._link(self.tr("另立新单 %1").replace("%1", newer.number), newer.id)
        self.links.addStretch()

    def _link(self, text: str, complaint_id: int) -> None:
        button = QPushButton(text)
        button.setFlat(True)
        button.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        button.clicked.connect(lambda _=False: self.open_requested.emit(complaint_id))
        self.links.addWidget(button)
