"""What another desk saves shows up by itself: the lists of the open tab and the 今日 counts are read again
(PRAGMA data_version on a file, LISTEN/NOTIFY on the server), keeping the person's selection and scroll."""

import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.models import Staff
from desktop.services.customers import registration
from desktop.services.customers.registration import CustomerForm
from desktop.ui.customers.tab import CustomersTab
from desktop.ui.main_window import MainWindow


def _register_elsewhere(person: Staff, name: str, phone: str) -> None:
    """Another desk's save: its own connection (a thread gets one of its own), committed."""
    worker = threading.Thread(target=registration.register, args=(person, CustomerForm(name=name, phone=phone)))
    worker.start()
    worker.join()


def _names(tab: CustomersTab) -> list[str]:
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def test_a_customer_another_desk_registers_appears_and_the_selection_stays(office_data, db_target,
                                                                           qtbot: QtBot) -> None:
    clerk = office_data["clerk1"]
    for number in range(60):
        registration.register(clerk, CustomerForm(name=f"客户{number:02d}", phone=f"1370000{number:04d}"))
    window = MainWindow(clerk, db_target)
    qtbot.addWidget(window)
    window.resize(1000, 500)
    window.show()
    window.tabs.setCurrentIndex(2)  # 客户登记
    tab = window.current_tab()
    qtbot.waitUntil(lambda: not tab.loading and tab.model.rowCount() == 60, timeout=10000)
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
