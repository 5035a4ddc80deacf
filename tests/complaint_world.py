"""Complaints for tests: receive one and take it step by step to any state of its life."""

import datetime
from dataclasses import replace

from desktop.models import Complaint, Staff
from desktop.services.complaints import workflow as c
from desktop.services.complaints.workflow import ComplaintForm

# Tuesday 2026-09-15 10:00, an ordinary working day
T0 = datetime.datetime(2026, 9, 15, 10, 0)


def form(severity: str = c.ORDINARY, received_at: datetime.datetime | None = T0, **values: object) -> ComplaintForm:
    base = {"complainant": "陈先生", "contact": "13800138000", "content": "热水器安装后漏水", "request": "上门维修",
            "category": "quality", "cause_kind": "质量异常", "severity": severity, "received_at": received_at}
    base.update(values)
    return ComplaintForm(**base)


def minutes(n: int) -> datetime.datetime:
    return T0 + datetime.timedelta(minutes=n)


MEETING = c.MeetingForm(held_on=T0.date(), attendees="周主任、质量部王经理", decision="免费更换密封圈",
                        responsible="质量部王经理")


def _propose(data: dict, complaint: Complaint, at: datetime.datetime) -> None:
    """The plan; a 严重 one after the management meeting on it."""
    if complaint.severity == c.MEETING_SEVERITY:
        c.record_meeting(data["supervisor"], complaint, replace(MEETING, held_on=at.date()), now=at)
    c.propose(data["clerk2"], complaint, "免费更换密封圈", now=at)


def take_to(state: str, data: dict, severity: str = c.ORDINARY, received_at: datetime.datetime = T0,
            step: datetime.timedelta = datetime.timedelta(minutes=20), department: str = "质量管理部",
            **values: object) -> Complaint:
    """A complaint received by 张三 at `received_at` and handled without fault up to `state`, one step every
    `step`."""
    clerk, leader, boss = data["clerk1"], data["leader1"], data["supervisor"]
    approver: Staff = leader if severity == c.ORDINARY else boss
    at = received_at
    complaint = c.receive(clerk, form(severity, at, **values), now=at)
    steps = [
        (c.ASSESSED, lambda t: c.assess(clerk, complaint, True, "理由充分", now=t)),
        (c.DISPATCHED, lambda t: c.dispatch(clerk, complaint, department, data["clerk2"].id, now=t)),
        (c.INVESTIGATED, lambda t: c.investigate(data["clerk2"], complaint, "密封圈老化", "供应商", now=t)),
        (c.PROPOSED, lambda t: _propose(data, complaint, t)),
        (c.APPROVED, lambda t: c.approve(approver, complaint, "同意", now=t)),
        (c.REPLIED, lambda t: c.reply(clerk, complaint, "明天上门更换密封圈", now=t)),
    ]
    for _, action in steps:
        if complaint.status == state:
            break
        at += step
        action(at)
    assert complaint.status == state
    return complaint
