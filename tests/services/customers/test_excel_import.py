"""Importing customers from spreadsheets made here: good rows, bad rows, duplicates and unreadable files."""

import datetime
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.models import (
    AuditEntry,
    Customer,
    CustomerPhone,
    CustomerSearchKey,
    ImportReservation,
    ImportRun,
    Staff,
    db,
)
from desktop.services import clock
from desktop.services.customers import excel_import, registration, reservations
from desktop.services.customers.registration import CustomerForm
from desktop.services.errors import Cancelled, RuleError

HEADERS = ["客户姓名", "手机", "称呼", "地址", "成立时间", "客户等级"]


def workbook(path: Path, rows: list[list[Any]], headers: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(headers or HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def checked(clerk: Staff, path: Path) -> list[excel_import.RowCheck]:
    sheet = excel_import.read_workbook(path)
    return excel_import.check(clerk, sheet, excel_import.guess_mapping(sheet.headers))


def test_headers_are_mapped_from_the_usual_titles() -> None:
    mapping = excel_import.guess_mapping(["序号", "客户姓名", "手机号码", "称呼", "联系地址", "备注"])
    assert mapping == {"name": 1, "phone": 2, "salutation": 3, "address": 4, "note": 5}


def test_a_good_workbook_imports_every_row_in_one_go(clerk: Staff, tmp_path: Path) -> None:
    path = workbook(tmp_path / "客户.xlsx", [
        ["张三", 13812345678, "张先生", "杭州市文三路 1 号", datetime.datetime(2015, 6, 1), "A"],
        ["李四", "139-0000-1111", "李女士", None, "2018/3/5", None],
    ])
    results = checked(clerk, path)
    assert [r.ok for r in results] == [True, True]
    summary = excel_import.import_rows(clerk, results)
    assert (summary.imported, summary.skipped) == (2, 0)
    zhang = registration.find_by_phone("13812345678")
    assert zhang.name == "张三" and zhang.customer_grade == "A" and zhang.owner_id == clerk.id
    assert registration.find_by_phone("13900001111").credit_grade == "C"


def test_bad_rows_and_duplicates_are_reported_per_row_and_skipped(clerk: Staff, tmp_path: Path) -> None:
    registration.register(clerk, CustomerForm(name="老客户", phone="13700000000"))
    path = workbook(tmp_path / "客户.xlsx", [
        ["张三", "13812345678", "", "", "", ""],
        ["", "12345", "", "", "", ""],
        ["王五", "137 0000 0000", "", "", "", ""],
        ["张三妻", "+86 138 1234 5678", "", "", "", ""],
        ["赵六", "13900002222", "", "", "去年五月", "E"],
    ])
    results = checked(clerk, path)
    assert [r.row_number for r in results if r.ok] == [2]
    assert set(results[1].errors) == {"name", "phone"}
    assert "该客户已由 张三 于" in results[2].duplicate
    assert "与本表第 2 行的电话相同" in results[3].duplicate
    assert set(results[4].errors) == {"founded_on", "customer_grade"} and "成立时间" in results[4].message()
    summary = excel_import.import_rows(clerk, results)
    assert (summary.imported, summary.skipped) == (1, 4)
    assert Customer.select().count() == 2


def test_nothing_is_imported_when_a_row_is_refused_at_import_time(clerk: Staff, tmp_path: Path) -> None:
    path = workbook(tmp_path / "客户.xlsx", [["张三", "13812345678"], ["李四", "13900001111"]], HEADERS[:2])
    results = checked(clerk, path)
    registration.register(clerk, CustomerForm(name="李四", phone="13900001111"))  # someone was quicker
    with pytest.raises(RuleError) as refused:
        excel_import.import_rows(clerk, results)
    assert "第 3 行" in refused.value.message and "没有导入任何客户" in refused.value.message
    assert registration.find_by_phone("13812345678") is None


def test_every_row_registered_by_an_import_is_audited(clerk: Staff, tmp_path: Path) -> None:
    path = workbook(tmp_path / "客户.xlsx", [[f"客户{n}", f"1390000{n:04d}"] for n in range(30)], HEADERS[:2])
    excel_import.import_rows(clerk, checked(clerk, path))
    created = {int(entry.record_id) for entry in AuditEntry.select().where(
        (AuditEntry.table_name == "customer") & (AuditEntry.action == "create"))}
    assert created == {customer.id for customer in Customer.select()} and len(created) == 30


def test_an_import_the_day_after_its_check_applies_the_rules_of_that_day(clerk: Staff, tmp_path: Path) -> None:
    """A checked row is registered as checked the same day; checked yesterday, its dates are checked again and
    its review dates run from the day it is registered."""
    today = datetime.date(2026, 11, 18)
    path = workbook(tmp_path / "客户.xlsx", [["张三", "13812345678", "", "", "", "C"]])
    sheet = excel_import.read_workbook(path)
    results = excel_import.check(clerk, sheet, excel_import.guess_mapping(sheet.headers), today - datetime.timedelta(1))
    assert results[0].ok and results[0].draft is not None
    excel_import.import_rows(clerk, results, now=datetime.datetime(2026, 11, 18, 9, 0))
    zhang = registration.find_by_phone("13812345678")
    assert zhang.credit_review_due_on == datetime.date(2026, 12, 18)  # a month (grade C) from the 18th, not the 17th


def test_name_and_phone_columns_must_be_chosen(clerk: Staff, tmp_path: Path) -> None:
    sheet = excel_import.read_workbook(workbook(tmp_path / "a.xlsx", [["张三", "x"]], ["名字", "号码"]))
    with pytest.raises(RuleError) as refused:
        excel_import.check(clerk, sheet, {})
    assert "名称" in refused.value.message and "联系电话" in refused.value.message
    assert [r.ok for r in excel_import.check(clerk, sheet, {"name": 0, "phone": 1})] == [False]


def test_a_file_that_is_not_xlsx_is_refused_clearly(tmp_path: Path) -> None:
    csv = tmp_path / "客户.csv"
    csv.write_text("姓名,电话\n张三,13812345678\n", encoding="utf-8")
    with pytest.raises(RuleError, match="只能导入 .xlsx"):
        excel_import.read_workbook(csv)
    fake = tmp_path / "假的.xlsx"
    fake.write_text("这不是工作簿", encoding="utf-8")
    with pytest.raises(RuleError, match="不是有效的 Excel 工作簿"):
        excel_import.read_workbook(fake)


def test_an_empty_workbook_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="表格是空的"):
        excel_import.read_workbook(workbook(tmp_path / "空.xlsx", []))
    Workbook().save(tmp_path / "全空.xlsx")
    with pytest.raises(RuleError, match="表格是空的"):
        excel_import.read_workbook(tmp_path / "全空.xlsx")


@pytest.mark.parametrize("rows, refused", [(excel_import.MAX_ROWS, False), (excel_import.MAX_ROWS + 1, True)])
def test_a_workbook_over_the_row_limit_is_refused(tmp_path: Path, rows: int, refused: bool) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADERS[:2])
    for index in range(rows):
        sheet.append([f"客户{index}", f"139{index:08d}"])
    book.save(tmp_path / "大表.xlsx")
    if refused:
        with pytest.raises(RuleError, match=f"表格超过 {excel_import.MAX_ROWS} 行.*分批导入"):
            excel_import.read_workbook(tmp_path / "大表.xlsx")
    else:
        assert len(excel_import.read_workbook(tmp_path / "大表.xlsx").rows) == rows


