"""客户全貌 driven like a clerk: opened from the search, from the duplicate refusal and from a complaint; a visit,
a complaint and a claim made from it show on its timeline; a confidential customer shows only name and number."""

import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.models import Complaint, Contact, Customer, Staff
from desktop.services import clock
from desktop.services.complaints import workflow
from desktop.services.customers import pool_rules, registration
from desktop.services.customers.registration import CustomerForm
from desktop.ui.complaints.tab import ComplaintsTab
from desktop.ui.contacts.follow_up_page import FollowUpPage
from desktop.ui.customers.page import CustomerPage
from desktop.ui.customers.tab import CustomersTab
from desktop.ui.widgets import messages
from tests import complaint_world, contact_data
from tests.ui.keyboard import type_text


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tab(qtbot: QtBot, user: Staff) -> CustomersTab:
    tab = CustomersTab(user)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=5000)
    return tab


def _titles(page: CustomerPage) -> list[str]:
    """The 事项 column as shown."""
    return [page.model.data(page.model.index(row, 2)) for row in range(page.model.rowCount())]


def _register(actor: Staff, name: str, phone: str, **values: object) -> Customer:
    return registration.register(actor, CustomerForm(name=name, phone=phone, **values))


def test_the_page_opens_from_a_search_and_lists_the_household(qtbot: QtBot, clerk: Staff) -> None:
    head = _register(clerk, "林晓", "13812345678", customer_grade="B", address="西湖区文三路1号")
    member = _register(clerk, "林太太", "13812345679")
    registration.link_household(clerk, member, head)
    tab = _tab(qtbot, clerk)
    type_text(qtbot, tab.search, "13812345678")
    qtbot.waitUntil(lambda: not tab.loading and tab.model.rowCount() == 1, timeout=5000)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    click(qtbot, tab.buttons["客户全貌"])
    page = tab.page
    assert page.isVisible() and page.customer.id == head.id
    assert page.title.text() == f"{head.number}　林晓"
    assert "客户等级 B" in page.identity.text() and "西湖区文三路1号" in page.identity.text()
    assert "归属业务员：张三" in page.ownership.text()
    assert _titles(page) == ["登记"]
    assert page.household.count() == 1 and page.household.item(0).text().startswith(f"{member.number}　林太太")
    assert page.buttons["claim"].isHidden()  # not in the pool


def test_a_visit_and_a_complaint_made_from_the_page_show_on_its_timeline(qtbot: QtBot, clerk: Staff) -> None:
    clock.freeze(datetime.datetime(2026, 11, 17, 9, 0))
    customer = _register(clerk, "周明", "13900001111")
    clock.freeze(datetime.datetime(2026, 11, 18, 10, 30))
    page = CustomerPage(clerk, customer.id)
    qtbot.addWidget(page)
    contact = page.contact_dialog("phone")
    qtbot.addWidget(contact)
    assert contact.picker.chosen.id == customer.id
    contact.started_at.setDateTime(QDateTime(clock.now().replace(second=0) - datetime.timedelta(hours=1)))
    type_text(qtbot, contact.texts["handling"], "询问报价")
    contact.save()
    assert Contact.select().count() == 1
    complaint = page.complaint_dialog()
    qtbot.addWidget(complaint)
    assert complaint.complainant_edit.text() == "周明"
    type_text(qtbot, complaint.content_edit, "送货晚了两天")
    click(qtbot, complaint.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert Complaint.select().count() == 1
    page._reload_customer()
    assert _titles(page) == [f"投诉 {Complaint.get().number}　待判断", "电话·市场调查（张三）", "登记"]
    page.kind_box.setCurrentIndex(page.kind_box.findData("complaint"))
    assert [e.kind for e in page.model.loaded_rows()] == ["complaint"]


def test_a_customer_in_the_pool_is_claimed_from_its_page(qtbot: QtBot, clerk: Staff, office_data: dict) -> None:
    clock.freeze(datetime.datetime(2026, 9, 1, 9, 0))
    customer = _register(clerk, "吴芳", "13900002222")
    clock.freeze(datetime.datetime(2026, 11, 18, 10, 30))
    page = CustomerPage(office_data["clerk2"], customer.id)
    qtbot.addWidget(page)
    page.show()
    assert page.buttons["claim"].isVisible()
    click(qtbot, page.buttons["claim"])
    assert registration.get(customer.id).owner_id == office_data["clerk2"].id
    assert page.changed and page.buttons["claim"].isHidden()
    assert _titles(page)[:2] == ["从公共池申领", "回公共池"]
    assert page.buttons["release"].isVisible()
    page.release("客户已迁往外地")
    assert registration.in_pool(registration.get(customer.id), clock.today())
    assert _titles(page)[0] == "释放到公共池：客户已迁往外地" and page.buttons["claim"].isVisible()


def test_a_refused_claim_says_why_and_until_when(qtbot: QtBot, clerk: Staff, supervisor: Staff,
                                                 monkeypatch: object) -> None:
    pool_rules.save(supervisor, {pool_rules.RECLAIM_DAYS: 60, pool_rules.MAX_CUSTOMERS: 0})
    clock.freeze(datetime.datetime(2026, 9, 1, 9, 0))
    customer = _register(clerk, "吴芳", "13900002222")
    clock.freeze(datetime.datetime(2026, 11, 18, 10, 30))
    refusals: list[str] = []
    monkeypatch.setattr(messages, "refused", lambda parent, error: refusals.append(error.message))
    page = CustomerPage(clerk, customer.id)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.buttons["claim"])
    assert refusals == ["您是该客户的原归属业务员，归属于 2026-10-02 回公共池，60 天内不能再申领；"
                        "2026-12-01 起可以申领。"]
    assert registration.get(customer.id).ownership_until == datetime.date(2026, 10, 1)


