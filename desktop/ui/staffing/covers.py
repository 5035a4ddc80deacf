"""顶班登记: the month's covers, a new one with its rules checked as it is filled, and the team leader's decision."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Cover, Shift, Staff
from desktop.services import auth, clock
from desktop.services.paging import Page
from desktop.services.staffing import covers, people, swaps
from desktop.ui.service_text import message
from desktop.ui.staffing.common import RecordListPage, person_combo, select_data
from desktop.ui.widgets.forms import ErrorForm, saved
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from desktop.ui.widgets.list_table import list_table


class CoverDialog(QDialog):
    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.saved: Cover | None = None
        self._staff = {person.id: person for person in people.shift_workers()}
        self._choices: list[tuple[datetime.date, Shift]] = []
        self.setWindowTitle(self.tr("登记顶班"))
        self.setMinimumSize(600, 340)
        layout = QVBoxLayout(self)
        self.form = ErrorForm()
        self.absent = person_combo(list(self._staff.values()))
        self.absent.setCurrentIndex(-1)
        self.shift = QComboBox()
        self.cover = person_combo(list(self._staff.values()))
        select_data(self.cover, user.id)
        self.cover.setEnabled(auth.can(user, "covers.request"))  # a clerk offers himself (主动顶班)
        self.reason = QLineEdit()
        rows = [(self.tr("缺勤人"), self.absent, "absent"), (self.tr("班次"), self.shift, "shift"),
                (self.tr("顶班人"), self.cover, "cover"), (self.tr("原因"), self.reason, "reason")]
        for label, widget, field in rows:
            self.form.add_field(label, widget, field)
        self.form.add_general()
        layout.addLayout(self.form)
        self.rules_label = QLabel()
        self.rules_label.setObjectName("rules")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.rules_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.submit_button.setText(self.tr("提交审批"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.absent.currentIndexChanged.connect(self._fill_shifts)
        self.shift.currentIndexChanged.connect(self.recheck)
        self.cover.currentIndexChanged.connect(self.recheck)
        self.reason.textChanged.connect(self.recheck)
        self._fill_shifts()

    def _fill_shifts(self) -> None:
        self.shift.blockSignals(True)
        self.shift.clear()
        absent = self._staff.get(self.absent.currentData())
        self._choices = swaps.upcoming_shifts(absent, clock.today()) if absent else []
        for day, shift in self._choices:
            self.shift.addItem(message(swaps.shift_choice_text(day, shift)))
        self.shift.blockSignals(False)
        self.recheck()

    def draft(self) -> covers.CoverDraft:
        index = self.shift.currentIndex()
        day, shift = self._choices[index] if 0 <= index < len(self._choices) else (None, None)
        cover = self._staff.get(self.cover.currentData())
        return covers.CoverDraft(self._staff.get(self.absent.currentData()), cover, day, shift,
                                 cover is not None and cover.id == self.user.id, self.reason.text())

    def recheck(self) -> None:
        failures = covers.check(self.draft())
        self.rules_label.setText("\n".join(f"✗ {message(f.text)}" for f in failures)
                                 or self.tr("✓ 符合顶班规则，可以提交。批准后排班表自动调整，顶班人计主动顶班 5 分。"))
        self.rules_label.setStyleSheet("color: #c0392b;" if failures else "color: #1e8449;")
        self.submit_button.setEnabled(not failures)

    def submit(self) -> None:
        self.saved = saved(self.form, lambda: covers.submit(self.user, self.draft()))
        if self.saved is not None:
            self.accept()


class CoverPage(RecordListPage):

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        layout = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("登记顶班…"))
        self.approve_button = QPushButton(self.tr("同意"))
        self.refuse_button = QPushButton(self.tr("不同意…"))
        self.withdraw_button = QPushButton(self.tr("撤销…"))
        layout.addLayout(self.month_row({self.add_button: None, self.approve_button: "covers.approve",
                                         self.refuse_button: "covers.approve", self.withdraw_button: None}))
        columns = [
            Column(self.tr("日期"), lambda c: c.day),
            Column(self.tr("班次"), lambda c: c.shift.name),
            Column(self.tr("缺勤人"), lambda c: c.absent.name),
            Column(self.tr("顶班人"), lambda c: c.cover.name),
            Column(self.tr("方式"), lambda c: self.tr("主动顶班") if c.offered else self.tr("班长安排")),
            Column(self.tr("状态"), lambda c: covers.STATUS_TEXT[c.status]),
            Column(self.tr("审批人"), lambda c: c.leader.name if c.leader_id else ""),
            Column(self.tr("原因"), lambda c: c.reason),
        ]
        self.model = LazyTableModel(columns, self._fetch)
        self.table = list_table("covers", self.model)
        layout.addWidget(self.table)
        self.points = QLabel()
        self.points.setObjectName("points")
        layout.addWidget(self.points)
        self.add_button.clicked.connect(self.add)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.refuse_button.clicked.connect(lambda: self.decide(False))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.month.month_changed.connect(self.reload)
        self.reload()

    def _fetch(self, page: Page) -> list[Cover]:
        year, month = self.month.year_month()
        return covers.month(year, month)[page.offset:page.offset + page.limit]

    def reload(self) -> None:
        self.model.reload()
        self.points.setText(message(covers.points_text(*self.month.year_month())))

    def show_cover(self, cover_id: int) -> None:
        cover = covers.get(cover_id)
        self.show_record(cover_id, cover.day if cover else None)

    def record_day(self, record: Cover) -> datetime.date:
        return record.day

    def describe(self, record: Cover) -> str:
        return self.tr("%3 %1 %2的顶班（顶班人 %4）").replace("%1", f"{record.day:%m-%d}").replace(
            "%2", record.shift.name).replace("%3", record.absent.name).replace("%4", record.cover.name)

    def add(self) -> None:
        dialog = CoverDialog(self.user, self)
        dialog.accepted.connect(lambda: self.saved_record(dialog.saved, self.tr("已提交%1")))
        dialog.open()

    def decide(self, approve: bool) -> None:
        if approve:
            self.act(lambda cover: covers.decide(self.user, cover, True), self.tr("已同意%1"))
        else:
            self.act_asking(self.tr("不同意顶班"), self.tr("审批意见："),
                            lambda cover, remark: covers.decide(self.user, cover, False, remark),
                            self.tr("已不同意%1"))

    def withdraw(self) -> None:
        self.act_asking(self.tr("撤销顶班"), self.tr("撤销原因："),
                        lambda cover, reason: covers.withdraw(self.user, cover, reason), self.tr("已撤销%1"))
