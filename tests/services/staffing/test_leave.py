"""Leave requests: asked for, approved level by level with four eyes, the certificate, and what the roster reads."""

import datetime

import pytest

from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.staffing import leave
from desktop.services.staffing.rule_failures import RulesFailed
from tests.leave_world import approved, draft, make_director

DAY = datetime.date(2026, 11, 25)


def test_one_day_leave_goes_from_the_team_leader_to_the_supervisor(office_data: dict) -> None:
    clerk, leader, supervisor = office_data["clerk1"], office_data["leader1"], office_data["supervisor"]
    request = leave.apply(clerk, draft(clerk, DAY))
    assert request.status == "pending" and request.late_notice == ""
    assert leave.next_step(request) == "team_leader" and leave.waiting_for(leader) == [request]
    assert leave.waiting_for(supervisor) == []  # no skipping: the 主任 waits for the 班长
    leave.decide(leader, request, True)
    assert leave.leave_on(clerk, DAY) is None
    assert [r.id for r in leave.waiting_for(supervisor)] == [request.id]
    leave.decide(supervisor, request, True)
    assert request.status == "approved" and request.approver_id == supervisor.id
    assert leave.leave_on(clerk, DAY).id == request.id
    assert leave.cells(DAY, DAY) == {(clerk.id, DAY): "personal"}
    assert leave.steps_text(request) == "班长 同意（李班长）；客服部主任 同意（周主任）"


def test_two_day_leave_approved_by_the_supervisor_alone_is_not_yet_approved(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, DAY, DAY + datetime.timedelta(days=1)))
    leave.decide(office_data["leader1"], request, True)
    leave.decide(office_data["supervisor"], request, True)
    assert request.status == "pending" and leave.next_step(request) == "director"
    with pytest.raises(PermissionDenied, match="尚未在设置中指定客服中心主任"):
        leave.decide(office_data["admin"], request, True)
    make_director(office_data)
    leave.decide(office_data["admin"], request, True)
    assert request.status == "approved"


def test_official_leave_goes_to_the_centre_director_even_for_a_day(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    assert leave.steps_for(clerk, "official", 1) == ["team_leader", "supervisor", "director"]
    assert leave.steps_for(clerk, "personal", 0.5) == ["team_leader", "supervisor"]
    assert leave.steps_for(office_data["leader1"], "personal", 1) == ["supervisor"]


def test_nobody_approves_their_own_leave_nor_two_levels(office_data: dict) -> None:
    leader, supervisor = office_data["leader1"], office_data["supervisor"]
    own = leave.apply(leader, draft(leader, DAY))
    with pytest.raises(PermissionDenied, match="不能审批自己的请假"):
        leave.decide(leader, own, True)
    make_director(office_data)
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, DAY, DAY + datetime.timedelta(days=2)))
    with pytest.raises(PermissionDenied, match="李班长|班长审批"):
        leave.decide(supervisor, request, True)
    leave.decide(leader, request, True)
    leave.decide(supervisor, request, True)
    leave.decide(office_data["admin"], request, True)
    assert request.status == "approved"


def test_a_refusal_ends_the_request_and_needs_a_remark(office_data: dict) -> None:
    clerk, leader = office_data["clerk1"], office_data["leader1"]
    request = leave.apply(clerk, draft(clerk, DAY))
    with pytest.raises(RuleError, match="审批意见"):
        leave.decide(leader, request, False)
    leave.decide(leader, request, False, "当天人手不足")
    assert request.status == "refused"
    with pytest.raises(RuleError, match="未批准"):
        leave.decide(office_data["supervisor"], request, True)
    assert leave.apply(clerk, draft(clerk, DAY)).status == "pending"  # a refused request holds no days


def test_late_notice_goes_with_the_request(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    late = leave.apply(clerk, draft(clerk, datetime.date(2026, 11, 18)))
    assert "须提前一天" in late.late_notice


def test_rules_that_fail_stop_the_request(office_data: dict) -> None:
    clerk, leader = office_data["clerk1"], office_data["leader1"]
    approved(office_data, clerk, DAY)
    with pytest.raises(RulesFailed, match="重叠"):
        leave.apply(clerk, draft(clerk, DAY))
    with pytest.raises(ValidationErrors) as error:
        leave.apply(clerk, draft(clerk, datetime.date(1900, 3, 10)))
    assert "start" in error.value.errors
    with pytest.raises(RulesFailed, match="不得由他人代请"):
        leave.apply(leader, draft(office_data["clerk2"], DAY))
    sick = leave.apply(leader, draft(office_data["clerk2"], DAY, kind="sick"))
    assert sick.recorded_by_id == leader.id and sick.person_id == office_data["clerk2"].id


def test_only_team_leaders_enter_leave_for_others(office_data: dict) -> None:
    with pytest.raises(PermissionDenied):
        leave.apply(office_data["clerk2"], draft(office_data["clerk1"], DAY, kind="sick"))


def test_withdraw_while_pending(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    request = leave.apply(clerk, draft(clerk, DAY))
    with pytest.raises(PermissionDenied):
        leave.withdraw(office_data["clerk2"], request, "不请了")
    leave.withdraw(clerk, request, "不请了")
    assert request.status == "withdrawn" and leave.waiting_for(office_data["leader1"]) == []


def test_sick_day_without_certificate_is_listed_for_the_team_leader(office_data: dict) -> None:
    clerk, leader = office_data["clerk1"], office_data["leader1"]
    sick = approved(office_data, clerk, datetime.date(2026, 11, 16))
    approved(office_data, office_data["clerk2"], datetime.date(2026, 11, 20))  # not ended yet
    today = datetime.date(2026, 11, 18)
    assert [r.id for r in leave.missing_certificates(leader, today)] == [sick.id]
    assert leave.missing_certificates(office_data["leader2"], today) == []
    with pytest.raises(RuleError, match="晚于今天"):
        leave.record_certificate(leader, sick, datetime.date(2026, 11, 19))
    leave.record_certificate(leader, sick, today)
    assert leave.missing_certificates(leader, today) == []


def test_voided_leave_no_longer_counts(office_data: dict) -> None:
    record = approved(office_data, office_data["clerk1"], datetime.date(2026, 3, 10))
    with pytest.raises(RuleError):
        leave.void(office_data["leader1"], record, "")
    leave.void(office_data["leader1"], record, "登记错误")
    assert leave.leave_on(office_data["clerk1"], datetime.date(2026, 3, 10)) is None
    assert leave.page(2026, 3, 0, 10) == []
    assert len(leave.page(2026, 3, 0, 10, include_voided=True)) == 1

