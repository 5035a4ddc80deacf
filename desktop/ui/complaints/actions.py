"""The small form of each workflow step (判断, 派发, 调查 …): its fields, and the one service call it makes."""

import datetime
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.models import Complaint, Staff
from desktop.services import clock, wording
from desktop.services.complaints import workflow
from desktop.services.errors import RuleError
from desktop.services.staffing import people
from desktop.services.wording import Pick
from desktop.ui.service_text import choose, translated
from desktop.ui.widgets.forms import ErrorForm, ok_cancel_dialog
from desktop.ui.widgets.wording_picker import WordingButton, with_button

Call = Callable[[Staff, Complaint, dict[str, Any]], Complaint]

CALLS: dict[str, Call] = {
    "assess": lambda u, c, v: workflow.assess(u, c, v["valid"] == "成立", v["note"], v["reply"]),
    "dispatch": lambda u, c, v: workflow.dispatch(u, c, v["department"], v["assignee"], v["note"]),
    "investigate": lambda u, c, v: workflow.investigate(u, c, v["finding"], v["responsible_party"],
                                                          v["cause_kind"]),
    "propose": lambda u, c, v: workflow.propose(u, c, v["proposal"]),
    "approve": lambda u, c, v: workflow.approve(u, c, v["note"]),
    "send_back": lambda u, c, v: workflow.send_back(u, c, v["note"]),
    "reply": lambda u, c, v: workflow.reply(u, c, v["reply"]),
    "callback": lambda u, c, v: workflow.record_callback(
        u, c, v["result"] == "联系上", v["satisfaction"], v["solved"] == "已解决", v["result"] == "联系方式有误",
        v["note"]),
    "close_unreachable": lambda u, c, v: workflow.close_unreachable(u, c, v["note"]),
    "redo": lambda u, c, v: workflow.redo(u, c, v["note"]),
    "decide_close": lambda u, c, v: workflow.decide_close(u, c, v["note"]),
    "extend": lambda u, c, v: workflow.extend(u, c, v["days"], v["reason"]),
    "remind": lambda u, c, v: workflow.remind(u, c, v["note"]),
    "void": lambda u, c, v: workflow.void(u, c, v["reason"]),
    "pause": lambda u, c, v: workflow.pause(u, c, v["kind"], v["reason"], v["expected_on"]),
    "resume": lambda u, c, v: workflow.resume(u, c, v["reason"]),
    "unmerge": lambda u, c, v: workflow.unmerge(u, c, v["reason"]),
    "meeting": lambda u, c, v: workflow.record_meeting(u, c, workflow.MeetingForm(
        v["held_on"], v["attendees"], v["decision"], v["responsible"])),
}
# what a step shows of the complaint: taken again after 退回, it starts from the stored text, to keep or revise
STORED: dict[str, tuple[str, ...]] = {"investigate": ("finding", "responsible_party", "cause_kind"),
                                      "propose": ("proposal",), "reply": ("reply",)}
# the text box of a step that offers the supervisor's wording (话术), and of which category
WORDING: dict[str, tuple[str, str]] = {"assess": ("reply", "invalid"), "reply": ("reply", "reply"),
                                       "callback": ("note", "callback")}


