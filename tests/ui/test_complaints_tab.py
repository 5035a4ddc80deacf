"""The 投诉处理 tab driven like a person: receive a complaint and take it to closure."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.models import Complaint
from desktop.ui.complaints.actions import StepDialog
from desktop.ui.complaints.form import ComplaintFormDialog
from desktop.ui.complaints.tab import ComplaintsTab
from tests.ui.keyboard import type_text


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def step(qtbot, tab: ComplaintsTab, action: str, **texts: str) -> StepDialog:
    """Press the step's button in the detail view, type into its fields and press OK."""
    button = tab.detail.buttons[action]
    assert not button.isHidden(), action
    click(qtbot, button)
    dialog = tab.dialog
    assert isinstance(dialog, StepDialog)
    for field, text in texts.items():
        widget = dialog.inputs[field]
        if hasattr(widget, "setCurrentText"):
            widget.setCurrentIndex(widget.findText(text))
        else:
            type_text(qtbot, widget, text)
    click(qtbot, dialog.ok_button)
    return dialog


def test_receive_a_complaint_and_take_it_to_closure(qtbot, office_data):
    clerk, leader = office_data["clerk1"], office_data["leader1"]
    tab = ComplaintsTab(clerk)
    qtbot.addWidget(tab)
    click(qtbot, tab.action_buttons["new"])
    form = tab.dialog
    assert isinstance(form, ComplaintFormDialog)
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert form.form.error_text("complainant") == "请填写投诉人。"
    type_text(qtbot, form.complainant_edit, "陈先生")
    type_text(qtbot, form.contact_edit, "13800138000")
    type_text(qtbot, form.content_edit, "热水器安装后漏水")
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert form.result() == ComplaintFormDialog.DialogCode.Accepted
    complaint = Complaint.get()
    assert tab.model.rowCount() == 1
    assert tab.detail.title.text().startswith(complaint.number)

    step(qtbot, tab, "assess", valid="成立", note="理由充分")
    dispatch = tab.detail.buttons["dispatch"]
    click(qtbot, dispatch)
    tab.dialog.inputs["assignee"].setCurrentIndex(tab.dialog.inputs["assignee"].findData(clerk.id))
    click(qtbot, tab.dialog.ok_button)
    step(qtbot, tab, "investigate", finding="密封圈老化", responsible_party="供应商")
    step(qtbot, tab, "propose", proposal="免费更换密封圈")
    assert tab.detail.buttons["approve"].isHidden()  # a clerk cannot approve

    leader_tab = ComplaintsTab(leader)
    qtbot.addWidget(leader_tab)
    assert leader_tab.detail.title.text().startswith(complaint.number)
    step(qtbot, leader_tab, "approve", note="同意")

    tab.reload()
    refused = step(qtbot, tab, "reply")
    assert refused.form.error_text("reply") == "请填写告知客户的处理结果。"
    type_text(qtbot, refused.inputs["reply"], "明天上门更换密封圈")
    click(qtbot, refused.ok_button)
    step(qtbot, tab, "callback", result="联系上", satisfaction="满意", solved="已解决", note="客户认可")

    assert tab.model.display_row(tab.model.row_at(0))[5] == "已结案"
    assert tab.detail.title.text() == f"{complaint.number}　已结案"
    history = [tab.detail.history.item(row, 2).text() for row in range(tab.detail.history.rowCount())]
    assert history == ["受理", "判断", "派发", "调查结果", "处理方案", "审批", "答复客户", "结案"]
    assert all(button.isHidden() for action, button in tab.detail.buttons.items() if action != "reopen")


def test_an_overdue_filter_and_a_reopen_link(qtbot, office_data):
    from desktop.services.complaints import workflow
    from tests.complaint_world import take_to

    original = take_to(workflow.REPLIED, office_data)
    workflow.record_callback(office_data["clerk1"], original, True, "不满意", False)
    tab = ComplaintsTab(office_data["clerk1"])
    qtbot.addWidget(tab)
    tab.overdue_check.setChecked(True)
    assert tab.model.rowCount() == 0  # escalated: no deadline runs
    tab.overdue_check.setChecked(False)
    click(qtbot, tab.detail.buttons["reopen"])
    form = tab.dialog
    assert form.complainant_edit.text() == "陈先生"
    type_text(qtbot, form.content_edit, "不接受处理结论，要求换新机")
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert tab.model.rowCount() == 2
    link = tab.detail.links.itemAt(0).widget()
    assert link.text() == f"原投诉单 {original.number}"
    click(qtbot, link)
    assert tab.detail.detail.complaint.id == original.id
    assert tab.detail.links.itemAt(0).widget().text().startswith("另立新单 ")


