"""The 开始使用清单: each step's state read from the database, and what to do next while it is not done."""

import datetime

import pytest

from desktop.models import RosterEntry, Team
from desktop.services import settings, setup_steps
from desktop.services.errors import PermissionDenied
from tests.conftest import NOW


def _states(actor) -> dict[str, tuple[bool, str]]:
    return {step.key: (step.done, str(step.state)) for step in setup_steps.steps(actor)}


def test_a_new_office_is_told_what_to_set_up_first(fresh_db) -> None:
    admin = settings.first_run("测试分店", "A001", "管理员", "admin", "Admin1234!")
    states = _states(admin)
    assert [done for done, _ in states.values()] == [False] * 6  # next year's days come from the library, unchecked
    assert "设置 → 班组" in states["teams"][1] and "设置 → 员工" in states["staff"][1]
    assert "设置 → 班次" in states["shifts"][1] and "设置 → 排班表" in states["roster"][1]
    assert "核对" in states["calendar"][1] and "文件 → 备份" in states["backup"][1]


def test_steps_done_say_what_is_there(office_data: dict) -> None:
    states = _states(office_data["admin"])
    assert states["teams"] == (True, "2 个班组，都已指定班长。")
    assert states["shifts"] == (True, "3 个班次。")
    assert states["staff"][0] and "7 位员工" in states["staff"][1]
    RosterEntry.create(staff=office_data["clerk1"], day=NOW.date(), shift=office_data["shifts"]["早班"])
    states = _states(office_data["admin"])
    assert states["roster"] == (True, "11月 从今天起已排 1 天。")
    assert not states["calendar"][0]
    setup_steps.confirm_holidays(office_data["admin"], 2027)
    assert _states(office_data["admin"])["calendar"] == (True, _states(office_data["admin"])["calendar"][1])
    assert "2026-11-18 管理员 已核对" in _states(office_data["admin"])["calendar"][1]


def test_a_year_without_holidays_says_where_to_enter_them(office_data: dict) -> None:
    states = {step.key: step for step in setup_steps.steps(office_data["admin"], datetime.date(2028, 3, 1))}
    assert not states["calendar"].done and "2029 年的节假日" in str(states["calendar"].state)


def test_a_team_without_leader_and_a_past_roster_are_not_done(office_data: dict) -> None:
    Team.create(name="客服三班")
    RosterEntry.create(staff=office_data["clerk1"], day=NOW.date() - datetime.timedelta(days=1),
                       shift=office_data["shifts"]["早班"])
    states = _states(office_data["supervisor"])
    assert states["teams"] == (False, "客服三班 还没有班长：换班、请假须经班长审批。")
    assert not states["roster"][0]


def test_only_who_opens_the_settings_sees_the_checklist(office_data: dict) -> None:
    with pytest.raises(PermissionDenied):
        setup_steps.steps(office_data["clerk1"])
    with pytest.raises(PermissionDenied):
        setup_steps.confirm_holidays(office_data["clerk1"], 2027)
