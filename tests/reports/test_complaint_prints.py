"""The complaint form (single and five-copy), the 催办单, the tracking list and the monthly statistics as PDFs."""

import datetime as dt
import io
import re

from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.services.complaints import lists
from desktop.services.complaints import workflow as c
from desktop.services.reporting import complaint_statistics, periods
from reports import complaint_form, complaint_list, reminder_notice, report_pages
from reports.base import PEN_BOX, WRITING_LINE
from tests.complaint_world import take_to
from tests.reports.layout import box_spans, text_heights


def pages(build, *args, **kwargs) -> list[str]:
    target = io.BytesIO()
    build(target, *args, **kwargs)
    return [page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages]


def _replied_and_called(data):
    complaint = take_to(c.REPLIED, data, "major", order_number="SO-778", product="JSQ-16 热水器")
    c.record_callback(data["clerk3"], complaint, False, note="无人接听", now=dt.datetime(2026, 9, 15, 15))
    c.record_callback(data["clerk3"], complaint, True, "满意", True, now=dt.datetime(2026, 9, 16, 10))
    return complaint


def test_the_complaint_form_carries_every_step(office_data):
    complaint = _replied_and_called(office_data)
    [text] = pages(complaint_form.build, lists.detail(complaint.id), "测试分店")
    for expected in ("客户投诉记录及处理意见表", "202609-001", "陈先生", "SO-778", "热水器安装后漏水", "密封圈老化",
                     "免费更换密封圈", "周主任", "明天上门更换密封圈", "未联系上", "满意", "已结案", "审批人",
                     "2026年9月15日 10:00"):
        assert expected in text, expected
    assert "2026-" not in text  # one way of writing dates on the form


def test_the_five_copy_form_has_one_labelled_page_per_copy(office_data):
    complaint = _replied_and_called(office_data)
    texts = pages(complaint_form.build, lists.detail(complaint.id), "测试分店", copies=True)
    assert len(texts) == 5
    for text, label in zip(texts, complaint_form.COPIES, strict=True):
        assert label in text and "202609-001" in text


BOXES = ["投诉内容", "客户要求", "判断意见", "处理方案", "审批意见", "处理结果", "回访记录", "备注"]


def _pdf(build, *args, **kwargs) -> bytes:
    target = io.BytesIO()
    build(target, *args, **kwargs)
    return target.getvalue()


def test_an_empty_form_leaves_room_to_write_in_every_box(office_data):
    detail = lists.detail(take_to(c.RECEIVED, office_data).id)
    pdf = _pdf(complaint_form.build, detail, "测试分店")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    for label, span in box_spans(pdf, BOXES).items():
        assert span >= PEN_BOX / mm - 0.5, (label, span)


def test_the_long_label_is_printed_whole_inside_its_box(office_data):
    detail = lists.detail(take_to(c.RECEIVED, office_data).id)
    [page] = text_heights(_pdf(complaint_form.build, detail, "测试分店"))
    at = {text: y for text, y in page}
    label = [text for text, _ in page if text.startswith("调查") or text.endswith("原因")]
    assert label in (["调查结果与原因"], ["调查结果", "与原因"]), label  # whole, or broken between its words
    assert all(at["处理方案"] + 3 < at[text] < at["判断意见"] - 3 for text in label), label


def test_each_of_the_five_copies_is_a_whole_form_with_its_label(office_data):
    detail = lists.detail(take_to(c.RECEIVED, office_data).id)
    pdf = _pdf(complaint_form.build, detail, "测试分店", copies=True)
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(texts) == 5
    for index, (text, label) in enumerate(zip(texts, complaint_form.COPIES, strict=True)):
        assert "客户抱怨处理表" in text.replace("测试分店  客户抱怨处理表", "") and label in text
        assert min(box_spans(pdf, BOXES, index).values()) >= PEN_BOX / mm - 0.5


def _longest(data):
    """A complaint whose every text is as long as the form allows, each ending in a mark to find it by."""
    content = "漏水" * 999 + "终一"
    complaint = take_to(c.DISPATCHED, data, content=content, request="要" * 998 + "终二",
                        note="注\n" * 499 + "终三")
    c.investigate(data["clerk2"], complaint, "查" * 998 + "终四", "供应商", now=dt.datetime(2026, 9, 15, 12))
    c.propose(data["clerk2"], complaint, "案" * 998 + "终五", now=dt.datetime(2026, 9, 15, 12, 10))
    return complaint


def test_a_complaint_as_long_as_the_form_allows_prints_across_pages(office_data):
    detail = lists.detail(_longest(office_data).id)
    text = "".join(pages(complaint_form.build, detail, "测试分店")).replace("\n", "")
    for mark in ("终一", "终二", "终三", "终四", "终五", "审批人"):
        assert mark in text, mark
    copies = pages(complaint_form.build, detail, "测试分店", copies=True)
    assert len(copies) > 5
    assert all(sum(label in page for label in complaint_form.COPIES) == 1 for page in copies)


