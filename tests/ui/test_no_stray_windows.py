"""Building a tab or window shows nothing of its own: a button shown before it has a parent is a window for a moment (a
flash on the desktop, and its place written to the settings when it is hidden again, 10-20 ms each)."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


class ShownWindows(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(f"{type(watched).__name__} {watched.objectName()}".strip())
        return False


def _customers(user) -> QWidget:
    from desktop.ui.customers.tab import CustomersTab
    return CustomersTab(user)


def _contacts(user) -> QWidget:
    from desktop.ui.contacts.tab import ContactsTab
    return ContactsTab(user)


def _complaints(user) -> QWidget:
    from desktop.ui.complaints.tab import ComplaintsTab
    return ComplaintsTab(user)


def _swaps(user) -> QWidget:
    from desktop.ui.staffing.tab import SwapsTab
    return SwapsTab(user)


def _settings(user) -> QWidget:
    from desktop.ui.admin.settings_dialog import SettingsDialog
    return SettingsDialog(user)


def _reports(user) -> QWidget:
    from desktop.ui.reports.window import ReportWindow
    return ReportWindow(user)


@pytest.mark.parametrize("build", [_customers, _contacts, _complaints, _swaps, _settings, _reports])
def test_building_a_tab_or_window_shows_no_window(build: Callable, office_data, supervisor, qtbot: QtBot) -> None:
    watch = ShownWindows()
    QApplication.instance().installEventFilter(watch)
    try:
        tab = build(supervisor)
        qtbot.addWidget(tab)
        qtbot.wait(10)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.names == []
