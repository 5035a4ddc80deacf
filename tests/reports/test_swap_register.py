"""The month's printed swap register: one row per swap and the count per status."""

import datetime
import io

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
    for expected in ["2026年3月 换班登记簿", "张三", "王五", "03-04", "03-11", "已撤销", "合计 1 条", "主任审阅"]:
        assert expected in text, expected
