"""First run, login and the main window, driven as a person would."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.models import Setting, Staff
from desktop.services import auth, settings
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.password_dialog import ChangePasswordDialog
from desktop.ui.widgets import messages
from tests.conftest import PASSWORD
from tests.ui.keyboard import type_text


def _type(dialog: object, name: str, text: str, qtbot: QtBot) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    edit.setFocus()
    type_text(qtbot, edit, text)


def _press_ok(dialog: object, qtbot: QtBot) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _error(dialog: object, field: str) -> str:
    return dialog.findChild(QLabel, f"error_{field}").text()


@pytest.mark.usefixtures("fresh_db")
def test_first_run_creates_branch_and_administrator(qtbot: QtBot) -> None:
    assert settings.needs_first_run()
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    _press_ok(dialog, qtbot)
    assert _error(dialog, "branch") == "请填写分店名称。"
    assert Staff.select().count() == 0

    for name, text in [("branch", "杭州分店"), ("code", "A001"), ("name", "王管理"), ("login", "wang"),
                       ("password", "abc12345"), ("password2", "abc12399")]:
        _type(dialog, name, text, qtbot)
    _press_ok(dialog, qtbot)
    assert _error(dialog, "password2") == "两次输入的密码不一致。"
    assert Staff.select().count() == 0

    _type(dialog, "password2", "abc12345", qtbot)
    _press_ok(dialog, qtbot)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.admin.role == "admin" and dialog.admin.name == "王管理"
    assert settings.branch_name() == "杭州分店"
    assert not settings.needs_first_run()


def test_login_refuses_a_wrong_password_then_accepts(office_data: dict, qtbot: QtBot) -> None:
    dialog = LoginDialog("测试分店")
    qtbot.addWidget(dialog)
    _type(dialog, "login", "c001", qtbot)
    _type(dialog, "password", "wrong", qtbot)
    _press_ok(dialog, qtbot)
    assert _error(dialog, "password") == "用户名或密码不正确。"
    assert dialog.user is None

    _type(dialog, "password", PASSWORD, qtbot)
    _press_ok(dialog, qtbot)
    assert dialog.user.id == office_data["clerk1"].id


def _log_in(dialog: LoginDialog, qtbot: QtBot) -> None:
    _type(dialog, "login", "c001", qtbot)
    _type(dialog, "password", PASSWORD, qtbot)
    _press_ok(dialog, qtbot)


def test_an_account_whose_password_was_set_by_someone_else_changes_it_first(office_data: dict, qtbot: QtBot) -> None:
    clerk = office_data["clerk1"]
    Staff.update(must_change_password=True).where(Staff.id == clerk.id).execute()
    dialog = LoginDialog("测试分店")
    qtbot.addWidget(dialog)

    def change_password() -> None:
        asked = QApplication.activeModalWidget()
        assert isinstance(asked, ChangePasswordDialog)
        assert not asked.edits["old_password"].isVisible()  # the one just typed
        for name, text in [("new_password", "mine-only"), ("new_password2", "mine-only")]:
            _type(asked, name, text, qtbot)
        _press_ok(asked, qtbot)

    QTimer.singleShot(0, change_password)
    _log_in(dialog, qtbot)
    assert dialog.user.id == clerk.id
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert auth.login("c001", "mine-only").must_change_password is False


def test_who_does_not_change_the_set_password_does_not_get_in(office_data: dict, qtbot: QtBot) -> None:
    Staff.update(must_change_password=True).where(Staff.id == office_data["clerk1"].id).execute()
    dialog = LoginDialog("测试分店")
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    _log_in(dialog, qtbot)
    assert dialog.user is None
    assert _error(dialog, "password") == "请先修改密码，然后才能使用客服台。"


def test_everyone_can_change_their_password_from_the_menu(office_data: dict, qtbot: QtBot, db_target: Path) -> None:
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)

    def change_password() -> None:
        asked = QApplication.activeModalWidget()
        for name, text in [("old_password", PASSWORD), ("new_password", "mine-only"), ("new_password2", "mine-onle")]:
            _type(asked, name, text, qtbot)
        _press_ok(asked, qtbot)
        assert _error(asked, "new_password2") == "两次输入的新密码不一致。"
        _type(asked, "new_password2", "mine-only", qtbot)
        _type(asked, "old_password", "not-mine", qtbot)
        _press_ok(asked, qtbot)
        assert _error(asked, "old_password") == "原密码不正确。"
        _type(asked, "old_password", PASSWORD, qtbot)
        _press_ok(asked, qtbot)

    QTimer.singleShot(0, change_password)
    window.password_action.trigger()
    assert window.password_action.text() == "修改密码…"
    assert auth.login("c001", "mine-only").id == office_data["clerk1"].id


def test_main_window_opens_on_today_before_the_four_tabs(office_data: dict, qtbot: QtBot, db_target: Path) -> None:
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["今日", "拜访记录", "客户登记", "投诉处理", "换班登记"]
    assert window.tabs.currentIndex() == 0
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["文件(&F)", "报表(&R)", "设置(&S)", "帮助(&H)"]
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "张三" in status and "客服专员/业务员" in status and str(db_target) in status


def test_a_clerk_opening_settings_is_refused(office_data: dict, qtbot: QtBot, db_target: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "refused", lambda parent, error: shown.append(error.message))
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    assert not window.settings_action.isEnabled()  # not offered …
    window.open_settings()  # … and refused should it be reached another way
    assert shown == ["您没有权限打开设置（需要主任或以上）。"]


def test_a_window_left_open_acts_with_the_role_held_now(office_data: dict, qtbot: QtBot, db_target: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "refused", lambda parent, error: shown.append(error.message))
    supervisor = office_data["supervisor"]
    window = MainWindow(supervisor, db_target)
    qtbot.addWidget(window)
    Staff.update(role="staff").where(Staff.id == supervisor.id).execute()  # demoted in another window
    window.settings_action.trigger()
    Staff.update(active=False).where(Staff.id == supervisor.id).execute()
    window.backup_action.trigger()
    assert shown == ["您没有权限打开设置（需要主任或以上）。", "您的账号已停用，不能再进行操作。"]


@pytest.mark.usefixtures("fresh_db")
def test_demo_data_fills_a_new_database() -> None:
    from desktop import demo

    demo.generate("small")
    assert Staff.select().where(Staff.login == "admin").exists()
    assert Setting.get_by_id("branch_name").value
    with pytest.raises(RuntimeError):
        demo.generate("small")


def test_only_the_first_tab_is_built_at_start_up(office_data: dict, qtbot: QtBot, db_target: Path) -> None:
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    assert [window.tabs.widget(i).is_built() for i in range(window.tabs.count())] == [True, False, False, False, False]
    window.show()
    window.tabs.setCurrentIndex(3)
    assert window.tabs.widget(3).is_built()
    assert window.current_tab() is window.tabs.widget(3).content()
    assert window.export_action.isEnabled()  # 投诉处理 exports its list


def test_start_up_does_not_load_the_print_export_and_pinyin_libraries() -> None:
    """They cost a third of a second at every start and are needed only when printing, exporting or registering."""
    probe = ("import sys; import desktop.app, desktop.ui.main_window; "
             "print(sorted(m for m in ('reportlab', 'openpyxl', 'pypinyin', 'holidays', 'pypdfium2') "
             "if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2]).stdout.strip()
    assert loaded == "[]"


def test_what_a_role_may_not_do_is_offered_disabled_with_the_reason(office_data: dict, qtbot: QtBot,
                                                                     db_target: Path) -> None:
    clerk = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(clerk)
    assert not clerk.backup_action.isEnabled() and not clerk.settings_action.isEnabled()
    assert clerk.backup_action.toolTip() == "您没有权限备份数据库（需要主任或以上）。"
    assert not any(action.isEnabled() for action in clerk.reports_menu.actions())
    boss = MainWindow(office_data["supervisor"], db_target)
    qtbot.addWidget(boss)
    assert boss.backup_action.isEnabled() and boss.settings_action.isEnabled()
    assert "权限" not in boss.backup_action.toolTip()
