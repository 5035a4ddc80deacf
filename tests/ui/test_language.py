"""The English interface: windows in English after i18n.install("en"), and a .ts/.qm pair that is complete."""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from desktop.paths import I18N
from desktop.services import auth
from desktop.services.contacts import follow_ups, records, rotation
from desktop.services.contacts.options import KINDS, RATING_TITLES
from desktop.services.staffing import roster_cells
from desktop.ui import i18n, service_text
from desktop.ui.contacts.list_page import ContactListPage
from desktop.ui.customers.tab import CustomersTab
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow

TS_FILE = I18N / "kefutai_en.ts"
QM_FILE = I18N / "kefutai_en.qm"
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("zh_CN")  # the other tests read the Chinese texts


def _messages() -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.usefixtures("english")
def test_main_window_tabs_and_menus_are_english(office_data: dict, qtbot: QtBot, db_target: Path) -> None:
    window = MainWindow(office_data["admin"], db_target)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Today", "Visit Log", "Customers", "Complaints", "Shift Swaps"]
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Reports", "&Settings", "&Help"]
    assert window.windowTitle().startswith("Service Desk — ")
    status = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert status.startswith("User: ")


@pytest.mark.usefixtures("english", "office_data")
def test_login_dialog_is_english(qtbot: QtBot) -> None:
    dialog = LoginDialog("")
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(form.rowCount())]
    assert labels == ["Login", "Password"]
    assert dialog.windowTitle() == "Service Desk — Log In"
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).text() == "Log In"


@pytest.mark.usefixtures("english")
def test_list_columns_and_service_names_are_english(qtbot: QtBot, clerk: object) -> None:
    """Column tables built outside a widget class and the services' names come out translated too."""
    customers_tab = CustomersTab(clerk)
    qtbot.addWidget(customers_tab)
    assert customers_tab.model.headers()[:2] == ["Customer No.", "Name"]
    contact_list = ContactListPage(clerk)
    qtbot.addWidget(contact_list)
    assert contact_list.model.headers()[1] == "Kind"
    assert [contact_list.kind.itemText(i) for i in range(contact_list.kind.count())] == [
        "All kinds", "Field visit", "Reception", "Phone"]


def test_chinese_is_back_after_english(qtbot: QtBot, office_data: dict) -> None:
    i18n.install("en")
    i18n.install("zh_CN")
    dialog = LoginDialog("")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "客服台 — 登录"


def test_every_message_has_a_finished_english_translation() -> None:
    unfinished = []
    for context, message in _messages():
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append((context, message.findtext("source")))
    assert unfinished == []


def test_the_compiled_qm_gives_every_translation_of_the_ts() -> None:
    """The .qm was compiled from this .ts: each message comes back out of it, plural forms by their count."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    for context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")]
        if forms:
            assert translator.translate(context, source, None, 1) == forms[0]
            assert translator.translate(context, source, None, 2) == forms[1]
        else:
            assert translator.translate(context, source) == translation.text, (context, source)


def test_every_context_is_one_the_program_looks_up() -> None:
    """A bare tr() outside a class or parent.tr() lands in a context nothing at run time asks for."""
    sources = "\n".join(path.read_text(encoding="utf-8") for path in DESKTOP.rglob("*.py"))
    known = set(re.findall(r"^\s*class (\w+)\(", sources, re.MULTILINE))
    known |= set(re.findall(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*\"(\w+)\"", sources))
    assert {context for context, _ in _messages()} <= known


def test_the_service_names_shown_in_widgets_are_marked_for_translation() -> None:
    shown = [*auth.ROLES.values(), *KINDS.values(), *RATING_TITLES.values(), *records.CONTENT_TITLES.values(),
             *follow_ups.BUCKETS.values(), *rotation.STATUSES.values(), roster_cells.LEAVE_MARK, roster_cells.REST]
    assert set(shown) <= set(service_text.MARKED)


@pytest.mark.usefixtures("english")
def test_a_service_name_without_translation_is_shown_as_it_is() -> None:
    assert service_text.translated("主任") == "Supervisor"
    assert service_text.translated("不存在的名称") == "不存在的名称"

