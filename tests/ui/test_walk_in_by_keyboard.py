"""A complete walk-in visit with the keyboard alone: search, new customer, visit with ratings, follow-up, save."""

import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.models import Contact, Customer
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.contacts.walk_in import WalkInDialog
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key goes where the window's focus is, as it does for the person."""
    qtbot.keyClick(window.focusWidget(), key, modifier)


def _type(qtbot, window: QWidget, text: str) -> None:
    type_text(qtbot, window.focusWidget(), text)


def _tab_to(qtbot, window: QWidget, field: QWidget) -> None:
    for _ in range(60):
        if window.focusWidget() is field:
            return
        _key(qtbot, window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {field.objectName()}")


def test_a_walk_in_visit_is_recorded_without_the_mouse(qtbot, office_data):
    clerk = office_data["clerk1"]
    dialog = ContactDialog(clerk, "visit")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.picker
    _type(qtbot, dialog, "13900001234")
    _key(qtbot, dialog, Qt.Key.Key_Return)  # searches: nobody yet, and the form stays open
    assert dialog.isVisible() and dialog.picker.chosen is None

    def register() -> None:
        walk_in = QApplication.activeModalWidget()
        assert isinstance(walk_in, WalkInDialog) and walk_in.focusWidget() is walk_in.edits["name"]
        for text in ("刘芳", "刘女士", "139 0000 1234", "两室一厅"):
            _type(qtbot, walk_in, text)
            _key(qtbot, walk_in, Qt.Key.Key_Tab)
        _key(qtbot, walk_in, Qt.Key.Key_Return, CTRL)

    _key(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.register_button
    QTimer.singleShot(0, register)
    _key(qtbot, dialog, Qt.Key.Key_Space)
    new = Customer.get(Customer.name == "刘芳")
    assert dialog.picker.chosen.id == new.id
    _tab_to(qtbot, dialog, dialog.started_at)
    qtbot.keyClicks(dialog.started_at, "1118 0930")
    for combo in dialog.ratings.values():
        _tab_to(qtbot, dialog, combo)
        _key(qtbot, dialog, Qt.Key.Key_Down)  # the first choice of the scale
    _tab_to(qtbot, dialog, dialog.texts["opinions"])
    _type(qtbot, dialog, "看了样板间")
    _key(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.texts["market"]
    _tab_to(qtbot, dialog, dialog.follow_up)
    _key(qtbot, dialog, Qt.Key.Key_Space)
    _key(qtbot, dialog, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.next_follow_up_on
    _type(qtbot, dialog, "1125")
    _key(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    saved = Contact.get()
    assert (saved.customer_id, saved.opinions, saved.started_at) == (
        new.id, "看了样板间", datetime.datetime(2026, 11, 18, 9, 30))
    assert None not in (saved.quality_rating, saved.service_rating, saved.awareness_rating)
    assert saved.next_follow_up_on == datetime.date(2026, 11, 25)
    assert not dialog.isVisible()
