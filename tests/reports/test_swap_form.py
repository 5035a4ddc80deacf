"""The printed 换班登记表: both parties, both shifts, the decisions and four signature places."""

import dataclasses
import datetime
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.services.staffing import swap_rules, swaps
from reports import swap_form
from reports.base import PEN_BOX, WRITING_LINE
from tests import swap_world
from tests.reports.layout import box_spans

NOW = datetime.datetime(2026, 3, 1, 8, 0)


def _printed(office_data: dict) -> tuple[int, str]:
    draft = swap_world.build(office_data, datetime.date(2026, 3, 4), datetime.date(2026, 3, 11))
    swap = swaps.submit(office_data["clerk1"], draft, NOW)
    swaps.decide(office_data["leader1"], swap, True, "同意", now=NOW)
    target = io.BytesIO()
    swap_form.build(target, swaps.get(swap.id), "测试分店")
    return swap.id, PdfReader(target).pages[0].extract_text()


def test_form_has_both_parties_and_four_signatures(office_data: dict) -> None:
    swap_id, text = _printed(office_data)
    for expected in ["换班登记表", f"第 {swap_id} 号", "张三", "王五", "2026年3月4日", "2026年3月11日", "早班",
                     "交接工单 3 张", "李班长", "申请人签字", "替班人签字", "申请人班长签字", "替班人班长签字"]:
        assert expected in text, expected


def test_the_printed_basis_numbers_the_clauses_as_the_rules_do(office_data: dict,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    moved = [dataclasses.replace(rule, clause=7) if rule.key == "no_leave" else rule for rule in swap_rules.RULES]
    monkeypatch.setattr(swap_rules, "RULES", moved)
    _, text = _printed(office_data)
    assert swap_rules.basis() in text.replace("\n", "")
    assert "七、换班和还班均不得请假" in swap_rules.basis()


def test_short_reason_and_hand_over_leave_lines_to_write_on(office_data: dict) -> None:
    draft = swap_world.build(office_data, datetime.date(2026, 3, 4), datetime.date(2026, 3, 11))
    swap = swaps.submit(office_data["clerk1"], draft, NOW)
    target = io.BytesIO()
    swap_form.build(target, swaps.get(swap.id), "测试分店")
    spans = box_spans(target.getvalue(), ["换班原因", "交接事项", "申请人班长", "替班人班长"])
    assert spans["换班原因"] >= PEN_BOX / mm - 0.5
    assert spans["申请人班长"] >= WRITING_LINE * 1.5 / mm  # room for a remark by pen


def test_remarks_as_long_as_allowed_wrap_inside_the_decision_table(office_data: dict) -> None:
    draft = swap_world.build(office_data, datetime.date(2026, 3, 4), datetime.date(2026, 3, 11))
    swap = swaps.submit(office_data["clerk1"], draft, NOW)
    remark = ("接班人员技能等级不符，" * 20)[:198] + "终一"
    swaps.decide(office_data["leader1"], swap, False, remark, now=NOW)
    target = io.BytesIO()
    swap_form.build(target, swaps.get(swap.id), "测试分店")
    text = "".join(page.extract_text() for page in PdfReader(target).pages).replace("\n", "")
    assert "终一" in text and "审批人" in text and "替班人班长签字" in text
