"""Submitting, approving by both team leaders (the roster changes at once, or not at all), withdrawing, lists."""

import datetime

import pytest

from desktop.models import AuditEntry, RosterEntry, Staff, Swap
from desktop.services import clock
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.staffing import roster, swaps
from desktop.services.staffing.roster_cells import CellKind
from desktop.services.staffing.swap_rules import RulesFailed
from tests import swap_world
from tests.swap_world import put

NOW = datetime.datetime(2026, 3, 1, 8, 0)
SWAP_DAY = datetime.date(2026, 3, 4)
RETURN_DAY = datetime.date(2026, 3, 11)


@pytest.fixture
def swap(office_data: dict) -> Swap:
    draft = swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    return swaps.submit(office_data["clerk1"], draft, NOW)


def shift_name(person, day: datetime.date) -> str | None:
    shift = roster.shift_on(person, day)
    return shift.name if shift else None


def roster_of(data: dict) -> dict:
    return {(p, d): shift_name(data[p], d) for p in ("clerk1", "clerk3") for d in (SWAP_DAY, RETURN_DAY)}


def test_submit_records_a_pending_swap(office_data: dict, swap: Swap) -> None:
    assert swap.status == "pending"
    assert swaps.status_text(swap, NOW) == "待审批"
    assert swap.return_ends_at == datetime.datetime(2026, 3, 11, 16, 0)
    assert AuditEntry.select().where((AuditEntry.table_name == "swap") & (AuditEntry.action == "create")).count() == 1


def test_submit_refuses_a_draft_that_breaks_a_rule(office_data: dict) -> None:
    draft = swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    draft.handover = ""
    with pytest.raises(RulesFailed) as error:
        swaps.submit(office_data["clerk1"], draft, NOW)
    assert "交接事项" in error.value.message
    assert Swap.select().count() == 0


def test_submit_stores_the_texts_cleaned(office_data: dict) -> None:
    draft = swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    draft.reason, draft.handover = "家中\x00有事\ufeff", "工单 3 张\r\n钥匙在抽屉\x07"
    swap = swaps.submit(office_data["clerk1"], draft, NOW)
    assert (swap.reason, swap.handover) == ("家中有事", "工单 3 张\n钥匙在抽屉")


def test_only_a_team_leader_enters_a_swap_for_someone_else(office_data: dict) -> None:
    draft = swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    with pytest.raises(PermissionDenied):
        swaps.submit(office_data["clerk2"], draft, NOW)
    assert swaps.submit(office_data["leader1"], draft, NOW).requested_by_id == office_data["leader1"].id


def test_both_approvals_change_the_roster_for_both_dates(office_data: dict, swap: Swap) -> None:
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    assert swap.status == "pending"
    assert swap.applicant_decision == "同意"
    assert roster_of(office_data)[("clerk1", SWAP_DAY)] == "早班"
    swaps.decide(office_data["leader2"], swap, True, "可以", now=NOW)
    assert Swap.get_by_id(swap.id).status == "approved"
    assert roster_of(office_data) == {("clerk1", SWAP_DAY): None, ("clerk1", RETURN_DAY): "早班",
                                      ("clerk3", SWAP_DAY): "早班", ("clerk3", RETURN_DAY): None}
    changes = AuditEntry.select().where((AuditEntry.table_name == "roster_entry")
                                        & (AuditEntry.actor == office_data["leader2"]))
    assert changes.count() == 4


def test_two_leaders_deciding_at_once_in_two_windows_both_count(office_data: dict, swap: Swap) -> None:
    shown_to_leader2 = Swap.get_by_id(swap.id)  # each leader's window shows the pending swap
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    swaps.decide(office_data["leader2"], shown_to_leader2, True, now=NOW)
    stored = Swap.get_by_id(swap.id)
    assert (stored.status, stored.applicant_decision, stored.substitute_decision) == ("approved", "同意", "同意")
    assert roster_of(office_data)[("clerk3", SWAP_DAY)] == "早班"


def test_a_swap_withdrawn_in_another_window_cannot_be_approved(office_data: dict, swap: Swap) -> None:
    shown_to_leader = Swap.get_by_id(swap.id)
    swaps.withdraw(office_data["clerk1"], swap, "不换了", now=NOW)
    with pytest.raises(RuleError, match="不能再审批"):
        swaps.decide(office_data["leader1"], shown_to_leader, True, now=NOW)
    assert Swap.get_by_id(swap.id).applicant_decision is None


