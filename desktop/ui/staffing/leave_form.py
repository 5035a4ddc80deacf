"""The leave request form (请假申请): every rule of 请假制度 is checked beside it as it is filled."""

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Leave, Staff
from desktop.services import auth, clock
from desktop.services.errors import RuleError, Text, ValidationErrors, lines
from desktop.services.staffing import leave, leave_rules, people
from desktop.services.staffing.rule_failures import RulesFailed
from desktop.ui.service_text import chosen, fill, message, translated
from desktop.ui.staffing.common import person_combo, select_data
from desktop.ui.widgets.forms import ErrorForm

FAIL_STYLE = "color: #c0392b;"
LATE_STYLE = "color: #b9770e;"
PASS_STYLE = "color: #1e8449;"


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class LeaveDialog(QDialog):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.record: Leave | None = None
        self._staff = {person.id: person for person in people.shift_workers()}
        self.setWindowTitle(self.tr("请假申请"))
        self.resize(880, 420)
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_form(), 3)
        layout.addWidget(self._build_rules(), 2)
        self.recheck()

    def _build_form(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.form = ErrorForm()
        self.person = person_combo(list(self._staff.values()))
        select_data(self.person, self.user.id)
        self.person.setEnabled(auth.can(self.user, "leave.manage"))
        self.kind = QComboBox()
        fill(self.kind, leave_rules.KINDS)
        self.start, self.end = _date_edit(), _date_edit()
        self.half = QComboBox()
        self.half.addItems([self.tr("全天"), self.tr("上午"), self.tr("下午")])
        self.urgent = QCheckBox(self.tr("特殊事假 / 急诊"))
        self.phoned_at = QDateTimeEdit(QDateTime(clock.now()))
        self.phoned_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reason = QLineEdit()
        rows = [(self.tr("请假人"), self.person, "person"), (self.tr("类型"), self.kind, "kind"),
                (self.tr("开始日期"), self.start, "start"), (self.tr("结束日期"), self.end, "end"),
                (self.tr("半天"), self.half, "half"), (self.tr("紧急"), self.urgent, "urgent"),
                (self.tr("电话通知班长"), self.phoned_at, "phoned_at"), (self.tr("事由"), self.reason, "reason")]
        for label, widget, field in rows:
            self.form.add_field(label, widget, field)
        self.form.add_general()
        column.addLayout(self.form)
        hint = QLabel(self.tr("一般事假须提前一天、特殊事假须班前一小时提出；病假可由他人代请，"
                              "急诊须在班前电话通知班长。一天由班长、客服部主任逐级审批，"
                              "一天以上和公假还须客服中心主任批准。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        column.addWidget(hint)
        column.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submit_button.setText(self.tr("提交审批"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        for signal in (self.person.currentIndexChanged, self.kind.currentIndexChanged, self.start.dateChanged,
                       self.end.dateChanged, self.half.currentIndexChanged, self.urgent.toggled,
                       self.phoned_at.dateTimeChanged, self.reason.textChanged):
            signal.connect(self.recheck)
        return column

    def _build_rules(self) -> QGroupBox:
        box = QGroupBox(self.tr("请假制度检查"))
        column = QVBoxLayout(box)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("rules")
        self.rules_label.setWordWrap(True)
        self.rules_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.rules_label, 1)
        return box

    def draft(self) -> leave_rules.LeaveDraft:
        phoned = self.phoned_at.dateTime().toPython().replace(second=0, microsecond=0)
        sick_emergency = self.urgent.isChecked() and chosen(self.kind) == leave_rules.SICK
        return leave_rules.LeaveDraft(
            self._staff.get(self.person.currentData()), chosen(self.kind), self.start.date().toPython(),
            self.end.date().toPython(), self.user, leave_rules.HALVES[self.half.currentIndex()],
            self.urgent.isChecked(), phoned if sick_emergency else None, self.reason.text())

    def recheck(self) -> list[leave_rules.RuleFailure]:
        draft = self.draft()
        self.phoned_at.setEnabled(self.urgent.isChecked() and draft.kind == leave_rules.SICK)
        failures = leave_rules.check(draft)
        stops = leave_rules.blocking(failures)
        lines = [f"✗ {message(f.text)}" for f in stops]
        late = [message(f.text) for f in failures if f not in stops]
        if late:
            lines.append(self.tr("⚠ 迟报：") + self.tr("；").join(late)
                         + self.tr("。须经管理人员批准方可生效，否则按旷工处理。"))
        if draft.person is not None and not stops:
            lines += [f"⚠ {message(w)}" for w in leave_rules.swap_warnings(draft)]
            steps = leave.steps_for(draft.person, draft.kind, draft.length())
            lines.append(self.tr("审批：") + " → ".join(translated(leave.STEP_TEXT[s]) for s in steps))
        if not failures:
            lines.insert(0, self.tr("✓ 符合请假制度，可以提交。"))
        self.rules_label.setText("\n".join(lines))
        self.rules_label.setStyleSheet(FAIL_STYLE if stops else LATE_STYLE if late else PASS_STYLE)
        self.submit_button.setEnabled(not stops)
        return failures

    def submit(self) -> None:
        try:
            self.record = leave.apply(self.user, self.draft())
        except RulesFailed as error:
            self.form.show_error(ValidationErrors(_by_field(error)))
            return
        except RuleError as error:
            self.form.show_error(error)
            return
        self.accept()


def _by_field(error: RulesFailed) -> dict[str, Text]:
    fields: dict[str, list[Text]] = {}
    for failure in error.failures:
        fields.setdefault(failure.field or "", []).append(failure.text)
    return {field: lines(texts) for field, texts in fields.items()}
