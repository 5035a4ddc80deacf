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

from desktop.models import Complaint, Staff
from desktop.services.complaints import deadlines, history, lists, workflow
from desktop.services.complaints.lists import ComplaintDetail
from desktop.ui.service_text import joined, message, translated

URGENCY_STYLE = {deadlines.OVERDUE: "color: #b71c1c; font-weight: bold;",
                 deadlines.CLOSE: "color: #b26a00; font-weight: bold;", deadlines.OK: "color: #2e7d32;"}
STEP_ORDER = ["assess", "dispatch", "investigate", "propose", "approve", "send_back", "reply", "callback",
              "close_unreachable", "redo", "decide_close", "pause", "resume", "extend", "remind", "meeting", "merge",
              "unmerge", "split", "reopen", "void"]


class ComplaintDetailView(QWidget):
    step_requested = Signal(str)  # an action key of workflow.ACTIONS
    open_requested = Signal(int)  # another complaint's id (a reopen link)
    customer_requested = Signal(int)  # the complaint's registered customer, for 客户全貌
    shown = Signal()  # another complaint, or the same one after a step, is on show

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
        self._build_fields()
        layout.addWidget(self.fields_box)
        self.links = QHBoxLayout()
        layout.addLayout(self.links)
        self.buttons_row = QHBoxLayout()
        self.customer_button = QPushButton(self.tr("客户全貌"))
        self.customer_button.setObjectName("customer_page")
        self.customer_button.clicked.connect(self._open_customer)
        self.customer_button.hide()
        self.buttons_row.addWidget(self.customer_button)
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

    def _open_customer(self) -> None:
        if self.detail is not None and self.detail.complaint.customer_id is not None:
            self.customer_requested.emit(self.detail.complaint.customer_id)

    def _action_text(self, action: str) -> str:
        texts = {"assess": self.tr("判断"), "dispatch": self.tr("派发"), "investigate": self.tr("调查结果"),
                 "propose": self.tr("处理方案"), "approve": self.tr("审批"), "send_back": self.tr("退回"),
                 "reply": self.tr("答复客户"), "callback": self.tr("回访"),
                 "close_unreachable": self.tr("无法联系结案"),
                 "redo": self.tr("退回重查"), "decide_close": self.tr("主任结案"), "extend": self.tr("延期"),
                 "remind": self.tr("催办"), "reopen": self.tr("另立新单"), "void": self.tr("作废"),
                 "pause": self.tr("暂停等待"), "resume": self.tr("恢复处理"), "merge": self.tr("合并…"),
                 "unmerge": self.tr("撤销合并"), "split": self.tr("拆分…"), "meeting": self.tr("管理层会议")}
        return texts[action]

    def show_complaint(self, complaint_id: int | None) -> None:
        self.detail = lists.detail(complaint_id) if complaint_id is not None else None
        self._show()
        self.shown.emit()

    def _show(self) -> None:
        while self.links.count():
            item = self.links.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.history.setRowCount(0)
        if self.detail is None:
            self.title.setText(self.tr("请在左侧列表中选择一件投诉。"))
            self.deadline.clear()
            for label in self.values.values():
                label.clear()
            for button in self.buttons.values():
                button.hide()
            self.customer_button.hide()
            return
        c = self.detail.complaint
        self.customer_button.setVisible(c.customer_id is not None)
        self.title.setText(f"{c.number}　{translated(lists.status_label(c))}")
        left = lists.time_left(c)
        if c.status in workflow.WAITING and c.voided_at is None:
            self.deadline.setText(self.tr("暂停计时：") + self._pause_text(c, translated(left.text)))
            self.deadline.setStyleSheet(URGENCY_STYLE[left.urgency])
        elif left.due is not None:
            what = self.tr("回访期限") if c.status == workflow.REPLIED else self.tr("处理期限")
            self.deadline.setText(self.tr("%1：").replace("%1", what)
                                  + f"{left.due:%Y-%m-%d %H:%M}　{translated(left.text)}")
            self.deadline.setStyleSheet(URGENCY_STYLE[left.urgency])
        else:
            self.deadline.setText(self.tr("结案：") + (f"{c.closed_at:%Y-%m-%d %H:%M} {translated(c.closed_as or '')}"
                                                       if c.closed_at else self.tr("—")))
            self.deadline.setStyleSheet("")
        self._fields()
        self._link_buttons()
        allowed = set(workflow.allowed_actions(self.user, c))
        for action, button in self.buttons.items():
            button.setVisible(action in allowed)
        for event in self.detail.events:
            row = self.history.rowCount()
            self.history.insertRow(row)
            note = message(history.words(event))
            if event.complaint_id != c.id:  # the history of a complaint merged into this one
                note = self.tr("〔%1〕").replace("%1", self._number(event.complaint_id)) + note
            cells = [f"{event.at:%m-%d %H:%M}", event.actor.name, self._action_label(event.action),
                     translated(workflow.STATUS_TEXT[event.to_status]), note]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.resizeRowsToContents()

    def _pause_text(self, c: Complaint, left: str) -> str:
        since = self.tr("自 %1 起").replace("%1", f"{c.paused_at:%m-%d %H:%M}")
        held = self.tr("处理期限 %1 待恢复后顺延").replace("%1", f"{c.due_at:%Y-%m-%d %H:%M}")
        return joined([left, since, c.pause_reason, held], "　")

    def _action_label(self, action: str) -> str:
        extra = {"receive": self.tr("受理"), "close": self.tr("结案"), "escalate": self.tr("退回主任"),
                 "merge": self.tr("合并"), "split": self.tr("拆分")}
        return extra.get(action) or self._action_text(action)

    def _field_labels(self) -> list[tuple[str, str, bool]]:
        """(key, label, wide): the short fields two to a row, then the long ones across the whole width."""
        short = [("received", self.tr("受理时间")), ("received_by", self.tr("受理人")),
                 ("complainant", self.tr("投诉人")), ("contact", self.tr("联系方式")),
                 ("channel", self.tr("渠道")), ("category", self.tr("分类")),
                 ("severity", self.tr("严重程度")), ("promised", self.tr("承诺答复")),
                 ("department", self.tr("责任部门")), ("assignee", self.tr("责任人"))]
        wide = [("content", self.tr("投诉内容")), ("request", self.tr("客户要求")), ("finding", self.tr("调查结果")),
                ("proposal", self.tr("处理方案")), ("approval", self.tr("审批")), ("reply", self.tr("处理结果")),
                ("meetings", self.tr("管理层会议")), ("callbacks", self.tr("回访")), ("void", self.tr("作废"))]
        return [(key, label, False) for key, label in short] + [(key, label, True) for key, label in wide]

    def _build_fields(self) -> None:
        self.values: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        row = 0
        for index, (key, label, wide) in enumerate(self._field_labels()):
            column = 0 if wide else index % 2
            name = QLabel(self.tr("%1：").replace("%1", label))
            name.setStyleSheet("color: #555;")
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(name, row, column * 2)
            self.grid.addWidget(value, row, column * 2 + 1, 1, 3 if wide else 1)
            self.names[key], self.values[key] = name, value
            if wide or column == 1:
                row += 1
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    def _fields(self) -> None:
        c = self.detail.complaint
        texts = {
            "received": f"{c.received_at:%Y-%m-%d %H:%M}", "received_by": c.received_by.name,
            "complainant": c.complainant, "contact": c.contact,
            "channel": translated(workflow.label("channel", c.channel)),
            "category": f"{translated(workflow.label('category', c.category))}／{translated(c.cause_kind)}",
            "severity": self.tr("%1（%n 个工作日）", "", c.deadline_days).replace(
                "%1", translated(workflow.label("severity", c.severity))),
            "promised": f"{c.promised_at:%m-%d %H:%M}" if c.promised_at else "",
            "department": translated(c.department), "assignee": c.assignee.name if c.assignee_id else "",
            "content": c.content, "request": c.request, "finding": c.finding, "proposal": c.proposal,
            "approval": (f"{c.approved_by.name}：{c.approval_note or self.tr('同意')}" if c.approved_by_id
                         else c.approval_note),
            "reply": c.reply,
            "meetings": "\n".join(f"{m.held_on:%Y-%m-%d} {m.attendees}：{m.decision}（{m.responsible}）"
                                   for m in self.detail.meetings),
            "callbacks": self.tr("%n 次，未联系上 %1 次，满意度：%2", "", len(self.detail.callbacks)).replace(
                "%1", str(self.detail.failed_callbacks)).replace(
                "%2", translated(c.satisfaction) if c.satisfaction else "—")
            if self.detail.callbacks else "",
            "void": f"{c.voided_at:%Y-%m-%d %H:%M} {c.void_reason}" if c.voided_at else "",
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.names["void"].setVisible(bool(texts["void"]))
        self.values["void"].setVisible(bool(texts["void"]))

    def _number(self, complaint_id: int) -> str:
        return next(m.number for m in self.detail.merged if m.id == complaint_id)

    def _link_buttons(self) -> None:
        d = self.detail
        links = [(self.tr("原投诉单 %1"), [d.reopened_from] if d.reopened_from else []),
                 (self.tr("另立新单 %1"), d.reopenings),
                 (self.tr("已并入 %1"), [d.merged_into] if d.merged_into else []),
                 (self.tr("合并了 %1"), d.merged),
                 (self.tr("拆分自 %1"), [d.split_from] if d.split_from else []),
                 (self.tr("拆分出 %1"), d.splits)]
        for text, complaints in links:
            for other in complaints:
                self._link(text.replace("%1", other.number), other.id)
        self.links.addStretch()

    def _link(self, text: str, complaint_id: int) -> None:
        button = QPushButton(text)
        button.setFlat(True)
        button.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        button.clicked.connect(lambda _=False: self.open_requested.emit(complaint_id))
        self.links.addWidget(button)
