"""交接日志: who hands over, what is filled in for the incoming shift, and the acknowledgement by the incoming shift."""

import datetime

import pytest

from desktop.models import AuditEntry, Cover, Handover
from desktop.services import audit
from desktop.services.complaints import workflow
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.staffing import leave, people, shift_handover
from tests import complaint_world, leave_world
from tests.conftest import NOW
from tests.swap_world import put

TODAY = NOW.date()  # Wednesday 18 November; NOW is 10:30, inside 早班


@pytest.fixture
def shifts_today(office_data: dict) -> dict:
    """张三 works 早班 today, 李四 and 王五 the 中班 after it."""
    early, middle = office_data["shifts"]["早班"], office_data["shifts"]["中班"]
    put(office_data["clerk1"], TODAY, early)
    put(office_data["clerk2"], TODAY, middle)
    put(office_data["clerk3"], TODAY, middle)
    return office_data


def _draft(data: dict, **more: object) -> shift_handover.HandoverDraft:
    values = {"equipment": "3号机耳机杂音，已报修", "notices": "12月起宽带提速"} | more
    return shift_handover.HandoverDraft(TODAY, data["shifts"]["早班"], **values)


def test_the_next_shift_follows_the_one_handed_over(office_data: dict) -> None:
    s = office_data["shifts"]
    assert shift_handover.next_shift(TODAY, s["早班"]) == (TODAY, s["中班"])
    assert shift_handover.next_shift(TODAY, s["中班"]) == (TODAY + datetime.timedelta(days=1), s["夜班"])
    assert shift_handover.next_shift(TODAY, s["夜班"]) == (TODAY, s["早班"])


def test_staffing_changes_of_the_next_shift_are_filled_in(shifts_today: dict) -> None:
    data = shifts_today
    middle = data["shifts"]["中班"]
    leave_world.approve_all(data, leave.apply(data["leader1"], leave_world.draft(data["clerk2"], TODAY, kind="sick",
                                                                                  urgent=True, phoned_at=NOW)))
    pending = Cover.create(absent=data["clerk3"], cover=data["leader2"], day=TODAY, shift=middle, offered=True,
                           requested_by=data["leader2"], requested_at=NOW)
    text = shift_handover.staffing_text(TODAY, data["shifts"]["早班"])
    assert "请假：李四 病假" in text and "该班缺 1 人" in text
    assert "顶班" not in text  # a pending cover changes nothing yet
    Cover.update(status="approved").where(Cover.id == pending.id).execute()
    text = shift_handover.staffing_text(TODAY, data["shifts"]["早班"])
    assert f"顶班：王班长 顶 王五（顶班登记第 {pending.id} 号）" in text
    assert shift_handover.staffing_text(TODAY, data["shifts"]["中班"]) == "11月19日夜班无换班、顶班、请假。"


def test_the_outgoing_person_records_and_the_incoming_one_acknowledges(shifts_today: dict) -> None:
    data = shifts_today
    complaint = complaint_world.take_to(workflow.DISPATCHED, data)
    draft = _draft(data, cases=[shift_handover.CaseDraft(complaint_id=complaint.id, note="客户下午来电再问"),
                                shift_handover.CaseDraft(note="传真机缺纸")])
    record = shift_handover.record(data["clerk1"], draft)
    assert (record.next_day, record.next_shift_id) == (TODAY, data["shifts"]["中班"].id)
    assert [line.split("：")[0] for line in shift_handover.case_lines(record)] == [f"投诉 {complaint.number} 陈先生",
                                                                             "传真机缺纸"]
    assert shift_handover.awaiting_me(data["clerk2"], NOW) == [record]
    assert shift_handover.awaiting_me(data["clerk1"], NOW) == []  # the writer is not asked to take over from himself
    assert shift_handover.awaiting_me(data["sales1"], NOW) == []  # not on the incoming shift

    with pytest.raises(PermissionDenied, match="交班人不能自己确认接班"):
        shift_handover.acknowledge(data["clerk1"], record)
    with pytest.raises(PermissionDenied, match="中班 的当班人员或班长"):
        shift_handover.acknowledge(data["sales1"], record)
    shift_handover.acknowledge(data["clerk2"], record, "已阅")
    assert shift_handover.get(record.id).acknowledged_by_id == data["clerk2"].id
    assert shift_handover.awaiting_me(data["clerk3"], NOW) == []  # one acknowledgement takes the shift over
    with pytest.raises(RuleError, match="李四 已于"):
        shift_handover.acknowledge(data["clerk3"], record)
    tables = {e.table_name for e in AuditEntry.select()}
    assert {"handover", "handover_case"} <= tables
    assert [e.reason for e in audit.history("handover", record.id)] == [None, "确认接班"]


