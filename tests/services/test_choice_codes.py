"""A complaint's 渠道, 分类 and 严重程度 and a leave's 类型 are stored as codes; the forms may still give the office's
words; the rules keyed on them (deadline, approval authority, the meeting, the levels of a leave) read the codes."""

import datetime

import pytest

from desktop.models import Complaint, Leave
from desktop.services.complaints import lists
from desktop.services.complaints import workflow as c
from desktop.services.errors import PermissionDenied, ValidationErrors
from desktop.services.staffing import leave
from tests.complaint_world import T0, form, take_to
from tests.leave_world import draft


def test_a_complaint_stores_codes_whether_given_codes_or_words(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    by_code = c.receive(clerk, form("major", channel="letter", category="delivery"), now=T0)
    by_word = c.receive(clerk, form("较大", channel="信函", category="交付"), now=T0)
    for complaint in (by_code, by_word):
        stored = Complaint.get_by_id(complaint.id)
        assert (stored.channel, stored.category, stored.severity) == ("letter", "delivery", "major")
        assert stored.deadline_days == 3  # 001 第十一条(三): 较大 within three working days


def test_an_unknown_choice_is_refused_with_the_office_s_words(office_data: dict) -> None:
    with pytest.raises(ValidationErrors) as refused:
        c.receive(office_data["clerk1"], form("critical", channel="fax", category="noise"), now=T0)
    assert refused.value.texts["category"] == "请选择分类：产品质量 / 服务态度 / 交付 / 价格 / 售后维修 / 其他。"
    assert set(refused.value.texts) == {"channel", "category", "severity"}


def test_the_rules_keyed_on_severity_read_the_code(office_data: dict) -> None:
    assert c.deadline_for("ordinary", T0).days == 1 and c.deadline_for("serious", T0).days == 3
    serious = take_to(c.PROPOSED, office_data, "serious")
    assert serious.severity == "serious" and c.MEETING_SEVERITY == "serious"
    with pytest.raises(PermissionDenied) as refused:
        c.approve(office_data["leader1"], serious)
    assert str(refused.value.text) == "严重投诉的处理方案须由主任或以上审批，您无权审批处理方案。"
    ordinary = take_to(c.INVESTIGATED, office_data, "ordinary")
    refusal = c.refusal(office_data["supervisor"], ordinary, "meeting")
    assert str(refusal.text) == "只有严重投诉需要提交管理层会议，不能记录管理层会议。"


def test_reopening_an_ordinary_complaint_proposes_major(office_data: dict) -> None:
    closed = take_to(c.REPLIED, office_data, "ordinary")
    assert c.reopen_form(closed).severity == "major"


def test_the_list_filters_by_category_code(office_data: dict) -> None:
    take_to(c.RECEIVED, office_data, category="service")
    take_to(c.RECEIVED, office_data)
    found = lists.page(lists.ComplaintFilter(category="service"), 0, 10)
    assert [x.category for x in found] == ["service"]


def test_a_leave_stores_its_kind_as_a_code_and_prints_the_word(office_data: dict) -> None:
    clerk, leader = office_data["clerk1"], office_data["leader1"]
    official = leave.apply(clerk, draft(clerk, datetime.date(2026, 11, 25), kind="公假"))
    sick = leave.apply(leader, draft(office_data["clerk2"], datetime.date(2026, 11, 26), kind="sick", urgent=True,
                                     phoned_at=datetime.datetime(2026, 11, 18, 7, 0)))
    assert [x.kind for x in Leave.select().order_by(Leave.id)] == ["official", "sick"]
    assert leave.steps_for(clerk, official.kind, 1) == ["team_leader", "supervisor", "director"]  # 公假: 中心主任
    assert leave.slip(leave.get(official.id)).kind == "公假"
    assert leave.slip(leave.get(sick.id)).kind == "病假（急）"
    assert "李四" in leave.one_line(sick) and "病假" in leave.one_line(sick)


def test_the_audit_log_tells_the_codes_in_the_office_s_words(office_data: dict) -> None:
    from desktop.services import audit_view

    take_to(c.RECEIVED, office_data, "serious", channel="walk_in", category="price")
    clerk = office_data["clerk1"]
    leave.apply(clerk, draft(clerk, datetime.date(2026, 11, 25), kind="annual"))
    created = {line.table: {change.field: change.new for change in line.changes}
               for line in audit_view.lines(office_data["supervisor"], 50) if line.action == "新建"}
    complaint = created["投诉单"]
    assert (complaint["渠道"], complaint["分类"], complaint["严重程度"]) == ("来访", "价格", "严重")
    assert "年假" in created["请假"].values()
