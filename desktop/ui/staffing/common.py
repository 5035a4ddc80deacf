"""Pieces the swap tab's pages share: the month picker, person/team choosers and saving a printed PDF."""


from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from desktop.models import Staff
from desktop.services import clock
from desktop.services.staffing import people


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


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
