"""The 换班登记 tab driven like a person: a swap breaking a rule, fixed, submitted, approved by both leaders."""

import dataclasses
import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.models import Leave, Swap
from desktop.services import calendar, clock
from desktop.services.staffing import swap_rules, swaps
from desktop.ui.staffing.tab import SwapsTab
from tests import swap_world


def free_week(start: datetime.date) -> tuple[datetime.date, datetime.date]:
    """A swap day at least a week ahead and a return day a week later, neither a holiday."""
    day = start
    while calendar.is_holiday(day) or calendar.is_holiday(day + datetime.timedelta(days=7)):
        day += datetime.timedelta(days=1)
    return day, day + datetime.timedelta(days=7)


def pick(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def test_fill_fix_submit_approve_twice_and_see_the_roster(qtbot, office_data: dict) -> None:
    swap_day, return_day = free_week(clock.today() + datetime.timedelta(days=7))
    swap_world.build(office_data, swap_day, return_day)
    swap_world.put(office_data["sales1"], return_day, office_data["shifts"]["早班"])
    window = QMainWindow()
    tab = SwapsTab(office_data["clerk1"])
    window.setCentralWidget(tab)
    qtbot.addWidget(window)
    dialog = tab.register.new_swap()
    assert "张三" in dialog.applicant.currentText() and not dialog.applicant.isEnabled()

    pick(dialog.substitute, "赵六")  # 业务员: not the same job type
    pick(dialog.swap_shift, f"{swap_day:%Y-%m-%d}")
    pick(dialog.return_shift, f"{return_day:%Y-%m-%d}")
    dialog.reason.insert("孩子开家长会")  # QTest types Latin-1 only; insert() is what an input method does
    assert "请填写交接事项" in dialog.rules_label.text()
    dialog.handover.insertPlainText("未结工单 2 张已交接")
    assert "工种不同" in dialog.rules_label.text()
    assert not dialog.submit_button.isEnabled()

    pick(dialog.substitute, "王五")
    pick(dialog.swap_shift, f"{swap_day:%Y-%m-%d}")
    pick(dialog.return_shift, f"{return_day:%Y-%m-%d}")
    assert "符合全部换班规则" in dialog.rules_label.text()
    assert dialog.submit_button.isEnabled()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    swap = Swap.get()
    assert (swap.substitute_id, swap.swap_day, swap.return_day) == (office_data["clerk3"].id, swap_day, return_day)
    assert tab.register.month.year_month() == (swap_day.year, swap_day.month)  # the month it is listed in
    assert tab.register.selected().id == swap.id
    assert window.statusBar().currentMessage() == f"已提交换班 第 {swap.id} 号：张三 与 王五，{swap_day:%Y-%m-%d} 早班"

    for leader in ("leader1", "leader2"):
        leader_tab = SwapsTab(office_data[leader])
        qtbot.addWidget(leader_tab)
        page = leader_tab.approvals
        assert page.model.rowCount() == 1
        assert "王五" in page.detail.text()
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        assert page.model.rowCount() == 0
    assert Swap.get_by_id(swap.id).status == "approved"

    roster = leader_tab.roster
    leader_tab.show()
    leader_tab.show_page("roster")  # the month is read when the page is shown
    roster.month.set_month(swap_day.year, swap_day.month)
    model = roster.model
    row = {person.id: i for i, person in enumerate(model.grid.people)}
    column = model.grid.days.index(swap_day)
    substitute = model.cell(row[office_data["clerk3"].id], column)
    applicant = model.cell(row[office_data["clerk1"].id], column)
    assert substitute.text == "早" and "替班" in str(substitute.tooltip)
    assert (applicant.text, applicant.tooltip) == ("", f"换出（第 {swap.id} 号）")


def test_a_team_leaders_own_swap_waits_for_the_supervisor(qtbot, office_data: dict) -> None:
    swap_day, return_day = free_week(clock.today() + datetime.timedelta(days=7))
    early = office_data["shifts"]["早班"]
    swap_world.put(office_data["leader1"], swap_day, early)
    swap_world.put(office_data["clerk2"], return_day, early)
    swaps.submit(office_data["leader1"], swap_rules.SwapDraft(
        office_data["leader1"], office_data["clerk2"], swap_day, early, return_day, early, "家中有事", "工单已交接"))
    own_tab = SwapsTab(office_data["leader1"])
    boss_tab = SwapsTab(office_data["supervisor"])
    qtbot.addWidget(own_tab)
    qtbot.addWidget(boss_tab)
    assert own_tab.approvals.model.rowCount() == 0
    page = boss_tab.approvals
    assert page.model.rowCount() == 1
    assert "申请人李班长、替班人李四" in page.detail.text()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert Swap.get().status == "approved"


def test_roster_shows_leave(qtbot, office_data: dict) -> None:
    today = clock.today()
    Leave.create(recorded_at=clock.now(), person=office_data["clerk2"], start=today, end=today, kind="sick",
                 approver=office_data["leader1"],
                 recorded_by=office_data["leader1"])
    tab = SwapsTab(office_data["leader1"])
    qtbot.addWidget(tab)
    assert not tab.roster.loaded  # built with the tab, read when first shown
    tab.show()
    tab.show_page("roster")
    model = tab.roster.model
    row = [p.id for p in model.grid.people].index(office_data["clerk2"].id)
    cell = model.cell(row, today.day - 1)
    assert (cell.text, cell.tooltip) == ("假", "请假：病假")


def test_clerks_do_not_see_the_approval_page(qtbot, office_data: dict) -> None:
    tab = SwapsTab(office_data["clerk1"])
    qtbot.addWidget(tab)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles == ["换班登记簿", "排班表", "请假登记", "顶班登记", "交接日志"]  # not the 班长's books
    assert tab.leave.add_button.isEnabled()  # a clerk asks for his own leave, his 班长 decides it
    assert not tab.leave.approve_button.isEnabled() and not tab.leave.void_button.isEnabled()


def test_register_rows_export_to_excel(qtbot, office_data: dict, tmp_path) -> None:
    from openpyxl import load_workbook

    from desktop.services.files import excel

    swap_day, return_day = free_week(clock.today().replace(day=1) + datetime.timedelta(days=40))
    draft = swap_world.build(office_data, swap_day, return_day)
    Swap.create(requested_at=clock.now(), applicant=draft.applicant, substitute=draft.substitute, swap_day=swap_day,
                swap_shift=draft.swap_shift,
                return_day=return_day, return_shift=draft.return_shift, handover="—", requested_by=draft.applicant,
                return_ends_at=datetime.datetime.combine(return_day, datetime.time(16)))
    tab = SwapsTab(office_data["clerk1"])
    qtbot.addWidget(tab)
    tab.register.whole_time.setChecked(True)
    model = tab.register.model
    path = excel.write_sheet(tmp_path / "换班.xlsx", "换班登记簿", model.headers(),
                             [model.display_row(row) for row in model.all_rows()])
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[excel.HEADER_ROW]][:5] == [
        "编号", "申请人", "替班人", "换班日期/班次", "还班日期/班次"]
    assert sheet[f"B{excel.FIRST_ROW}"].value == "张三" and sheet[f"G{excel.FIRST_ROW}"].value == "待审批"


