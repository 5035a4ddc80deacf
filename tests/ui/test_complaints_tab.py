"""The 投诉处理 tab driven like a person: receive a complaint and take it to closure."""

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.models import Complaint
from desktop.ui.complaints.actions import StepDialog
from desktop.ui.complaints.form import ComplaintFormDialog
from desktop.ui.complaints.tab import ROW_COLOURS, ComplaintsTab
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


def test_a_handler_pauses_a_complaint_and_the_supervisor_resumes_it(qtbot, office_data):
    import datetime

    from desktop.services import clock
    from desktop.services.complaints import workflow
    from tests.complaint_world import take_to

    complaint = take_to(workflow.DISPATCHED, office_data, received_at=clock.now() - datetime.timedelta(hours=1))
    tab = ComplaintsTab(office_data["clerk2"])
    qtbot.addWidget(tab)
    refused = step(qtbot, tab, "pause", kind="等待客户")
    assert refused.form.error_text("reason") == "请写明在等待什么。"
    type_text(qtbot, refused.inputs["reason"], "请客户拍照发来漏水部位")
    assert refused.inputs["expected_on"].date().toPython() == datetime.date(2026, 11, 23)  # 3 working days on
    click(qtbot, refused.ok_button)
    assert tab.detail.title.text() == f"{complaint.number}　等待客户"
    assert tab.detail.deadline.text().startswith("暂停计时：预计 11-23 答复　自 11-18 10:30 起　请客户拍照")
    assert tab.model.display_row(tab.model.row_at(0))[5] == "等待客户"

    clock.freeze(datetime.datetime(2026, 11, 25, 9, 0))  # Wednesday, two days past the expected Monday
    boss_tab = ComplaintsTab(office_data["supervisor"])
    qtbot.addWidget(boss_tab)
    boss_tab.status_box.setCurrentIndex(boss_tab.status_box.findData(workflow.PAUSED))
    assert boss_tab.model.rowCount() == 1
    colour = boss_tab.model.data(boss_tab.model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    assert colour.name().lower() == ROW_COLOURS["overdue"].name().lower()
    assert "超过预计答复日 2 天" in boss_tab.detail.deadline.text()
    step(qtbot, boss_tab, "resume", reason="客户不再提供照片，按现有资料处理")
    assert boss_tab.model.rowCount() == 0
    complaint = Complaint.get_by_id(complaint.id)
    assert complaint.status == workflow.DISPATCHED
    # due 11-19 09:30, 23 working hours away at the pause; 23 working hours away at the resume
    assert complaint.due_at == datetime.datetime(2026, 11, 26, 8, 0)


def test_the_supervisor_merges_a_duplicate_undoes_it_and_a_clerk_splits_a_second_matter(qtbot, office_data):
    import datetime

    from desktop.services import clock
    from desktop.services.complaints import workflow
    from desktop.ui.complaints.merge import MergeDialog
    from tests.complaint_world import take_to

    older = take_to(workflow.DISPATCHED, office_data, received_at=clock.now() - datetime.timedelta(hours=2))
    newer = take_to(workflow.RECEIVED, office_data, received_at=clock.now() - datetime.timedelta(minutes=10))
    tab = ComplaintsTab(office_data["supervisor"])
    qtbot.addWidget(tab)
    tab.open_complaint(newer.id)
    click(qtbot, tab.detail.buttons["merge"])
    dialog = tab.dialog
    assert isinstance(dialog, MergeDialog)
    assert dialog.table.item(0, 0).text() == older.number
    click(qtbot, dialog.ok_button)
    assert dialog.form.error_text("reason") == "请写明合并的理由。"
    type_text(qtbot, dialog.reason_edit, "客户重复来电")
    click(qtbot, dialog.ok_button)
    assert tab.detail.detail.complaint.id == older.id  # the survivor is shown
    links = [tab.detail.links.itemAt(i).widget().text() for i in range(tab.detail.links.count() - 1)]
    assert links == [f"合并了 {newer.number}"]
    notes = [tab.detail.history.item(row, 4).text() for row in range(tab.detail.history.rowCount())]
    assert f"〔{newer.number}〕承诺 11-19 10:20 前答复客户" in notes
    click(qtbot, tab.detail.links.itemAt(0).widget())
    assert tab.detail.title.text() == f"{newer.number}　已合并"
    step(qtbot, tab, "unmerge", reason="不是同一件事")
    assert tab.detail.title.text().startswith(f"{newer.number}　待判断")

    clerk_tab = ComplaintsTab(office_data["clerk1"])
    qtbot.addWidget(clerk_tab)
    clerk_tab.open_complaint(older.id)
    click(qtbot, clerk_tab.detail.buttons["split"])
    form = clerk_tab.dialog
    assert form.windowTitle() == f"拆分为新投诉单（原单 {older.number}）"
    assert not form.received_edit.isEnabled()
    type_text(qtbot, form.content_edit, "安装师傅态度恶劣")
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert form.saved.number == "202611-003" and form.saved.split_from_id == older.id


def test_the_supervisor_records_the_meeting_before_approving_a_serious_plan(qtbot, office_data):
    from desktop.services.complaints import workflow
    from tests.complaint_world import take_to

    complaint = take_to(workflow.INVESTIGATED, office_data, "serious")
    workflow.propose(office_data["clerk2"], complaint, "召回同批次热水器")
    tab = ComplaintsTab(office_data["supervisor"])
    qtbot.addWidget(tab)
    assert tab.detail.buttons["approve"].isHidden()
    dialog = step(qtbot, tab, "meeting", attendees="周主任、质量部王经理", decision="召回同批次热水器")
    assert dialog.form.error_text("responsible") == "请填写负责人。"
    type_text(qtbot, dialog.inputs["responsible"], "质量部王经理")
    click(qtbot, dialog.ok_button)
    assert tab.detail.values["meetings"].text() == "2026-11-18 周主任、质量部王经理：召回同批次热水器（质量部王经理）"
    step(qtbot, tab, "approve", note="同意召回")
    assert Complaint.get_by_id(complaint.id).status == workflow.APPROVED


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


def test_each_save_selects_its_complaint_and_says_so_in_the_status_bar(qtbot, office_data):
    import datetime

    from PySide6.QtWidgets import QMainWindow

    from desktop.services import clock
    from desktop.services.complaints import workflow

    clerk = office_data["clerk1"]
    older = workflow.receive(clerk, workflow.ComplaintForm("王女士", "13900139000", "送货迟到"),
                             now=clock.now() - datetime.timedelta(hours=2))
    window = QMainWindow()
    tab = ComplaintsTab(clerk)
    window.setCentralWidget(tab)
    qtbot.addWidget(window)
    click(qtbot, tab.action_buttons["new"])
    type_text(qtbot, tab.dialog.complainant_edit, "陈先生")
    type_text(qtbot, tab.dialog.contact_edit, "13800138000")
    type_text(qtbot, tab.dialog.content_edit, "热水器安装后漏水")
    click(qtbot, tab.dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    new = Complaint.get(Complaint.complainant == "陈先生")
    assert window.statusBar().currentMessage() == f"已受理投诉 {new.number} 陈先生"
    assert tab.current().id == new.id
    tab.table.selectRow([c.id for c in tab.model.loaded_rows()].index(older.id))
    step(qtbot, tab, "assess", valid="成立", note="理由充分")
    assert window.statusBar().currentMessage() == f"已保存 {older.number} 王女士 的「判断」"
    assert tab.current().id == older.id and tab.table.currentIndex().row() == 1
