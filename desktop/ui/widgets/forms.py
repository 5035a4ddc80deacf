"""Form rows that show a rule's Chinese message right under the field it concerns."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.errors import RuleError
from desktop.ui import service_text

ERROR_STYLE = "color: #c0392b;"


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
        self.addRow(label, box)
        return box

    def add_general(self) -> None:
        """The place for messages that concern no single field (call once, where it should appear)."""
        self.addRow(self.general)

    def clear_errors(self) -> None:
        for label in [*self._errors.values(), self.general]:
            label.clear()
            label.hide()

    def show_error(self, error: RuleError) -> None:
        self.clear_errors()
        errors = service_text.field_messages(error)
        for field, message in errors.items():
            label = self._errors.get(field or "", self.general)
            label.setText(message if not label.text() else f"{label.text()}\n{message}")
            label.show()

    def error_text(self, field: str) -> str:
        return self._errors[field].text()


def ok_cancel_dialog(dialog: QDialog, form: ErrorForm, submit: Callable[[], None]) -> QPushButton:
    """Lay `form` out in `dialog` above OK (which calls `submit`) and Cancel; returns the OK button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)
