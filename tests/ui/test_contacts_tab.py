"""The 拜访记录 tab driven as a person would: entering each kind of contact, a walk-in registered in one step,
the rotation handing a walk-in to the form, follow-ups, urgent reports and the list's filters."""

import datetime
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)
from pytestqt.qtbot import QtBot

from desktop.models import Contact, Customer, Shift
from desktop.services import clock
from desktop.services.contacts import visit_points
from desktop.ui.contacts import points_page
from desktop.ui.contacts.follow_up_page import FollowUpPage
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.contacts.list_page import ContactListPage
from desktop.ui.contacts.tab import ContactsTab
from desktop.ui.contacts.walk_in import WalkInDialog
from desktop.ui.widgets import export, file_dialogs, messages
from tests.contact_data import customer, on_roster, record, salesperson
from tests.customer_data import register
from tests.ui.keyboard import type_text


@pytest.fixture
def sales(office_data: dict):
    return office_data["sales1"]


def _type(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    type_text(qtbot, widget, text)


def _choose(combo: QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    combo.setCurrentIndex(index)


def _save(qtbot: QtBot, dialog: object) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick_customer(qtbot: QtBot, dialog: ContactDialog, typed: str) -> None:
    _type(qtbot, dialog.picker, typed)
    popup = dialog.picker.completer().popup()
    assert popup.model().rowCount() >= 1
    dialog.picker.completer().activated[str].emit(popup.model().index(0, 0).data())


def _dialog(qtbot: QtBot, user, kind: str) -> ContactDialog:
    dialog = ContactDialog(user, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.started_at.setDateTime(QDateTime(clock.now().replace(second=0, microsecond=0)
                                            - datetime.timedelta(hours=1)))
    return dialog


def test_entering_a_visit_with_ratings_and_a_follow_up(qtbot: QtBot, sales, clerk) -> None:
    buyer = customer(clerk, "杭州明远贸易", "13812345678")
    dialog = _dialog(qtbot, sales, "visit")
    _pick_customer(qtbot, dialog, "5678")
    assert dialog.picker.chosen.id == buyer.id
    assert "已跟进 0 次" in dialog.after_visit.text()
    _type(qtbot, dialog.visited_person, "陈经理")
    _type(qtbot, dialog.visited_title, "采购部经理")
    dialog.duration.setValue(45)
    _choose(dialog.purpose, "新产品推广")
    _choose(dialog.ratings["quality_rating"], "良好")
    _choose(dialog.ratings["service_rating"], "不好")
    _choose(dialog.ratings["awareness_rating"], "知道")
    _type(qtbot, dialog.texts["opinions"], "希望缩短交货期")
    _type(qtbot, dialog.texts["promised"], "下周送样品")
    qtbot.mouseClick(dialog.follow_up, Qt.MouseButton.LeftButton)
    dialog.next_follow_up_on.setDate(QDate(clock.today() + datetime.timedelta(days=5)))
    _save(qtbot, dialog)
    saved = Contact.get()
    assert (saved.kind, saved.customer_id, saved.staff_id, saved.visited_person, saved.visited_title) == (
        "visit", buyer.id, sales.id, "陈经理", "采购部经理")
    assert (saved.quality_rating, saved.service_rating, saved.awareness_rating) == ("良好", "不好", "知道")
    assert (saved.purpose, saved.duration_minutes, saved.promised) == ("新产品推广", 45, "下周送样品")
    assert saved.next_follow_up_on == clock.today() + datetime.timedelta(days=5)


def test_refusals_appear_under_their_fields(qtbot: QtBot, sales) -> None:
    dialog = _dialog(qtbot, sales, "visit")
    _type(qtbot, dialog.texts["promised"], "三天内报价")
    dialog.urgent.setChecked(True)
    _save(qtbot, dialog)
    assert dialog.result() == 0 and not Contact.select().exists()
    assert "必须选择客户" in dialog.error_text("customer")
    assert dialog.error_text("urgent_category") == "紧急报告请选择紧急事项的类别。"
    assert "下次跟进日期" in dialog.error_text("next_follow_up_on")
    assert "至少填写一项内容" in dialog.error_text("handling")


def test_entering_an_anonymous_phone_enquiry(qtbot: QtBot, clerk) -> None:
    dialog = _dialog(qtbot, clerk, "phone")
    assert dialog.caller_name.isVisible()
    _type(qtbot, dialog.caller_name, "王先生")
    _type(qtbot, dialog.caller_phone, "0571-88886666")
    _choose(dialog.purpose, "售后服务")
    _type(qtbot, dialog.texts["handling"], "咨询保修期，已答复")
    _save(qtbot, dialog)
    saved = Contact.get()
    assert (saved.kind, saved.customer_id, saved.caller_name, saved.caller_phone) == (
        "phone", None, "王先生", "0571-88886666")
    assert not Customer.select().exists()  # a phone enquiry is never a registration


def test_a_walk_in_is_registered_in_one_step_and_received(qtbot: QtBot, clerk, sales) -> None:
    dialog = _dialog(qtbot, clerk, "reception")
    _choose(dialog.staff, sales.code)

    def register() -> None:
        walk_in = QApplication.activeModalWidget()
        assert isinstance(walk_in, WalkInDialog)
        _type(qtbot, walk_in.edits["name"], "刘芳")
        _type(qtbot, walk_in.edits["salutation"], "刘女士")
        _type(qtbot, walk_in.edits["phone"], "139 0000 1234")
        _type(qtbot, walk_in.edits["demand"], "两室一厅")
        _save(qtbot, walk_in)

    QTimer.singleShot(0, register)
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    new = Customer.get(Customer.name == "刘芳")
    assert dialog.picker.chosen.id == new.id and new.source == "walk_in" and new.owner_id == clerk.id
    _type(qtbot, dialog.texts["opinions"], "看了样板间")
    _save(qtbot, dialog)
    saved = Contact.get()
    assert (saved.kind, saved.customer_id, saved.staff_id, saved.recorded_by_id) == (
        "reception", new.id, sales.id, clerk.id)


def test_a_duplicate_walk_in_is_refused_with_the_owner(qtbot: QtBot, clerk, office_data) -> None:
    customer(office_data["clerk2"], "刘芳", "13900001234")
    walk_in = WalkInDialog(clerk)
    qtbot.addWidget(walk_in)
    _type(qtbot, walk_in.edits["name"], "刘芳")
    _type(qtbot, walk_in.edits["phone"], "13900001234")
    _save(qtbot, walk_in)
    assert walk_in.saved is None
    assert "李四" in walk_in.form.error_text("phone") or "李四" in walk_in.form.general.text()


def test_the_rotation_hands_the_walk_in_to_the_form(qtbot: QtBot, clerk, office_data,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    all_day = Shift.create(name="全天", start=datetime.time(0, 0), end=datetime.time(0, 0))
    first, second = salesperson("S101", "甲"), salesperson("S102", "乙")
    on_roster([first, second], clock.today(), all_day)
    tab = ContactsTab(clerk)
    qtbot.addWidget(tab)
    opened: list[ContactDialog] = []
    monkeypatch.setattr(tab.list_page, "run_dialog", opened.append)
    page = tab.rotation_page
    assert page.next_label.text() == "下一位接待：甲"
    qtbot.mouseClick(page.findChild(object, "take_walk_in"), Qt.MouseButton.LeftButton)
    assert opened[-1].kind() == "reception" and opened[-1].staff.currentData() == first.id
    assert page.next_label.text() == "下一位接待：乙"
    page.named.setCurrentIndex(page.named.findData(first.id))
    page.table.selectRow(0)
    qtbot.mouseClick(page.findChild(object, "mark_present"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(object, "take_named"), Qt.MouseButton.LeftButton)
    assert opened[-1].staff.currentData() == first.id
    assert "轮接顺序不变" in opened[-1].findChild(object, "note").text()
    assert page.next_label.text() == "下一位接待：乙"


def test_list_filters_and_follow_up_and_urgent_pages(qtbot: QtBot, sales, clerk, supervisor) -> None:
    buyer = customer(clerk)
    today = clock.now().replace(microsecond=0)
    record(sales, buyer, today - datetime.timedelta(days=3), next_follow_up_on=clock.today())
    record(clerk, None, today - datetime.timedelta(days=1), "phone", caller_name="王先生")
    record(sales, buyer, today - datetime.timedelta(days=8), urgent=True, urgent_category="同行新产品上市",
           market="对手降价")
    tab = ContactsTab(supervisor)
    qtbot.addWidget(tab)
    page = tab.list_page
    assert page.model.rowCount() == 3
    page.kind.setCurrentIndex(page.kind.findData("phone"))
    assert [page.model.row_at(r).customer_name for r in range(page.model.rowCount())] == ["王先生"]
    page.kind.setCurrentIndex(0)
    page.urgent_only.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.row_at(0).urgent_category == "同行新产品上市"

    follow = tab.follow_up_page
    assert follow.buttons["today"].text() == "今日到期 (1)"
    qtbot.mouseClick(follow.buttons["today"], Qt.MouseButton.LeftButton)
    assert follow.model.rowCount() == 1 and follow.model.row_at(0).customer_name == buyer.name

    urgent = tab.urgent_page
    assert tab.pages.tabText(tab.pages.indexOf(urgent)) == "紧急报告 (1)"
    urgent.table.selectRow(0)
    qtbot.mouseClick(urgent.findChild(object, "mark_read"), Qt.MouseButton.LeftButton)
    assert urgent.model.rowCount() == 0 and tab.pages.tabText(tab.pages.indexOf(urgent)) == "紧急报告"


def test_points_page_shows_the_month(qtbot: QtBot, sales, clerk) -> None:
    record(sales, customer(clerk), clock.now().replace(microsecond=0) - datetime.timedelta(minutes=5))
    tab = ContactsTab(sales)
    qtbot.addWidget(tab)
    assert tab.points_page.points_model.rowCount() == 0  # filled when the page is first shown, not at start-up
    tab.pages.setCurrentWidget(tab.points_page)
    model = tab.points_page.points_model
    row = next(r for r in range(model.rowCount()) if model.item(r, 1).text() == sales.name)
    assert model.item(row, 5).text() == "1" and model.item(row, 8).text() == "少 29 分"
    plan = tab.points_page.plan_model
    month = clock.today().month
    assert plan.rowCount() == 1 and plan.data(plan.index(0, 2 + month)) == "0/1"  # planned 0, visited once
    assert tab.urgent_page is None


def test_points_are_exported_as_numbers(qtbot: QtBot, sales, clerk, tmp_path, monkeypatch) -> None:
    record(sales, customer(clerk), clock.now().replace(microsecond=0) - datetime.timedelta(minutes=5))
    tab = ContactsTab(sales)
    qtbot.addWidget(tab)
    tab.pages.setCurrentWidget(tab.points_page)
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "积分.xlsx"), ""))
    monkeypatch.setattr(points_page.messages, "info", lambda *args: None)
    tab.points_page.export_excel()
    rows = list(load_workbook(tmp_path / "积分.xlsx").active.iter_rows(min_row=2, values_only=True))
    mine = next(row for row in rows if row[1] == sales.name)
    assert mine[3:7] == (1, 0, 1, 29) and mine[8] == "少 29 分"


def test_a_clerk_may_not_record_a_visit_for_a_salesperson(qtbot: QtBot, clerk, sales) -> None:
    buyer = customer(clerk)
    page = ContactListPage(clerk)
    qtbot.addWidget(page)
    dialog = _dialog(qtbot, clerk, "visit")
    dialog.picker.choose(buyer)
    _choose(dialog.staff, sales.code)
    _type(qtbot, dialog.texts["handling"], "送资料")
    _save(qtbot, dialog)
    assert "本人登记" in dialog.error_text("staff")


def test_a_clerk_sees_a_confidential_customer_masked_on_every_page(qtbot: QtBot, clerk, office_data, previews,
                                                                  tmp_path, monkeypatch) -> None:
    secret = register(office_data["supervisor"], "王总", "13900001111", confidentiality="绝密",
                      address="西湖区文三路100号", main_contact="钱经理")
    hidden = ["13900001111", "文三路", "钱经理"]
    record(clerk, secret, clock.now().replace(microsecond=0) - datetime.timedelta(days=1),
           next_follow_up_on=clock.today())
    visit_points.set_plan(clerk, clerk, secret.id, clock.today().year, clock.today().month, 2)
    tab = ContactsTab(clerk)
    qtbot.addWidget(tab)
    page = tab.list_page
    page.table.selectRow(0)
    dialog = page.contact_dialog(row=page.current_row())
    qtbot.addWidget(dialog)
    assert dialog.picker.text().startswith("王总") and not any(h in dialog.picker.text() for h in hidden)
    page.print_current()
    printed = "".join(p.extract_text() for p in PdfReader(io.BytesIO(previews[0][2])).pages)
    assert "王总" in printed and not any(h in printed for h in hidden)
    monkeypatch.setattr(messages, "info", lambda *args: None)
    tab.pages.setCurrentWidget(tab.follow_up_page)
    qtbot.mouseClick(tab.follow_up_page.buttons["today"], Qt.MouseButton.LeftButton)
    tab.pages.setCurrentWidget(tab.points_page)
    for name, model in [("follow", tab.follow_up_page.model), ("plan", tab.points_page.plan_model)]:
        target = tmp_path / f"{name}.xlsx"
        monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args, t=target: (str(t), ""))
        export.export_model(None, model, name)
        cells = repr(list(load_workbook(target).active.values))
        assert "王总" in cells and not any(h in cells for h in hidden), name


def test_follow_ups_open_on_the_first_group_that_has_any(qtbot: QtBot, sales, clerk) -> None:
    record(sales, customer(clerk), clock.now() - datetime.timedelta(days=2), "phone",
           next_follow_up_on=clock.today() + datetime.timedelta(days=3))
    page = FollowUpPage(sales)
    qtbot.addWidget(page)
    assert page.bucket == "week" and page.buttons["week"].isChecked()
    assert page.model.rowCount() == 1


def test_a_message_goes_as_its_field_is_fixed_and_the_fields_below_stay_put(qtbot: QtBot, sales) -> None:
    dialog = _dialog(qtbot, sales, "visit")
    _save(qtbot, dialog)
    message = dialog.findChild(QLabel, "error_handling")
    assert message.isVisible() and "至少填写一项内容" in message.text()
    field = dialog.texts["other_matters"]
    qtbot.wait(10)  # the layout makes room for the messages
    below = field.mapTo(field.parentWidget().parentWidget(), field.rect().topLeft()).y()  # in its group
    _type(qtbot, dialog.texts["handling"], "已答复")
    assert not message.isVisible()
    qtbot.wait(10)
    assert field.mapTo(field.parentWidget().parentWidget(), field.rect().topLeft()).y() == below
    assert "必须选择客户" in dialog.error_text("customer")  # the others stay until their field is edited
    _type(qtbot, dialog.picker, "张")
    assert not dialog.findChild(QLabel, "error_customer").isVisible()


def test_a_phone_record_speaks_of_the_call(qtbot: QtBot, clerk) -> None:
    dialog = _dialog(qtbot, clerk, "phone")
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert {"来电人", "来电号码", "接听人", "通话结果"} <= labels
    assert not labels & {"拜访对象", "接待/拜访人", "活动效果"} and not dialog.visited_person.isVisible()
    assert dialog.windowTitle() == "新增电话记录"
    qtbot.mouseClick(dialog.findChild(QRadioButton, "kind_visit"), Qt.MouseButton.LeftButton)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert {"拜访对象", "接待/拜访人", "活动效果"} <= labels and "来电人" not in labels


def test_a_callers_short_number_is_refused_under_its_field(qtbot: QtBot, clerk) -> None:
    dialog = _dialog(qtbot, clerk, "phone")
    _type(qtbot, dialog.caller_name, "王先生")
    _type(qtbot, dialog.caller_phone, "1234")
    _type(qtbot, dialog.texts["handling"], "咨询价格")
    _save(qtbot, dialog)
    assert "分机 1234" in dialog.error_text("caller_phone") and not Contact.select().exists()
    dialog.caller_phone.clear()
    _type(qtbot, dialog.caller_phone, "分机 1234")
    _save(qtbot, dialog)
    assert Contact.get().caller_phone == "分机 1234"


def test_a_saved_record_is_selected_in_the_list(qtbot: QtBot, clerk) -> None:
    record(clerk, None, clock.now() - datetime.timedelta(hours=3), "phone", caller_name="李先生")
    page = ContactListPage(clerk)
    qtbot.addWidget(page)
    dialog = page.contact_dialog("phone")
    dialog.started_at.setDateTime(QDateTime(clock.now().replace(second=0, microsecond=0)
                                            - datetime.timedelta(hours=4)))  # older: second in the list
    _type(qtbot, dialog.caller_name, "王先生")
    _type(qtbot, dialog.texts["handling"], "咨询价格")
    dialog.exec = lambda: (dialog.save(), dialog.result())[1]  # what the person does while the form is open
    page.run_dialog(dialog)
    assert page.current_row().id == dialog.saved.id and page.table.currentIndex().row() == 1


def test_undo_takes_back_ones_own_correction_from_the_list(qtbot: QtBot, clerk) -> None:
    contact = record(clerk, None, clock.now() - datetime.timedelta(hours=3), "phone", caller_name="李先生")
    page = ContactListPage(clerk)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert not page.undo_button.isEnabled()  # nothing corrected: a wrong record is voided
    dialog = page.contact_dialog(row=page.current_row())
    dialog.texts["handling"].clear()
    _type(qtbot, dialog.texts["handling"], "改约明天")
    dialog.exec = lambda: (dialog.save(), dialog.result())[1]
    page.run_dialog(dialog)
    assert Contact.get_by_id(contact.id).handling == "改约明天" and page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert Contact.get_by_id(contact.id).handling == contact.handling
