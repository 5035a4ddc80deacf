"""Typing as a person does: Latin keys one by one, Chinese through the input method's commit (as 拼音输入法 does)."""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """QTest.keyClicks only knows ASCII keys, so runs of other characters are committed like an IME would."""
    run = ""
    for char in text + "\0":
        if char.isascii() and run:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
            run = ""
        if char == "\0":
            break
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            run += char
