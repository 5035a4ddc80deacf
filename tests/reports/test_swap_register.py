"""The month's printed swap register: one row per swap and the count per status."""

import dataclasses
import datetime
import io
import re

from pypdf import PdfReader

from desktop.services.staffing import swaps
from reports import swap_register
from tests import swap_world

NOW = datetime.datetime(2026, 3, 1, 8, 0)


def test_register_lists_the_months_swaps(office_data: dict) -> None:
    draft = swap_world.build(office_data, datetime.date(2026, 3, 4), datetime.date(2026, 3, 11))
    swap = swaps.submit(office_data["clerk1"], draft, NOW)
    swaps.withdraw(office_data["clerk1"], swap, "不换了", NOW)
    rows = swaps.month_register(2026, 3)
    counts = swaps.month_counts(2026, 3)
    assert counts == {"withdrawn": 1}
    target = io.BytesIO()
    swap_register.build(target, 2026, 3, rows, counts, "测试分店")
    text = PdfReader(target).pages[0].extract_text()
    for expected in ["2026年3月 换班登记簿", "张三", "王五", "3月4日", "3月11日", "已撤销", "合计 1 条", "主任审阅"]:
        assert expected in text, expected
    assert not re.search(r"\d-\d\d\b", text), "dates are written 2026年12月8日 on every form"


def test_no_printed_line_starts_with_a_comma(office_data: dict) -> None:
    reason = "，".join("孩子生病要去医院看病"[:length] for length in range(1, 11))  # a comma at every place of a line
    draft = swap_world.build(office_data, datetime.date(2026, 3, 4), datetime.date(2026, 3, 11))
    swaps.submit(office_data["clerk1"], dataclasses.replace(draft, reason=reason, handover=reason), NOW)
    target = io.BytesIO()
    swap_register.build(target, 2026, 3, swaps.month_register(2026, 3), swaps.month_counts(2026, 3), "测试分店")
    lines = PdfReader(target).pages[0].extract_text().splitlines()
    assert not [line for line in lines if line.lstrip()[:1] in "，；："]


def test_a_swap_with_the_longest_reason_and_hand_over_fits_on_a_page(office_data: dict) -> None:
    reason = ("孩子生病要去医院看病，" * 20)[:198] + "终一"
    handover = ("交接工单三张，其中一张客户催办，" * 20)[:298] + "终二"
    draft = swap_world.build(office_data, datetime.date(2026, 3, 4), datetime.date(2026, 3, 11))
    swaps.submit(office_data["clerk1"], dataclasses.replace(draft, reason=reason, handover=handover), NOW)
    target = io.BytesIO()
    swap_register.build(target, 2026, 3, swaps.month_register(2026, 3), swaps.month_counts(2026, 3), "测试分店")
    [page] = PdfReader(target).pages  # one row of the register, on one page with its totals and signatures
    text = page.extract_text().replace("\n", "")
    assert "终一" in text and "终二" in text and "主任审阅" in text
