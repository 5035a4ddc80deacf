"""文件 → 导出 writes every row of the list as shown, read in a worker thread, to the chosen workbook."""

import datetime
import gc
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.errors import RuleError
from desktop.services.files import excel
from desktop.services.paging import Page
from desktop.ui.widgets import export, file_dialogs, messages
from desktop.ui.widgets.lazy_table import Column, LazyTableModel
from tests.ui.saving import full_disk_for_workbooks, refusals

ROWS = [(n, f"客户{n:05d}") for n in range(1, 4502)]


def _fetch(page: Page) -> list[tuple[int, str]]:
    ordered = sorted(ROWS, reverse=page.descending) if page.sort_key else ROWS
    return ordered[page.offset:page.offset + page.limit]


@pytest.mark.usefixtures("fresh_db")
def test_export_writes_every_row_in_the_shown_order(qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    model = LazyTableModel([Column("编号", lambda r: r[0], "number"), Column("名称", lambda r: r[1])], _fetch)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == LazyTableModel.PAGE_SIZE  # only the first page is loaded in the view
    told: list[str] = []
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "客户"), ""))
    monkeypatch.setattr(messages, "info", lambda parent, title, text: told.append(text))

    export.export_model(None, model, "客户登记")

    sheet = load_workbook(tmp_path / "客户.xlsx").active
    values = list(sheet.values)[excel.HEADER_ROW - 1:]
    assert values[0] == ("编号", "名称")
    assert len(values) == 1 + len(ROWS)
    assert values[1] == (4501, "客户04501") and values[-1] == (1, "客户00001")
    assert "4501" in told[0]
    assert model.rowCount() == LazyTableModel.PAGE_SIZE  # the view was not made to load everything


@pytest.mark.usefixtures("fresh_db")
def test_numbers_and_dates_are_exported_typed_and_shown_as_the_office_writes_them(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    moment = datetime.datetime(2026, 11, 18, 10, 30)
    model = LazyTableModel([Column("受理时间", lambda r: moment), Column("下次跟进", lambda r: moment.date()),
                            Column("次数", lambda r: 2), Column("名称", lambda r: "=1+1")],
                           lambda page: [object()] if page.offset == 0 else [])
    model.reload()
    assert [model.data(model.index(0, c)) for c in range(4)] == ["2026-11-18 10:30", "2026-11-18", "2", "=1+1"]
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "列表.xlsx"), ""))
    monkeypatch.setattr(messages, "info", lambda *args: None)
    export.export_model(None, model, "列表")
    cells = list(load_workbook(tmp_path / "列表.xlsx").active.iter_rows(min_row=excel.FIRST_ROW))[0]
    assert [c.value for c in cells] == [moment, datetime.datetime(2026, 11, 18), 2, "=1+1"]
    assert [c.number_format for c in cells[:2]] == ["yyyy-mm-dd hh:mm", "yyyy-mm-dd"]
    assert cells[3].data_type == "s"


@pytest.mark.usefixtures("fresh_db")
def test_the_workbook_says_what_when_by_whom_and_which_filters_and_opens_filtered_and_frozen(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

    from desktop.models import Staff

    model = LazyTableModel([Column("编号", lambda r: r[0], "number"), Column("名称", lambda r: r[1])], _fetch)
    model.reload()
    grade, unused, mine, search = QComboBox(), QComboBox(), QCheckBox("只看我的"), QLineEdit()
    grade.addItems(["客户等级：全部", "A"])
    grade.setCurrentIndex(1)
    unused.addItems(["全部状态", "已归档"])
    mine.setChecked(True)
    search.setText("客户")
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "客户.xlsx"), ""))
    monkeypatch.setattr(messages, "info", lambda *args: None)

    export.export_model(None, model, "客户登记", Staff(name="王主任"), [search, grade, unused, mine])

    sheet = load_workbook(tmp_path / "客户.xlsx").active
    assert sheet["A1"].value == "客户登记" and sheet["A1"].font.bold
    assert sheet["A2"].value == "导出时间：2026年11月18日 10:30　导出人：王主任　筛选：“客户”、A、只看我的"
    assert [c.value for c in sheet[excel.HEADER_ROW]] == ["编号", "名称"]
    assert sheet.freeze_panes == f"A{excel.FIRST_ROW}"
    assert sheet.auto_filter.ref == f"A{excel.HEADER_ROW}:B{excel.HEADER_ROW + len(ROWS)}"
    assert sheet[f"A{excel.FIRST_ROW}"].value == 1 and sheet[f"A{excel.FIRST_ROW}"].data_type == "n"
    assert sheet.column_dimensions["B"].width >= 10  # 客户00001 fits


@pytest.mark.usefixtures("fresh_db")
def test_the_collector_is_paused_only_while_an_export_writes_even_one_that_fails(tmp_path: Path) -> None:
    seen: list[tuple[bool, int]] = []

    def fetch(page: Page) -> list[int]:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        if page.offset:
            raise OSError("磁盘已满")
        return list(range(page.limit))

    model = LazyTableModel([Column("编号", lambda r: r)], fetch)
    with pytest.raises(RuleError):
        export.write_model(str(tmp_path / "满.xlsx"), model, "列表")
    assert seen[0][0] is False and seen[0][1] > 0  # paused while it wrote
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert not (tmp_path / "满.xlsx").exists()  # nothing half-written is left where the user asked


@pytest.mark.usefixtures("fresh_db")
def test_a_full_disk_is_told_in_words_and_the_old_file_is_kept(qtbot: QtBot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "客户.xlsx"
    target.write_bytes(b"last week's export")
    model = LazyTableModel([Column("编号", lambda r: r[0]), Column("名称", lambda r: r[1])], _fetch)
    refused = refusals(monkeypatch, target)
    full_disk_for_workbooks(monkeypatch)

    export.export_model(None, model, "客户登记")

    assert len(refused) == 1 and "客户.xlsx" in refused[0] and "空间不足。原来的文件没有改动" in refused[0]
    assert target.read_bytes() == b"last week's export"
