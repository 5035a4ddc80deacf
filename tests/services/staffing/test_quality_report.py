"""值班日志 and the monthly 服务质量分析报告: the counts a leader keeps, the report's figures and its due state."""

import datetime

import pytest

from desktop.models import AuditEntry
from desktop.services import audit, today
from desktop.services.complaints import deadlines, workflow
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.staffing import duty_log, quality_report
from tests import complaint_world
from tests.conftest import NOW

OCT = (2026, 10)


def _log(data: dict, day: datetime.date, shift: str = "早班", **more: object) -> duty_log.DutyDraft:
    values = {"events": "系统 10:00–10:20 无法查询话费", "consultations": 120, "enquiries": 45, "proactive": 8} | more
    return duty_log.DutyDraft(day, data["shifts"][shift], **values)


def test_the_leader_on_duty_keeps_one_log_per_shift(office_data: dict) -> None:
    leader = office_data["leader1"]
    day = datetime.date(2026, 11, 17)
    first = duty_log.save(leader, _log(office_data, day))
    again = duty_log.save(leader, _log(office_data, day, consultations=130))  # the counts corrected
    assert again.id == first.id and duty_log.get(first.id).consultations == 130
    assert [e.action for e in audit.history("duty_log", first.id)] == ["create", "update"]
    with pytest.raises(PermissionDenied, match="由值班长 李班长 填写"):
        duty_log.save(office_data["leader2"], _log(office_data, day))
    with pytest.raises(PermissionDenied):
        duty_log.save(office_data["clerk1"], _log(office_data, datetime.date(2026, 11, 16)))
    with pytest.raises(ValidationErrors) as refused:
        duty_log.save(leader, _log(office_data, datetime.date(2026, 11, 16), enquiries=-1, proactive=10**9))
    assert set(refused.value.errors) == {"enquiries", "proactive"}
    with pytest.raises(ValidationErrors, match="还没有开始"):
        duty_log.save(leader, _log(office_data, datetime.date(2026, 11, 18), "中班"))


@pytest.mark.parametrize(("day", "state", "text", "urgency"), [
    (21, quality_report.DUE, "应于 11月22日 前交主任，还剩 1 天", deadlines.CLOSE),
    (22, quality_report.DUE, "应于 11月22日 前交主任，今天到期", deadlines.CLOSE),
    (23, quality_report.OVERDUE, "应于 11月22日 前交主任，已逾期 1 天", deadlines.OVERDUE),
])
def test_the_october_report_is_due_by_the_22nd_of_november(office_data: dict, day: int, state: str, text: str,
                                                           urgency: str) -> None:
    on = datetime.date(2026, 11, day)
    found = quality_report.due_state(None, *OCT, on)
    assert (found.key, found.text, found.urgency) == (state, text, urgency)
    assert quality_report.reporting_month(on) == OCT
    [line] = {g.key: g for g in today.my_day(office_data["leader1"],
                                             datetime.datetime.combine(on, datetime.time(9))).groups}[
        "quality_report"].items
    assert (line.text, line.detail, line.urgency) == ("10月服务质量分析报告（客服一班）", text, urgency)


