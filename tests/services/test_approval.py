"""Four eyes: who approves what someone proposed."""

import pytest

from desktop.services import approval


@pytest.mark.parametrize(("proposer", "role", "needed", "who"), [
    ("clerk1", "team_leader", "team_leader", "班长或以上"),
    ("leader1", "team_leader", "supervisor", "主任或以上"),
    ("leader1", "supervisor", "supervisor", "主任或以上"),
    ("supervisor", "supervisor", "supervisor", "另一位主任"),
    ("admin", "team_leader", "supervisor", "另一位主任"),
])
def test_a_proposer_holding_the_authority_is_approved_a_level_up(office_data: dict, proposer: str, role: str,
                                                                  needed: str, who: str) -> None:
    person = office_data[proposer]
    assert approval.approving_role(person, role) == needed
    assert approval.who_approves(person, role) == who


def test_nobody_approves_what_they_proposed(office_data: dict) -> None:
    leader1, leader2, boss, admin = (office_data[k] for k in ("leader1", "leader2", "supervisor", "admin"))
    assert approval.may_approve(leader1, office_data["clerk1"], "team_leader")
    assert not approval.may_approve(leader1, leader1, "team_leader")
    assert not approval.may_approve(leader2, leader1, "team_leader")
    assert approval.may_approve(boss, leader1, "team_leader")
    assert not approval.may_approve(boss, boss, "supervisor")
    assert approval.may_approve(admin, boss, "supervisor")
