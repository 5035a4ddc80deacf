"""帮助 → 开始使用清单 driven like the administrator: each step's state, its button, and 已核对 for next year."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.admin.setup_checklist import SetupChecklistDialog
from desktop.ui.main_window import MainWindow


def _checklist(qtbot: QtBot, person, opened: list) -> SetupChecklistDialog:
    dialog = SetupChecklistDialog(person, lambda page: opened.append(page), lambda: opened.append("backup"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_checklist_shows_each_step_and_opens_where_it_is_done(qtbot: QtBot, office_data: dict) -> None:
    opened: list[str] = []
    dialog = _checklist(qtbot, office_data["admin"], opened)
    assert dialog.findChild(QLabel, "state_teams").text() == "2 个班组，都已指定班长。"
    assert "设置 → 排班表" in dialog.findChild(QLabel, "state_roster").text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "do_roster"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "do_backup"), Qt.MouseButton.LeftButton)
    assert opened == ["roster", "backup"]
    holidays = dialog.findChild(QPushButton, "do_calendar")
    assert holidays.text() == "已核对"
    qtbot.mouseClick(holidays, Qt.MouseButton.LeftButton)
    assert "已核对" in dialog.findChild(QLabel, "state_calendar").text()
    assert dialog.findChild(QPushButton, "do_calendar").text() == "去设置…"


def test_the_help_menu_offers_the_checklist_to_who_sets_up_only(qtbot: QtBot, office_data: dict, db_path) -> None:
    admin_window = MainWindow(office_data["admin"], db_path)
    qtbot.addWidget(admin_window)
    assert admin_window.checklist_action.isEnabled()
    clerk_window = MainWindow(office_data["clerk1"], db_path)
    qtbot.addWidget(clerk_window)
    assert not clerk_window.checklist_action.isEnabled() and clerk_window.checklist_action.toolTip()
