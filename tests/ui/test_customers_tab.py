"""The 客户登记 tab driven like a clerk: register, meet a refusal, search as you type, edit, void, import."""

import datetime
import io
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.models import Customer, Staff, db
from desktop.services.customers import excel_import, lists, registration, reservations
from desktop.services.customers.registration import CustomerForm
from desktop.ui.customers.dialogs import AccessLogDialog, ReassignDialog
from desktop.ui.customers.import_dialog import ImportDialog
from desktop.ui.customers.tab import CustomersTab
from desktop.ui.widgets import messages


def type_text(qtbot: object, edit: object, text: str) -> None:
    """Type like a clerk: Latin keys one by one, Chinese committed by the input method."""
    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def loaded(qtbot: object, tab: CustomersTab) -> CustomersTab:
    qtbot.waitUntil(lambda: not tab.loading, timeout=5000)
    return tab


@pytest.fixture
def tab(qtbot: object, clerk: Staff) -> CustomersTab:
    widget = CustomersTab(clerk)
    qtbot.addWidget(widget)
    return loaded(qtbot, widget)


def names(tab: CustomersTab) -> list[str]:
    return [tab.model.row_at(row).name for row in range(tab.model.rowCount())]


def select(tab: CustomersTab, name: str) -> None:
    tab.table.setCurrentIndex(tab.model.index(names(tab).index(name), 0))


def test_registering_through_the_form_adds_the_customer_to_the_list(qtbot: object, tab: CustomersTab) -> None:
    dialog = tab.registration_dialog()
    type_text(qtbot, dialog.edits["name"], "张三")
    qtbot.keyClicks(dialog.edits["phone"], "138 1234 5678")
    dialog.edits["credit_grade"].setCurrentText("A")
    assert "授信额度不超过合同账期内的销售额" in dialog.policy_text.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.after_save(dialog.saved)
    loaded(qtbot, tab)
    assert names(tab) == ["张三"]
    assert "共 1 位客户" in tab.status.text()


def test_a_wrong_phone_is_shown_under_the_field_and_nothing_is_saved(qtbot: object, tab: CustomersTab) -> None:
    dialog = tab.registration_dialog()
    type_text(qtbot, dialog.edits["name"], "张三")
    qtbot.keyClicks(dialog.edits["phone"], "138 1234")
    type_text(qtbot, dialog.edits["founded_on"], "去年")
    dialog.save()
    assert "手机号为 1 开头的 11 位数字" in dialog.error_text("phone")
    assert "无法识别" in dialog.error_text("founded_on")
    assert dialog.result() != dialog.DialogCode.Accepted
    assert Customer.select().count() == 0


def test_a_duplicate_names_the_first_registrant(qtbot: object, tab: CustomersTab, office_data: dict) -> None:
    registration.register(office_data["clerk3"], CustomerForm(name="张三", phone="13812345678"))
    dialog = tab.registration_dialog()
    type_text(qtbot, dialog.edits["name"], "张太太")
    qtbot.keyClicks(dialog.edits["phone"], "+86 138-1234-5678")
    dialog.save()
    assert "该客户已由 王五 于" in dialog.error_text("phone")
    assert Customer.select().count() == 1


