"""The keys every form answers the same way, applied to all windows by one application event filter.

Ctrl+Enter saves the dialog (its Save/OK button), Esc cancels it (Qt's own), Tab leaves a multi-line box instead of
typing a tab into it and leaves a date-time instead of stepping through its parts, a dialog opens with its first field
ready for typing, and a date-time field takes a typed "1205 1430" or "12-05 14:30" at once instead of part by part.
"""

import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.services import clock
from desktop.ui.widgets import typed_time

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
FIELD_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)
SAVE_ROLES = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole,
              QDialogButtonBox.ButtonRole.ApplyRole)
TYPED = "typed_time"  # the dynamic property holding what has been typed into a date-time field so far


def first_field(window: QWidget) -> QWidget | None:
    """The first enabled, visible, editable field in the window's tab order."""
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if isinstance(widget, FIELD_TYPES) and _takes_tab(widget) and not _read_only(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value) and widget.isEnabled() and \
        widget.isVisible()


def _leave(widget: QWidget, forward: bool) -> bool:
    """Tab moves to the next field, not (as a date-time's own Tab does) to the next part of the same field."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    other = step(widget)
    while other is not None and other is not widget and not (_takes_tab(other) and other.focusProxy() is None):
        other = step(other)
    if other is None or other is widget:
        return False
    other.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True


def _read_only(widget: QWidget) -> bool:
    return bool(getattr(widget, "isReadOnly", lambda: False)())


def save_button(dialog: QDialog) -> QAbstractButton | None:
    """The button that saves the dialog: the accept button of its own button box, if it may be pressed now."""
    for box in dialog.findChildren(QDialogButtonBox):
        if box.window() is not dialog:
            continue
        for role in SAVE_ROLES:
            for button in box.buttons():
                if box.buttonRole(button) == role and button.isEnabled() and button.isVisibleTo(dialog):
                    return button
    return None


def install(app: QObject) -> "KeyboardRules":
    return app.findChild(KeyboardRules) or KeyboardRules(app)


def _current(edit: QDateTimeEdit) -> datetime.datetime:
    """What a typed moment leaves out comes from the field, or from now where the field says 未填."""
    unset = bool(edit.specialValueText()) and edit.dateTime() == edit.minimumDateTime()
    return clock.now() if unset else edit.dateTime().toPython()


class KeyboardRules(QObject):
    """A child of the application, filtering its events."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        parent.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, QPlainTextEdit | QTextEdit):
            obj.setTabChangesFocus(True)
        elif kind == QEvent.Type.Show and isinstance(obj, QDialog) and not event.spontaneous():
            self._focus_first(obj)
        elif kind == QEvent.Type.KeyPress and isinstance(obj, QWidget):
            return self._key(obj, event)
        elif kind == QEvent.Type.FocusOut and isinstance(obj, QDateTimeEdit):
            obj.setProperty(TYPED, "")
        return False

    @staticmethod
    def _focus_first(dialog: QDialog) -> None:
        current = dialog.focusWidget()
        if isinstance(current, FIELD_TYPES):
            return  # the dialog chose where typing starts
        field = first_field(dialog)
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        if event.key() in ENTER_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return self._save(widget)
        if isinstance(widget, QDateTimeEdit) and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return _leave(widget, event.key() == Qt.Key.Key_Tab and not event.modifiers())
        if isinstance(widget, QDateTimeEdit):
            return self._type_time(widget, event)
        return False

    @staticmethod
    def _save(widget: QWidget) -> bool:
        dialog = widget.window()
        button = save_button(dialog) if isinstance(dialog, QDialog) else None
        if button is None:
            return False
        button.click()
        return True

    @staticmethod
    def _type_time(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
        """Digits and separators gather into one typed text, read whole after each key: the field shows the moment
        as soon as the text names one."""
        text = event.text()
        if not text or text not in typed_time.TYPED_KEYS or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            edit.setProperty(TYPED, "")
            return False
        typed = (edit.property(TYPED) or "") + text
        edit.setProperty(TYPED, typed)
        with_time = bool(edit.displayedSections() & QDateTimeEdit.Section.TimeSections_Mask)
        moment = typed_time.read(typed, _current(edit), with_time)
        if moment is not None:
            edit.setDateTime(QDateTime(moment))
        return True