def test_the_duplicate_refusal_opens_the_registered_customer(qtbot: QtBot, clerk: Staff, office_data: dict) -> None:
    existing = _register(office_data["clerk3"], "张三", "13812345678")
    tab = _tab(qtbot, clerk)
    dialog = tab.registration_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.edits["name"], "张太太")
    type_text(qtbot, dialog.edits["phone"], "138 1234 5678")
    dialog.save()
    assert dialog.open_duplicate.isVisible()
    click(qtbot, dialog.open_duplicate)
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.open_instead == existing.id
    tab.open_record(dialog.open_instead)
    assert tab.page.customer.id == existing.id


def test_a_confidential_customer_s_page_shows_only_name_and_number(qtbot: QtBot, clerk: Staff,
                                                                    supervisor: Staff) -> None:
    customer = _register(clerk, "王总", "13900003333", address="西湖区文三路100号")
    registration.update(supervisor, customer, CustomerForm(
        **{**registration.form_of(customer).__dict__, "confidentiality": "机密"}))
    page = CustomerPage(clerk, customer.id)
    qtbot.addWidget(page)
    page.show()
    assert page.title.text() == f"{customer.number}　王总"
    assert "13900003333" not in page.identity.text() and "文三路" not in page.identity.text()
    assert page.hidden_note.isVisible() and page.model.rowCount() == 0
    assert page.buttons["edit"].isHidden() and page.buttons["print"].isHidden()


def test_the_page_opens_from_a_complaint(qtbot: QtBot, clerk: Staff) -> None:
    customer = _register(clerk, "陈先生", "13800138000")
    workflow.receive(clerk, complaint_world.form(received_at=None, customer_id=customer.id))
    tab = ComplaintsTab(clerk)
    qtbot.addWidget(tab)
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert tab.detail.customer_button.isVisibleTo(tab)
    click(qtbot, tab.detail.customer_button)
    assert isinstance(tab.dialog, CustomerPage) and tab.dialog.customer.id == customer.id
    assert _titles(tab.dialog)[0].startswith("投诉 ")


def test_the_page_opens_from_a_follow_up(qtbot: QtBot, clerk: Staff) -> None:
    clock.freeze(datetime.datetime(2026, 11, 10, 9, 0))
    customer = _register(clerk, "郑伟", "13900004444")
    clock.freeze(datetime.datetime(2026, 11, 18, 10, 30))
    contact_data.record(clerk, customer, datetime.datetime(2026, 11, 16, 9, 0), kind="phone",
                        next_follow_up_on=datetime.date(2026, 11, 17), promised="回电报价")
    follow_ups = FollowUpPage(clerk)
    qtbot.addWidget(follow_ups)
    follow_ups.table.setCurrentIndex(follow_ups.model.index(0, 0))
    click(qtbot, follow_ups.findChild(QPushButton, "customer_page"))
    assert follow_ups.page.customer.id == customer.id
    assert _titles(follow_ups.page) == ["逾期未跟进（张三）", "电话·客户保养-联络感情（张三）", "登记"]
