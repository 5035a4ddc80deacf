"""Windows within a 1366×768 screen and where each person left them (widgets/window_places.py), and the main
window's Ctrl+F / Ctrl+N / F5."""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QScrollArea, QSplitter

from desktop.services.errors import ValidationErrors
from desktop.ui.complaints.form import ComplaintFormDialog
from desktop.ui.contacts.form import ContactDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets import window_places

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less the panel


def _laptop(monkeypatch) -> None:
    monkeypatch.setattr(window_places, "available", lambda window: LAPTOP)


def test_the_main_window_is_maximised_on_a_laptop_screen(qtbot, office_data, db_target, monkeypatch):
    _laptop(monkeypatch)
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    window.show()
    assert window.isMaximized()


def test_a_tall_dialog_shrinks_into_the_screen(qtbot, office_data, monkeypatch):
    _laptop(monkeypatch)
    form = ComplaintFormDialog(office_data["clerk1"])
    qtbot.addWidget(form)
    form.resize(640, 900)
    form.show()
    assert LAPTOP.contains(form.frameGeometry())


def test_a_form_as_tall_as_the_screen_scrolls_and_keeps_its_buttons_in_sight(qtbot, office_data, monkeypatch):
    _laptop(monkeypatch)
    dialog = ContactDialog(office_data["clerk1"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.forms["opinions"].show_error(ValidationErrors({field: "请填写。" for field in dialog.forms}))
    qtbot.wait(10)
    assert LAPTOP.contains(dialog.frameGeometry())
    assert dialog.findChild(QScrollArea).isAncestorOf(dialog.picker)
    assert not dialog.findChild(QScrollArea).isAncestorOf(dialog.findChild(QDialogButtonBox))


def test_a_dialog_opens_where_its_person_left_it_and_not_where_another_did(qtbot, office_data, db_target):
    places = window_places.install(QApplication.instance())
    places.person = office_data["clerk1"]
    first = ComplaintFormDialog(office_data["clerk1"])
    qtbot.addWidget(first)
    first.show()
    first.resize(500, 400)
    first.hide()
    again = ComplaintFormDialog(office_data["clerk1"])
    qtbot.addWidget(again)
    again.show()
    assert again.size().toTuple() == (500, 400)
    places.person = office_data["clerk2"]
    other = ComplaintFormDialog(office_data["clerk2"])
    qtbot.addWidget(other)
    other.show()
    assert other.size().toTuple() != (500, 400)


def _window_on(qtbot, office_data, db_target, tab: int) -> MainWindow:
    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(window.current_tab().isVisible)  # a tab built as it is shown appears a moment later
    return window


def test_ctrl_f_goes_to_the_tabs_search_and_f5_refreshes(qtbot, office_data, db_target):
    window = _window_on(qtbot, office_data, db_target, 2)  # 客户登记
    assert (window.search_action.shortcut().toString(), window.refresh_action.shortcut().toString()) == (
        "Ctrl+F", "F5")
    window.search_action.trigger()
    assert window.focusWidget() is window.current_tab().search
    window.tabs.setCurrentIndex(3)  # 投诉处理
    qtbot.waitUntil(window.current_tab().isVisible)
    window.search_action.trigger()
    assert window.focusWidget() is window.current_tab().search_edit
    refreshed = []
    window.current_tab().reload = lambda: refreshed.append(True)
    window.refresh_action.trigger()
    assert refreshed


def test_a_tab_opens_with_its_search_ready_for_typing(qtbot, office_data, db_target):
    window = _window_on(qtbot, office_data, db_target, 2)  # 客户登记
    qtbot.waitUntil(lambda: window.focusWidget() is window.current_tab().search)


def test_ctrl_and_a_digit_opens_that_tab(qtbot, office_data, db_target):
    window = _window_on(qtbot, office_data, db_target, 0)
    jump = next(action for action in window.actions() if action.shortcut().toString() == "Ctrl+4")
    jump.trigger()
    assert window.tabs.currentIndex() == 3


def test_ctrl_n_opens_the_tabs_new_record_form(qtbot, office_data, db_target):
    window = _window_on(qtbot, office_data, db_target, 3)  # 投诉处理
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()
    assert isinstance(QApplication.activeModalWidget(), ComplaintFormDialog)
    QApplication.activeModalWidget().reject()
    assert "Ctrl+N" in window.new_action.toolTip()


def test_a_splitter_comes_back_as_its_person_left_it(qtbot, office_data, db_target):
    window = _window_on(qtbot, office_data, db_target, 3)  # 投诉处理: the list beside the detail
    splitter = window.current_tab().findChild(QSplitter)
    qtbot.waitUntil(splitter.isVisible)
    splitter.setSizes([300, 700])
    left = splitter.sizes()[0]
    window.hide()
    again = _window_on(qtbot, office_data, db_target, 3)
    assert again.current_tab().findChild(QSplitter).sizes()[0] == left


def test_the_shortcut_list_is_read_from_the_menus(qtbot, office_data, db_target):
    from desktop.ui.shortcuts import ShortcutsDialog

    window = MainWindow(office_data["clerk1"], db_target)
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = {table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())}
    assert rows["Ctrl+F"].endswith("查找") and rows["Ctrl+N"].endswith("新建记录") and rows["F5"].endswith("刷新")
    assert rows["Ctrl+Enter"] == "保存表单" and rows["Esc"] == "取消表单"


def test_each_main_tab_names_its_shortcut_in_its_tooltip(qtbot, office_data, db_path):
    window = MainWindow(office_data["clerk1"], db_path)
    qtbot.addWidget(window)
    tips = [window.tabs.tabToolTip(index) for index in range(window.tabs.count())]
    assert tips == ["今日 (Ctrl+1)", "拜访记录 (Ctrl+2)", "客户登记 (Ctrl+3)", "投诉处理 (Ctrl+4)", "换班登记 (Ctrl+5)"]


def test_list_columns_come_back_as_their_person_left_them_and_not_for_another(qtbot, office_data, db_path):
    window = _window_on(qtbot, office_data, db_path, 2)  # 客户登记
    header = window.current_tab().table.horizontalHeader()
    qtbot.waitUntil(header.isVisible)
    header.resizeSection(1, 333)
    window.hide()  # the session ends: the window keeps its places
    again = _window_on(qtbot, office_data, db_path, 2)
    assert again.current_tab().table.horizontalHeader().sectionSize(1) == 333
    again.hide()
    other = MainWindow(office_data["clerk2"], db_path)
    qtbot.addWidget(other)
    other.show()
    other.tabs.setCurrentIndex(2)
    qtbot.waitUntil(other.current_tab().isVisible)
    assert other.current_tab().table.horizontalHeader().sectionSize(1) != 333


def test_after_registering_the_new_customer_is_selected_and_the_status_bar_says_so(qtbot, office_data, db_path):
    from desktop.services.customers import registration
    from desktop.services.customers.registration import CustomerForm

    window = _window_on(qtbot, office_data, db_path, 2)  # 客户登记
    tab = window.current_tab()
    qtbot.waitUntil(lambda: not tab.loading, timeout=5000)
    registration.register(office_data["clerk1"], CustomerForm(name="李四", phone="13900001111"))
    saved = registration.register(office_data["clerk1"], CustomerForm(name="张三", phone="13812345678"))
    tab.sort_by(1)  # by name: 李四 first, the new one second
    qtbot.waitUntil(lambda: not tab.loading and tab.model.rowCount() == 2, timeout=5000)
    tab.after_save(saved)
    qtbot.waitUntil(lambda: tab.current_row() is not None, timeout=5000)
    assert tab.current_row().id == saved.id and tab.table.currentIndex().row() == 1
    assert window.statusBar().currentMessage() == f"已登记 {saved.number} 张三"
