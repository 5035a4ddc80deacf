"""The 设置 dialog driven like a supervisor would: staff form, roster grid, calendar, audit log, interface."""

import datetime
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.models import AuditEntry, RosterEntry, Staff
from desktop.services import auth, calendar, settings
from desktop.services.customers import pool_rules
from desktop.services.errors import RuleError
from desktop.services.staffing import leave, roster
from desktop.services.staffing.roster_cells import CellKind
from desktop.ui.admin import roster_page
from desktop.ui.admin.settings_dialog import SettingsDialog
from desktop.ui.widgets import file_dialogs, messages
from desktop.ui.widgets.roster_colors import KIND_COLORS
from tests import leave_world
from tests.conftest import PASSWORD
from tests.ui.keyboard import type_text

DAY = datetime.date(2026, 10, 12)


@pytest.fixture
def dialog(qtbot: QtBot, supervisor: Staff) -> SettingsDialog:
    opened = SettingsDialog(supervisor)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_supervisor_adds_a_staff_member(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = dialog.show_page("staff")
    _click(qtbot, page.new_button)
    type_text(qtbot, page.name_edit, "钱七")
    _click(qtbot, page.save_button)
    assert page.form.error_text("code") == "请填写工号。"
    qtbot.keyClicks(page.code_edit, "C001")
    _click(qtbot, page.save_button)
    assert page.form.error_text("code") == "工号 C001 已被使用。"
    page.code_edit.clear()
    qtbot.keyClicks(page.code_edit, "C200")
    page.team_combo.setCurrentIndex(page.team_combo.findText("客服二班"))
    page.skill_combo.setCurrentIndex(page.skill_combo.findText("高级工"))
    _click(qtbot, page.save_button)
    person = Staff.get(Staff.code == "C200")
    assert (person.name, person.team.name, person.skill_level, person.active) == ("钱七", "客服二班", "高级工", True)
    assert page.form.error_text("code") == ""
    assert "C200" in [row.code for row in page.model.loaded_rows()]
    assert page.box.title() == "修改：C200 钱七"


def test_the_list_widens_a_column_to_a_longer_name_once_it_is_saved(qtbot: QtBot, dialog: SettingsDialog,
                                                                    office_data: dict) -> None:
    page = dialog.show_page("staff")
    name_column = 1
    before = page.view.columnWidth(name_column)
    _click(qtbot, page.new_button)
    qtbot.keyClicks(page.code_edit, "C201")
    type_text(qtbot, page.name_edit, "欧阳长名字的新同事")
    _click(qtbot, page.save_button)
    row = [s.code for s in page.model.loaded_rows()].index("C201")
    needed = page.view.sizeHintForIndex(page.model.index(row, name_column)).width()
    assert page.view.columnWidth(name_column) >= needed > before


def test_deactivate_instead_of_delete(qtbot: QtBot, dialog: SettingsDialog, office_data: dict,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    page = dialog.show_page("staff")
    row = [s.code for s in page.model.loaded_rows()].index("C002")
    page.view.selectRow(row)
    _click(qtbot, page.deactivate_button)
    assert Staff.get(Staff.code == "C002").active is False
    assert not page.deactivate_button.isEnabled()


def _edit_staff(dialog: SettingsDialog, code: str) -> object:
    page = dialog.show_page("staff")
    page.view.selectRow([s.code for s in page.model.loaded_rows()].index(code))
    return page


def test_a_password_typed_alone_resets_it(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = _edit_staff(dialog, "C001")
    assert page.password_edit.placeholderText() == "留空则不修改"
    qtbot.keyClicks(page.password_edit, "given-one")
    _click(qtbot, page.save_button)
    assert auth.check_password("given-one", Staff.get(Staff.code == "C001").password_hash)
    assert AuditEntry.select().where(AuditEntry.action == "password").count() == 1


def test_a_supervisor_cannot_touch_an_administrator(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = _edit_staff(dialog, "A001")
    qtbot.keyClicks(page.password_edit, "chosen-one")
    _click(qtbot, page.save_button)
    assert page.form.error_text("role") == "管理员 的角色（管理员）高于您，您不能修改或停用这个账号。"
    assert auth.check_password(PASSWORD, Staff.get(Staff.code == "A001").password_hash)


def _roster_on_october(qtbot: QtBot, dialog: SettingsDialog) -> roster_page.RosterPage:
    page = dialog.show_page("roster")
    page.month_edit.setDate(QDate(2026, 10, 1))
    assert page.model.grid.days[0] == datetime.date(2026, 10, 1)
    return page


def _cell(page: roster_page.RosterPage, person: Staff, day: datetime.date) -> object:
    row = [p.id for p in page.model.grid.people].index(person.id)
    return page.model.index(row, page.model.grid.days.index(day))


def test_roster_cell_typed_and_saved(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = _roster_on_october(qtbot, dialog)
    clerk = office_data["clerk1"]
    page.view.setCurrentIndex(_cell(page, clerk, DAY))
    type_text(qtbot, page.view, "早")
    assert page.status.text() == "1 处未保存"
    assert page.view.currentIndex().column() == page.model.grid.days.index(DAY) + 1  # moved on to the next day
    _click(qtbot, page.save_button)
    entry = RosterEntry.get((RosterEntry.staff == clerk) & (RosterEntry.day == DAY))
    assert entry.shift.name == "早班"
    audit_row = AuditEntry.get((AuditEntry.table_name == "roster_entry") & (AuditEntry.record_id == str(entry.id)))
    assert (audit_row.action, audit_row.actor_id) == ("create", office_data["supervisor"].id)
    assert page.model.pending == {} and page.status.text() == ""
    assert _cell(page, clerk, DAY).data() == "早"


def test_roster_number_and_delete_keys(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = _roster_on_october(qtbot, dialog)
    clerk = office_data["clerk1"]
    roster.set_cells(office_data["supervisor"], {(clerk.id, DAY): office_data["shifts"]["中班"].id})
    page.load()
    page.view.setCurrentIndex(_cell(page, clerk, DAY))
    qtbot.keyClick(page.view, "1")  # the first shift of the legend, by start time: 夜班 00:00
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # the next day was already empty: no change
    assert page.model.pending == {(clerk.id, DAY): office_data["shifts"]["夜班"].id}
    page.view.setCurrentIndex(_cell(page, clerk, DAY))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.pending == {(clerk.id, DAY): None}
    _click(qtbot, page.save_button)
    assert roster.shift_on(clerk, DAY) is None


def test_roster_tints_rest_days(dialog: SettingsDialog, office_data: dict, qtbot: QtBot) -> None:
    page = _roster_on_october(qtbot, dialog)
    clerk = office_data["clerk1"]
    assert _cell(page, clerk, datetime.date(2026, 10, 1)).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert _cell(page, clerk, datetime.date(2026, 10, 10)).data(Qt.ItemDataRole.BackgroundRole) is None  # 调休上班
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "4\n日"


def test_unsaved_roster_edits_are_not_dropped_silently(qtbot: QtBot, dialog: SettingsDialog, office_data: dict,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    page = _roster_on_october(qtbot, dialog)
    page.view.setCurrentIndex(_cell(page, office_data["clerk1"], DAY))
    type_text(qtbot, page.view, "夜")
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda *args: asked.append(args[2]) or False)
    _click(qtbot, page.next_button)
    assert (page.year, page.month, len(page.model.pending)) == (2026, 10, 1)
    assert page.month_edit.date() == QDate(2026, 10, 1)
    dialog.reject()
    assert dialog.isVisible()
    assert "1 处修改尚未保存" in asked[0]
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    _click(qtbot, page.next_button)
    assert (page.month, page.model.pending) == (11, {})
    assert RosterEntry.select().count() == 0


def test_roster_print_previews_the_month(qtbot: QtBot, dialog: SettingsDialog, office_data: dict,
                                         previews: list) -> None:
    page = _roster_on_october(qtbot, dialog)
    _click(qtbot, page.print_button)
    [(_, file_name, data)] = previews
    assert file_name == "排班表_2026年10月.pdf"
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "2026年10月 排班表" in text and "张三" in text


def test_supervisor_adds_a_holiday(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = dialog.show_page("calendar")
    page.year_spin.setValue(2026)
    _click(qtbot, page.new_button)
    page.day_edit.setDate(QDate(2026, 6, 10))
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("节假日"))
    type_text(qtbot, page.name_edit, "分店店庆")
    _click(qtbot, page.save_button)
    assert calendar.is_holiday(datetime.date(2026, 6, 10))
    listed = {row.day: row.name for row in page.model.loaded_rows()}
    assert listed[datetime.date(2026, 6, 10)] == "分店店庆"


def test_audit_log_shows_changes_readably(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    shifts = dialog.show_page("shifts")
    shifts.view.selectRow([s.name for s in shifts.model.loaded_rows()].index("早班"))
    shifts.end_edit.clear()
    qtbot.keyClicks(shifts.end_edit, "15:30")
    _click(qtbot, shifts.save_button)
    page = dialog.show_page("audit")
    page.table_combo.setCurrentIndex(page.table_combo.findData("shift"))
    page.table_combo.activated.emit(page.table_combo.currentIndex())
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    row = [page.model.index(0, column).data() for column in range(7)]
    assert row[1:5] == ["周主任", "修改", "班次", "早班"] and row[6] == "下班：16:00 → 15:30"
    assert "下班：16:00 → 15:30" in page.detail.toPlainText()


def test_audit_log_filters_by_record_and_prints_the_selection(qtbot: QtBot, dialog: SettingsDialog,
                                                              office_data: dict, previews: list) -> None:
    from desktop.services.complaints import workflow
    from tests.complaint_world import take_to

    complaint = take_to(workflow.ASSESSED, office_data)
    page = dialog.show_page("audit")
    type_text(qtbot, page.record_edit, "KH2099000001")
    qtbot.keyClick(page.record_edit, Qt.Key.Key_Return)
    assert page.error.text() == "没有编号为「KH2099000001」的客户、投诉单或员工。" and not page.error.isHidden()
    page.record_edit.clear()
    type_text(qtbot, page.record_edit, complaint.number)
    _click(qtbot, page.findChild(QPushButton, "search"))
    assert page.error.isHidden()
    shown = [[page.model.index(row, column).data() for column in (2, 3, 4)] for row in range(page.model.rowCount())]
    assert shown and {tuple(row[1:]) for row in shown} <= {("投诉单", complaint.number),
                                                           ("投诉处理经过", complaint.number)}
    page.action_combo.setCurrentIndex(page.action_combo.findData("update"))
    page.action_combo.activated.emit(page.action_combo.currentIndex())
    assert {page.model.index(row, 2).data() for row in range(page.model.rowCount())} == {"修改"}
    page.view.selectAll()
    _click(qtbot, page.findChild(QPushButton, "print"))
    [(title, _, pdf)] = previews
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert title == "操作日志" and complaint.number in text and "状态：待判断 → 待派发" in text
    assert f"共 {page.model.rowCount()} 条" in text and "操作：修改" in text


def test_login_log_shows_each_try(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    with pytest.raises(RuleError):
        auth.login("c001", "wrong")
    auth.login("c001", PASSWORD)
    page = dialog.show_page("logins")
    assert [[page.model.index(row, column).data() for column in range(4)] for row in range(2)] == [
        ["2026-11-18 10:30:00", "c001", "张三", "登录成功"], ["2026-11-18 10:30:00", "c001", "张三", "密码错误"]]


def test_interface_saves_branch_and_language(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = dialog.show_page("interface")
    page.branch_edit.clear()
    _click(qtbot, page.save_button)
    assert page.form.error_text("branch") == "请填写分店名称。"
    type_text(qtbot, page.branch_edit, "华东区宁波分店")
    page.language_combo.setCurrentIndex(page.language_combo.findText("English"))
    assert page.director_combo.currentText() == "（未指定）"
    page.director_combo.setCurrentIndex(page.director_combo.findText("周主任"))
    _click(qtbot, page.save_button)
    assert (settings.branch_name(), settings.get("language")) == ("华东区宁波分店", "en")
    assert leave.director().id == office_data["supervisor"].id
    assert page.saved_label.text() == "已保存。"


def test_roster_grid_shows_leave(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    clerk = office_data["clerk1"]
    leave_world.approved(office_data, clerk, datetime.date(2026, 10, 13), kind="personal")
    page = _roster_on_october(qtbot, dialog)
    on_leave = _cell(page, clerk, datetime.date(2026, 10, 13))
    next_day = _cell(page, clerk, datetime.date(2026, 10, 14))
    assert on_leave.data() == "假" and next_day.data() == ""
    assert on_leave.data(Qt.ItemDataRole.BackgroundRole) == KIND_COLORS[CellKind.LEAVE]
    assert "请假：事假" in on_leave.data(Qt.ItemDataRole.ToolTipRole)


def test_customer_rules_save_the_pool_limits(qtbot: QtBot, dialog: SettingsDialog, office_data: dict) -> None:
    page = dialog.show_page("customer_rules")
    assert (page.reclaim_edit.text(), page.max_edit.text()) == ("0", "0")  # the seeds' rule: no limits
    assert page.edits[pool_rules.LAPSE_DAYS["A"]].text() == "0" and page.edits[pool_rules.WARNING_DAYS].text() == "7"
    page.edits[pool_rules.LAPSE_DAYS["A"]].clear()
    type_text(qtbot, page.edits[pool_rules.LAPSE_DAYS["A"]], "60")
    page.reclaim_edit.clear()
    type_text(qtbot, page.reclaim_edit, "十五")
    _click(qtbot, page.save_button)
    assert "0 到 365 的整数" in page.form.error_text(pool_rules.RECLAIM_DAYS)
    page.reclaim_edit.clear()
    type_text(qtbot, page.reclaim_edit, "15")
    page.max_edit.clear()
    type_text(qtbot, page.max_edit, "300")
    _click(qtbot, page.save_button)
    assert pool_rules.current() == pool_rules.PoolSettings(15, 300, 7, (60, 0, 0, 0))
    assert page.saved_label.text() == "已保存。"


def test_customer_rules_turn_off_an_exemption_and_set_the_transfer_limit(qtbot: QtBot, dialog: SettingsDialog,
                                                                         office_data: dict) -> None:
    page = dialog.show_page("customer_rules")
    assert page.checks[pool_rules.EXEMPT_COMPLAINT].isChecked() and page.checks[pool_rules.EXEMPT_KEY].isChecked()
    assert (page.edits[pool_rules.TRANSFER_LIMIT].text(), page.edits[pool_rules.TRANSFER_WINDOW].text()) == ("2", "90")
    _click(qtbot, page.checks[pool_rules.EXEMPT_COMPLAINT])
    page.edits[pool_rules.TRANSFER_LIMIT].clear()
    type_text(qtbot, page.edits[pool_rules.TRANSFER_LIMIT], "3")
    _click(qtbot, page.save_button)
    rules = pool_rules.current()
    assert (rules.exempt_complaint, rules.exempt_key, rules.transfer_limit) == (False, True, 3)


def test_audit_log_exports_the_filtered_entries_as_shown(qtbot: QtBot, dialog: SettingsDialog, office_data: dict,
                                                         tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from desktop.services.files import excel

    page = dialog.show_page("audit")
    page.table_combo.setCurrentIndex(page.table_combo.findData("setting"))
    page.table_combo.activated.emit(page.table_combo.currentIndex())
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "日志"), ""))
    monkeypatch.setattr(messages, "info", lambda *args: None)
    _click(qtbot, page.findChild(QPushButton, "export"))
    values = list(load_workbook(tmp_path / "日志.xlsx").active.values)
    assert values[0][0] == "操作日志" and "筛选：设置" in values[1][0]  # the table filter is named in the heading
    values = values[excel.HEADER_ROW - 1:]
    assert values[0] == ("时间", "操作人", "操作", "表", "记录", "原因", "变更内容")
    assert len(values) == 1 + page.model.rowCount() and values[1][3:5] == ("设置", "分店名称")


def test_a_long_reason_leaves_the_audit_logs_changes_room_at_1366(qtbot: QtBot, dialog: SettingsDialog,
                                                                  office_data: dict) -> None:
    from desktop.services.staffing import people

    people.save_team(office_data["supervisor"], "客服三班", None)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    AuditEntry.update(reason="片区调整，客户按区域重新分配给本组业务员，原业务员离职交接" * 2).where(
        AuditEntry.id == entry.id).execute()
    dialog.resize(1366, 700)
    page = dialog.show_page("audit")
    dialog.show()
    qtbot.waitExposed(dialog)
    page.refresh()
    changes = page.view.columnWidth(6)
    assert changes >= page.view.viewport().width() * 0.3, (changes, page.view.viewport().width())


def test_each_page_reads_its_list_once_when_first_shown_and_again_when_shown_again(
        qtbot: QtBot, supervisor: Staff, office_data: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.services import login_log
    from desktop.services.staffing import people
    reads = {"staff": 0, "logins": 0, "roster": 0}

    def counting(name: str, real):  # noqa: ANN001, ANN202
        def read(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            reads[name] += 1
            return real(*args, **kwargs)
        return read

    monkeypatch.setattr(people, "staff_list", counting("staff", people.staff_list))
    monkeypatch.setattr(login_log, "entries", counting("logins", login_log.entries))
    monkeypatch.setattr(roster, "month_grid", counting("roster", roster.month_grid))
    auth.login("c001", PASSWORD)
    opened = SettingsDialog(supervisor)
    qtbot.addWidget(opened)
    opened.show()
    assert reads["staff"] == 1
    logins = opened.show_page("logins")
    assert reads["logins"] == 1 and logins.model.rowCount() > 0
    grid = opened.show_page("roster")
    assert reads["roster"] == 1 and grid.model.rowCount() > 0
    opened.show_page("staff")
    opened.show_page("logins")
    opened.show_page("roster")
    assert reads == {"staff": 2, "logins": 2, "roster": 2}
