"""Keys every form answers alike (widgets/keyboard.py): Ctrl+Enter saves, Esc cancels, Tab leaves a multi-line box,
Enter in a search searches, the first field takes the typing, a date-time takes "1205 1430"."""

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.ui.complaints.form import ComplaintFormDialog
from desktop.ui.contacts.form import ContactDialog
from tests.customer_data import register
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _complaint_form(qtbot, user) -> ComplaintFormDialog:
    form = ComplaintFormDialog(user)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    return form


def test_enter_in_the_customer_search_searches_and_takes_the_only_match_without_saving(qtbot, office_data):
    zhang = register(office_data["clerk1"], "张三", "13812345678")
    form = _complaint_form(qtbot, office_data["clerk1"])
    form.picker.setFocus()
    qtbot.keyClicks(form.picker, "zs")
    form.picker.completer().popup().hide()
    qtbot.keyClick(form.picker, Qt.Key.Key_Return)
    assert form.saved is None and form.isVisible()
    assert form.form.error_text("content") == ""
    assert form.picker.chosen.id == zhang.id


def test_tab_leaves_a_multi_line_box_and_the_next_text_lands_in_the_next_field(qtbot, office_data):
    form = _complaint_form(qtbot, office_data["clerk1"])
    form.content_edit.setFocus()
    type_text(qtbot, form.content_edit, "设备故障")
    qtbot.keyClick(form.content_edit, Qt.Key.Key_Tab)
    assert form.content_edit.toPlainText() == "设备故障"
    assert form.focusWidget() is form.request_edit


def test_ctrl_enter_saves_from_any_field_and_esc_cancels(qtbot, office_data):
    form = _complaint_form(qtbot, office_data["clerk1"])
    type_text(qtbot, form.complainant_edit, "李四")
    type_text(qtbot, form.contact_edit, "13812345678")
    type_text(qtbot, form.content_edit, "设备故障")
    qtbot.keyClick(form.content_edit, Qt.Key.Key_Return, CTRL)
    assert form.saved is not None and form.result() == QDialog.DialogCode.Accepted
    assert form.saved.content == "设备故障"
    other = _complaint_form(qtbot, office_data["clerk1"])
    qtbot.keyClick(other.complainant_edit, Qt.Key.Key_Escape)
    assert not other.isVisible() and other.saved is None


def test_ctrl_enter_on_an_incomplete_form_shows_its_message_and_keeps_it_open(qtbot, office_data):
    form = _complaint_form(qtbot, office_data["clerk1"])
    qtbot.keyClick(form.complainant_edit, Qt.Key.Key_Enter, CTRL)
    assert form.isVisible() and form.form.error_text("content")


def test_a_new_visit_form_opens_with_the_customer_search_taking_the_typing(qtbot, office_data):
    dialog = ContactDialog(office_data["clerk1"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.picker


def test_a_date_time_takes_a_short_typed_moment_at_once(qtbot, office_data):
    form = _complaint_form(qtbot, office_data["clerk1"])
    assert form.focusWidget() is form.received_edit  # the first field
    qtbot.keyClicks(form.received_edit, "1205 1430")
    assert form.received_edit.dateTime().toPython() == datetime.datetime(2026, 12, 5, 14, 30)
    qtbot.keyClicks(form.promised_edit, "12-06 9:05")
    assert form.promised_edit.dateTime().toPython() == datetime.datetime(2026, 12, 6, 9, 5)


def test_a_date_field_takes_a_typed_day_and_no_time(qtbot, office_data):
    form = _complaint_form(qtbot, office_data["clerk1"])
    form.shipped_edit.setFocus()
    qtbot.keyClicks(form.shipped_edit, "1103")
    assert form.shipped_edit.date().toPython() == datetime.date(2026, 11, 3)  # 未填 takes this year


def test_tab_leaves_a_date_time_field_at_once_and_shift_tab_comes_back(qtbot, office_data):
    form = _complaint_form(qtbot, office_data["clerk1"])
    qtbot.keyClick(form.received_edit, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.channel_box
    qtbot.keyClick(form.channel_box, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.picker
    qtbot.keyClick(form.promised_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert form.focusWidget() is form.severity_box

