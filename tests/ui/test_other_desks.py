"""What another desk saves shows up by itself: the lists of the open tab and the 今日 counts are read again
(PRAGMA data_version on a file, LISTEN/NOTIFY on the server), keeping the person's selection and scroll."""

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop import engine
from desktop.models import Customer, Staff, db
from desktop.services.customers import registration
from desktop.services.customers.registration import CustomerForm
from desktop.services.files import backup
from desktop.ui.customers.tab import CustomersTab
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets import messages
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _register_elsewhere(person: Staff, name: str, phone: str) -> None:
    """Another desk's save: its own connection (a thread gets one of its own), committed."""
    worker = threading.Thread(target=registration.register, args=(person, CustomerForm(name=name, phone=phone)))
    worker.start()
    worker.join()


def _names(tab: CustomersTab) -> list[str]:
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def _sixty_customers_shown(office_data: dict, db_target: str, qtbot: QtBot) -> tuple[MainWindow, object]:
    """A clerk's window on 客户登记 with sixty customers registered before it opened."""
    clerk = office_data["clerk1"]
    for number in range(60):
        registration.register(clerk, CustomerForm(name=f"客户{number:02d}", phone=f"1370000{number:04d}"))
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    window.tabs.setCurrentIndex(2)  # 客户登记
    return window, window.current_tab()


def test_a_customer_another_desk_registers_appears_and_the_selection_stays(office_data, db_target,
                                                                           qtbot: QtBot) -> None:
    window, tab = _sixty_customers_shown(office_data, db_target, qtbot)
    qtbot.waitUntil(lambda: not tab.loading and "客户20" in _names(tab), timeout=10000)
    tab.table.setCurrentIndex(tab.model.index(_names(tab).index("客户20"), 0))
    bar = tab.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    window.follow_other_desks()  # nothing new yet: nothing is read again
    assert window.changes.changed() is False

    _register_elsewhere(office_data["clerk2"], "别的坐席登记", "13900000001")
    qtbot.waitUntil(lambda: "别的坐席登记" in _names(tab), timeout=10000)  # the window's own timer found it
    assert tab.model.row_at(tab.table.currentIndex().row()).name == "客户20"
    assert bar.value() == scrolled
    window.retire()
    QApplication.processEvents()


def test_nothing_is_read_again_after_the_windows_own_save(office_data, db_target, qtbot: QtBot) -> None:
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    registration.register(office_data["clerk1"], CustomerForm(name="自己登记", phone="13900000002"))
    QApplication.processEvents()
    assert window.changes.changed() is False  # its own connection's commit is not another desk's
    window.retire()


def test_a_restore_on_another_desk_sends_this_window_back_to_the_login(office_data, db_target, tmp_path,
                                                                     qtbot: QtBot, monkeypatch) -> None:
    """周主任 restores this morning's backup at her desk: this window says the database was replaced and asks to log
    in again, and the next window shows the restored data (not what was saved here after the backup)."""
    usb = tmp_path / "U盘"
    usb.mkdir()
    made = backup.write_backup(db_target, usb)
    registration.register(office_data["clerk1"], CustomerForm(name="备份之后登记", phone="13900000003"))
    if engine.of(db) is engine.SQLITE:  # a file is restored only while no other window has unsaved log pages
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    window.show()
    told: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _parent, title, text: told.append(f"{title}\n{text}"))

    def logged_in(dialog: LoginDialog) -> QDialog.DialogCode:
        dialog.login_edit.setText("c001")
        dialog.password_edit.setText(PASSWORD)
        dialog.try_login()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(LoginDialog, "exec", logged_in)
    restored = subprocess.run([sys.executable, "-m", "tests.restore_desk_worker", str(db_target), str(made.path)],
                              cwd=ROOT, capture_output=True, text=True, timeout=120,
                              env=os.environ | {"HOME": str(tmp_path)})  # the server's rows are kept aside there
    assert restored.returncode == 0, restored.stderr
    qtbot.waitUntil(lambda: getattr(window, "successor", None) is not None, timeout=10000)  # its own 2 s timer
    successor = window.successor
    qtbot.addWidget(successor)
    assert told == ["数据库已恢复\n主任已在另一台电脑或另一个窗口从备份恢复了数据库，本窗口显示的内容已经过时。"
                    "请重新登录。"]
    assert successor.isVisible() and not window.isVisible() and successor.user.login == "c001"
    assert Customer.select().where(Customer.name == "备份之后登记").count() == 0  # the restored database
    successor.retire()
    QApplication.processEvents()


def test_the_customer_count_follows_another_desks_registration(office_data, db_target, qtbot: QtBot) -> None:
    window, tab = _sixty_customers_shown(office_data, db_target, qtbot)
    qtbot.waitUntil(lambda: not tab.loading and tab.status.text().startswith("共 60 位客户"), timeout=10000)
    tab.table.setCurrentIndex(tab.model.index(_names(tab).index("客户20"), 0))
    bar = tab.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()

    _register_elsewhere(office_data["clerk2"], "别的坐席登记", "13900000001")
    qtbot.waitUntil(lambda: tab.status.text().startswith("共 61 位客户（家庭成员合并后 61 户）"), timeout=10000)
    assert tab.model.row_at(tab.table.currentIndex().row()).name == "客户20" and bar.value() == scrolled
    window.retire()
    QApplication.processEvents()