class StepDialog(QDialog):
    """One step's form; on OK it calls the service, shows a refusal under its field, or closes."""

    def __init__(self, user: Staff, complaint: Complaint, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user, self.complaint, self.action = user, complaint, action
        self.setWindowTitle(f"{complaint.number}：{workflow.ACTIONS[action][2]}")
        self.setMinimumWidth(520)
        self.form = ErrorForm()
        self.inputs: dict[str, QWidget] = {}
        self.picks: list[Pick] = []
        self._fields()
        self._show_stored()
        self.form.add_general()
        self.ok_button = ok_cancel_dialog(self, self.form, self.submit)

    def _text(self, field: str, label: str, height: int = 70) -> None:
        edit = QPlainTextEdit()
        edit.setFixedHeight(height)
        edit.setObjectName(field)
        self.inputs[field] = edit
        if WORDING.get(self.action, ("",))[0] == field:
            self.wording_button = WordingButton(self.user, WORDING[self.action][1], edit, field, self.picks,
                                                self._wording_context, self)
            self.form.add_field(label, with_button(edit, self.wording_button), field)
        else:
            self.form.add_field(label, edit, field)

    def _wording_context(self) -> dict[str, Any]:
        """What a template is filled from: this complaint, and the 不成立 reason typed above the reply."""
        typed = {"不成立原因": self.inputs["note"].toPlainText()} if self.action == "assess" else {}
        return {"complaint": self.complaint, "typed": typed}

    def _choice(self, field: str, label: str, items: list[str], texts: list[str] | None = None) -> None:
        """A choice of `items` (the values the service takes), shown as `texts` when those are given."""
        box = QComboBox()
        for item, text in zip(items, texts or items, strict=True):
            box.addItem(translated(text), item)
        self._add(field, label, box)

    def _add(self, field: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(field)
        self.inputs[field] = widget
        self.form.add_field(label, widget, field)

    def _fields(self) -> None:
        action, c = self.action, self.complaint
        if action == "assess":
            self._choice("valid", self.tr("判断"), ["成立", "不成立"], texts=[self.tr("成立"), self.tr("不成立")])
            self._text("note", self.tr("判断意见/不成立原因"))
            self._text("reply", self.tr("给客户的答复（不成立时）"))
        elif action == "dispatch":
            self._choice("department", self.tr("责任部门"), workflow.DEPARTMENTS)
            box = QComboBox()
            box.addItem(self.tr("（不指定）"), None)
            for person in people.active_staff():
                box.addItem(f"{person.code} {person.name}", person.id)
            self._add("assignee", self.tr("责任人"), box)
            self._text("note", self.tr("说明"), 50)
        elif action == "investigate":
            self._text("finding", self.tr("调查结果与原因"), 90)
            self._text("responsible_party", self.tr("责任人"), 30)
            self._choice("cause_kind", self.tr("原因类别"), workflow.CAUSE_KINDS)
        elif action == "propose":
            self._text("proposal", self.tr("处理方案"), 90)
        elif action in ("approve", "send_back", "redo", "decide_close", "close_unreachable", "remind"):
            labels = {"approve": self.tr("审批意见"), "send_back": self.tr("退回意见"), "redo": self.tr("主任意见"),
                      "decide_close": self.tr("结案意见"), "close_unreachable": self.tr("说明"),
                      "remind": self.tr("催办意见")}
            self._text("note", labels[action])
            if action == "approve":
                self.form.insertRow(0, QLabel(self.tr("处理方案：") + c.proposal))
        elif action == "reply":
            self._text("reply", self.tr("告知客户的处理结果"), 90)
            self.form.insertRow(0, QLabel(self.tr("批准的方案：") + c.proposal))
        elif action == "callback":
            self._choice("result", self.tr("联系结果"), ["联系上", "未联系上", "联系方式有误"],
                         texts=[self.tr("联系上"), self.tr("未联系上"), self.tr("联系方式有误")])
            self._choice("satisfaction", self.tr("客户满意度"), workflow.SATISFACTION)
            self._choice("solved", self.tr("问题是否解决"), ["已解决", "未解决"],
                         texts=[self.tr("已解决"), self.tr("未解决")])
            self._text("note", self.tr("回访记录"), 50)
        elif action == "extend":
            spin = QSpinBox()
            spin.setRange(c.deadline_days + 1, workflow.MAX_DEADLINE_DAYS)
            spin.setSuffix(self.tr(" 个工作日"))
            self._add("days", self.tr("处理期限"), spin)
            self._text("reason", self.tr("特殊情况说明"))
        elif action == "void":
            self._text("reason", self.tr("作废原因"), 50)
        elif action == "pause":
            self._choice("kind", self.tr("等待"), list(workflow.WAITING),
                         texts=[self.tr("等待客户"), self.tr("等待第三方")])
            self._text("reason", self.tr("等待什么"), 50)
            self._add("expected_on", self.tr("预计答复日期"), self._date(workflow.expected_answer(clock.today())))
            self.form.insertRow(0, QLabel(self.tr("等待期间处理期限停止计时，恢复后顺延等待的工作时间。")))
        elif action == "meeting":
            self._add("held_on", self.tr("会议日期"), self._date(clock.today()))
            self._text("attendees", self.tr("出席人"), 50)
            self._text("decision", self.tr("会议决议"), 90)
            self._text("responsible", self.tr("负责人"), 30)
        elif action == "unmerge":
            self.form.insertRow(0, QLabel(self.tr("恢复为合并前的状态，单独处理。")))
            self._text("reason", self.tr("撤销理由"), 50)
        elif action == "resume":
            self.form.insertRow(0, QLabel(self.tr("等待：") + c.pause_reason))
            self._text("reason", self.tr("恢复原因"), 50)

    @staticmethod
    def _date(day: datetime.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _show_stored(self) -> None:
        for field in STORED.get(self.action, ()):
            widget, value = self.inputs[field], getattr(self.complaint, field)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                choose(widget, value)

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for field, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                result[field] = widget.toPlainText()
            elif isinstance(widget, QSpinBox):
                result[field] = widget.value()
            elif isinstance(widget, QDateEdit):
                result[field] = widget.date().toPython()
            else:
                result[field] = widget.currentData()
        return result

    def submit(self) -> None:
        try:
            values = self.values()
            unsent = self.action == "assess" and values["valid"] == "成立"  # a valid complaint sends no reply yet
            call = CALLS[self.action]
            wording.save_with_uses(self.user, [] if unsent else self.picks,
                                   lambda: call(self.user, self.complaint, values))
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()
