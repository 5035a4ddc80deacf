"""Form rows that show a rule's Chinese message right under the field it concerns.

Each field keeps one line reserved under it for its message, shown or not, so no field moves when messages
appear after a save or go as the person corrects them. A message longer than its line ends in "…" there and is
shown whole in a bubble under the field while the field has the focus (and in the line's tooltip)."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
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
BUBBLE_STYLE = "color: #c0392b; background: #FDF2F1; border: 1px solid #E6B0AA; border-radius: 3px; padding: 3px;"
T = TypeVar("T")


class FieldMessage(QLabel):
    """A field's message on its one reserved line: text() is the whole message, the line shows what fits."""

    def __init__(self, field: str) -> None:
        super().__init__()
        self.setObjectName(f"error_{field}")
        self.setStyleSheet(ERROR_STYLE)
        self.setFixedHeight(self.fontMetrics().height())
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def say(self, message: str) -> None:
        self.setText(message)
        self.setToolTip(message if self.cut() else "")
        self.setVisible(bool(message))

    def shown_text(self) -> str:
        """The message as its line shows it: one line, cut with "…" where it is longer."""
        first = self.text().split("\n")[0]
        shown = self.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        return shown if shown == self.text() or shown.endswith("…") else shown.rstrip() + "…"

    def cut(self) -> bool:
        return self.shown_text() != self.text()

    def sizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())  # the field sets the width; a long message is cut

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self.setToolTip(self.text() if self.cut() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.shown_text())


class MessageBubble(QLabel):
    """The whole of a cut message, over the rows below its field while the field has the focus."""

    def __init__(self, message: FieldMessage, field: QWidget) -> None:
        super().__init__(_bubble_parent(field))
        self.message = message
        self.setStyleSheet(BUBBLE_STYLE)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # a click reaches the field beneath
        self.hide()

    def show_under(self) -> None:
        parent = self.parentWidget()
        self.setText(self.message.text())
        self.setFixedWidth(self.message.width())
        self.adjustSize()
        self.move(self.message.mapTo(parent, self.message.rect().topLeft()))
        self.raise_()
        self.show()


def _bubble_parent(field: QWidget) -> QWidget:
    """The widget a bubble is drawn in: the window, or the page of the scroll area the field is in (so that the
    bubble scrolls with its field)."""
    widget = field
    while not widget.isWindow() and widget.parentWidget() is not None:
        viewport = widget.parentWidget()
        if isinstance(viewport.parentWidget(), QAbstractScrollArea):
            return widget
        widget = viewport
    return widget


class _FocusWatch(QObject):
    """Shows a field's bubble when one of its widgets takes the focus, hides it when the focus goes."""

    def __init__(self, row: "FieldRow") -> None:
        super().__init__(row.message)
        self.row = row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.row.focused()
        elif event.type() == QEvent.Type.FocusOut:
            self.row.bubble_off()
        return False


class FieldRow:
    """A field's widgets, its message line and the bubble of a message too long for the line."""

    def __init__(self, widget: QWidget, message: FieldMessage) -> None:
        self.widget, self.message = widget, message
        self.bubble: MessageBubble | None = None
        watch = _FocusWatch(self)
        for part in [widget, *widget.findChildren(QWidget)]:
            part.installEventFilter(watch)

    def focused(self) -> None:
        if self.message.isVisible() and self.message.cut():
            self.bubble = self.bubble or MessageBubble(self.message, self.widget)
            self.bubble.show_under()

    def bubble_off(self) -> None:
        if self.bubble is not None:
            self.bubble.hide()

    def say(self, message: str) -> None:
        self.message.say(message)
        self.bubble_off()
        if message and any(part.hasFocus() for part in [self.widget, *self.widget.findChildren(QWidget)]):
            self.focused()


class ErrorForm(QFormLayout):
    """A QFormLayout whose rows are registered under the service's field names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, FieldRow] = {}
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
        message = FieldMessage(field)
        column.addWidget(message)
        row = self._rows[field] = FieldRow(widget, message)
        for edit in [widget, *widget.findChildren(QWidget)]:
            _on_edit(edit, lambda *_, row=row: self._fixing(row))
        self.addRow(label, box)
        return box

    def _fixing(self, row: FieldRow) -> None:
        """The person is correcting this field: its message goes (its line stays)."""
        if row.message.isVisible():
            row.say("")

    def add_general(self) -> None:
        """The place for messages that concern no single field (call once, where it should appear)."""
        self.addRow(self.general)

    def clear_errors(self) -> None:
        for row in self._rows.values():
            row.say("")
        self.general.clear()
        self.general.hide()

    def show_error(self, error: RuleError) -> None:
        self.clear_errors()
        errors = service_text.field_messages(error)
        for field, message in errors.items():
            row = self._rows.get(field or "")
            if row is None:
                self.general.setText(message if not self.general.text() else f"{self.general.text()}\n{message}")
                self.general.show()
            else:
                row.say(message if not row.message.text() else f"{row.message.text()}\n{message}")

    def error_text(self, field: str) -> str:
        return self._rows[field].message.text()


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