def test_who_may_write_and_what_must_be_written(shifts_today: dict) -> None:
    data = shifts_today
    with pytest.raises(PermissionDenied, match="当班人员或班长填写"):
        shift_handover.record(data["clerk3"], _draft(data))  # 王五 works the 中班, not the 早班
    with pytest.raises(ValidationErrors) as refused:
        shift_handover.record(data["clerk1"], _draft(data, equipment="  ", notices="x" * 10_000))
    assert set(refused.value.errors) == {"equipment", "notices"}
    later = shift_handover.HandoverDraft(TODAY, data["shifts"]["中班"], equipment="正常")
    with pytest.raises(ValidationErrors, match="还没有开始"):
        shift_handover.record(data["clerk2"], later)
    shift_handover.record(data["leader1"], _draft(data))  # the team leader writes it for the shift
    with pytest.raises(RuleError, match="已有交接日志"):
        shift_handover.record(data["clerk1"], _draft(data))
    assert Handover.select().count() == 1


def test_an_unacknowledged_handover_is_listed_for_the_team_leader_once_the_shift_began(shifts_today: dict) -> None:
    data = shifts_today
    record = shift_handover.record(data["clerk1"], _draft(data))
    assert shift_handover.unacknowledged(data["leader1"], NOW) == []  # the 中班 begins at 16:00
    at_five = datetime.datetime.combine(TODAY, datetime.time(17, 0))
    assert shift_handover.unacknowledged(data["leader1"], at_five) == [record]
    assert shift_handover.unacknowledged(data["supervisor"], at_five) == [record]
    with pytest.raises(PermissionDenied):
        shift_handover.unacknowledged(data["clerk2"], at_five)
    shift_handover.acknowledge(data["leader1"], record, now=at_five)
    assert shift_handover.unacknowledged(data["leader1"], at_five) == []


def test_the_writer_voids_an_unacknowledged_log_and_writes_it_again(shifts_today: dict) -> None:
    data = shifts_today
    record = shift_handover.record(data["clerk1"], _draft(data))
    shift_handover.void(data["clerk1"], record, "设备情况写错")
    again = shift_handover.record(data["clerk1"], _draft(data, equipment="正常"))
    shift_handover.acknowledge(data["clerk2"], again)
    with pytest.raises(PermissionDenied):
        shift_handover.void(data["clerk1"], again, "想改")  # once taken over, only a team leader voids it
    shift_handover.void(data["leader1"], again, "重复")
    assert shift_handover.month(data["clerk2"], 2026, 11) == []


def test_a_deactivated_account_neither_reads_prints_nor_voids_the_logs(shifts_today: dict) -> None:
    data = shifts_today
    record = shift_handover.record(data["clerk1"], _draft(data))
    assert shift_handover.sheet(data["clerk2"], record).outgoing == "11月18日早班"
    people.deactivate_staff(data["supervisor"], data["clerk1"])
    for call in (lambda: shift_handover.month(data["clerk1"], 2026, 11),
                 lambda: shift_handover.sheet(data["clerk1"], record),
                 lambda: shift_handover.void(data["clerk1"], record, "设备情况写错")):
        with pytest.raises(PermissionDenied):
            call()
    assert shift_handover.get(record.id).voided_at is None
