"""The reception rotation: roster order, passing over absent people, the named-person rules."""

import datetime

import pytest

from desktop.models import ReceptionTurn, Shift
from desktop.services.contacts import rotation
from desktop.services.errors import RuleError
from tests.contact_data import on_roster, salesperson

DAY = datetime.date(2026, 10, 12)
NOW = datetime.datetime(2026, 10, 12, 10, 0)


@pytest.fixture
def desk(office_data: dict) -> dict:
    """Four salespeople: A, B, C on the early shift in code order, D on the middle shift (not here at 10:00)."""
    team = office_data["team2"]
    people = {name: salesperson(code, name, team) for code, name in
              [("S101", "甲"), ("S102", "乙"), ("S103", "丙"), ("S104", "丁")]}
    on_roster([people["乙"], people["甲"], people["丙"]], DAY, office_data["shifts"]["早班"])
    on_roster([people["丁"]], DAY, office_data["shifts"]["中班"])
    on_roster([office_data["clerk2"]], DAY, office_data["shifts"]["早班"])  # a clerk does not receive walk-ins
    return people


def _take(clerk, named=None, minutes: int = 0) -> rotation.Turn:
    turn = rotation.take_walk_in(clerk, named, NOW + datetime.timedelta(minutes=minutes))
    rotation.set_status(clerk, turn.receiver, "present", DAY)  # the walk-in has been received
    return turn


def _names(turns: list[rotation.Turn]) -> list[str]:
    return [turn.receiver.name for turn in turns]


def test_walk_ins_go_round_in_roster_order(desk, clerk) -> None:
    board = rotation.board(NOW)
    assert [(r.staff.name, r.on_shift, r.is_next) for r in board] == [
        ("甲", True, True), ("乙", True, False), ("丙", True, False), ("丁", False, False)]
    assert _names([_take(clerk, minutes=m) for m in range(4)]) == ["甲", "乙", "丙", "甲"]
    assert [r.turns for r in rotation.board(NOW)] == [2, 1, 1, 0]


def test_the_receiver_is_busy_until_done_and_is_passed_over(desk, clerk) -> None:
    first = rotation.take_walk_in(clerk, now=NOW)
    assert first.receiver.name == "甲"
    assert [r.status for r in rotation.board(NOW)][:1] == ["busy"]
    assert _take(clerk, minutes=1).receiver.name == "乙"
    assert _take(clerk, minutes=2).receiver.name == "丙"
    assert _take(clerk, minutes=3).receiver.name == "乙"  # 甲 still busy


def test_an_absent_person_is_passed_over_and_does_not_get_the_turn_back(desk, clerk) -> None:
    rotation.set_status(clerk, desk["乙"], "away", DAY)
    assert _names([_take(clerk), _take(clerk, minutes=1)]) == ["甲", "丙"]
    rotation.set_status(clerk, desk["乙"], "present", DAY)
    assert _names([_take(clerk, minutes=2), _take(clerk, minutes=3)]) == ["甲", "乙"]


def test_a_named_person_receives_and_the_rotation_stays(desk, clerk) -> None:
    named = _take(clerk, desk["丙"])
    assert (named.receiver.name, named.counted) == ("丙", False)
    assert "轮接顺序不变" in named.message
    assert rotation.next_receiver(NOW).name == "甲"
    assert _names([_take(clerk, minutes=1), _take(clerk, minutes=2), _take(clerk, minutes=3)]) == ["甲", "乙", "丙"]


def test_a_named_person_whose_turn_it_is_counts_as_having_had_it(desk, clerk) -> None:
    named = _take(clerk, desk["甲"])
    assert (named.receiver.name, named.counted) == ("甲", True)
    assert rotation.next_receiver(NOW).name == "乙"


def test_a_named_person_who_is_not_there_leaves_the_customer_to_the_rotation(desk, clerk) -> None:
    rotation.set_status(clerk, desk["乙"], "away", DAY)
    turn = _take(clerk, desk["乙"])
    assert (turn.receiver.name, turn.counted) == ("甲", True)
    assert turn.message == "指定的 乙 不在，由轮到的 甲 接待。"
    off_shift = _take(clerk, desk["丁"], minutes=1)
    assert off_shift.receiver.name == "丙"
    assert ReceptionTurn.select().where(ReceptionTurn.named).count() == 0


def test_nobody_available_is_refused(desk, clerk) -> None:
    for name in ("甲", "乙", "丙"):
        rotation.set_status(clerk, desk[name], "away", DAY)
    with pytest.raises(RuleError, match="没有可以接待"):
        rotation.take_walk_in(clerk, now=NOW)


def test_the_rotation_follows_the_shift_change(desk, clerk) -> None:
    _take(clerk)
    evening = datetime.datetime(2026, 10, 12, 17, 0)
    assert [r.is_next for r in rotation.board(evening)] == [False, False, False, True]
    assert rotation.take_walk_in(clerk, now=evening).receiver.name == "丁"


def test_a_shift_past_midnight_still_receives_next_morning(office_data, clerk) -> None:
    night = Shift.create(name="晚班", start=datetime.time(20, 0), end=datetime.time(8, 0))
    late = salesperson("S201", "夜甲", office_data["team2"])
    on_roster([late], DAY, night)
    assert rotation.next_receiver(datetime.datetime(2026, 10, 12, 19, 30)) is None
    assert rotation.next_receiver(datetime.datetime(2026, 10, 13, 2, 0)).name == "夜甲"
    assert rotation.next_receiver(datetime.datetime(2026, 10, 13, 8, 0)) is None