def test_a_report_handed_in_on_time_or_late(office_data: dict) -> None:
    leader = office_data["leader1"]
    report = quality_report.save(leader, *OCT, "本月咨询量上升", "夜班人手紧", "增加夜班备班",
                                 now=datetime.datetime(2026, 11, 20, 9))
    quality_report.submit(leader, report, now=datetime.datetime(2026, 11, 22, 17))
    assert quality_report.due_state(report, *OCT, datetime.date(2026, 11, 30)).key == quality_report.SUBMITTED
    with pytest.raises(RuleError, match="已于 11-22 交主任"):
        quality_report.save(leader, *OCT, "改一改", "", "")
    late = quality_report.save(office_data["leader2"], *OCT, "分析", "", "")
    quality_report.submit(office_data["leader2"], late, now=datetime.datetime(2026, 11, 24, 9))
    state = quality_report.due_state(late, *OCT, datetime.date(2026, 11, 24))
    assert (state.key, state.text) == (quality_report.SUBMITTED_LATE, "11-24 已交，逾期 2 天")
    with pytest.raises(PermissionDenied, match="本班组的班长"):
        quality_report.submit(office_data["leader2"], report)
    lines = {g.key: g for g in today.my_day(office_data["supervisor"]).groups}["quality_reports_teams"].items
    assert [(line.text, line.detail) for line in lines] == [
        ("10月服务质量分析报告（客服一班）", "11-22 已交"),
        ("10月服务质量分析报告（客服二班）", "11-24 已交，逾期 2 天")]
    assert AuditEntry.select().where(AuditEntry.table_name == "quality_report").count() == 4  # 2 drafts, 2 hand-ins


def test_a_month_not_yet_ended_cannot_be_reported_on(office_data: dict) -> None:
    with pytest.raises(RuleError, match="2026年11月还没有结束"):
        quality_report.save(office_data["leader1"], 2026, 11, "分析", "", "")
    with pytest.raises(ValidationErrors, match="请填写服务质量分析"):
        quality_report.save(office_data["leader1"], *OCT, "  ", "", "")
    with pytest.raises(PermissionDenied, match="不属于任何班组"):
        quality_report.save(office_data["supervisor"], *OCT, "分析", "", "")


def test_the_figures_come_from_the_duty_logs_complaints_and_callbacks_of_the_month(office_data: dict) -> None:
    leader1 = office_data["leader1"]
    duty_log.save(leader1, _log(office_data, datetime.date(2026, 10, 9), difficult="客户要求退订"))
    duty_log.save(leader1, _log(office_data, datetime.date(2026, 10, 10), "中班", events=""))
    duty_log.save(office_data["leader2"], _log(office_data, datetime.date(2026, 10, 11)))  # another team's
    duty_log.save(leader1, _log(office_data, datetime.date(2026, 9, 30)))  # another month
    at = datetime.datetime(2026, 10, 12, 9)
    complaint = complaint_world.take_to(workflow.REPLIED, office_data, received_at=at)
    workflow.record_callback(office_data["clerk1"], complaint, True, "满意", True, now=at + datetime.timedelta(days=3))
    found = quality_report.figures(leader1, office_data["team1"], *OCT)
    assert (found.shifts_logged, found.consultations, found.enquiries, found.proactive) == (2, 240, 90, 16)
    assert found.events == ["10月9日早班：系统 10:00–10:20 无法查询话费"]
    assert found.difficult == ["10月9日早班：客户要求退订"]
    assert (found.complaints, found.callbacks, found.reached) == (1, 1, 1)
    assert found.by_severity == [("一般", 1)] and found.satisfaction == [("满意", 1)]


def test_the_duty_logs_and_a_team_s_figures_are_read_by_its_leader_and_the_supervisor_only(office_data: dict) -> None:
    leader1, team1 = office_data["leader1"], office_data["team1"]
    duty_log.save(leader1, _log(office_data, datetime.date(2026, 10, 9), difficult="客户要求退订"))
    assert len(duty_log.month(office_data["leader2"], *OCT)) == 1
    assert quality_report.figures(office_data["supervisor"], team1, *OCT).shifts_logged == 1
    assert quality_report.paper(leader1, team1, *OCT, NOW.date()).team == "客服一班"
    for call in (lambda: duty_log.month(office_data["clerk1"], *OCT),
                 lambda: quality_report.figures(office_data["clerk1"], team1, *OCT),
                 lambda: quality_report.paper(office_data["clerk1"], team1, *OCT, NOW.date()),
                 lambda: quality_report.paper(office_data["leader2"], team1, *OCT, NOW.date())):
        with pytest.raises(PermissionDenied):
            call()
