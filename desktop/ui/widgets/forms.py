"""Form rows that show a rule's Chinese message right under the field it concerns.

A message goes as soon as its field is edited, and its line is kept while the form shows any message, so the
fields below do not jump up and down as the person corrects them one by one."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import RuleError
from desktop.ui import service_text

ERROR_STYLE = "color: #c0392b;"
T = TypeVar("T")


class ErrorForm(QFormLayout):
    """A QFormLayout whose rows are registered under the service's field names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self.general = QLabel()
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()

    def add_field(self, label: str, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"error_{field}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        self._errors[field] = message
        for edit in [widget, *widget.findChildren(QWidget)]:
            _on_edit(edit, lambda *_, message=message: self._fixing(message))
        self.addRow(label, box)
        return box

    def _fixing(self, message: QLabel) -> None:
        """The person is correcting this field: its message goes, its line stays until the next save."""
        if message.isVisible():
            policy = message.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            message.setSizePolicy(policy)
            message.hide()

    def add_general(self) -> None:
        """The place for messages that concern no single field (call once, where it should appear)."""
        self.addRow(self.general)

    def clear_errors(self) -> None:
        for label in [*self._errors.values(), self.general]:
            label.clear()
            label.hide()
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(False)
            label.setSizePolicy(policy)

    def show_error(self, error: RuleError) -> None:
        self.clear_errors()
        errors = service_text.field_messages(error)
        for field, message in errors.items():
            label = self._errors.get(field or "", self.general)
            label.setText(message if not label.text() else f"{label.text()}\n{message}")
            label.show()

    def error_text(self, field: str) -> str:
        return self._errors[field].text()


def _on_edit(widget: QWidget, changed: Callable[[], None]) -> None:
    """Call `changed` when `widget`'s value changes, whatever kind of field it is (messages show only after a
    save, so a change made by the program before it is harmless)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.textChanged.connect(changed)  # typed, pasted, or chosen from a completer's list
    elif isinstance(widget, QComboBox):
        widget.activated.connect(changed)
        if widget.isEditable():
            widget.editTextChanged.connect(changed)
    elif isinstance(widget, QDateTimeEdit):
        widget.dateTimeChanged.connect(changed)
    elif isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        widget.valueChanged.connect(changed)
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.toggled.connect(changed)


def ok_cancel_dialog(dialog: QDialog, form: ErrorForm, submit: Callable[[], None]) -> QPushButton:
    """Lay `form` out in `dialog` above OK (which calls `submit`) and Cancel; returns the OK button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def saved(form: ErrorForm, save: Callable[[], T]) -> T | None:
    """What `save` (one service call) returns, or None with its refusal shown under the field it concerns."""
    try:
        return save()
    except RuleError as error:
        form.show_error(error)
        return None
