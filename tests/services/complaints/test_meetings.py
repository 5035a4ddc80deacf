"""A 严重 complaint's plan waits for the management meeting's record (001 第十一条(二))."""

import datetime as dt

import pytest

from desktop.services.complaints import lists
from desktop.services.complaints import workflow as c
from desktop.services.errors import PermissionDenied, RuleError
from tests.complaint_world import minutes, take_to

MEETING = c.MeetingForm(held_on=dt.date(2026, 9, 15), attendees="周主任、质量部王经理、业务部刘经理",
                        decision="召回同批次热水器并上门更换", responsible="质量部王经理")


def _proposed_without_meeting(data):
    complaint = take_to(c.INVESTIGATED, data, "serious")
    c.propose(data["clerk2"], complaint, "召回并更换", now=minutes(100))
    return complaint


def test_a_serious_plan_is_refused_without_its_meeting(office_data):
    boss = office_data["supervisor"]
    complaint = _proposed_without_meeting(office_data)
    with pytest.raises(RuleError, match="管理层会议"):
        c.approve(boss, complaint, now=minutes(110))
    assert "approve" not in c.allowed_actions(boss, complaint) and "meeting" in c.allowed_actions(boss, complaint)
    c.record_meeting(boss, complaint, MEETING, now=minutes(120))
    c.approve(boss, complaint, now=minutes(130))
    assert complaint.status == c.APPROVED
    detail = lists.detail(complaint.id)
    [meeting] = detail.meetings
    assert (meeting.held_on, meeting.responsible, meeting.recorded_by.name) == (
        dt.date(2026, 9, 15), "质量部王经理", boss.name)
    assert detail.events[-2].note == "管理层会议 09-15：召回同批次热水器并上门更换（负责人：质量部王经理）"


def test_the_meeting_record_is_complete_and_for_serious_cases_by_the_supervisor(office_data):
    boss = office_data["supervisor"]
    complaint = _proposed_without_meeting(office_data)
    with pytest.raises(PermissionDenied):
        c.record_meeting(office_data["leader1"], complaint, MEETING, now=minutes(120))
    for field in ("attendees", "decision", "responsible"):
        with pytest.raises(RuleError) as error:
            c.record_meeting(boss, complaint, c.MeetingForm(**{**MEETING.__dict__, field: " "}), now=minutes(120))
        assert error.value.field == field
    with pytest.raises(RuleError) as error:
        c.record_meeting(boss, complaint, c.MeetingForm(**{**MEETING.__dict__, "held_on": dt.date(2026, 9, 16)}),
                         now=minutes(120))
    assert error.value.field == "held_on"
    ordinary = take_to(c.PROPOSED, office_data, "major")
    assert c.refusal(boss, ordinary, "meeting") is not None
    assert lists.detail(complaint.id).meetings == []