def test_merged_cells_and_formulas_are_refused(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS[:2])
    sheet.append(["张三", "13812345678"])
    sheet.merge_cells("A2:A3")
    book.save(tmp_path / "合并.xlsx")
    with pytest.raises(RuleError, match="合并单元格"):
        excel_import.read_workbook(tmp_path / "合并.xlsx")
    path = workbook(tmp_path / "公式.xlsx", [["张三", "=A1&B1"]], HEADERS[:2])
    with pytest.raises(RuleError, match="第 2 行第 2 列是公式"):
        excel_import.read_workbook(path)


def _in_another_window(work: Callable[[], object]) -> object:
    """Run `work` on another thread, so on its own connection to the database, as a second window would."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as error:
            outcome.append(error)
        finally:
            db.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]


def _many(clerk: Staff, tmp_path: Path, count: int) -> list[excel_import.RowCheck]:
    rows = [[f"客户{i}", f"139{i:08d}"] for i in range(count)]
    return checked(clerk, workbook(tmp_path / "客户.xlsx", rows, HEADERS[:2]))


def test_another_window_saves_while_a_long_import_runs(clerk: Staff, leader: Staff, tmp_path: Path) -> None:
    saved: list[object] = []

    def another_window_saves(_stage: str, done: int, total: int) -> None:
        if done >= total // 2 and not saved:
            saved.append(_in_another_window(lambda: registration.register(
                leader, CustomerForm(name="来访客户", phone="13700000000"))))

    summary = excel_import.import_rows(clerk, _many(clerk, tmp_path, 300), progress=another_window_saves)
    assert isinstance(saved[0], Customer) and summary.imported == 300
    assert Customer.select().count() == 301


def test_a_number_of_a_long_import_cannot_be_taken_by_another_window_while_it_saves(
        clerk: Staff, leader: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: the other window registered row 250's number after the first batch, and the whole import was taken
    back. The import checked first and holds its numbers: the window is told to wait, and registering it after the
    import is refused as a duplicate of the imported customer."""
    monkeypatch.setattr(registration, "BATCH", 100)
    told: list[object] = []

    def another_window_registers_row_250(stage: str, done: int, _total: int) -> None:
        if stage == "正在保存" and done == 100:  # the first batch is saved, row 250 is in the third
            told.append(_in_another_window(lambda: registration.register(
                leader, CustomerForm(name="抢先", phone="13900000248"))))
            told.append(_in_another_window(lambda: checked(leader, workbook(
                tmp_path / "另一张.xlsx", [["抢先", "13900000248"], ["别人", "13600000000"]], HEADERS[:2]))))

    summary = excel_import.import_rows(clerk, _many(clerk, tmp_path, 300), progress=another_window_registers_row_250)
    assert summary.imported == 300 and Customer.select().count() == 300
    refused, other_sheet = told
    assert isinstance(refused, reservations.PhoneBeingImported)
    assert str(refused.message) == ("该号码正在由 张三 从 Excel 导入（10:30 开始，尚未完成），"
                                    "请在该导入完成后重新检查或登记。")
    assert [(row.ok, str(row.message())) for row in other_sheet] == [(False, str(refused.message)), (True, "")]
    with pytest.raises(registration.DuplicateCustomer):
        registration.register(leader, CustomerForm(name="抢先", phone="13900000248"))
    assert ImportReservation.select().count() == 0 and ImportRun.get().outcome == "imported"


