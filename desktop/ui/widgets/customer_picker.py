"""Pick a registered customer by typing any part of the name, pinyin initials, phone digits or number."""

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolTip, QWidget

from desktop.models import Customer, Staff
from desktop.services.customers import lists as customer_lists
from desktop.ui.service_text import message

LIMIT = 12


def label(customer: Customer) -> str:
    return f"{customer.name}  {customer.number}  {customer.phone}"


class CustomerPicker(QLineEdit):
    """A line edit whose completer lists the customer search's matches; `chosen` is the picked customer."""

    picked = Signal(object)  # Customer | None

    def __init__(self, user: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.chosen: Customer | None = None
        self._matches: list[Customer] = []
        self.setPlaceholderText(self.tr("输入姓名、拼音首字母、电话或客户编号"))
        self.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[str].connect(self._activated)
        self.setCompleter(completer)
        self.textEdited.connect(self.search)

    def search(self, text: str) -> list[Customer]:
        """Refresh the suggestions for `text` (a new search forgets the chosen customer)."""
        self._matches = customer_lists.search(self.user, text, LIMIT) if text.strip() else []
        self._model.setStringList([label(c) for c in self._matches])
        if self.chosen is not None:
            self.chosen = None
            self.picked.emit(None)
        if self._matches:
            self.completer().complete()
        needed = customer_lists.too_short(text) if not self._matches else None
        self._say_needed(message(needed) if needed else None)
        return self._matches

    def _say_needed(self, needed: str | None) -> None:
        """A search too short to select anyone says, beside the box, what it needs."""
        self.setToolTip(needed or "")
        if needed:
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), needed, self)
        else:
            QToolTip.hideText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter searches (and takes the only match) instead of reaching the form's Save button."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers():
            super().keyPressEvent(event)
            return
        event.accept()
        if self.chosen is None:
            matches = self.search(self.text())
            if len(matches) == 1:
                self.completer().popup().hide()
                self.choose(matches[0])

    def _activated(self, text: str) -> None:
        match = next((c for c in self._matches if label(c) == text), None)
        if match is not None:
            self.choose(match)

    def choose(self, customer: Customer | None) -> None:
        self.chosen = customer
        self.setText(label(customer) if customer is not None else "")
        self.picked.emit(customer)