def test_a_swap_approved_in_another_window_cannot_be_withdrawn(office_data: dict, swap: Swap) -> None:
    shown_to_applicant = Swap.get_by_id(swap.id)
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    swaps.decide(office_data["leader2"], swap, True, now=NOW)
    with pytest.raises(RuleError, match="只能撤销待审批的换班"):
        swaps.withdraw(office_data["clerk1"], shown_to_applicant, "不换了", now=NOW)
    assert Swap.get_by_id(swap.id).status == "approved"


@pytest.mark.parametrize(("leader", "side"), [("leader1", "applicant"), ("leader2", "substitute")])
def test_a_team_leader_approves_only_their_own_member(office_data: dict, swap: Swap, leader: str,
                                                       side: str) -> None:
    swaps.decide(office_data[leader], swap, True, now=NOW)
    assert getattr(swap, f"{side}_leader_id") == office_data[leader].id
    other = "substitute" if side == "applicant" else "applicant"
    assert getattr(swap, f"{other}_decision") is None


def test_a_team_leader_of_another_team_may_not_approve(office_data: dict) -> None:
    put(office_data["clerk1"], SWAP_DAY, office_data["shifts"]["早班"])
    put(office_data["clerk2"], RETURN_DAY, office_data["shifts"]["早班"])
    draft = swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    draft.substitute = office_data["clerk2"]  # both in 客服一班
    same_team = swaps.submit(office_data["clerk1"], draft, NOW)
    with pytest.raises(RuleError, match="只能审批本班组成员"):
        swaps.decide(office_data["leader2"], same_team, True, now=NOW)
    with pytest.raises(PermissionDenied):
        swaps.decide(office_data["clerk3"], same_team, True, now=NOW)
    swaps.decide(office_data["leader1"], same_team, True, now=NOW)  # one leader for both sides
    assert Swap.get_by_id(same_team.id).status == "approved"


def _leaders_own_swap(data: dict, substitute: str) -> Swap:
    """李班长 (客服一班) gives his early shift to `substitute` and submits the swap himself."""
    early = data["shifts"]["早班"]
    put(data["leader1"], SWAP_DAY, early)
    put(data[substitute], RETURN_DAY, early)
    draft = swaps.SwapDraft(data["leader1"], data[substitute], SWAP_DAY, early, RETURN_DAY, early, "家中有事",
                            "交接工单 3 张")
    return swaps.submit(data["leader1"], draft, NOW)


def test_a_team_leader_who_is_a_party_decides_no_side_the_supervisor_does(office_data: dict) -> None:
    """Four eyes: 李班长 leads both parties' team, but may not approve his own swap; it goes up to the 主任."""
    own = _leaders_own_swap(office_data, "clerk2")
    with pytest.raises(RuleError, match="不能审批.*主任"):
        swaps.decide(office_data["leader1"], own, True, now=NOW)
    assert own.applicant_decision is None and own.substitute_decision is None
    assert swaps.waiting_for(office_data["leader1"]) == []
    assert [s.id for s in swaps.waiting_for(office_data["supervisor"])] == [own.id]
    assert swaps.sides_decided_by(office_data["supervisor"], own) == ["applicant", "substitute"]
    swaps.decide(office_data["supervisor"], own, True, now=NOW)
    stored = Swap.get_by_id(own.id)
    assert stored.status == "approved"
    assert stored.applicant_leader_id == stored.substitute_leader_id == office_data["supervisor"].id


def test_the_other_team_leader_still_decides_the_other_side(office_data: dict) -> None:
    own = _leaders_own_swap(office_data, "clerk3")
    assert swaps.sides_decided_by(office_data["leader2"], own) == ["substitute"]
    assert swaps.sides_decided_by(office_data["supervisor"], own) == ["applicant"]
    assert [s.id for s in swaps.waiting_for(office_data["leader2"])] == [own.id]
    swaps.decide(office_data["leader2"], own, True, now=NOW)
    assert swaps.waiting_for(office_data["leader2"]) == []
    swaps.decide(office_data["supervisor"], own, True, now=NOW)
    assert Swap.get_by_id(own.id).status == "approved"


def test_a_supervisor_decides_no_side_an_uninvolved_team_leader_leads(office_data: dict, swap: Swap) -> None:
    assert swaps.sides_decided_by(office_data["supervisor"], swap) == []
    assert swaps.waiting_for(office_data["supervisor"]) == []


def test_approval_checks_the_rules_again(office_data: dict, swap: Swap) -> None:
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    put(office_data["clerk3"], SWAP_DAY, office_data["shifts"]["中班"])  # the roster changed meanwhile
    with pytest.raises(RulesFailed, match="每人每天只能上一个班次"):
        swaps.decide(office_data["leader2"], swap, True, now=NOW)
    assert Swap.get_by_id(swap.id).status == "pending"


