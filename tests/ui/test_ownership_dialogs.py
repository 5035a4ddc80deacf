"""Hand-over, 重点客户 and referrals driven like the supervisor and a clerk: a leaver's customers handed over when
their account is deactivated (with the 交接清单 shown), a key customer marked from the page and listed, a referral
registered from the page and shown on its timeline."""

import datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models import FollowUp, Staff
from desktop.services.customers import key_customers, pool_rules, registration
from desktop.ui.admin.staff_page import StaffPage
from desktop.ui.customers.handover_dialog import HandOverDialog
from desktop.ui.customers.key_customers_dialog import KeyCustomersDialog
from desktop.ui.customers.page import CustomerPage
from tests import contact_data
from tests.conftest import NOW
from tests.ui.keyboard import type_text


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok(dialog: object) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_supervisor_hands_over_some_customers_and_sees_the_list(qtbot: QtBot, supervisor: Staff, clerk: Staff,
                                                                   office_data: dict, previews: list) -> None:
    kept = contact_data.customer(clerk, "林晓", "13900000051")
    moved = contact_data.customer(clerk, "周明", "13900000052")
    contact_data.record(clerk, moved, NOW - datetime.timedelta(days=1), next_follow_up_on=datetime.date(2026, 11, 20))
    dialog = HandOverDialog(supervisor, clerk)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and "已选 2 位" in dialog.summary.text()
    row = next(r for r in range(2) if dialog.table.item(r, 1).text() == "林晓")
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert "已选 1 位" in dialog.summary.text()
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(office_data["clerk2"].id))
    dialog.submit()
    assert dialog.form.error_text("reason") == "交接必须填写原因。"
    type_text(qtbot, dialog.reason, "片区调整")
    dialog.submit()
    assert previews and previews[-1][0] == "客户交接清单"
    assert registration.get(moved.id).owner_id == office_data["clerk2"].id
    assert registration.get(kept.id).owner_id == clerk.id
    assert FollowUp.get(FollowUp.customer == moved.id).staff_id == office_data["clerk2"].id


def test_deactivating_a_person_who_holds_customers_asks_and_hands_them_over(
        qtbot: QtBot, supervisor: Staff, clerk: Staff, office_data: dict, previews: list,
        monkeypatch: pytest.MonkeyPatch) -> None:
    customer = contact_data.customer(clerk, "吴芳", "13900000053")
    asked = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "交给他人…").click()
        return 0

    def hand_over(dialog: HandOverDialog) -> int:
        assert dialog.kind() == "离职继承" and Staff.get_by_id(clerk.id).active  # deactivated by the hand-over
        assert not dialog.from_box.isEnabled() and not dialog.kind_box.isEnabled()  # this leaver's, nobody else's
        dialog.to_box.setCurrentIndex(dialog.to_box.findData(office_data["clerk2"].id))
        dialog.reason.setText("离职")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(HandOverDialog, "exec", hand_over)
    monkeypatch.setattr("desktop.ui.widgets.messages.confirm", lambda *args: True)
    page = StaffPage(supervisor)
    qtbot.addWidget(page)
    page.edit(clerk)
    page.deactivate()
    assert "张三 名下还有 1 位客户" in asked[0]
    assert not Staff.get_by_id(clerk.id).active
    assert registration.get(customer.id).owner_id == office_data["clerk2"].id


def test_leaver_inheritance_of_someone_in_service_is_refused_beside_the_kind(
        qtbot: QtBot, supervisor: Staff, clerk: Staff, office_data: dict, previews: list) -> None:
    customer = contact_data.customer(clerk, "吴芳", "13900000053")
    dialog = HandOverDialog(supervisor, clerk)  # 客户登记 → 客户交接
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("离职继承"))
    dialog.to_box.setCurrentIndex(dialog.to_box.findData(office_data["clerk2"].id))
    dialog.reason.setText("想绕过在职交接次数")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.form.error_text("kind").startswith("张三 仍在职，离职继承只用于停用的员工")
    assert registration.get(customer.id).owner_id == clerk.id and Staff.get_by_id(clerk.id).active
    assert previews == []


def test_a_key_customer_is_marked_from_its_page_and_listed(qtbot: QtBot, supervisor: Staff, clerk: Staff,
                                                           previews: list, monkeypatch: pytest.MonkeyPatch) -> None:
    customer = contact_data.customer(clerk, "杭州明远贸易", "13900000054")
    page = CustomerPage(supervisor, customer.id)
    qtbot.addWidget(page)
    assert page.buttons["key"].text() == "设为重点客户"
    dialog = page.key_dialog()
    qtbot.addWidget(dialog)
    click(qtbot, _ok(dialog))
    assert "请写明将其设为重点客户的原因。" in dialog.form.error_text("reason")
    type_text(qtbot, dialog.edits["reason"], "年采购额居前三")
    type_text(qtbot, dialog.edits["target"], "年销售额 500 万元")
    type_text(qtbot, dialog.edits["action_plan"], "每月拜访一次")
    click(qtbot, _ok(dialog))
    assert key_customers.is_key(customer.id)
    listing = KeyCustomersDialog(supervisor)
    qtbot.addWidget(listing)
    assert listing.model.rowCount() == 1 and listing.model.row_at(0).target == "年销售额 500 万元"
    click(qtbot, listing.buttons["print"])
    assert previews[-1][0] == "重点客户管理表"
    clerk_page = CustomerPage(clerk, customer.id)
    qtbot.addWidget(clerk_page)
    assert clerk_page.buttons["key"].isHidden()


def test_a_referral_is_registered_from_the_page_and_shows_on_the_timeline(qtbot: QtBot, clerk: Staff,
                                                                         office_data: dict) -> None:
    customer = contact_data.customer(clerk, "宁波海曙", "13900000055")
    page = CustomerPage(clerk, customer.id)
    qtbot.addWidget(page)
    dialog = page.referral_dialog()
    qtbot.addWidget(dialog)
    dialog.referrer.setCurrentIndex(dialog.referrer.findData(office_data["sales1"].id))
    dialog.expected.setDate(QDate(2026, 11, 17))
    click(qtbot, _ok(dialog))
    assert "不能早于今天" in dialog.form.error_text("referral_expected_on")
    dialog.expected.setDate(QDate(2026, 11, 20))
    click(qtbot, _ok(dialog))
    page._reload_customer()
    titles = [page.model.row_at(row).title for row in range(page.model.rowCount())]
    assert f"员工介绍登记：介绍人 {office_data['sales1'].name}" in titles


def test_the_hand_over_dialog_states_the_office_s_transfer_limit_and_never_offers_the_giver_as_receiver(
        qtbot: QtBot, supervisor: Staff, clerk: Staff) -> None:
    pool_rules.save(supervisor, {pool_rules.TRANSFER_LIMIT: "3", pool_rules.TRANSFER_WINDOW: "60"})
    dialog = HandOverDialog(supervisor, clerk)
    qtbot.addWidget(dialog)
    assert "60 天内最多在职交接 3 次" in dialog.findChild(QLabel, "intro").text()
    assert dialog.to_box.currentData() not in (None, clerk.id)
    dialog.from_box.setCurrentIndex(dialog.from_box.findData(dialog.to_box.currentData()))
    assert dialog.to_box.currentData() != dialog.from_box.currentData()
