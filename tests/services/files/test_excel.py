"""Workbooks: text that looks like a formula stays text, numbers and dates stay typed, no character breaks a file."""

import datetime
import errno
import os
import tempfile
import weakref
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.services.errors import RuleError
from desktop.services.files import excel


def _written(tmp_path: Path, rows: list[list[object]], title: str = "列表") -> list:
    book = load_workbook(excel.write_sheet(tmp_path / "out.xlsx", title, ["甲", "乙", "丙"], rows))
    return [list(row) for row in book.active.iter_rows(min_row=excel.FIRST_ROW)]


def test_a_value_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    [cells] = _written(tmp_path, [["=HYPERLINK(\"http://x\",\"点我\")", "+86 138", "-1+2"], ])
    assert [(c.value, c.data_type) for c in cells] == [
        ("=HYPERLINK(\"http://x\",\"点我\")", "s"), ("+86 138", "s"), ("-1+2", "s")]
    assert all(c.quotePrefix for c in cells)
    [cells] = _written(tmp_path, [["@SUM(A1)", "正常", "1=1"]])
    assert [(c.value, c.data_type, c.quotePrefix) for c in cells] == [
        ("@SUM(A1)", "s", True), ("正常", "s", False), ("1=1", "s", False)]


def test_numbers_and_dates_stay_typed(tmp_path: Path) -> None:
    moment = datetime.datetime(2026, 11, 18, 10, 30)
    [cells] = _written(tmp_path, [[Decimal("50000.50"), datetime.date(2026, 11, 18), moment]])
    assert [c.value for c in cells] == [50000.5, datetime.datetime(2026, 11, 18), moment]
    assert cells[0].data_type == "n" and cells[1].is_date and cells[2].is_date
    [cells] = _written(tmp_path, [[excel.Formatted(2, '0" 次"'), excel.Formatted(0.25, "0.0%"), -3]])
    assert [(c.value, c.number_format) for c in cells] == [(2, '0" 次"'), (0.25, "0.0%"), (-3, "General")]


def test_no_character_makes_an_export_fail(tmp_path: Path) -> None:
    [cells] = _written(tmp_path, [["张\x00三\x1b", "a\ud800b\ufffe", "长" * 40_000]], title="列\x00表")
    assert [c.value for c in cells[:2]] == ["张三", "ab"]
    assert len(cells[2].value) == 32_767


class _Row(list):
    """A row the test can watch being let go (lists cannot be weakly referenced, their subclasses can)."""

    __hash__ = object.__hash__


def test_rows_are_written_as_they_come_not_held(tmp_path: Path) -> None:
    alive: weakref.WeakSet = weakref.WeakSet()
    most = [0]

    def rows():  # noqa: ANN202
        for number in range(10_000):
            row = _Row([number, f"客户{number}"])
            alive.add(row)
            most[0] = max(most[0], len(alive))
            yield row

    path = excel.write_sheet(tmp_path / "长表.xlsx", "长表", ["编号", "名称"], rows())
    assert most[0] <= excel.WIDTH_SAMPLE + 2  # the sample that sizes the columns, and the row being written
    assert len(alive) <= 2  # the last rows: everything before them was let go
    values = list(load_workbook(path, read_only=True).active.values)
    assert len(values) == excel.HEADING_ROWS + 10_001 and values[-1] == (9999, "客户9999")


def _failing_rows(after: int) -> Iterator[list[object]]:
    for number in range(after):
        yield [number, f"客户{number}"]
    raise OSError("磁盘已满")


def _left_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize("fails", ["while rows are read", "while the workbook is saved"])
def test_a_failed_export_keeps_the_file_it_would_replace_and_leaves_no_temporary_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fails: str) -> None:
    from openpyxl.worksheet import _writer
    from openpyxl.writer.excel import ExcelWriter

    target = tmp_path / "客户登记.xlsx"
    target.write_bytes(b"last week's export")
    temporary = tempfile.gettempdir()
    before = set(os.listdir(temporary))
    rows = _failing_rows(3000)
    if fails == "while the workbook is saved":
        rows = iter([[1, "张三"]])

        def full(self: ExcelWriter) -> None:
            self._archive.writestr("xl/half.xml", "<half")
            raise OSError("磁盘已满")
        monkeypatch.setattr(ExcelWriter, "write_data", full)
    with pytest.raises(RuleError, match="无法写入 客户登记.xlsx.*磁盘已满。原来的文件没有改动"):
        excel.write_sheet(target, "客户登记", ["编号", "名称"], rows)
    assert target.read_bytes() == b"last week's export"
    assert _left_in(tmp_path) == ["客户登记.xlsx"]
    assert not [name for name in set(os.listdir(temporary)) - before if name.startswith("openpyxl.")]
    assert not [path for path in _writer.ALL_TEMP_FILES if os.path.exists(path)]


def test_an_export_over_a_file_open_in_excel_says_so_and_leaves_it(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "客户登记.xlsx"
    target.write_bytes(b"open in Excel")

    def in_use(source: object, destination: object) -> None:  # what Windows says of a file another program holds
        raise PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。")
    monkeypatch.setattr(os, "replace", in_use)
    with pytest.raises(RuleError, match="客户登记.xlsx 正被其他程序打开（例如 Excel）"):
        excel.write_sheet(target, "客户登记", ["编号"], [[1]])
    assert target.read_bytes() == b"open in Excel" and _left_in(tmp_path) == ["客户登记.xlsx"]
