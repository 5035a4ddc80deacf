"""The printed 请假条: the request, each level's decision and a signature place per level."""

import datetime
import io

from pypdf import PdfReader

from desktop.services.staffing import leave, leave_rules
from reports import leave_slip
from tests.leave_world import approve_all, draft


def test_slip_has_every_level_and_its_signature(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(office_data["leader1"], draft(clerk, datetime.date(2026, 11, 16), datetime.date(2026, 11, 17),
                                                        kind="sick"))
    approve_all(office_data, request)
    target = io.BytesIO()
    leave_slip.build(target, leave.slip(leave.get(request.id)), "测试分店")
    text = PdfReader(target).pages[0].extract_text()
    for expected in ["请假条", f"第 {request.id} 号", "张三（C001）", "2026年11月16日 至 2026年11月17日", "2 天",
                     "李班长 代请", "迟报", "医疗证明：未交", "班长", "客服部主任", "客服中心主任", "周主任", "管理员",
                     "请假人签字", "班长签字", "客服部主任签字", "客服中心主任签字"]:
        assert expected in text, expected
    assert leave_rules.basis() in text.replace("\n", "")


def _slip_text(record) -> str:
    target = io.BytesIO()
    leave_slip.build(target, leave.slip(leave.get(record.id)), "测试分店")
    return "".join(page.extract_text() for page in PdfReader(target).pages).replace("\n", "")


def test_a_refusal_as_long_as_allowed_wraps_in_its_row(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, datetime.date(2026, 12, 8)))
    leave.decide(office_data["leader1"], request, False, ("本月班组人手不足，" * 23)[:198] + "终一")
    text = _slip_text(request)
    assert "终一" in text and "请假人签字" in text


def test_the_days_are_written_as_on_every_form(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, datetime.date(2026, 12, 8), datetime.date(2026, 12, 9)))
    assert "2026年12月8日 至 2026年12月9日" in _slip_text(request)


def test_a_team_leaders_day_off_has_one_level_and_prints(office_data: dict) -> None:
    leader = office_data["leader1"]
    request = leave.apply(leader, draft(leader, datetime.date(2026, 12, 8)))
    text = _slip_text(request)
    assert "李班长（L001）" in text and "请假人签字" in text and "客服部主任签字" in text