def test_the_form_shows_the_clauses_numbered_as_the_rules_are(qtbot, office_data: dict,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    moved = [dataclasses.replace(rule, clause=8) if rule.key == "handover_note" else rule for rule in swap_rules.RULES]
    monkeypatch.setattr(swap_rules, "RULES", moved)
    tab = SwapsTab(office_data["clerk1"])
    qtbot.addWidget(tab)
    dialog = tab.register.new_swap()
    qtbot.addWidget(dialog)
    assert dialog.basis_label.text() == swap_rules.basis()
    assert "八、换班双方必须交待清楚" in dialog.basis_label.text()


def test_the_substitute_list_offers_who_qualifies_first_and_says_why_the_others_do_not(qtbot, office_data: dict):
    swap_day, return_day = free_week(clock.today() + datetime.timedelta(days=7))
    swap_world.build(office_data, swap_day, return_day)
    swap_world.put(office_data["clerk2"], swap_day, office_data["shifts"]["中班"])
    tab = SwapsTab(office_data["clerk1"])
    qtbot.addWidget(tab)
    dialog = tab.register.new_swap()
    qtbot.addWidget(dialog)
    pick(dialog.swap_shift, f"{swap_day:%Y-%m-%d}")
    offered = [dialog.substitute.itemText(i) for i in range(dialog.substitute.count())]
    assert [text.split("（")[0] for text in offered] == ["李班长", "王五", "王班长", "", "李四", "赵六"]
    assert "已排中班" in offered[4] and "工种不同" in offered[5]
    assert "工种不同" in dialog.substitute.itemData(5, Qt.ItemDataRole.ToolTipRole)
    pick(dialog.substitute, "王五")
    pick(dialog.swap_shift, f"{swap_day:%Y-%m-%d}")  # picked again: the choice stays
    assert "王五" in dialog.substitute.currentText()


def test_inner_pages_are_built_when_first_shown(qtbot, office_data: dict) -> None:
    from desktop.ui.staffing.fairness_page import FairnessPage
    from desktop.ui.staffing.quality_page import QualityReportPage

    tab = SwapsTab(office_data["leader1"])
    qtbot.addWidget(tab)
    tab.show()
    assert tab.findChildren(QualityReportPage) == [] and tab.findChildren(FairnessPage) == []
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    tab.pages.tabBar().setCurrentIndex(titles.index("值班公平"))  # the person clicks the page's tab
    shown = tab.findChildren(FairnessPage)
    assert len(shown) == 1 and shown[0].table.rowCount() > 0
    qtbot.waitUntil(shown[0].isVisible)
    assert tab.findChildren(QualityReportPage) == []
