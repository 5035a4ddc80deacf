"""Stored as codes, printed as the office writes them: a complaint's 渠道, 分类 and 严重程度 and a leave's 类型 on the
paper forms, the tracking list and the report tables, whatever the interface's language."""

import datetime as dt
import io
import re

from pypdf import PdfReader

from desktop.services.complaints import lists, stats
from desktop.services.complaints import workflow as c
from desktop.services.staffing import leave
from reports import complaint_form, complaint_list, leave_slip, reminder_notice
from tests.complaint_world import take_to
from tests.leave_world import draft

CODES = re.compile(r"\b(phone|walk_in|letter|online|quality|service|delivery|price|repair|ordinary|major|serious|"
                   r"sick|personal|official|annual)\b")


def _text(build, *args, **kwargs) -> str:
    target = io.BytesIO()
    build(target, *args, **kwargs)
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages)


def test_the_complaint_form_and_its_minutes_print_the_words(office_data: dict) -> None:
    complaint = take_to(c.APPROVED, office_data, "serious", channel="walk_in", category="delivery")
    text = _text(complaint_form.build, lists.detail(complaint.id), "测试分店")
    for expected in ("来访", "交付", "严重", "严重投诉：交付"):
        assert expected in text, expected
    assert not CODES.search(text)


def test_the_reminder_and_the_tracking_list_print_the_words(office_data: dict) -> None:
    complaint = take_to(c.DISPATCHED, office_data, "major", category="repair")
    c.remind(office_data["leader1"], complaint, "请今天内答复", now=dt.datetime(2026, 9, 18, 12))
    detail = lists.detail(complaint.id)
    notice = _text(reminder_notice.build, detail, lists.reminder_notice(detail), "测试分店")
    tracking = _text(complaint_list.build, lists.page(lists.ComplaintFilter(), 0, 50), "测试分店", "全部",
                     printed_at=dt.datetime(2026, 9, 18, 12))
    for text in (notice, tracking):
        assert "售后维修" in text and "较大" in text
        assert not CODES.search(text)


def test_the_report_tables_count_by_code_and_name_the_words(office_data: dict) -> None:
    take_to(c.DISPATCHED, office_data, "major", category="price")
    take_to(c.DISPATCHED, office_data, "major", category="price")
    take_to(c.RECEIVED, office_data)
    moment = dt.datetime(2026, 9, 25, 12)
    assert [(a.severity, a.total) for a in stats.open_ages(moment)] == [("一般", 1), ("较大", 2)]
    assert {(o.category, o.severity) for o in stats.overdue_list(moment)} == {("价格", "较大"), ("产品质量", "一般")}


def test_the_leave_slip_prints_the_kind(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, dt.datetime(2026, 11, 25).date(), kind="annual"))
    text = _text(leave_slip.build, leave.slip(leave.get(request.id)), "测试分店")
    assert "年假" in text and not CODES.search(text)