def test_the_form_picks_the_customer_with_the_one_picker_showing_a_confidential_one_masked(qtbot, office_data):
    from desktop.services.complaints import workflow
    from desktop.ui.widgets.customer_picker import CustomerPicker
    from tests.customer_data import register

    clerk = office_data["clerk1"]
    secret = register(office_data["supervisor"], "王总", "13900001111", confidentiality="绝密", salutation="王董")
    form = ComplaintFormDialog(clerk)
    qtbot.addWidget(form)
    form.show()
    assert isinstance(form.picker, CustomerPicker)
    form.picker.setFocus()
    type_text(qtbot, form.picker, "1390000")
    assert form.picker.completer().popup().model().rowCount() == 0  # never found by its hidden phone
    form.picker.clear()
    type_text(qtbot, form.picker, "wz")
    suggestions = form.picker.completer().popup().model()
    assert suggestions.index(0, 0).data() == f"王总  {secret.number}  （保密）"
    form.picker.completer().activated[str].emit(suggestions.index(0, 0).data())
    assert (form.complainant_edit.text(), form.contact_edit.text()) == ("王总", "")
    type_text(qtbot, form.contact_edit, "0571-12345678")  # what the caller gives for the callback
    type_text(qtbot, form.content_edit, "设备故障")
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert form.saved.customer_id == secret.id
    reopened = ComplaintFormDialog(clerk, workflow.get(form.saved.id))
    qtbot.addWidget(reopened)
    assert reopened.picker.chosen.id == secret.id and "1390000" not in reopened.picker.text()


def test_a_text_too_long_for_the_form_is_refused_beside_its_field(qtbot, office_data):
    tab = ComplaintsTab(office_data["clerk1"])
    qtbot.addWidget(tab)
    click(qtbot, tab.action_buttons["new"])
    form = tab.dialog
    type_text(qtbot, form.complainant_edit, "陈先生")
    type_text(qtbot, form.contact_edit, "13800138000")
    form.content_edit.setPlainText("漏" * 2001)
    assert form.category_box.findText("随便写") == -1 and not form.category_box.isEditable()
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert form.form.error_text("content") == "不能超过 2000 个字。"
    assert Complaint.select().count() == 0


def test_the_reminder_notice_is_offered_for_an_overdue_complaint_only(qtbot, office_data, previews):
    import datetime as dt

    from desktop.services import clock
    from desktop.services.complaints import workflow
    from tests.complaint_world import take_to

    complaint = take_to(workflow.DISPATCHED, office_data)
    clock.freeze(dt.datetime(2026, 9, 15, 12, 0))
    tab = ComplaintsTab(office_data["leader1"])
    qtbot.addWidget(tab)
    assert not tab.action_buttons["print_reminder"].isEnabled()
    assert tab.detail.buttons["remind"].isHidden()
    clock.freeze(dt.datetime(2026, 9, 16, 12, 0))
    tab.reload()
    assert tab.action_buttons["print_reminder"].isEnabled()
    click(qtbot, tab.action_buttons["print_reminder"])  # none issued yet: it is issued first
    dialog = tab.dialog
    assert isinstance(dialog, StepDialog)
    type_text(qtbot, dialog.inputs["note"], "请今天内答复")
    click(qtbot, dialog.ok_button)
    [(title, _, pdf)] = previews
    assert title == f"催办单_{complaint.number}"
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "第 1 次" in text and "李班长" in text and "请今天内答复" in text
    click(qtbot, tab.action_buttons["print_reminder"])  # once issued, the button prints it again
    assert len(previews) == 2 and workflow.get(complaint.id).reminders == 1
