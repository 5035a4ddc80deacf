"""The audit viewer's services: keyset pages, the table filter, field-by-field changes, permission."""

import pytest

from desktop.models import AuditEntry, Staff
from desktop.services import audit
from desktop.services.errors import PermissionDenied
from desktop.services.staffing import people


def test_entries_page_through_everything_newest_first(supervisor: Staff) -> None:
    for number in range(7):
        people.save_shift(supervisor, f"班{number}", f"0{number}:00", f"1{number}:00")
    seen, after = [], None
    while batch := audit.entries(supervisor, 3, after):
        seen += batch
        after = batch[-1]
    assert len(seen) == len({e.id for e in seen}) == AuditEntry.select().count()
    assert [e.id for e in seen] == sorted((e.id for e in seen), reverse=True)


def test_entries_filtered_by_table(supervisor: Staff, office_data: dict) -> None:
    people.save_shift(supervisor, "晚班", "20:00", "08:00")
    people.save_team(supervisor, "客服三班", None)
    assert [e.table_name for e in audit.entries(supervisor, 50, table_name="team")] == ["team"]
    assert {"team", "shift", "setting"} <= set(audit.table_names(supervisor))


def test_changes_lists_only_what_changed(supervisor: Staff, office_data: dict) -> None:
    team = office_data["team1"]
    people.save_team(supervisor, "客服甲班", team.leader_id, team)
    entry = audit.entries(supervisor, 1)[0]
    assert [(c.field, c.old, c.new) for c in audit.changes(entry)] == [("name", "客服一班", "客服甲班")]
    created = people.save_team(supervisor, "客服三班", None)
    entry = audit.history("team", created.id)[0]
    assert {c.field for c in audit.changes(entry)} == {"id", "name", "leader", "active"}


def test_clerk_may_not_read_the_log(clerk: Staff) -> None:
    with pytest.raises(PermissionDenied):
        audit.entries(clerk, 10)
    with pytest.raises(PermissionDenied):
        audit.table_names(clerk)