def test_typing_pinyin_initials_filters_the_list(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    for name, phone in [("张三", "13812345678"), ("李四", "13900001111"), ("张珊珊", "13700002222")]:
        registration.register(clerk, CustomerForm(name=name, phone=phone))
    tab.refresh()
    loaded(qtbot, tab)
    assert len(names(tab)) == 3
    qtbot.keyClicks(tab.search, "zs")
    qtbot.waitUntil(lambda: sorted(names(tab)) == ["张三", "张珊珊"], timeout=5000)
    tab.search.clear()
    qtbot.keyClicks(tab.search, "1111")
    qtbot.waitUntil(lambda: names(tab) == ["李四"], timeout=5000)


def test_editing_an_opened_customer(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    registration.register(clerk, CustomerForm(name="张三", phone="13812345678"))
    tab.refresh()
    loaded(qtbot, tab)
    select(tab, "张三")
    dialog = tab.detail_dialog(tab.current_row())
    assert dialog.edits["phone"].text() == "13812345678"
    assert "归属有效" in dialog.findChild(type(dialog.policy_text), "ownership").text()
    dialog.edits["address"].clear()
    type_text(qtbot, dialog.edits["address"], "杭州市文三路 1 号")
    dialog.save()
    assert registration.find_by_phone("13812345678").address == "杭州市文三路 1 号"


def test_a_supervisor_voids_from_the_list(qtbot: object, clerk: Staff, supervisor: Staff) -> None:
    registration.register(clerk, CustomerForm(name="张三", phone="13812345678"))
    tab = CustomersTab(supervisor)
    qtbot.addWidget(tab)
    loaded(qtbot, tab)
    assert tab.buttons["作废"].isVisibleTo(tab)
    select(tab, "张三")
    tab.void_current("重复录入")
    loaded(qtbot, tab)
    assert names(tab) == []
    tab.status_box.setCurrentIndex(tab.status_box.findData("已作废"))
    loaded(qtbot, tab)
    assert names(tab) == ["张三"]


def test_void_and_reassign_are_not_offered_to_a_clerk(tab: CustomersTab) -> None:
    assert not tab.buttons["作废"].isVisibleTo(tab)
    assert not tab.buttons["改派"].isVisibleTo(tab)
    assert tab.buttons["登记新客户"].isVisibleTo(tab)


def test_a_confidential_row_shows_only_name_and_number(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    registration.register(clerk, CustomerForm(name="王总", phone="13812345678", confidentiality="机密"))
    tab.refresh()
    loaded(qtbot, tab)
    row = tab.model.row_at(0)
    assert row.masked and tab.model.index(0, 3).data() == "（保密）"


def test_reassign_dialog_and_the_borrowing_card(qtbot: object, clerk: Staff, supervisor: Staff,
                                                office_data: dict) -> None:
    registration.register(clerk, CustomerForm(name="王总", phone="13812345678", confidentiality="绝密"))
    tab = CustomersTab(supervisor)
    qtbot.addWidget(tab)
    loaded(qtbot, tab)
    select(tab, "王总")
    dialog = ReassignDialog(supervisor, tab.current_row(), tab)
    dialog.owner.setCurrentIndex(dialog.owner.findData(office_data["clerk3"].id))
    dialog._accept()
    assert "原因" in dialog.form.error_text("reason")
    type_text(qtbot, dialog.reason, "原业务员离职")
    dialog._accept()
    assert registration.find_by_phone("13812345678").owner_id == office_data["clerk3"].id
    assert AccessLogDialog(supervisor, tab).model.rowCount() == 0
    assert tab.detail_dialog(tab.current_row()) is not None
    log = AccessLogDialog(supervisor, tab)
    assert log.model.rowCount() == 1 and log.model.index(0, 4).data() == "查看档案"


def test_print_previews_the_card(qtbot: object, clerk: Staff, tab: CustomersTab, previews: list) -> None:
    registration.register(clerk, CustomerForm(name="张三", phone="13812345678"))
    tab.refresh()
    loaded(qtbot, tab)
    select(tab, "张三")
    tab.print_current()
    [(title, file_name, data)] = previews
    assert title == "客户资料卡" and file_name.startswith("客户资料卡_")
    assert "张三" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_a_confidential_card_is_not_printed_for_a_clerk(qtbot: object, clerk: Staff, tab: CustomersTab,
                                                        previews: list, monkeypatch: pytest.MonkeyPatch) -> None:
    refused: list[str] = []
    monkeypatch.setattr(messages, "refused", lambda parent, error: refused.append(error.message))
    registration.register(clerk, CustomerForm(name="王总", phone="13900001111", confidentiality="机密"))
    tab.refresh()
    loaded(qtbot, tab)
    select(tab, "王总")
    tab.print_current()
    assert previews == [] and len(refused) == 1


def test_import_dialog_previews_and_imports(qtbot: object, clerk: Staff, tab: CustomersTab, tmp_path: Path) -> None:
    registration.register(clerk, CustomerForm(name="老客户", phone="13700000000"))
    book = Workbook()
    book.active.append(["姓名", "手机号码", "成立时间"])
    for row in [["张三", 13812345678, datetime.date(2015, 1, 1)], ["李四", "12345", None],
                ["王五", "137-0000-0000", None]]:
        book.active.append(row)
    book.save(tmp_path / "客户.xlsx")
    dialog = ImportDialog(clerk, tab)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "客户.xlsx")
    assert dialog.mapping() == {"name": 0, "phone": 1, "founded_on": 2}
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 3, timeout=5000)
    assert dialog.preview.item(0, 3).text() == "可导入"
    assert "联系电话" in dialog.preview.item(1, 3).text()
    assert "已由 张三 于" in dialog.preview.item(2, 3).text()
    assert "可导入 1 行，重复 1 行，有错误 1 行" in dialog.counts.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=5000)
    assert "已导入 1 位客户" in dialog.summary_text()
    assert registration.find_by_phone("13812345678").name == "张三"


