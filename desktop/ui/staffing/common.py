"""Pieces the swap tab's pages share: the month picker, person/team choosers, the shifts one may hand over or log,
a text box and a list page acting on its selection."""


import datetime
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.models import Shift, Staff
from desktop.services import auth, clock
from desktop.services.errors import RuleError
from desktop.services.staffing import people
from desktop.ui.service_text import message
from desktop.ui.widgets import messages
from desktop.ui.widgets.lazy_table import LazyTableModel


class MonthPicker(QDateEdit):
    """A year-and-month field (the day is always the 1st); `month_changed` fires with (year, month)."""

    month_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = clock.today()
        self.setDisplayFormat(self.tr("yyyy年MM月"))
        self.setDate(QDate(today.year, today.month, 1))
        self.setCurrentSection(QDateEdit.Section.MonthSection)
        self.dateChanged.connect(lambda date: self.month_changed.emit(date.year(), date.month()))

    def year_month(self) -> tuple[int, int]:
        return self.date().year(), self.date().month()

    def set_month(self, year: int, month: int) -> None:
        self.setDate(QDate(year, month, 1))


def team_combo(all_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_text, None)
    for team in people.teams():
        combo.addItem(team.name, team.id)
    return combo


def person_combo(persons: list[Staff], all_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if all_text is not None:
        combo.addItem(all_text, None)
    for person in persons:
        team = f"，{person.team.name}" if person.team_id else ""
        combo.addItem(f"{person.name}（{person.code}{team}）", person.id)
    return combo


def text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 * lines + 10)
    return box


def shift_choices(now: datetime.datetime) -> list[tuple[datetime.date, Shift]]:
    """The shifts that may be handed over now: today's and yesterday's that have begun, latest first."""
    choices = [(day, shift) for day in (now.date(), now.date() - datetime.timedelta(days=1))
               for shift in people.shifts() if people.shift_span(shift, day)[0] <= now]
    return sorted(choices, key=lambda choice: people.shift_span(choice[1], choice[0])[0], reverse=True)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class RecordListPage(QWidget):
    """A month's list of requests whose buttons act on the selected row; `changed` after each action."""

    changed = Signal()
    user: Staff
    month: MonthPicker
    model: LazyTableModel
    table: QTableView

    def month_row(self, buttons: dict[QPushButton, str | None]) -> QHBoxLayout:
        """月份 with its picker (as `self.month`) on the left, then the buttons on the right; one needing a permission
        the user lacks is disabled, its tooltip saying why."""
        row = QHBoxLayout()
        self.month = MonthPicker()
        row.addWidget(QLabel(self.tr("月份")))
        row.addWidget(self.month)
        row.addStretch()
        for button, permission in buttons.items():
            if permission and not auth.can(self.user, permission):
                button.setEnabled(False)
                button.setToolTip(message(auth.refusal(permission)))
            row.addWidget(button)
        return row

    def reload(self) -> None:
        self.model.reload()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_record(self, record_id: int, day: datetime.date | None) -> None:
        """From 今日: the month of `day` (the record's), with the record selected."""
        if day is None:
            return
        self.month.set_month(day.year, day.month)
        self.reload()
        for index, row in enumerate(self.model.all_rows()):
            if row.id == record_id:
                self.table.selectRow(index)
                return

    def done(self) -> None:
        self.reload()
        self.changed.emit()

    def record_day(self, record: Any) -> datetime.date:
        """The day whose month lists `record` (each page says)."""
        raise NotImplementedError

    def describe(self, record: Any) -> str:
        """The record in a few words, for the status bar (each page says)."""
        raise NotImplementedError

    def saved_record(self, record: Any, done: str) -> None:
        """After a save: the record's month, the record selected in it, and the status bar saying `done` (its %1 is
        the record described)."""
        self.show_record(record.id, self.record_day(record))
        self.changed.emit()
        messages.saved(self, done.replace("%1", self.describe(record)))

    def act(self, action: Callable[[Any], Any], done: str | None = None) -> None:
        """Run `action` on the selected row; a refusal is shown, None (the person cancelled) changes nothing; with
        `done`, the row stays selected and the status bar says it."""
        record = self.selected()
        if record is None:
            return
        try:
            if action(record) is None:
                return
        except RuleError as error:
            messages.refused(self, error)
            return
        if done is None:
            self.done()
        else:
            self.saved_record(record, done)

    def act_asking(self, title: str, prompt: str, action: Callable[[Any, str], Any],
                   done: str | None = None) -> None:
        """`act` with a required reason or remark asked first; cancelling it does nothing."""
        def run(record: Any) -> Any:
            answer = messages.ask_reason(self, title, prompt)
            return None if answer is None else action(record, answer)
        self.act(run, done)
