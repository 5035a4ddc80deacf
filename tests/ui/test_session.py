"""The desk changing hands: switching user and locking, typed like a person would."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desktop.services import settings
from desktop.ui import login
from desktop.ui.main_window import MainWindow
from tests.conftest import PASSWORD


def unlock_as(window: MainWindow, qtbot: QtBot, name: str, password: str) -> None:
    screen = window.pages.currentWidget()
    field = screen.findChild(QLineEdit, "unlock_login")
    field.clear()
    qtbot.keyClicks(field, name)
    qtbot.keyClicks(screen.findChild(QLineEdit, "unlock_password"), password)
    qtbot.mouseClick(screen.findChild(QPushButton, "unlock"), Qt.MouseButton.LeftButton)


def test_locking_hides_the_work_until_the_same_person_logs_in(office_data, clerk, db_target: Path,
                                                              qtbot: QtBot) -> None:
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    window.show()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert window.is_locked() and not window.tabs.isVisible()
    assert not window.export_action.isEnabled() and not window.print_action.isEnabled()
    unlock_as(window, qtbot, "c002", PASSWORD)  # another clerk may not
    assert window.is_locked()
    assert window.pages.currentWidget().form.error_text("login") == "只有 张三 本人或主任可以解锁。"
    unlock_as(window, qtbot, "c001", "wrong")
    assert window.is_locked()
    unlock_as(window, qtbot, "c001", PASSWORD)
    assert not window.is_locked() and window.tabs.isVisible() and window.user.id == clerk.id


def test_a_supervisor_unlocks_and_then_works_under_his_own_name(office_data, clerk, supervisor, db_target: Path,
                                                                qtbot: QtBot) -> None:
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    window.show()
    window.lock()
    unlock_as(window, qtbot, "z001", PASSWORD)
    assert not window.isVisible() and window.successor.user.id == supervisor.id
    qtbot.addWidget(window.successor)
    care = window.successor.backup_care  # the database was never backed up: its supervisor is told at once
    qtbot.waitUntil(lambda: getattr(care, "reminder_box", None) is not None)
    care.reminder_box.close()


def test_switching_user_opens_the_next_persons_window_and_cancel_keeps_the_first(
        office_data, clerk, leader, db_target: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([None, leader])

    def exec_login(dialog: login.LoginDialog) -> int:
        dialog.user = next(answers)
        return QDialog.DialogCode.Accepted if dialog.user else QDialog.DialogCode.Rejected

    monkeypatch.setattr(login.LoginDialog, "exec", exec_login)
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    window.show()
    window.switch_user()
    assert window.isVisible() and window.user.id == clerk.id
    window.switch_user()
    assert not window.isVisible() and window.successor.user.id == leader.id and window.successor.isVisible()
    qtbot.addWidget(window.successor)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, login.LoginDialog) and w.isVisible()]


def test_a_desk_left_idle_locks_itself_after_the_offices_minutes(office_data, clerk, supervisor, db_target: Path,
                                                                 qtbot: QtBot) -> None:
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    window.show()
    window.check_idle(24 * 60 * 60_000)
    assert not window.is_locked()  # 0: the office has not asked for it
    settings.save_interface(supervisor, "测试分店", "zh_CN", idle_lock_minutes=10)
    window.check_idle(9 * 60_000)
    assert not window.is_locked()
    window.check_idle(10 * 60_000)
    assert window.is_locked()
    unlock_as(window, qtbot, "c001", PASSWORD)
    assert not window.is_locked()

