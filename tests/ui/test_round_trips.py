"""Every form opened on a stored record and saved as it is shown changes nothing: no field, no audit row.

Forms that only create (a complaint step, a swap, a leave record) are checked on what a person can open again:
a step shows what the complaint holds and keeps it; a new swap or leave stores what the form showed."""

import datetime
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from peewee import Model
from playhouse.shortcuts import model_to_dict
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.models import AuditEntry, CalendarDay, Complaint, Contact, Leave, Shift, Staff, Swap, Team
from desktop.services import calendar, settings
from desktop.services.complaints import workflow
from desktop.services.customers import registration
from desktop.services.customers.registration import CustomerForm
from desktop.services.staffing import people
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.complaints.actions import StepDialog
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.customers.form import CustomerDialog
from desktop.ui.staffing.leave_form import LeaveDialog
from desktop.ui.staffing.swap_form import SwapFormDialog
from desktop.ui.widgets.forms import ERROR_STYLE
from tests import swap_world
from tests.complaint_world import take_to
from tests.contact_data import customer, record
from tests.ui.keyboard import type_text


def stored(row: Model) -> dict:
    return model_to_dict(type(row).get_by_id(row.get_id()), recurse=False)


@contextmanager
def unchanged(row: Model) -> Iterator[None]:
    """The row as the database holds it, and the audit log's length, are the same after the block."""
    before, entries = stored(row), AuditEntry.select().count()
    yield
    assert stored(row) == before
    assert AuditEntry.select().count() == entries


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_save(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    click(qtbot, box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.result() == QDialog.DialogCode.Accepted


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# ---------------------------------------------------------------------------------------------------- customer
@pytest.mark.parametrize("budget, shown", [("50000", "50000"), ("1200.50", "1200.5"), ("0.05", "0.05"),
                                           (None, "")])
def test_a_customer_saved_unchanged_keeps_every_field(qtbot: QtBot, clerk: Staff, office_data: dict,
                                                      budget: str | None, shown: str) -> None:
    form = CustomerForm(
        name="杭州明远贸易", phone="0571-8888 6666", kind="单位", salutation="王经理", other_phones="13812345678",
        wechat_email="wang@example.com", address="杭州市西湖区", postcode="310000", legal_person="王建国",
        founded_on="2015-06-01", nature="民营", employees="120", scale="中型", industry="贸易",
        registered_capital="500万元", bank_account="工行 6222", main_contact="王建国", main_contact_title="总经理",
        decision_maker="王建国", demand="办公设备 30 套", budget=budget, source="转介绍",
        referrer_id=office_data["clerk2"].id, referral_expected_on="2026-11-20", customer_grade="A",
        credit_grade="B", note="年底前采购")
    saved = registration.register(clerk, form)
    dialog = opened(qtbot, CustomerDialog(clerk, registration.get(saved.id)))
    assert dialog.edits["budget"].text() == shown
    with unchanged(saved):
        press_save(qtbot, dialog)


def test_a_customer_whose_referrer_has_left_keeps_the_referrer(qtbot: QtBot, clerk: Staff, office_data: dict,
                                                                 admin: Staff) -> None:
    saved = registration.register(clerk, CustomerForm(name="张三", phone="13812345678", source="转介绍",
                                                      referrer_id=office_data["clerk2"].id,
                                                      referral_expected_on="2026-11-19"))
    people.deactivate_staff(admin, office_data["clerk2"])
    dialog = opened(qtbot, CustomerDialog(clerk, registration.get(saved.id)))
    assert dialog.edits["referrer_id"].currentText() == "C002 李四"
    with unchanged(saved):
        press_save(qtbot, dialog)


# ---------------------------------------------------------------------------------------------------- contact
def test_a_visit_saved_unchanged_keeps_every_field(qtbot: QtBot, clerk: Staff, office_data: dict) -> None:
    sales = office_data["sales1"]
    visit = record(sales, customer(clerk), datetime.datetime(2026, 11, 17, 14, 30), assistant_id=clerk.id,
                   visited_person="王建国", visited_title="总经理", opinions="希望缩短交货期", market="同行降价",
                   quality_rating="优良", service_rating="一般", awareness_rating="知名", urgent=True,
                   urgent_category="同行销售政策重大变化", next_follow_up_on=datetime.date(2026, 11, 20),
                   promised="周五前报价")
    dialog = opened(qtbot, ContactDialog(sales, contact=Contact.get_by_id(visit.id)))
    with unchanged(visit):
        press_save(qtbot, dialog)


def test_a_visit_of_people_who_have_left_keeps_them(qtbot: QtBot, clerk: Staff, leader: Staff, office_data: dict,
                                                     admin: Staff) -> None:
    sales = office_data["sales1"]
    visit = record(sales, customer(clerk), datetime.datetime(2026, 11, 17, 14, 30), assistant_id=clerk.id)
    people.deactivate_staff(admin, sales)
    people.deactivate_staff(admin, clerk)
    dialog = opened(qtbot, ContactDialog(leader, contact=Contact.get_by_id(visit.id)))
    assert (dialog.staff.currentText(), dialog.assistant.currentText()) == ("S001 赵六", "C001 张三")
    with unchanged(visit):
        press_save(qtbot, dialog)


def test_a_phone_record_saved_unchanged_keeps_every_field(qtbot: QtBot, clerk: Staff) -> None:
    call = record(clerk, None, datetime.datetime(2026, 11, 18, 9, 5), "phone", caller_name="王先生",
                  caller_phone="0571-88886666", duration_minutes=None)
    dialog = opened(qtbot, ContactDialog(clerk, contact=Contact.get_by_id(call.id)))
    with unchanged(call):
        press_save(qtbot, dialog)


# ---------------------------------------------------------------------------------------------------- complaint steps
def test_a_proposal_sent_back_is_shown_again_and_kept_when_proposed_unchanged(qtbot: QtBot, office_data: dict) -> None:
    complaint = take_to(workflow.PROPOSED, office_data)
    workflow.send_back(office_data["leader1"], complaint, "请写明上门时间")
    dialog = opened(qtbot, StepDialog(office_data["clerk2"], workflow.get(complaint.id), "propose"))
    assert dialog.inputs["proposal"].toPlainText() == "免费更换密封圈"
    press_save(qtbot, dialog)
    after = Complaint.get_by_id(complaint.id)
    assert (after.proposal, after.status) == ("免费更换密封圈", workflow.PROPOSED)


def test_a_finding_sent_back_is_shown_again_and_kept_when_investigated_unchanged(qtbot: QtBot,
                                                                                  office_data: dict) -> None:
    complaint = take_to(workflow.REPLIED, office_data, cause_kind="非质量异常（人为因素）")
    workflow.record_callback(office_data["clerk1"], complaint, True, "不满意", False)
    workflow.redo(office_data["supervisor"], complaint, "请重新调查")
    before = {name: getattr(complaint, name) for name in ("finding", "responsible_party", "cause_kind")}
    dialog = opened(qtbot, StepDialog(office_data["clerk2"], workflow.get(complaint.id), "investigate"))
    press_save(qtbot, dialog)
    after = Complaint.get_by_id(complaint.id)
    assert {name: getattr(after, name) for name in before} == before
    assert after.status == workflow.INVESTIGATED


# ---------------------------------------------------------------------------------------------------- swap, leave
def test_a_new_swap_stores_what_the_form_shows_and_passes_again_when_reopened(qtbot: QtBot,
                                                                              office_data: dict) -> None:
    swap_day = datetime.date(2026, 11, 25)
    draft = swap_world.build(office_data, swap_day, swap_day + datetime.timedelta(days=7))
    dialog = opened(qtbot, SwapFormDialog(office_data["clerk1"]))
    dialog.substitute.setCurrentIndex(dialog.substitute.findData(office_data["clerk3"].id))
    dialog.swap_shift.setCurrentIndex(0)
    dialog.return_shift.setCurrentIndex(0)
    type_text(qtbot, dialog.reason, draft.reason)
    type_text(qtbot, dialog.handover, draft.handover)
    shown = dialog.draft()
    press_save(qtbot, dialog)
    swap = Swap.get()
    assert (swap.applicant_id, swap.substitute_id, swap.swap_day, swap.swap_shift_id, swap.return_day,
            swap.return_shift_id, swap.reason, swap.handover) == (
        shown.applicant.id, shown.substitute.id, shown.swap_day, shown.swap_shift.id, shown.return_day,
        shown.return_shift.id, shown.reason, shown.handover)
    assert (shown.swap_day, shown.return_day) == (draft.swap_day, draft.return_day)


def test_a_new_leave_stores_what_the_form_shows(qtbot: QtBot, leader: Staff, office_data: dict) -> None:
    dialog = opened(qtbot, LeaveDialog(leader))
    dialog.person.setCurrentIndex(dialog.person.findData(office_data["clerk2"].id))
    dialog.kind.setCurrentIndex(dialog.kind.findText("病假"))
    dialog.start.setDate(datetime.date(2026, 11, 20))
    dialog.end.setDate(datetime.date(2026, 11, 20))
    dialog.half.setCurrentIndex(1)
    type_text(qtbot, dialog.reason, "发烧")
    shown = dialog.draft()
    press_save(qtbot, dialog)
    row = Leave.get()
    assert (row.person_id, row.start, row.end, row.kind, row.half, row.urgent, row.reason, row.recorded_by_id) == (
        shown.person.id, shown.start, shown.end, shown.kind, "上午", False, "发烧", leader.id)


# ---------------------------------------------------------------------------------------------------- settings
@pytest.fixture
def settings_dialog(qtbot: QtBot, admin: Staff) -> SettingsDialog:
    return opened(qtbot, SettingsDialog(admin))


def shown_errors(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.styleSheet() == ERROR_STYLE and label.text()]


def save_each_row_unchanged(qtbot: QtBot, dialog: SettingsDialog, name: str) -> int:
    page = dialog.show_page(name)
    rows = page.model.loaded_rows()
    for index, row in enumerate(rows):
        page.view.selectRow(index)
        with unchanged(row):
            click(qtbot, page.save_button)
        assert shown_errors(page) == []
    return len(rows)


@pytest.mark.parametrize("name, table", [("staff", Staff), ("teams", Team), ("shifts", Shift)])
def test_each_staff_team_and_shift_saved_unchanged_keeps_every_field(qtbot: QtBot, settings_dialog: SettingsDialog,
                                                                     name: str, table: type[Model]) -> None:
    assert save_each_row_unchanged(qtbot, settings_dialog, name) == table.select().count()


def test_a_team_whose_leader_has_left_keeps_the_leader(qtbot: QtBot, settings_dialog: SettingsDialog,
                                                        admin: Staff, office_data: dict) -> None:
    people.deactivate_staff(admin, office_data["leader2"])
    page = settings_dialog.show_page("teams")
    page.view.selectRow([team.name for team in page.model.loaded_rows()].index("客服二班"))
    assert page.leader_combo.currentText() == "L002 王班长"
    with unchanged(office_data["team2"]):
        click(qtbot, page.save_button)


def test_a_calendar_day_from_the_library_saved_unchanged_stays_as_it_was(qtbot: QtBot, settings_dialog: SettingsDialog,
                                                                         admin: Staff) -> None:
    calendar.set_day(admin, datetime.date(2026, 11, 27), calendar.HOLIDAY, "分店店庆")
    assert save_each_row_unchanged(qtbot, settings_dialog, "calendar") == len(calendar.days_in_year(2026))
    assert CalendarDay.get_by_id(datetime.date(2026, 10, 1)).source == "library"


def test_the_interface_saved_unchanged_writes_nothing(qtbot: QtBot, settings_dialog: SettingsDialog) -> None:
    page = settings_dialog.show_page("interface")
    entries = AuditEntry.select().count()
    click(qtbot, page.save_button)
    assert page.saved_label.text() == "已保存。"
    assert (settings.branch_name(), settings.get("language")) == ("测试分店", "zh_CN")
    assert AuditEntry.select().count() == entries