def test_a_failure_in_the_middle_of_the_roster_change_rolls_everything_back(
        office_data: dict, swap: Swap, monkeypatch: pytest.MonkeyPatch) -> None:
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    before = roster_of(office_data)
    audit_rows = AuditEntry.select().count()
    real_assign = roster.assign
    calls = []

    def failing_assign(*args, **kwargs) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise OSError("disk full")
        real_assign(*args, **kwargs)

    monkeypatch.setattr(roster, "assign", failing_assign)
    with pytest.raises(OSError):
        swaps.decide(office_data["leader2"], Swap.get_by_id(swap.id), True, now=NOW)
    assert len(calls) == 3
    assert roster_of(office_data) == before
    stored = Swap.get_by_id(swap.id)
    assert (stored.status, stored.substitute_decision) == ("pending", None)
    assert AuditEntry.select().count() == audit_rows


def test_refusal_needs_a_remark_and_changes_nothing(office_data: dict, swap: Swap) -> None:
    before = roster_of(office_data)
    for empty in ("", "\u200b\x00"):
        with pytest.raises(RuleError, match="审批意见"):
            swaps.decide(office_data["leader2"], swap, False, empty, now=NOW)
    with pytest.raises(RuleError, match="不能超过 200 个字"):
        swaps.decide(office_data["leader2"], swap, False, "忙" * 201, now=NOW)
    swaps.decide(office_data["leader2"], swap, False, "当天人手不足", now=NOW)
    assert (swap.status, swap.substitute_decision) == ("refused", "不同意")
    assert roster_of(office_data) == before
    with pytest.raises(RuleError) as refused:
        swaps.decide(office_data["leader1"], swap, True, now=NOW)
    assert refused.value.message == "该换班已驳回，不能再审批。"


def test_withdraw_before_approval_only(office_data: dict, swap: Swap) -> None:
    with pytest.raises(RuleError):
        swaps.withdraw(office_data["clerk3"], swap, "不换了", NOW)
    with pytest.raises(RuleError, match="原因"):
        swaps.withdraw(office_data["clerk1"], swap, "\u200b", NOW)
    swaps.withdraw(office_data["clerk1"], swap, "不换了", NOW)
    assert swaps.status_text(swap, NOW) == "已撤销"
    with pytest.raises(RuleError, match="已撤销"):
        swaps.decide(office_data["leader1"], swap, True, now=NOW)


def test_a_supervisor_withdraws_for_others_only_while_he_is_one(office_data: dict, swap: Swap) -> None:
    supervisor = office_data["supervisor"]
    Staff.update(role="staff").where(Staff.id == supervisor.id).execute()  # demoted since he logged in
    with pytest.raises(RuleError):
        swaps.withdraw(supervisor, swap, "不换了", NOW)
    Staff.update(role="supervisor").where(Staff.id == supervisor.id).execute()
    swaps.withdraw(supervisor, swap, "不换了", NOW)
    assert swaps.status_text(swap, NOW) == "已撤销"


def test_an_approved_swap_cannot_be_withdrawn(office_data: dict, swap: Swap) -> None:
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    swaps.decide(office_data["leader2"], swap, True, now=NOW)
    with pytest.raises(RuleError) as refused:
        swaps.withdraw(office_data["clerk1"], swap, "不换了", NOW)
    assert refused.value.message == "该换班已批准，只能撤销待审批的换班。"


def test_completed_once_the_return_shift_has_passed(office_data: dict, swap: Swap) -> None:
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    swaps.decide(office_data["leader2"], swap, True, now=NOW)
    assert swaps.status_text(swap, datetime.datetime(2026, 3, 11, 15, 59)) == "已批准"
    assert swaps.status_text(swap, datetime.datetime(2026, 3, 11, 16, 0)) == "已完成"
    after = datetime.datetime(2026, 3, 12)
    assert [s.id for s in swaps.page(swaps.SwapFilter(status="completed"), 10, now=after)] == [swap.id]
    assert swaps.page(swaps.SwapFilter(status="approved"), 10, now=after) == []


def test_waiting_for_shows_each_leader_their_side(office_data: dict, swap: Swap) -> None:
    assert [s.id for s in swaps.waiting_for(office_data["leader1"])] == [swap.id]
    assert [s.id for s in swaps.waiting_for(office_data["leader2"])] == [swap.id]
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    assert swaps.waiting_for(office_data["leader1"]) == []
    assert [s.id for s in swaps.waiting_for(office_data["leader2"])] == [swap.id]


