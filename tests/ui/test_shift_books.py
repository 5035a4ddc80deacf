"""交接日志, 值班日志, 服务质量分析报告 and 值班公平 as people use them in the 换班登记 tab and on 今日."""

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import clock
from desktop.services.files import excel
from desktop.services.staffing import duty_log, quality_report, shift_handover
from desktop.ui.staffing.duty_log_page import DutyLogDialog
from desktop.ui.staffing.handover_page import HandoverDialog
from desktop.ui.staffing.tab import SwapsTab
from desktop.ui.today.tab import TodayTab
from tests.conftest import NOW
from tests.swap_world import put
from tests.ui.keyboard import type_text

TODAY = NOW.date()


def test_hand_over_and_the_incoming_person_acknowledges_from_today(qtbot: QtBot, office_data: dict,
                                                                    tmp_path: Path) -> None:
    clerk1, clerk2 = office_data["clerk1"], office_data["clerk2"]
    put(clerk1, TODAY, office_data["shifts"]["早班"])
    put(clerk2, TODAY, office_data["shifts"]["中班"])
    dialog = HandoverDialog(clerk1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.shift.currentText() == "11月18日早班" and dialog.next_label.text() == "11月18日中班"
    assert dialog.staffing.toPlainText() == "11月18日中班无换班、顶班、请假。"
    dialog.save()
    assert "请填写设备情况" in dialog.form.error_text("equipment")
    type_text(qtbot, dialog.equipment, "3号机耳机杂音，已报修")
    type_text(qtbot, dialog.own_cases, "传真机缺纸")
    dialog.save()
    [record] = shift_handover.month(office_data["clerk1"], 2026, 11)
    assert shift_handover.case_lines(record) == ["传真机缺纸"]

    day = TodayTab(clerk2)
    qtbot.addWidget(day)
    day.refresh()
    assert day.group_texts()["待我确认接班的交接日志（1）"] == ["11月18日早班 → 11月18日中班（交班人 张三）"]
    tab = SwapsTab(clerk2)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.open_record(shift_handover.today_key(record))
    assert tab.current_page() is tab.handovers and tab.handovers.selected().id == record.id
    assert "设备情况：3号机耳机杂音，已报修" in tab.handovers.detail.text()
    tab.show()
    tab.grab().save(str(tmp_path / "handover.png"))
    qtbot.mouseClick(tab.handovers.acknowledge_button, Qt.MouseButton.LeftButton)
    assert shift_handover.get(record.id).acknowledged_by_id == clerk2.id
    assert tab.handovers.model.index(0, 4).data().startswith("李四 ")
    day.refresh()
    assert day.group_texts()["待我确认接班的交接日志（0）"] == ["没有待我确认的交接日志。"]


def test_the_leader_keeps_the_duty_log_and_hands_in_the_month_report(qtbot: QtBot, office_data: dict,
                                                                       monkeypatch, previews: list) -> None:
    leader = office_data["leader1"]
    dialog = DutyLogDialog(leader)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.events, "10:00 系统无法查询话费 20 分钟")
    dialog.consultations.setValue(120)
    dialog.save()
    [log] = duty_log.month(office_data["leader1"], 2026, 11)
    assert (log.consultations, log.leader_id) == (120, leader.id)

    clock.freeze(datetime.datetime(2026, 11, 23, 9))
    tab = SwapsTab(leader)
    qtbot.addWidget(tab)
    page = tab.quality
    assert page.month.year_month() == (2026, 10)
    assert page.state.text() == "应于 11月22日 前交主任，已逾期 1 天"
    monkeypatch.setattr("desktop.ui.widgets.messages.confirm", lambda *args: True)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)  # nothing drafted: the report is refused
    assert "请填写服务质量分析" in page.form.error_text("analysis")
    type_text(qtbot, page.analysis, "咨询量比上月增加一成，夜班接通率下降。")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    report = quality_report.of_month(office_data["team1"], 2026, 10)
    assert report.submitted_at == datetime.datetime(2026, 11, 23, 9)
    assert page.state.text() == "11-23 已交，逾期 1 天" and page.analysis.isReadOnly()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert previews[0][0] == "服务质量分析报告" and previews[0][2].startswith(b"%PDF")


def test_the_fairness_table_shows_the_share_and_exports(qtbot: QtBot, office_data: dict, tmp_path: Path,
                                                        monkeypatch, previews: list) -> None:
    from openpyxl import load_workbook

    for day in (3, 10, 11):
        put(office_data["clerk1"], datetime.date(2026, 10, day), office_data["shifts"]["夜班"])
    tab = SwapsTab(office_data["leader1"])
    qtbot.addWidget(tab)
    page = tab.fairness
    page.month.setCurrentIndex(10)
    table = page.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["班组", "姓名", "班次", "夜班", "周末班", "节假日班", "调休日班", "换班", "顶班", "请假天数"]
    rows = {table.item(r, 1).text(): [table.item(r, c).text() for c in range(2, 10)] for r in range(table.rowCount())}
    assert rows["张三（C001）"] == ["3", "3", "1", "1", "1", "0", "0", "0"]
    assert rows["班组平均"][:2] == ["1", "1"]
    assert table.item(0, 3).background().color().name() == "#f8d7da"  # 张三's nights: more than his share
    tab.resize(1200, 600)
    tab.show_page("fairness")
    tab.show()
    tab.grab().save(str(tmp_path / "fairness.png"))
    tab.print_current()  # 文件 → 打印 on this page prints the table
    assert previews[-1][0] == "值班公平统计" and b"%PDF" in previews[-1][2][:8]
    monkeypatch.setattr("desktop.ui.widgets.messages.info", lambda *args: None)
    page.write_excel(str(tmp_path / "公平.xlsx"))
    sheet = load_workbook(tmp_path / "公平.xlsx").active
    assert sheet["A1"].value.startswith("值班公平统计") and "导出人" in sheet["A2"].value
    assert [c.value for c in sheet[excel.FIRST_ROW]][:4] == ["客服一班", "张三（C001）", 3, 3]


def test_clerks_see_the_handover_log_but_not_the_leaders_books(qtbot: QtBot, office_data: dict) -> None:
    tab = SwapsTab(office_data["clerk1"])
    qtbot.addWidget(tab)
    assert tab.duty_logs is None and tab.quality is None and tab.fairness is None
    assert tab.handovers.add_button.isEnabled()


def test_empty_books_say_what_to_do(qtbot: QtBot, office_data: dict) -> None:
    from desktop.ui.customers.key_customers_dialog import KeyCustomersDialog
    from desktop.ui.staffing.duty_log_page import DutyLogPage
    from desktop.ui.staffing.handover_page import HandoverPage

    handovers = HandoverPage(office_data["clerk1"])
    duty = DutyLogPage(office_data["leader1"])
    keys = KeyCustomersDialog(office_data["supervisor"])
    for widget in (handovers, duty, keys):
        qtbot.addWidget(widget)
    assert "填写交接日志" in handovers.detail.text()
    assert "填写值班日志" in duty.totals.text()
    assert "设为重点客户" in keys.status.text()
    put(office_data["clerk1"], NOW.date(), office_data["shifts"]["早班"])
    shift_handover.record(office_data["clerk1"], shift_handover.HandoverDraft(NOW.date(), office_data["shifts"]["早班"],
                                                                              equipment="正常"))
    handovers.reload()
    assert handovers.detail.text() == "选择一条交接日志查看全文。"
