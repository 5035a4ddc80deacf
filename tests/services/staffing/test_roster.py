"""Roster edits from the month grid: one transaction, an audit row per changed cell, permission checked."""

import datetime

import pytest

from desktop.models import AuditEntry, RosterEntry, Staff
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.staffing import roster

DAY = datetime.date(2026, 10, 12)


def _audit_count() -> int:
    return AuditEntry.select().where(AuditEntry.table_name == "roster_entry").count()


def test_set_cells_creates_changes_and_clears(supervisor: Staff, office_data: dict) -> None:
    clerk1, clerk2 = office_data["clerk1"], office_data["clerk2"]
    early, night = office_data["shifts"]["早班"].id, office_data["shifts"]["夜班"].id
    roster.set_cells(supervisor, {(clerk1.id, DAY): early, (clerk2.id, DAY): early})
    changed = roster.set_cells(supervisor, {(clerk1.id, DAY): night, (clerk2.id, DAY): None})
    assert changed == 2
    assert roster.shift_on(clerk1, DAY).name == "夜班"
    assert roster.shift_on(clerk2, DAY) is None
    assert RosterEntry.get((RosterEntry.staff == clerk2) & (RosterEntry.day == DAY)).shift_id is None
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.table_name == "roster_entry")
               .order_by(AuditEntry.id)]
    assert actions == ["create", "create", "update", "update"]
    grid = roster.month_grid(2026, 10, office_data["team1"].id)
    assert grid.cells[(clerk1.id, DAY)].name == "夜班" and (clerk2.id, DAY) not in grid.cells


def test_unknown_shift_refuses_the_whole_batch(supervisor: Staff, office_data: dict) -> None:
    clerk1 = office_data["clerk1"]
    with pytest.raises(RuleError):
        roster.set_cells(supervisor, {(clerk1.id, DAY): office_data["shifts"]["早班"].id,
                                      (clerk1.id, DAY + datetime.timedelta(days=1)): 999})
    assert RosterEntry.select().count() == 0 and _audit_count() == 0


def test_clerk_and_team_leader_may_not_edit_the_roster(clerk: Staff, leader: Staff, office_data: dict) -> None:
    for person in (clerk, leader):
        with pytest.raises(PermissionDenied):
            roster.set_cells(person, {(clerk.id, DAY): office_data["shifts"]["早班"].id})
    assert RosterEntry.select().count() == 0
