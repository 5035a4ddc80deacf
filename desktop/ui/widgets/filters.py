"""The filters above a list: drop-downs of (text, value) choices and open-ended dates, reloading the list when
changed."""

import datetime
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit

NO_DATE = QDate(2000, 1, 1)  # a date filter at its minimum means 不限


def filter_combo(name: str, changed: Callable[[], None], items: Sequence[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    combo.currentIndexChanged.connect(changed)
    return combo


def date_filter(name: str, changed: Callable[[], None]) -> QDateEdit:
    """A date filter that starts at 不限."""
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("filters", "不限"))
    edit.setDate(NO_DATE)
    edit.dateChanged.connect(changed)
    return edit


def chosen_day(edit: QDateEdit) -> datetime.date | None:
    """The date chosen in a date filter, None for 不限."""
    return None if edit.date() == NO_DATE else edit.date().toPython()


def fit_placeholder(edit: QLineEdit, most: int = 360) -> None:
    """A search box at least as wide as its hint (in the interface's language), so the hint is never cut off."""
    edit.setMinimumWidth(min(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24, most))
    edit.setToolTip(edit.placeholderText())


def narrow(combo: QComboBox, characters: int = 14) -> None:
    """A drop-down with long choices that does not take the width of its longest one in a row of filters."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