def test_the_reminder_notice(office_data):
    complaint = take_to(c.DISPATCHED, office_data)
    c.remind(office_data["leader1"], complaint, "请今天内答复", now=dt.datetime(2026, 9, 16, 12))
    detail = lists.detail(complaint.id)
    [text] = pages(reminder_notice.build, detail, lists.reminder_notice(detail), "测试分店")
    for expected in ("催办单", "202609-001", "质量管理部", "李四", "第 1 次", "请今天内答复", "2小时0分", "李班长",
                     "2026年9月16日 12:00", "上述投诉已超过处理期限"):
        assert expected in text, expected
    assert "剩" not in text and "第 1 次催办" not in text


def test_an_empty_reminder_opinion_leaves_lines_to_write_on(office_data):
    complaint = take_to(c.DISPATCHED, office_data)
    c.remind(office_data["leader1"], complaint, now=dt.datetime(2026, 9, 16, 12))
    detail = lists.detail(complaint.id)
    spans = box_spans(_pdf(reminder_notice.build, detail, lists.reminder_notice(detail), "测试分店"),
                      ["投诉内容", "催办意见"])
    assert spans["投诉内容"] >= 3 * WRITING_LINE / mm - 0.5


def test_the_reminder_notice_leaves_the_department_room_to_answer(office_data):
    complaint = take_to(c.DISPATCHED, office_data)
    c.remind(office_data["leader1"], complaint, "请今天内答复", now=dt.datetime(2026, 9, 16, 12))
    detail = lists.detail(complaint.id)
    pdf = _pdf(reminder_notice.build, detail, lists.reminder_notice(detail), "测试分店")
    [page] = text_heights(pdf)
    reply = [text for text, _ in page if text.startswith("责任部门")]
    assert "责任部门回复" in reply  # the progress and the cause of the delay the notice asks for in writing
    at = dict(page)
    below = max(y for text, y in page if text.startswith("上述投诉已超过处理期限"))
    assert at["责任部门回复"] - below >= 4 * WRITING_LINE / 2 / mm  # four lines by hand, the notice's words below


def test_the_tracking_list_counts_the_overdue(office_data):
    take_to(c.DISPATCHED, office_data)
    _replied_and_called(office_data)
    items = lists.page(lists.ComplaintFilter(), 0, 50)
    [text] = pages(complaint_list.build, items, "测试分店", "全部", printed_at=dt.datetime(2026, 9, 16, 12))
    assert "客户抱怨案件登记追踪表" in text
    assert "共 2 件，其中超期 1 件" in text
    assert "202609-001" in text and "202609-002" in text


def test_the_monthly_statistics_table(office_data):
    _replied_and_called(office_data)
    text = "".join(pages(report_pages.build, complaint_statistics.build(periods.month(2026, 9))))
    for expected in ("客诉案件统计表", "2026年9月结案案件", "产品质量", "质量管理部", "100.0%", "2026年10月10日",
                     "处理时间：自受理至答复客户", "客服部主任", "回访满意度与另立新单（按经办人，本月结案）",
                     "回访满意度（按责任部门）", "另立新单"):
        assert expected in text, expected
    assert not re.search(r"\d-\d\d\b", text), "dates are written 2026年12月8日 on every form"


def test_a_serious_complaint_prints_its_meeting_minutes_after_the_form(office_data):
    complaint = take_to(c.APPROVED, office_data, "serious")
    form_page, minutes = pages(complaint_form.build, lists.detail(complaint.id), "测试分店")
    assert "客户投诉记录及处理意见表" in form_page
    assert not re.search(r"\d-\d\d\b", minutes)
    for expected in ("会议纪要", complaint.number, "2026年9月15日", "周主任、质量部王经理", "免费更换密封圈",
                     "质量部王经理", "周主任", "主持人"):
        assert expected in minutes, expected
    assert len(pages(complaint_form.build, lists.detail(complaint.id), "测试分店", copies=True)) == 6


def test_every_page_of_a_long_form_names_its_complaint_and_its_copy(office_data):
    detail = lists.detail(_longest(office_data).id)
    single = pages(complaint_form.build, detail, "测试分店")
    assert len(single) > 1 and all(f"编号 {detail.complaint.number}" in page for page in single)
    copies = pages(complaint_form.build, detail, "测试分店", copies=True)
    labels = [next(index for index, label in enumerate(complaint_form.COPIES) if label in page)
              for page in copies]  # each page's running head names the copy it belongs to
    assert labels == sorted(labels) and set(labels) == set(range(5)) and len(labels) > 5


def test_the_tracking_lists_moments_stay_on_one_line(office_data):
    take_to(c.DISPATCHED, office_data)
    items = lists.page(lists.ComplaintFilter(), 0, 50)
    pdf = _pdf(complaint_list.build, items, "测试分店", "全部", printed_at=dt.datetime(2026, 9, 16, 12))
    [page] = text_heights(pdf)
    pieces = [text for text, _ in page]
    assert "2026年9月15日 10:00" in pieces and "2026年9月16日 10:00" in pieces, pieces  # received, and due