def test_register_filters_and_pages(office_data: dict, swap: Swap) -> None:
    early = office_data["shifts"]["早班"]
    for offset in range(5):
        day = datetime.date(2026, 4, 1) + datetime.timedelta(days=offset)
        Swap.create(requested_at=clock.now(), applicant=office_data["clerk2"], substitute=office_data["clerk1"],
                    swap_day=day,
                    swap_shift=early, return_day=day, return_shift=early, handover="—",
                    return_ends_at=datetime.datetime.combine(day, datetime.time(16)),
                    requested_by=office_data["clerk2"], status="refused")
    march = swaps.SwapFilter(year=2026, month=3)
    assert [s.id for s in swaps.page(march, 10, now=NOW)] == [swap.id]
    team2 = swaps.SwapFilter(team_id=office_data["team2"].id)
    assert [s.id for s in swaps.page(team2, 10, now=NOW)] == [swap.id]
    person = swaps.SwapFilter(person_id=office_data["clerk2"].id)
    first = swaps.page(person, 3, now=NOW)
    second = swaps.page(person, 3, after=first[-1], now=NOW)
    assert [s.swap_day.day for s in first + second] == [5, 4, 3, 2, 1]
    assert len(swaps.page(swaps.SwapFilter(status="refused"), 10, now=NOW)) == 5
    assert swaps.approvals_text(first[0]) == "申请人班长：—；替班人班长：—"


def test_the_month_grid_marks_the_cells_an_approved_swap_changed(office_data: dict, swap: Swap) -> None:
    swaps.decide(office_data["leader1"], swap, True, now=NOW)
    swaps.decide(office_data["leader2"], swap, True, now=NOW)
    grid = roster.month_grid(2026, 3)
    clerk1, clerk3 = office_data["clerk1"], office_data["clerk3"]
    substitute = grid.cell(clerk3.id, SWAP_DAY)
    assert (substitute.text, substitute.kind) == ("早", CellKind.SWAPPED)
    assert substitute.tooltip == f"早班 08:00–16:00\n替班（第 {swap.id} 号）"
    assert str(grid.cell(clerk1.id, RETURN_DAY).tooltip).endswith(f"还班（第 {swap.id} 号）")
    gave_away = grid.cell(clerk1.id, SWAP_DAY)
    assert (gave_away.text, gave_away.kind, gave_away.tooltip) == ("", CellKind.SWAPPED, f"换出（第 {swap.id} 号）")


def test_upcoming_shifts_come_from_the_roster(office_data: dict) -> None:
    swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    RosterEntry.create(staff=office_data["clerk1"], day=datetime.date(2026, 3, 5), shift=None)
    shifts = swaps.upcoming_shifts(office_data["clerk1"], datetime.date(2026, 3, 1), now=NOW)
    assert [(d, s.name) for d, s in shifts] == [(SWAP_DAY, "早班")]


def test_partners_who_qualify_come_first_own_team_first_and_the_others_say_why(office_data: dict) -> None:
    swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    put(office_data["clerk2"], SWAP_DAY, office_data["shifts"]["中班"])  # on duty that day
    offered = swaps.partners(office_data["clerk1"], SWAP_DAY)
    assert [p.person.name for p in offered] == ["李班长", "王五", "王班长", "李四", "赵六"]
    assert [p.qualifies for p in offered] == [True, True, True, False, False]
    assert offered[3].problems == ("李四 在 3月4日（换班日）已排中班，每人每天只能上一个班次。",)
    assert "工种不同" in str(offered[4].problems[0])


def test_before_a_day_is_picked_partners_are_judged_by_job_and_skill(office_data: dict) -> None:
    office_data["clerk2"].skill_level = "初级工"
    office_data["clerk2"].save()
    offered = {p.person.name: p.problems for p in swaps.partners(office_data["leader1"])}
    assert "技术水平相差过大" in str(offered["李四"][0]) and offered["张三"] == ()


def test_a_shift_that_has_begun_is_not_offered(office_data: dict) -> None:
    swap_world.build(office_data, SWAP_DAY, RETURN_DAY)
    put(office_data["clerk1"], RETURN_DAY + datetime.timedelta(days=1), office_data["shifts"]["夜班"])
    during = datetime.datetime.combine(SWAP_DAY, datetime.time(9, 0))
    shifts = swaps.upcoming_shifts(office_data["clerk1"], SWAP_DAY, now=during)
    assert [(d, s.name) for d, s in shifts] == [(RETURN_DAY + datetime.timedelta(days=1), "夜班")]
