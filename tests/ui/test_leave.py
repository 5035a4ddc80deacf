"""请假 as a person fills and decides it: the form names the failing rule, each level approves from the page, 今日
opens the request."""

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models import Leave
from desktop.services import clock
from desktop.services.staffing import leave
from desktop.ui.staffing.leave_form import LeaveDialog
from desktop.ui.staffing.tab import SwapsTab
from tests import swap_world
from tests.leave_world import draft, make_director

NIGHT = datetime.date(2026, 11, 20)


def test_night_shift_leave_after_noon_is_refused_beside_the_field(qtbot: QtBot, office_data: dict,
                                                                  tmp_path: Path) -> None:
    clerk = office_data["clerk1"]
    swap_world.put(clerk, NIGHT, office_data["shifts"]["夜班"])
    clock.freeze(datetime.datetime(2026, 11, 19, 13, 0))
    dialog = LeaveDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.person.isEnabled()  # 事假 in person: a clerk asks for himself
    dialog.start.setDate(NIGHT)
    dialog.end.setDate(NIGHT)
    assert "夜班原则上不允许请假" in dialog.rules_label.text()
    assert not dialog.submit_button.isEnabled()
    dialog.grab().save(str(tmp_path / "leave_form_refused.png"))
    dialog.start.setDate(NIGHT + datetime.timedelta(days=1))
    dialog.end.setDate(NIGHT + datetime.timedelta(days=1))
    assert dialog.submit_button.isEnabled() and "班长 → 客服部主任" in dialog.rules_label.text()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert Leave.get().status == "pending"


def test_a_late_request_is_warned_of_and_still_submitted(qtbot: QtBot, office_data: dict) -> None:
    dialog = LeaveDialog(office_data["clerk1"])
    qtbot.addWidget(dialog)
    assert "迟报" in dialog.rules_label.text() and dialog.submit_button.isEnabled()


def test_each_level_approves_from_the_page_and_today_opens_it(qtbot: QtBot, office_data: dict,
                                                              monkeypatch) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, datetime.date(2026, 11, 25), datetime.date(2026, 11, 26)))
    make_director(office_data)
    for who in ("leader1", "supervisor", "admin"):
        tab = SwapsTab(office_data[who])
        qtbot.addWidget(tab)
        tab.open_record(leave.today_key(request))
        assert tab.current_page() is tab.leave and tab.leave.selected().id == request.id
        qtbot.mouseClick(tab.leave.approve_button, Qt.MouseButton.LeftButton)
    assert leave.get(request.id).status == "approved"
    assert "客服中心主任 同意（管理员）" in tab.leave.model.index(0, 6).data()


def test_a_refusal_asks_for_the_remark(qtbot: QtBot, office_data: dict, monkeypatch) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, datetime.date(2026, 11, 25)))
    tab = SwapsTab(office_data["leader1"])
    qtbot.addWidget(tab)
    tab.open_record(leave.today_key(request))
    monkeypatch.setattr("desktop.ui.widgets.messages.ask_reason", lambda *args: "当天人手不足")
    qtbot.mouseClick(tab.leave.refuse_button, Qt.MouseButton.LeftButton)
    assert leave.get(request.id).status == "refused"
    assert tab.leave.model.index(0, 5).data() == "未批准"


def test_the_leave_slip_prints_from_the_page(qtbot: QtBot, office_data: dict, previews: list) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, datetime.date(2026, 11, 25)))
    tab = SwapsTab(clerk)
    qtbot.addWidget(tab)
    tab.open_record(leave.today_key(request))
    qtbot.mouseClick(tab.leave.print_button, Qt.MouseButton.LeftButton)
    [(title, file_name, pdf)] = previews
    assert (title, file_name) == ("请假条", f"请假条_{request.id}.pdf") and pdf.startswith(b"%PDF")


def test_each_save_selects_the_request_in_its_month_and_says_so(qtbot: QtBot, office_data: dict) -> None:
    from PySide6.QtWidgets import QMainWindow

    clerk, leader = office_data["clerk1"], office_data["leader1"]
    leave.apply(clerk, draft(clerk, datetime.date(2026, 12, 10)))
    window = QMainWindow()
    tab = SwapsTab(clerk)
    window.setCentralWidget(tab)
    qtbot.addWidget(window)
    page = tab.leave
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = next(child for child in page.findChildren(LeaveDialog) if child.isVisible())
    dialog.start.setDate(datetime.date(2026, 12, 3))
    dialog.end.setDate(datetime.date(2026, 12, 4))
    dialog.reason.insert("家中有事")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    new = Leave.get(Leave.start == datetime.date(2026, 12, 3))
    assert page.month.year_month() == (2026, 12)  # the month the request is listed in, not November
    assert page.selected().id == new.id and page.table.currentIndex().row() == 1
    assert window.statusBar().currentMessage() == "已提交张三 12-03 至 12-04 的请假"
    window.setCentralWidget(tab := SwapsTab(leader))
    tab.open_record(leave.today_key(new))
    qtbot.mouseClick(tab.leave.approve_button, Qt.MouseButton.LeftButton)
    assert tab.leave.selected().id == new.id
    assert window.statusBar().currentMessage() == "已同意张三 12-03 至 12-04 的请假"