def test_import_dialog_says_which_rows_wait_for_another_desks_import(qtbot: object, clerk: Staff,
                                                                     tab: CustomersTab, tmp_path: Path) -> None:
    leader = Staff.get(Staff.code == "L001")
    with db.atomic():  # 李班长's 600-row import at another desk holds 张三's number while it saves
        reservations.begin(leader, ["13812345678"], 600)
    book = Workbook()
    book.active.append(["姓名", "手机号码"])
    for row in [["张三", "13812345678"], ["王五", "13700000000"]]:
        book.active.append(row)
    book.save(tmp_path / "客户.xlsx")
    dialog = ImportDialog(clerk, tab)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "客户.xlsx")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 2, timeout=5000)
    assert dialog.preview.item(0, 3).text().startswith("该号码正在由 李班长 从 Excel 导入（10:30 开始，尚未完成）")
    assert dialog.preview.item(1, 3).text() == "可导入"
    assert dialog.counts.text() == ("共 2 行：可导入 1 行，重复 0 行，有错误 0 行（有问题的行不会导入）。"
                                    "另有 1 行的号码正在由其他席位导入，请在其导入完成后重新检查这些行。")


def test_import_dialog_reads_the_file_off_the_window_thread_with_progress(
        qtbot: object, clerk: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = Workbook()
    book.active.append(["姓名", "手机号码"])
    book.active.append(["张三", "13812345678"])
    book.save(tmp_path / "客户.xlsx")
    seen: list[tuple[int, bool]] = []
    read = excel_import.read_workbook

    def reading(path: Path, progress: excel_import.Progress | None = None) -> excel_import.Sheet:
        seen.append((threading.get_ident(), progress is not None))
        return read(path, progress)

    monkeypatch.setattr(excel_import, "read_workbook", reading)
    dialog = ImportDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "客户.xlsx")
    assert seen == [(seen[0][0], True)] and seen[0][0] != threading.get_ident()
    assert dialog.mapping() == {"name": 0, "phone": 1} and dialog.check_button.isEnabled()


def test_import_dialog_explains_an_unreadable_file(qtbot: object, clerk: Staff, tmp_path: Path) -> None:
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    dialog = ImportDialog(clerk)
    qtbot.addWidget(dialog)
    dialog.load(tmp_path / "x.xlsx")
    assert "不是有效的 Excel 工作簿" in dialog.message.text()
    assert not dialog.check_button.isEnabled()


