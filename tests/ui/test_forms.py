"""Forms with each message under its field (widgets/forms.ErrorForm): nothing moves when messages come and go, and
a message longer than its line is read whole in a bubble while its field has the focus."""

from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services.errors import ValidationErrors
from desktop.ui.widgets.forms import ErrorForm, MessageBubble

LONG = "电话号码格式不正确：手机号为 1 开头的 11 位数字，座机需带区号，例如 0571-88886666。"


def _form(qtbot: QtBot) -> tuple[QDialog, ErrorForm, dict[str, QLineEdit]]:
    dialog = QDialog()
    form = ErrorForm(dialog)
    edits = {field: QLineEdit() for field in ("name", "phone", "address")}
    for field, edit in edits.items():
        form.add_field(field, edit, field)
    form.add_general()
    qtbot.addWidget(dialog)
    dialog.resize(360, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, form, edits


def _tops(dialog: QDialog, edits: dict[str, QLineEdit]) -> dict[str, int]:
    return {field: edit.mapTo(dialog, edit.rect().topLeft()).y() for field, edit in edits.items()}


def test_no_field_moves_when_messages_appear_or_go(qtbot: QtBot) -> None:
    dialog, form, edits = _form(qtbot)
    before, height = _tops(dialog, edits), dialog.height()
    form.show_error(ValidationErrors({"name": "请填写客户名称。", "phone": LONG}))
    qtbot.wait(10)  # the layout would make room now
    assert form.error_text("phone") == LONG and _tops(dialog, edits) == before and dialog.height() == height
    qtbot.keyClicks(edits["name"], "Li")
    qtbot.wait(10)
    assert form.error_text("name") == "" and _tops(dialog, edits) == before


def test_a_message_too_long_for_its_line_is_read_whole_while_its_field_has_the_focus(qtbot: QtBot) -> None:
    dialog, form, edits = _form(qtbot)
    form.show_error(ValidationErrors({"name": "请填写客户名称。", "phone": LONG}))
    line = dialog.findChild(type(form._rows["phone"].message), "error_phone")
    assert line.shown_text().endswith("…") and line.toolTip() == LONG
    assert not dialog.findChild(type(form._rows["name"].message), "error_name").cut()
    edits["phone"].setFocus()
    qtbot.waitUntil(lambda: any(bubble.isVisible() for bubble in dialog.findChildren(MessageBubble)))
    bubble, = dialog.findChildren(MessageBubble)
    assert bubble.text() == LONG and bubble.y() == line.mapTo(dialog, line.rect().topLeft()).y()
    edits["address"].setFocus()
    qtbot.waitUntil(lambda: not bubble.isVisible())
    edits["name"].setFocus()  # a message that fits needs no bubble
    assert not bubble.isVisible()
    edits["phone"].setFocus()
    qtbot.waitUntil(bubble.isVisible)
    qtbot.keyClicks(edits["phone"], "1")  # correcting: the message and its bubble go
    assert not bubble.isVisible() and form.error_text("phone") == ""
