"""今日 as each role reads it: the groups, the counts in the tab titles, a line opening its record, a refresh
seeing another window's write."""

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.services import clock
from desktop.services.complaints import workflow as c
from desktop.ui.main_window import MainWindow
from tests.complaint_world import form, take_to
from tests.contact_data import customer, record


def window_of(person, db_target: Path, qtbot: QtBot) -> MainWindow:
    window = MainWindow(person, db_target)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.today.day is not None)  # gathered off the window's thread
    return window


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_a_clerk_reads_the_day_and_the_tab_counts(office_data, clerk, db_target, qtbot: QtBot) -> None:
    now = clock.now()
    record(clerk, customer(clerk, "明远贸易"), now - datetime.timedelta(days=3), "phone",
           next_follow_up_on=now.date(), promised="报价单")
    c.receive(clerk, form(received_at=now - datetime.timedelta(minutes=20)), now=now - datetime.timedelta(minutes=20))
    window = window_of(clerk, db_target, qtbot)
    groups = window.today.group_texts()
    assert groups["我的跟进：今天到期（1）"] == ["明远贸易"]
    assert groups["我的跟进：已逾期（0）"] == ["没有逾期的跟进。"]
    assert len(groups["新投诉：待判断、待派发（1）"]) == 1
    assert titles(window) == ["今日", "拜访记录 (1)", "客户登记", "投诉处理 (1)", "换班登记"]


def test_a_team_leader_sees_what_waits_for_his_approval_and_opens_it(office_data, db_target, qtbot: QtBot) -> None:
    proposed = take_to(c.PROPOSED, office_data, received_at=clock.now() - datetime.timedelta(hours=3),
                       step=datetime.timedelta(minutes=10))
    window = window_of(office_data["leader1"], db_target, qtbot)
    window.show()
    tree = window.today.tree
    node = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0).startswith("待我审批的处理方案"))
    assert node.text(0) == "待我审批的处理方案（1）"
    tree.setCurrentItem(node.child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 3
    assert window.current_tab().detail.detail.complaint.id == proposed.id
    assert "投诉处理 (" in titles(window)[3]


def test_the_supervisor_sees_the_department_and_the_count_follows_another_window(office_data, clerk, supervisor,
                                                                                 db_target, other_desk,
                                                                                 qtbot: QtBot) -> None:
    visit = record(office_data["sales1"], customer(clerk), clock.now() - datetime.timedelta(hours=1))
    window = window_of(supervisor, db_target, qtbot)
    window.show()
    assert "未读紧急报告（0）" in window.today.group_texts()
    # another desk marks the visit urgent
    other_desk("UPDATE contact SET urgent = TRUE, urgent_category = '同行新产品上市' WHERE id = ?", visit.id)
    assert "未读紧急报告（0）" in window.today.group_texts()  # shown as it was read …
    qtbot.mouseClick(window.today.findChild(QPushButton, "today_refresh"), Qt.MouseButton.LeftButton)
    assert "未读紧急报告（1）" in window.today.group_texts()  # … until the refresh
    assert titles(window)[1] == "拜访记录 (1)"


def test_a_follow_up_line_opens_the_contact_it_came_from(office_data, clerk, db_target, qtbot: QtBot,
                                                         monkeypatch) -> None:
    contact = record(clerk, customer(clerk), clock.now() - datetime.timedelta(days=3), "phone",
                     next_follow_up_on=clock.today() - datetime.timedelta(days=1))
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog.contact.id) or 0)
    window = window_of(clerk, db_target, qtbot)
    tree = window.today.tree
    tree.itemActivated.emit(tree.topLevelItem(0).child(0), 0)
    assert window.tabs.currentIndex() == 1 and opened == [contact.id]


def test_the_window_shows_before_the_day_is_gathered(office_data, clerk, db_target, qtbot: QtBot) -> None:
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    assert window.today.day is None and window.today.tree.topLevelItemCount() == 0
    qtbot.waitUntil(lambda: window.today.day is not None)
    assert window.today.tree.topLevelItemCount() > 0


def test_an_approval_arriving_is_said_once_in_the_status_bar_and_can_be_turned_off(office_data, db_target,
                                                                                   qtbot: QtBot) -> None:
    leader = office_data["leader1"]
    window = window_of(leader, db_target, qtbot)
    take_to(c.PROPOSED, office_data, received_at=clock.now() - datetime.timedelta(hours=2),
            step=datetime.timedelta(minutes=10))
    window.today.refresh()
    assert window.statusBar().currentMessage().startswith("提醒：待我审批的处理方案：")
    window.statusBar().clearMessage()
    window.today.refresh()
    assert window.statusBar().currentMessage() == ""  # said once
    window.reminders_action.trigger()  # turned off, and remembered for this person
    again = MainWindow(leader, db_target)
    qtbot.addWidget(again)
    assert again.reminders_action.isChecked() is False
    take_to(c.PROPOSED, office_data, received_at=clock.now() - datetime.timedelta(hours=1),
            step=datetime.timedelta(minutes=5))
    window.today.refresh()
    assert window.statusBar().currentMessage() == ""


def test_coming_back_to_the_window_recounts(office_data, clerk, db_target, qtbot: QtBot) -> None:
    window = window_of(clerk, db_target, qtbot)
    window.show()
    record(clerk, customer(clerk), clock.now() - datetime.timedelta(days=1), "phone",
           next_follow_up_on=clock.today())  # saved in a dialog, or by another desk
    QApplication.instance().focusWindowChanged.emit(window.windowHandle())
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "拜访记录 (1)")



def test_the_first_showing_reads_the_day_once(office_data, supervisor, db_target, qtbot: QtBot,
                                              monkeypatch) -> None:
    """The window gaining focus as it first shows asked for the day again while its first read was on its way: a
    second read of a 主任's day (a third of a second on a large office) then competed with what was opened next."""
    from desktop.ui.today import tab as today_tab

    reads = []
    real = today_tab._day_of
    monkeypatch.setattr(today_tab, "_day_of", lambda user: reads.append(user) or real(user))
    window = MainWindow(supervisor, db_target)
    qtbot.addWidget(window)
    window.show()
    QApplication.instance().focusWindowChanged.emit(window.windowHandle())
    qtbot.waitUntil(lambda: window.today.day is not None)
    qtbot.wait(50)
    assert len(reads) == 1 and window.today.job is None