def test_sorting_by_a_column_reloads_in_that_order(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    for name, phone in [("张三", "13812345678"), ("李四", "13900001111"), ("阿明", "13700002222")]:
        registration.register(clerk, CustomerForm(name=name, phone=phone))
    tab.sort_by(1)
    loaded(qtbot, tab)
    assert names(tab) == ["阿明", "李四", "张三"]
    tab.sort_by(1)
    loaded(qtbot, tab)
    assert names(tab) == ["张三", "李四", "阿明"]
    assert tab.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_a_search_too_short_says_what_is_needed_instead_of_none_found(qtbot: object, tab: CustomersTab) -> None:
    qtbot.keyClicks(tab.search, "13")
    tab.refresh()
    loaded(qtbot, tab)
    assert "电话至少输入 3 位数字" in tab.status.text() and "共 0 位客户" not in tab.status.text()


def test_what_the_search_matched_is_marked_in_the_list(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    for name, phone in [("张三", "13812345678"), ("杭州华为电子商行", "13900001111")]:
        registration.register(clerk, CustomerForm(name=name, phone=phone, kind="单位" if "商行" in name else "个人"))
    tab.show()
    type_text(qtbot, tab.search, "zs")
    qtbot.waitUntil(lambda: names(tab) == ["张三", "杭州华为电子商行"], timeout=5000)  # the name's start first
    assert tab.match_span(tab.model.index(0, 1)) == (0, 2)
    assert tab.match_span(tab.model.index(1, 1)) == (5, 7)  # 子商: z s
    assert tab.match_span(tab.model.index(0, 3)) is None  # letters are not looked for in the phone
    picture = tab.table.viewport().grab().toImage()
    cell = tab.table.visualRect(tab.model.index(1, 1))
    width = tab.table.fontMetrics().horizontalAdvance("杭")
    yellow = [x - cell.left() for x in range(cell.left(), cell.right()) if any(
        picture.pixelColor(x, y).name() == "#ffe27a" for y in range(cell.top(), cell.bottom()))]
    assert len(yellow) >= 2 * width - 2  # two characters' width on the mark's yellow
    assert yellow[0] > 5 * width - 2  # after 杭州华为电
    phone = tab.table.visualRect(tab.model.index(0, 3))
    assert not any(picture.pixelColor(x, y).name() == "#ffe27a" for x in range(phone.left(), phone.right())
                   for y in range(phone.top(), phone.bottom()))  # a cell without a match is not marked


def test_an_empty_list_says_what_to_do_next(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    tab.show()
    hint = tab.empty_hint
    assert hint.isVisible() and "还没有客户" in hint.text() and "登记新客户" in hint.text()
    type_text(qtbot, tab.search, "1")
    qtbot.waitUntil(lambda: "请继续输入" in hint.text(), timeout=5000)
    tab.search.clear()
    type_text(qtbot, tab.search, "wxyz")
    qtbot.waitUntil(lambda: "没有符合条件的客户" in hint.text(), timeout=5000)
    registration.register(clerk, CustomerForm(name="王小宇", phone="13812345678"))
    tab.search.clear()
    tab.refresh()
    qtbot.waitUntil(lambda: names(tab) == ["王小宇"], timeout=5000)
    assert not hint.isVisible()
def test_each_keystroke_shows_its_first_page_before_the_count(qtbot: object, clerk: Staff, tab: CustomersTab,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for name, phone in [("张三", "13812345678"), ("李四", "13900001111")]:
        registration.register(clerk, CustomerForm(name=name, phone=phone))
    counting = threading.Event()
    real_count = lists.count

    def slow_count(*args: object, **kwargs: object) -> tuple[int, int]:
        counting.wait(5)
        return real_count(*args, **kwargs)

    monkeypatch.setattr(lists, "count", slow_count)
    qtbot.keyClicks(tab.search, "z")  # one letter: too short, said without a query
    qtbot.waitUntil(lambda: "拼音首字母至少输入 2 个" in tab.status.text(), timeout=2000)
    assert names(tab) == [] and not tab.loading
    qtbot.keyClicks(tab.search, "s")
    qtbot.waitUntil(lambda: names(tab) == ["张三"], timeout=2000)  # no typing pause, no count awaited
    assert tab.loading and "正在计数" in tab.status.text()
    counting.set()
    loaded(qtbot, tab)
    assert "共 1 位客户" in tab.status.text()


def test_a_broad_search_counts_up_to_the_cap(qtbot: object, clerk: Staff, tab: CustomersTab,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.ui.customers.tab.COUNT_CAP", 2)
    for index in range(3):
        registration.register(clerk, CustomerForm(name=f"张{index}", phone=f"1390000000{index}"))
    type_text(qtbot, tab.search, "zhang")
    qtbot.waitUntil(lambda: len(names(tab)) == 3 and not tab.loading, timeout=5000)
    assert "共 2+ 位客户" in tab.status.text()
    tab.search.clear()
    qtbot.waitUntil(lambda: "共 3 位客户" in tab.status.text(), timeout=5000)  # the whole list counted exactly


def test_a_customer_number_is_found_from_its_year(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    customer = registration.register(clerk, CustomerForm(name="张三", phone="13812345678"))
    type_text(qtbot, tab.search, customer.number[:6])
    qtbot.waitUntil(lambda: names(tab) == ["张三"] and not tab.loading, timeout=5000)


def test_a_row_s_cells_are_made_once_not_on_every_repaint(qtbot: object, clerk: Staff, tab: CustomersTab) -> None:
    registration.register(clerk, CustomerForm(name="张三", phone="13812345678"))
    tab.refresh()
    loaded(qtbot, tab)
    made = []
    column = tab.model.column_list[1]
    tab.model._columns[1] = type(column)(column.title, lambda r: made.append(r) or r.name, column.sort_key)
    tab.resize(900, 400)
    tab.show()
    for _ in range(3):
        tab.table.viewport().repaint()
    assert tab.model.index(0, 1).data() == "张三"
    assert len(made) <= 1


def test_an_edit_is_saved_said_and_taken_back_with_undo(qtbot: object, clerk: Staff, leader: Staff) -> None:
    customer = registration.register(clerk, CustomerForm(name="张三", phone="13812345678"))
    window = QMainWindow()
    tab = CustomersTab(clerk)
    window.setCentralWidget(tab)
    qtbot.addWidget(window)
    loaded(qtbot, tab)
    select(tab, "张三")
    undo_button = tab.buttons["撤销修改"]
    assert not undo_button.isEnabled() and "还没有修改过" in undo_button.toolTip()
    dialog = tab.detail_dialog(tab.current_row())
    dialog.edits["name"].clear()
    type_text(qtbot, dialog.edits["name"], "张三丰")
    dialog.exec = lambda: (dialog.save(), dialog.result())[1]  # what the person does while the form is open
    tab.detail_dialog = lambda row: dialog
    qtbot.mouseClick(tab.buttons["修改资料"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.loading and tab.current_row() is not None, timeout=5000)
    assert window.statusBar().currentMessage() == f"已保存对 {customer.number} 张三丰 的修改（30 分钟内可撤销）"
    assert names(tab) == ["张三丰"] and tab.current_row().id == customer.id
    assert undo_button.isEnabled()
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.loading and names(tab) == ["张三"], timeout=5000)
    assert window.statusBar().currentMessage() == f"已撤销对 {customer.number} 张三 的上次修改"
    assert tab.current_row().id == customer.id
    form = registration.form_of(Customer.get_by_id(customer.id))
    form.demand = "想买两台"
    registration.update(leader, Customer.get_by_id(customer.id), form)  # someone else corrects it meanwhile
    tab.refresh()
    loaded(qtbot, tab)
    select(tab, "张三")
    assert not undo_button.isEnabled() and "李班长" in undo_button.toolTip()


def test_a_search_reads_two_screens_first_and_the_rest_as_the_list_is_scrolled(
        qtbot: object, clerk: Staff, tab: CustomersTab, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each keystroke's page is read before it is painted: only what fills the list twice (at least FIRST_PAGE)."""
    monkeypatch.setattr("desktop.ui.widgets.lazy_table.FIRST_PAGE", 4)
    tab.resize(900, 400)
    tab.show()
    qtbot.waitExposed(tab)
    screen = tab.table.viewport().height() // tab.table.verticalHeader().defaultSectionSize() + 1
    everyone = 2 * screen + 3
    for index in range(everyone):
        registration.register(clerk, CustomerForm(name=f"张{index:02d}", phone=f"139000000{index:02d}"))
    type_text(qtbot, tab.search, "zhang")
    qtbot.waitUntil(lambda: f"共 {everyone} 位客户" in tab.status.text(), timeout=5000)
    assert len(names(tab)) == 2 * screen
    tab.table.verticalScrollBar().setValue(tab.table.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: len(names(tab)) == everyone, timeout=2000)
    assert names(tab) == [f"张{index:02d}" for index in reversed(range(everyone))]
