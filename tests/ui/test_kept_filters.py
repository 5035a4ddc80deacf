"""Each person's list filters and sort come back the next time the list opens; another person's stay their own."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.models import Staff
from desktop.services.complaints import workflow
from desktop.services.customers import registration
from desktop.services.customers.registration import CustomerForm
from desktop.ui.complaints.tab import ComplaintsTab
from desktop.ui.contacts.list_page import ContactListPage
from desktop.ui.customers.tab import CustomersTab


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


def _click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    place = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=place)


def _indicator(table: QTableView) -> tuple[int, Qt.SortOrder]:
    header = table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def _customers_tab(qtbot: QtBot, person: Staff) -> CustomersTab:
    tab = CustomersTab(person)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading, timeout=5000)
    return tab


def _names(tab: CustomersTab) -> list[str]:
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def test_the_customer_list_keeps_its_sort_for_the_same_person_only(qtbot: QtBot, office_data: dict) -> None:
    clerk, other = office_data["clerk1"], office_data["clerk2"]
    for name, phone in [("张三", "13812345678"), ("阿明", "13700002222"), ("李四", "13900001111")]:
        registration.register(clerk, CustomerForm(name=name, phone=phone))
    tab = _customers_tab(qtbot, clerk)
    assert _names(tab) == ["李四", "阿明", "张三"]  # newest first
    _click_header(qtbot, tab.table, 1)  # 名称: by pinyin
    _click_header(qtbot, tab.table, 1)  # and again: Z to A
    qtbot.waitUntil(lambda: not tab.loading, timeout=5000)
    assert _names(tab) == ["张三", "李四", "阿明"]
    tab.close()
    again = _customers_tab(qtbot, clerk)
    assert _names(again) == ["张三", "李四", "阿明"]
    assert _indicator(again.table) == (1, Qt.SortOrder.DescendingOrder)
    someone_else = _customers_tab(qtbot, other)
    assert _names(someone_else) == ["李四", "阿明", "张三"]
    assert someone_else.table.horizontalHeader().sortIndicatorSection() == -1


@pytest.mark.parametrize("build", [ComplaintsTab, ContactListPage])
def test_a_list_sorted_by_its_header_keeps_the_sort_for_the_same_person_only(qtbot: QtBot, office_data: dict,
                                                                            build: type) -> None:
    clerk, other = office_data["clerk1"], office_data["clerk2"]
    first = build(clerk)
    qtbot.addWidget(first)
    first.show()
    default = _indicator(first.table)
    sortable = [c for c in range(first.model.columnCount()) if first.model.sort_key_of(c)]
    column = next((c for c in sortable if c != default[0]), default[0])  # the contact list: the order flips
    _click_header(qtbot, first.table, column)
    chosen = _indicator(first.table)
    assert chosen[0] == column and chosen != default
    first.close()
    again = build(clerk)
    qtbot.addWidget(again)
    again.show()
    assert _indicator(again.table) == chosen
    assert again.model._sort_key == first.model.sort_key_of(column)  # the rows were asked for in that order
    someone_else = build(other)
    qtbot.addWidget(someone_else)
    someone_else.show()
    assert _indicator(someone_else.table) == default