def test_a_number_registered_between_the_check_and_the_import_refuses_it_before_anything_is_saved(
        clerk: Staff, leader: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registration, "BATCH", 100)
    rows = _many(clerk, tmp_path, 300)
    registration.register(leader, CustomerForm(name="抢先", phone="13900000248"))
    with pytest.raises(RuleError) as refused:
        excel_import.import_rows(clerk, rows)
    assert "第 250 行：该客户已由 李班长 于" in refused.value.message and "没有导入任何客户" in refused.value.message
    assert [customer.name for customer in Customer.select()] == ["抢先"]
    assert AuditEntry.select().where(AuditEntry.table_name == "customer").count() == 1
    assert ImportRun.select().count() == 0


def test_a_cancelled_import_is_taken_back_and_frees_its_numbers(clerk: Staff, leader: Staff, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registration, "BATCH", 100)

    def cancel_after_the_second_batch(stage: str, done: int, _total: int) -> None:
        if stage == "正在保存" and done == 200:
            raise Cancelled("已取消。")

    with pytest.raises(Cancelled):
        excel_import.import_rows(clerk, _many(clerk, tmp_path, 300), progress=cancel_after_the_second_batch)
    assert Customer.select().count() == 0 and CustomerPhone.select().count() == 0
    assert CustomerSearchKey.select().count() == 0
    assert ImportReservation.select().count() == 0 and ImportRun.get().outcome == "taken_back"
    assert registration.register(leader, CustomerForm(name="来访", phone="13900000000")).name == "来访"


def test_the_numbers_of_an_import_that_died_are_free_after_ten_minutes(clerk: Staff, leader: Staff) -> None:
    with db.atomic():
        run = reservations.begin(clerk, ["13900000001"], 600)
    with pytest.raises(reservations.PhoneBeingImported):
        registration.register(leader, CustomerForm(name="来访", phone="13900000001"))
    clock.freeze(clock.now() + datetime.timedelta(minutes=11))
    assert registration.register(leader, CustomerForm(name="来访", phone="13900000001")).name == "来访"
    with db.atomic():
        reservations.begin(clerk, ["13900000002"], 600)
    assert ImportRun.get_by_id(run.id).outcome == "abandoned" and ImportReservation.select().count() == 1


def test_a_sheet_formatted_across_all_16384_columns_is_read_as_wide_as_its_data(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS[:2])
    for index in range(50):
        sheet.append([f"客户{index}", f"139{index:08d}"])
    for row in range(1, 52):
        sheet.cell(row, 16384).fill = PatternFill("solid", fgColor="FFFF00")  # whole rows given a colour
    book.save(tmp_path / "宽表.xlsx")
    reports: list[tuple[str, int, int]] = []
    read = excel_import.read_workbook(tmp_path / "宽表.xlsx", lambda *report: reports.append(report))
    assert read.headers == HEADERS[:2] and len(read.rows) == 50 and {len(row) for row in read.rows} == {2}
    assert reports[-1] == ("正在读取表格", 51, 51)
