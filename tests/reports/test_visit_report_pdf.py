"""The visit report form and the month's points table print their Chinese text with the chosen boxes marked."""

import datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.services.contacts import records, visit_points
from reports import visit_points as points_pdf
from reports import visit_report
from reports.base import PEN_BOX, WRITING_LINE
from tests.contact_data import customer, record
from tests.reports.layout import box_spans


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_visit_report_shows_the_form_with_the_chosen_ratings(office_data: dict, clerk, tmp_path: Path) -> None:
    sales = office_data["sales1"]
    buyer = customer(clerk, "杭州明远贸易")
    contact = record(sales, buyer, datetime.datetime(2026, 10, 12, 10, 0), visited_person="陈经理",
                     visited_title="采购部经理", quality_rating="良好", service_rating="不好", awareness_rating="知道",
                     opinions="希望缩短交货期", urgent=True, urgent_category="同行新产品上市",
                     next_follow_up_on=datetime.date(2026, 10, 19), promised="下周送样品")
    target = tmp_path / "visit.pdf"
    visit_report.build(target, records.get(clerk, contact.id), "测试分店")
    text = _text(target)
    for expected in ["走访客户报告单", "测试分店", "杭州明远贸易", buyer.number, "陈经理", "采购部经理", "外出拜访",
                     "■ 良好", "□ 非常优良", "■ 不好", "30 分", "■ 知道", "60 分", "85 分", "希望缩短交货期",
                     "■ 同行新产品上市", "下周送样品", "2026年10月19日", "客户盖章(签名)", "拜访人", "主管审核",
                     "日期：", f"记录号 {contact.id:06d}", sales.name]:
        assert expected in text, expected


def test_an_anonymous_phone_record_prints_the_caller(clerk, tmp_path: Path) -> None:
    call = record(clerk, None, datetime.datetime(2026, 10, 12, 10, 0), "phone", caller_name="王先生",
                  caller_phone="0571-88886666")
    target = tmp_path / "call.pdf"
    visit_report.build(target, records.get(clerk, call.id), "测试分店")
    text = _text(target)
    assert "王先生" in text and "0571-88886666" in text and "□ 否" in text
    assert "■" not in text  # nothing rated, not urgent


def test_points_table_flags_those_three_or_more_short(office_data: dict, clerk, tmp_path: Path) -> None:
    sales = office_data["sales1"]
    record(sales, customer(clerk), datetime.datetime(2026, 10, 12, 10, 0))
    target = tmp_path / "points.pdf"
    points_pdf.build(target, 2026, 10, visit_points.month_points(2026, 10), "测试分店")
    text = _text(target)
    for expected in ["2026年10月 业务积分表", sales.name, "少 29 分", "达到 30 分的 0 人"]:
        assert expected in text, expected
    heads = {line.strip() for line in text.splitlines()}
    assert {"外出拜访", "来访接待", "积分", "目标", "差额", "计划", "标记"} <= heads  # each head on one line


def test_a_visit_report_as_long_as_the_form_allows_prints_across_pages(office_data: dict, clerk,
                                                                         tmp_path: Path) -> None:
    texts = {name: "记" * (records.TEXT_LIMIT - 2) + f"终{index}" for index, name in enumerate(records.CONTENT_FIELDS)}
    contact = record(office_data["sales1"], customer(clerk), datetime.datetime(2026, 10, 12, 10, 0), **texts)
    target = tmp_path / "long.pdf"
    visit_report.build(target, records.get(clerk, contact.id), "测试分店")
    text = _text(target).replace("\n", "")
    assert len(PdfReader(target).pages) > 2
    assert all(f"终{index}" in text for index in range(len(records.CONTENT_FIELDS)))


def test_an_empty_report_leaves_lines_to_write_on(office_data: dict, clerk, tmp_path: Path) -> None:
    contact = record(office_data["sales1"], customer(clerk), datetime.datetime(2026, 10, 12, 10, 0))
    target = tmp_path / "empty.pdf"
    visit_report.build(target, records.get(clerk, contact.id), "测试分店")
    assert len(PdfReader(target).pages) == 1
    pdf = target.read_bytes()
    boxes = box_spans(pdf, ["活动效果", "其他报告事项"])  # the content boxes the labels of which are one line
    assert min(boxes.values()) >= PEN_BOX / mm - 0.5, boxes
    spans = box_spans(pdf, ["其他报告事项", "紧急报告", "答应事项"])
    assert spans["紧急报告"] >= (PEN_BOX + WRITING_LINE) / 2 / mm - 0.5  # the one line of boxes above 答应事项


def test_every_page_of_a_long_report_names_its_record(office_data: dict, clerk, tmp_path: Path) -> None:
    texts = {name: "记" * (records.TEXT_LIMIT - 2) for name in records.CONTENT_FIELDS}
    contact = record(office_data["sales1"], customer(clerk), datetime.datetime(2026, 10, 12, 10, 0), **texts)
    target = tmp_path / "long.pdf"
    visit_report.build(target, records.get(clerk, contact.id), "测试分店")
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) > 2 and all(f"记录号 {contact.id:06d}" in page for page in pages)
