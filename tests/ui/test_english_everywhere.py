"""In English every text a person reads is English, except the office's own data: names and stored free text."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.models import Customer, Shift, Staff, Team
from desktop.services import settings
from desktop.ui import i18n
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.reports.window import ReportWindow
from tests.ui.english_scan import chinese


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")


def _data() -> list[str]:
    """The office's names: people, teams, shifts, customers, the branch."""
    return [*(s.name for s in Staff.select()), *(t.name for t in Team.select()), *(s.name for s in Shift.select()),
            *(c.name for c in Customer.select()), settings.branch_name()]


def _left(widget: QWidget) -> list[tuple[str, str]]:
    return chinese(widget, _data())


@pytest.mark.usefixtures("english", "office_data")
def test_the_login_is_english(qtbot: QtBot) -> None:
    dialog = LoginDialog(settings.branch_name())
    qtbot.addWidget(dialog)
    assert _left(dialog) == []


@pytest.mark.usefixtures("english")
def test_each_main_tab_is_english(qtbot: QtBot, office_data: dict, db_path: Path) -> None:
    window = MainWindow(office_data["supervisor"], db_path)
    qtbot.addWidget(window)
    window.show()
    left = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        left += [(window.tabs.tabText(index), *found) for found in _left(window.tabs.widget(index))]
    assert left == []


@pytest.mark.usefixtures("english")
def test_each_settings_page_is_english(qtbot: QtBot, office_data: dict) -> None:
    dialog = SettingsDialog(office_data["admin"])
    qtbot.addWidget(dialog)
    left = []
    for name in dialog.pages:
        left += [(name, *found) for found in _left(dialog.show_page(name))]
    assert left == []


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("kind", ["daily", "weekly", "monthly"])
def test_the_report_window_is_english(qtbot: QtBot, office_data: dict, kind: str) -> None:
    window = ReportWindow(office_data["supervisor"], kind=kind)
    qtbot.addWidget(window)
    assert _left(window) == []
