"""话术 as people use it: the supervisor keeps the templates in 设置, a clerk picks one in a step or a contact form,
sees it filled from the record, inserts it, and the saved form records the use."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.models import Complaint, Contact, Staff, WordingTemplate, WordingUse, WordingVersion
from desktop.services.complaints import workflow
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.complaints.actions import StepDialog
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.widgets.wording_picker import WordingPicker
from tests import complaint_world, contact_data
from tests.ui.keyboard import type_text


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class Chooser(list):
    """The person in the picker: picks the template titled `title`, reads it, presses 插入; each picker shown."""

    title = "告知处理结果"

    def exec_(self, picker: WordingPicker) -> int:
        self.append(picker)
        wanted = picker.list.findItems(self.title, Qt.MatchFlag.MatchExactly)
        if not wanted:
            return QDialog.DialogCode.Rejected
        picker.list.setCurrentItem(wanted[0])
        picker.insert_button.click()
        return picker.result()


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    chooser = Chooser()
    monkeypatch.setattr(WordingPicker, "exec", lambda picker: chooser.exec_(picker))
    return chooser


def test_a_clerk_inserts_a_reply_with_f4_and_the_saved_reply_records_it(qtbot: QtBot, office_data: dict,
                                                                         choose: Chooser) -> None:
    clerk = office_data["clerk1"]
    complaint = complaint_world.take_to(workflow.APPROVED, office_data)
    dialog = StepDialog(clerk, complaint, "reply")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    reply = dialog.inputs["reply"]
    reply.setFocus()
    qtbot.keyClick(reply, Qt.Key.Key_F4)
    assert choose, "F4 in the reply box opens the picker"
    picker = choose[0]
    expected = f"陈先生您好！关于您2026年9月15日反映的问题（投诉单号 {complaint.number}）"
    assert picker.preview.toPlainText().startswith(expected)
    assert picker.note.isHidden()
    text = reply.toPlainText()
    assert "免费更换密封圈" in text and "{" not in text
    click(qtbot, dialog.ok_button)
    assert Complaint.get_by_id(complaint.id).reply == text
    use = WordingUse.get()
    assert (use.complaint.id, use.field, use.version.title, use.actor.id) == (complaint.id, "reply", "告知处理结果",
                                                                            clerk.id)


def test_the_invalid_reply_takes_the_reason_typed_above_it(qtbot: QtBot, office_data: dict, choose: Chooser) -> None:
    clerk = office_data["clerk1"]
    complaint = complaint_world.take_to(workflow.RECEIVED, office_data)
    dialog = StepDialog(clerk, complaint, "assess")
    qtbot.addWidget(dialog)
    dialog.inputs["valid"].setCurrentIndex(1)  # 不成立
    type_text(qtbot, dialog.inputs["note"], "漏水系客户自行改装管路所致")
    choose.title = "婉转说明，取得谅解"
    click(qtbot, dialog.wording_button)
    assert "经核实，漏水系客户自行改装管路所致。" in dialog.inputs["reply"].toPlainText()
    click(qtbot, dialog.ok_button)
    assert Complaint.get_by_id(complaint.id).closed_as == workflow.CLOSED_INVALID
    assert WordingUse.get().version.template.category == "invalid"


def test_a_refused_step_keeps_the_dialog_and_records_nothing(qtbot: QtBot, office_data: dict, choose: Chooser) -> None:
    clerk = office_data["clerk1"]
    complaint = complaint_world.take_to(workflow.RECEIVED, office_data)
    dialog = StepDialog(clerk, complaint, "assess")
    qtbot.addWidget(dialog)
    dialog.inputs["valid"].setCurrentIndex(1)
    choose.title = "婉转说明，取得谅解"
    click(qtbot, dialog.wording_button)
    assert "【不成立原因】" in dialog.inputs["reply"].toPlainText()
    assert "不成立原因" in choose[0].note.text()
    click(qtbot, dialog.ok_button)  # no reason written
    assert dialog.form.error_text("note") == "投诉不成立时必须写明原因。"
    assert WordingUse.select().count() == 0


def test_a_visit_phrase_is_filled_with_the_chosen_customer(qtbot: QtBot, office_data: dict, choose: Chooser) -> None:
    sales = office_data["sales1"]
    customer = contact_data.customer(sales, "宁波港城贸易")
    dialog = ContactDialog(sales, "visit", customer=customer)
    qtbot.addWidget(dialog)
    choose.title = "走访经过"
    click(qtbot, dialog.findChild(object, "wording_handling"))
    assert dialog.texts["handling"].toPlainText().startswith("走访宁波港城贸易")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    use = WordingUse.get()
    assert use.contact.id == Contact.get().id and use.field == "handling"


def test_the_supervisor_edits_a_template_into_a_new_version(qtbot: QtBot, supervisor: Staff,
                                                            office_data: dict) -> None:
    dialog = SettingsDialog(supervisor)
    qtbot.addWidget(dialog)
    page = dialog.show_page("wording")
    titles = [row.title for row in page.model.loaded_rows()]
    assert "告知处理结果" in titles and "婉转说明，取得谅解" in titles
    template = WordingTemplate.get(WordingTemplate.title == "告知处理结果")
    page.view.selectRow(titles.index("告知处理结果"))
    assert not page.category_combo.isEnabled()
    assert page.versions_list.count() == 1 and "程序预置" in page.versions_list.item(0).text()
    page.body_edit.clear()
    type_text(qtbot, page.body_edit, "您好 {客户姓名}")
    click(qtbot, page.save_button)
    assert "{客户姓名}" in page.form.error_text("body")
    page.body_edit.clear()
    type_text(qtbot, page.body_edit, "您好，处理结果：")
    page.placeholder_combo.setCurrentText("处理结果")
    click(qtbot, page.findChild(object, "insert_placeholder"))
    click(qtbot, page.save_button)
    assert WordingTemplate.get_by_id(template.id).version == 2
    assert page.versions_list.count() == 2 and "周主任" in page.versions_list.item(0).text()
    page.versions_list.setCurrentRow(1)
    assert "{受理日期}" in page.old_body.toPlainText()
    newest = WordingVersion.get((WordingVersion.template == template) & (WordingVersion.number == 2))
    assert newest.body == "您好，处理结果：{处理结果}"


def test_a_new_template_appears_in_the_picker_and_a_retired_one_leaves(qtbot: QtBot, supervisor: Staff,
                                                                      office_data: dict) -> None:
    dialog = SettingsDialog(supervisor)
    qtbot.addWidget(dialog)
    page = dialog.show_page("wording")
    click(qtbot, page.new_button)
    page.category_combo.setCurrentIndex(page.category_combo.findData("callback"))
    type_text(qtbot, page.title_edit, "重点客户回访")
    type_text(qtbot, page.body_edit, "{客户称呼}您好，我是客服部{经办人}，特来回访。")
    click(qtbot, page.save_button)
    complaint = complaint_world.take_to(workflow.REPLIED, office_data)
    picker = WordingPicker(office_data["clerk1"], "callback", lambda: {"complaint": complaint})
    qtbot.addWidget(picker)
    found = picker.list.findItems("重点客户回访", Qt.MatchFlag.MatchExactly)
    picker.list.setCurrentItem(found[0])
    assert picker.preview.toPlainText() == "陈先生您好，我是客服部张三，特来回访。"
    page.retire("改用新话术")
    assert "已停用" in [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]
    again = WordingPicker(office_data["clerk1"], "callback", lambda: {"complaint": complaint})
    qtbot.addWidget(again)
    assert not again.list.findItems("重点客户回访", Qt.MatchFlag.MatchExactly)
