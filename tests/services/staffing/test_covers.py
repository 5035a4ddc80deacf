"""顶班/代班: the swap rules that apply, the absent person's team leader approves, the roster changes, 加分."""

import datetime

import pytest

from desktop.services import calendar
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.staffing import covers, roster
from desktop.services.staffing.rule_failures import RulesFailed
from tests import leave_world, swap_world

DAY = datetime.date(2026, 11, 25)


def draft(data: dict, cover: str = "clerk2", shift: str = "早班") -> covers.CoverDraft:
    swap_world.put(data["clerk1"], DAY, data["shifts"][shift])
    return covers.CoverDraft(data["clerk1"], data[cover], DAY, data["shifts"][shift], False, "张三病了")


def test_an_offered_cover_is_approved_by_the_absent_persons_leader_and_changes_the_roster(office_data: dict) -> None:
    clerk1, clerk2, leader = office_data["clerk1"], office_data["clerk2"], office_data["leader1"]
    cover = covers.submit(clerk2, draft(office_data))
    assert cover.offered and cover.status == "pending"
    assert covers.waiting_for(leader) == [cover] and covers.waiting_for(office_data["leader2"]) == []
    with pytest.raises(PermissionDenied, match="李班长|班长审批"):
        covers.decide(office_data["leader2"], cover, True)
    covers.decide(leader, cover, True)
    assert roster.shift_on(clerk1, DAY) is None and roster.shift_on(clerk2, DAY).name == "早班"
    assert covers.month_points(2026, 11) == {clerk2.id: 5}
    assert str(covers.points_text(2026, 11)) == "本月主动顶班加分（分）：李四 5"
    assert str(covers.points_text(2026, 12)).endswith("无")
    grid = roster.month_grid(2026, 11)
    assert grid.cell(clerk2.id, DAY).tooltip == f"早班 08:00–16:00\n顶班（顶班登记第 {cover.id} 号）"
    assert grid.cell(clerk1.id, DAY).tooltip == f"被顶班（顶班登记第 {cover.id} 号）"


def test_a_team_leader_asks_for_a_cover_a_clerk_may_not_for_others(office_data: dict) -> None:
    asked = covers.submit(office_data["leader1"], draft(office_data))
    assert not asked.offered
    with pytest.raises(PermissionDenied):
        covers.submit(office_data["clerk3"], draft(office_data))


def test_cover_back_to_back_is_refused(office_data: dict) -> None:
    swap_world.put(office_data["clerk2"], DAY - datetime.timedelta(days=1), office_data["shifts"]["中班"])
    with pytest.raises(RulesFailed) as refused:
        covers.submit(office_data["clerk2"], draft(office_data, shift="夜班"))  # 中班 24:00 → 夜班 00:00
    assert {f.rule for f in refused.value.failures} >= {"back_to_back", "working_hours"}
    assert "不允许连班" in refused.value.message


@pytest.mark.parametrize("cover, rule", [("clerk1", "different_people"), ("sales1", "same_job_type")])
def test_the_swap_rules_that_apply(office_data: dict, cover: str, rule: str) -> None:
    assert rule in {f.rule for f in covers.check(draft(office_data, cover))}


def test_no_cover_on_leave_or_on_a_holiday(office_data: dict) -> None:
    leave_world.approved(office_data, office_data["clerk2"], DAY)
    assert "no_leave" in {f.rule for f in covers.check(draft(office_data))}
    calendar.set_day(office_data["admin"], DAY, calendar.HOLIDAY, "测试节")
    assert "no_holiday" in {f.rule for f in covers.check(draft(office_data))}


def test_refusal_and_withdrawal(office_data: dict) -> None:
    cover = covers.submit(office_data["clerk2"], draft(office_data))
    with pytest.raises(RuleError, match="审批意见"):
        covers.decide(office_data["leader1"], cover, False)
    covers.decide(office_data["leader1"], cover, False, "已安排他人")
    assert cover.status == "refused" and covers.month_points(2026, 11) == {}
    again = covers.submit(office_data["clerk2"], draft(office_data))
    covers.withdraw(office_data["clerk2"], again, "不顶了")
    assert again.status == "withdrawn"
    assert roster.shift_on(office_data["clerk1"], DAY).name == "早班"
