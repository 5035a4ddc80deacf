"""顶班登记 as a person uses it: a colleague offers, the rules show as the form is filled, the leader approves."""

import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.staffing import covers, roster
from desktop.ui.staffing.covers import CoverDialog
from desktop.ui.staffing.tab import SwapsTab
from tests import swap_world

DAY = datetime.date(2026, 11, 25)


def test_offer_a_cover_see_the_rule_and_the_leader_approves(qtbot: QtBot, office_data: dict, tmp_path: Path) -> None:
    clerk1, clerk2 = office_data["clerk1"], office_data["clerk2"]
    swap_world.put(clerk1, DAY, office_data["shifts"]["夜班"])
    swap_world.put(clerk2, DAY - datetime.timedelta(days=1), office_data["shifts"]["中班"])
    dialog = CoverDialog(clerk2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cover.isEnabled()  # 李四 offers himself
    dialog.absent.setCurrentIndex(dialog.absent.findData(clerk1.id))
    dialog.shift.setCurrentIndex(0)
    assert "不允许连班" in dialog.rules_label.text() and not dialog.submit_button.isEnabled()
    dialog.grab().save(str(tmp_path / "cover_refused.png"))
    swap_world.put(clerk2, DAY - datetime.timedelta(days=1), None)
    dialog.reason.setText("张三发烧")
    assert dialog.submit_button.isEnabled()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    [cover] = covers.month(2026, 11)
    tab = SwapsTab(office_data["leader1"])
    qtbot.addWidget(tab)
    tab.open_record(covers.today_key(cover))
    assert tab.current_page() is tab.covers and tab.covers.selected().id == cover.id
    qtbot.mouseClick(tab.covers.approve_button, Qt.MouseButton.LeftButton)
    assert roster.shift_on(clerk2, DAY).name == "夜班" and covers.get(cover.id).status == "approved"
    assert tab.covers.model.index(0, 5).data() == "已批准"
    assert tab.covers.points.text() == "本月主动顶班加分（分）：李四 5"


def test_each_save_selects_the_cover_and_says_so_in_the_status_bar(qtbot: QtBot, office_data: dict,
                                                                   monkeypatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    clerk1, clerk2 = office_data["clerk1"], office_data["clerk2"]
    swap_world.put(clerk1, DAY, office_data["shifts"]["夜班"])
    window = QMainWindow()
    tab = SwapsTab(clerk2)
    window.setCentralWidget(tab)
    qtbot.addWidget(window)
    qtbot.mouseClick(tab.covers.add_button, Qt.MouseButton.LeftButton)
    dialog = next(child for child in tab.covers.findChildren(CoverDialog) if child.isVisible())
    dialog.absent.setCurrentIndex(dialog.absent.findData(clerk1.id))
    dialog.shift.setCurrentIndex(0)
    dialog.reason.setText("张三发烧")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    [cover] = covers.month(2026, 11)
    assert tab.covers.selected().id == cover.id
    assert window.statusBar().currentMessage() == "已提交张三 11-25 夜班的顶班（顶班人 李四）"
    monkeypatch.setattr("desktop.ui.widgets.messages.ask_reason", lambda *args: "张三已退烧")
    qtbot.mouseClick(tab.covers.withdraw_button, Qt.MouseButton.LeftButton)
    assert covers.get(cover.id).status == "withdrawn" and tab.covers.selected().id == cover.id
    assert window.statusBar().currentMessage() == "已撤销张三 11-25 夜班的顶班（顶班人 李四）"
