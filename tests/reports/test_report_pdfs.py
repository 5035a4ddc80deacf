"""The report PDFs print the same figures as the screen, with the period and page x/y on every page; the Excel
workbook holds the same cells."""

import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.services.files import excel
from desktop.services.reporting import catalog, daily, monthly, periods, weekly
from reports import daily_report, monthly_report, weekly_report
from tests import report_world
from tests.report_world import PEOPLE, PEOPLE_HEADERS, SUMMARY, D

AFTER_THE_WEEK = datetime.datetime(2026, 9, 23, 9, 0)
PRINTED = datetime.datetime(2026, 9, 23, 9, 30)


@pytest.fixture
def world(office_data: dict) -> dict:
    return report_world.build(office_data)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_daily_pdf_prints_the_hand_counted_figures(world: dict, supervisor, tmp_path: Path) -> None:
    target = tmp_path / "daily.pdf"
    daily_report.build(target, daily.build(supervisor, D, now=AFTER_THE_WEEK), printed_at=PRINTED)
    pages = _pages(target)
    text = _flat("".join(pages))
    for label, value in SUMMARY:
        assert _flat(label) in text and _flat(value) in text, label
    for row in PEOPLE:
        assert _flat("".join(str(v) for v in row)) in text, row
    for expected in ["客服部日报", "测试分店", "2026年9月15日（星期二）", "同行新产品上市", "杭州明远贸易",
                     "打印时间：2026年9月23日09:30"]:
        assert _flat(expected) in text, expected
    for number, page in enumerate(pages, start=1):
        assert _flat(f"第 {number} 页 / 共 {len(pages)} 页") in _flat(page)
        assert "2026年9月15日" in page  # the period in every page's header


def test_the_excel_workbook_holds_the_same_cells(world: dict, supervisor, tmp_path: Path) -> None:
    _, layout = catalog.build(supervisor, periods.day(D), now=AFTER_THE_WEEK)
    target = catalog.save_workbook(tmp_path / "daily.xlsx", layout)
    book = load_workbook(target)
    summary = [tuple(row) for row in book["概要"].iter_rows(min_row=excel.FIRST_ROW, values_only=True)]
    assert summary[:3] == [("报表", "客服部日报"), ("期间", "2026年9月15日（星期二）"), ("单位", "测试分店")]
    assert summary[3:] == [(label, int(value[:-2]) if value[:-2].isdigit() else value) for label, value in SUMMARY]
    visits = book["概要"][f"B{excel.FIRST_ROW + 3}"]
    assert (visits.value, visits.data_type, visits.number_format) == (2, "n", '0" 次"')
    people = [["" if cell is None else cell for cell in row]
              for row in book["人员工作量（按接待_拜访人）"].iter_rows(min_row=excel.HEADER_ROW, values_only=True)]
              # an empty cell reads as None
    assert people[0] == PEOPLE_HEADERS
    assert people[1:] == PEOPLE
    assert len(book.sheetnames) == 1 + len(layout.tables)


def test_an_empty_day_prints_a_valid_report_saying_so(office_data: dict, supervisor, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    daily_report.build(target, daily.build(supervisor, D, now=AFTER_THE_WEEK))
    text = _flat("".join(_pages(target)))
    assert _flat("本日没有拜访") in text and "（无）" in text
    _, layout = catalog.build(supervisor, periods.day(D), now=AFTER_THE_WEEK)
    book = load_workbook(catalog.save_workbook(tmp_path / "empty.xlsx", layout))
    assert ("说明", layout.empty_text) in [tuple(r) for r in book["概要"].iter_rows(values_only=True)]


def test_the_weekly_pdf_is_landscape_and_lists_the_overdue(world: dict, supervisor, tmp_path: Path) -> None:
    target = tmp_path / "weekly.pdf"
    weekly_report.build(target, weekly.build(supervisor, D, now=AFTER_THE_WEEK))
    reader = PdfReader(target)
    box = reader.pages[0].mediabox
    assert box.width > box.height
    text = _flat("".join(_pages(target)))
    for expected in ["客服部周报", "2026年第38周", "每日汇总", "回访满意度分析", "超期未结投诉", world["k4"].number,
                     "错过跟进"]:
        assert _flat(expected) in text, expected
    first = _flat(_pages(target)[0])
    assert "回访满意度" in first and "每日汇总" in first  # the charts side by side, the first table below them


def test_the_monthly_pdf_has_points_statistics_and_visit_report(world: dict, supervisor, tmp_path: Path) -> None:
    target = tmp_path / "monthly.pdf"
    monthly_report.build(target, monthly.build(supervisor, 2026, 9))
    text = _flat("".join(_pages(target)))
    for expected in ["客服部月报", "2026年9月", "业务积分（目标30分/月）", "少28分", "访问计划完成情况",
                     "客诉案件统计表", "走访评价", "客户意见、建议、希望", "希望缩短交货期", "市场行情、竞争对手动向",
                     "同行本月推出新款"]:
        assert _flat(expected) in text, expected


def test_long_tables_split_with_their_header_repeated(office_data: dict, supervisor, tmp_path: Path) -> None:
    from desktop.services.reporting.layout import ReportLayout, ReportTable
    from reports import report_pages

    rows = [[f"第{n}行", "很长的中文内容需要换行显示" * 3, n] for n in range(120)]
    layout = ReportLayout("测试报表", "2026年9月", "测试分店", [("项目", "1")],
                          tables=[ReportTable("长表", ["名称", "内容", "数量"], rows, [1, 4, 1])])
    target = tmp_path / "long.pdf"
    report_pages.build(target, layout)
    pages = _pages(target)
    assert len(pages) > 2
    assert all("名称" in page and "数量" in page for page in pages[1:-1])
    assert "第119行" in "".join(pages)
