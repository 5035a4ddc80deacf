"""Each person's list filters and sort come back the next time the list opens; another person's stay their own."""

from pytestqt.qtbot import QtBot

from desktop.services.complaints import workflow
from desktop.ui.complaints.tab import ComplaintsTab
from desktop.ui.contacts.list_page import ContactListPage


def test_complaint_filters_and_sort_come_back_for_the_same_person_only(qtbot: QtBot, office_data: dict) -> None:
    leader, clerk = office_data["leader1"], office_data["clerk1"]
    tab = ComplaintsTab(leader)
    qtbot.addWidget(tab)
    tab.status_box.setCurrentIndex(tab.status_box.findData(workflow.PROPOSED))
    tab.overdue_check.setChecked(True)
    again = ComplaintsTab(leader)
    qtbot.addWidget(again)
    assert again.status_box.currentData() == workflow.PROPOSED and again.overdue_check.isChecked()
    assert again.filters().status == workflow.PROPOSED and again.filters().overdue
    other = ComplaintsTab(clerk)
    qtbot.addWidget(other)
    assert other.status_box.currentIndex() == 0 and not other.overdue_check.isChecked()


def test_the_contact_list_keeps_its_kind_and_urgent_filter(qtbot: QtBot, office_data: dict) -> None:
    clerk = office_data["clerk1"]
    page = ContactListPage(clerk)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("phone"))
    page.urgent_only.setChecked(True)
    again = ContactListPage(clerk)
    qtbot.addWidget(again)
    assert again.kind.currentData() == "phone" and again.urgent_only.isChecked()
    assert again.filters().kind == "phone" and again.filters().urgent_only
