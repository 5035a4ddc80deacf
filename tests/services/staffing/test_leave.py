"""The leave register: recording, overlaps, voiding, and the cells the roster shows."""

import datetime

import pytest

from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.staffing import leave


def form(data: dict, start: str, end: str, kind: str = "事假") -> leave.LeaveForm:
    return leave.LeaveForm(data["clerk1"].id, datetime.date.fromisoformat(start), datetime.date.fromisoformat(end),
                           kind, data["leader1"].id, "家中有事")


def test_record_and_find_leave(office_data: dict) -> None:
    record = leave.record(office_data["leader1"], form(office_data, "2026-03-10", "2026-03-12"))
    assert leave.leave_on(office_data["clerk1"], datetime.date(2026, 3, 11)).id == record.id
    assert leave.leave_on(office_data["clerk1"], datetime.date(2026, 3, 13)) is None
    cells = leave.cells(datetime.date(2026, 3, 1), datetime.date(2026, 3, 11))
    assert cells == {(office_data["clerk1"].id, datetime.date(2026, 3, d)): "事假" for d in (10, 11)}
    assert [r.id for r in leave.page(2026, 3, 0, 10)] == [record.id]


def test_only_team_leaders_record_leave(office_data: dict) -> None:
    with pytest.raises(PermissionDenied):
        leave.record(office_data["clerk2"], form(office_data, "2026-03-10", "2026-03-12"))


@pytest.mark.parametrize(("start", "end", "kind", "field"), [
    ("2026-03-12", "2026-03-10", "事假", "end"),
    ("2026-03-10", "2026-03-12", "旅游", "kind"),
    ("2026-03-05", "2026-03-10", "病假", "start"),  # overlaps the recorded leave
])
def test_invalid_leave_is_refused(office_data: dict, start: str, end: str, kind: str, field: str) -> None:
    leave.record(office_data["leader1"], form(office_data, "2026-03-09", "2026-03-09"))
    with pytest.raises(ValidationErrors) as error:
        leave.record(office_data["leader1"], form(office_data, start, end, kind))
    assert field in error.value.errors


def test_the_reason_is_cleaned_and_the_dates_sensible(office_data: dict) -> None:
    long = form(office_data, "2026-03-10", "2026-03-10")
    long.reason = "因" * 201
    with pytest.raises(ValidationErrors) as error:
        leave.record(office_data["leader1"], long)
    assert error.value.errors == {"reason": "不能超过 200 个字。"}
    with pytest.raises(ValidationErrors) as error:
        leave.record(office_data["leader1"], form(office_data, "1900-03-10", "2099-03-12"))
    assert error.value.errors == {"start": "日期应在 2000-01-01 至 2031-11-18 之间。",
                                  "end": "日期应在 2000-01-01 至 2031-11-18 之间。"}
    kept = form(office_data, "2026-03-10", "2026-03-10")
    kept.reason = "家中\x00有事\u200b"
    assert leave.record(office_data["leader1"], kept).reason == "家中有事"


def test_the_approver_is_a_leader(office_data: dict) -> None:
    bad = form(office_data, "2026-03-10", "2026-03-10")
    bad.approver_id = office_data["clerk2"].id
    with pytest.raises(ValidationErrors, match="批准人"):
        leave.record(office_data["leader1"], bad)


def test_nobody_approves_their_own_leave_and_a_team_leaders_goes_to_the_supervisor(office_data: dict) -> None:
    """Four eyes: 李班长 may not be the approver of his own leave, and as his team's only 班长 it goes up a level."""
    own = form(office_data, "2026-03-10", "2026-03-10")
    own.person_id = own.approver_id = office_data["leader1"].id
    with pytest.raises(ValidationErrors, match="不能批准自己的请假.*主任") as refused:
        leave.record(office_data["leader1"], own)
    assert refused.value.field == "approver"
    own.approver_id = office_data["leader2"].id
    with pytest.raises(ValidationErrors, match="批准人须为主任"):
        leave.record(office_data["leader1"], own)
    own.approver_id = office_data["supervisor"].id
    assert leave.record(office_data["leader1"], own).approver_id == office_data["supervisor"].id


def test_voided_leave_no_longer_counts(office_data: dict) -> None:
    record = leave.record(office_data["leader1"], form(office_data, "2026-03-10", "2026-03-10"))
    with pytest.raises(RuleError):
        leave.void(office_data["leader1"], record, "")
    leave.void(office_data["leader1"], record, "登记错误")
    assert leave.leave_on(office_data["clerk1"], datetime.date(2026, 3, 10)) is None
    assert leave.page(2026, 3, 0, 10) == []
    assert len(leave.page(2026, 3, 0, 10, include_voided=True)) == 1
