"""Every create, update and void leaves one audit row with who, when, before and after."""

import json
from decimal import Decimal

import pytest
from peewee import IntegrityError

from desktop.models import AuditEntry, Customer, Staff, Team
from desktop.services import audit, clock
from desktop.services.errors import RuleError
from desktop.services.staffing import people


def test_create_update_void_are_logged(office_data: dict) -> None:
    actor: Staff = office_data["supervisor"]
    team = audit.create(actor, Team(name="客服三班"))
    audit.update(actor, team, name="客服三组")
    audit.update(actor, team, name="客服三组")  # no change, no row
    rows = audit.history("team", team.id)
    assert [row.action for row in rows] == ["create", "update"]
    assert rows[1].actor_id == actor.id
    assert json.loads(rows[1].before)["name"] == "客服三班"
    assert json.loads(rows[1].after)["name"] == "客服三组"


def test_an_amount_read_back_without_its_zeros_is_not_a_change(office_data: dict) -> None:
    actor: Staff = office_data["supervisor"]
    customer = Customer.create(number="C0001", name="张三", phone="13800000000", registered_by=actor,
                               registered_at=clock.now(), budget=Decimal("50000.00"))
    read_back = Customer.get_by_id(customer.id)
    # SQLite keeps the number, not its written decimals ("50000"); the server keeps them ("50000.00")
    assert read_back.budget == Decimal("50000") and str(read_back.budget) in ("50000", "50000.00")
    audit.update(actor, read_back, budget=Decimal("50000.00"))
    assert audit.history("customer", customer.id) == []


def test_create_many_logs_each_row_as_create_would(office_data: dict) -> None:
    actor: Staff = office_data["supervisor"]
    one = audit.create(actor, Team(name="客服三班"))
    many = audit.create_many(actor, [Team(name="客服四班"), Team(name="客服五班", active=False)])
    assert [team.id for team in many] == [one.id + 1, one.id + 2]
    assert [(team.name, team.active) for team in Team.select().where(Team.id > one.id)] == [
        ("客服四班", True), ("客服五班", False)]
    logged = [json.loads(audit.history("team", team.id)[0].after) for team in (one, *many)]
    assert [entry["name"] for entry in logged] == ["客服三班", "客服四班", "客服五班"]
    assert {frozenset(entry) for entry in logged} == {frozenset(logged[0])}
    audit.withdraw(Team, [team.id for team in many])
    assert Team.select().where(Team.id > one.id).count() == 0 and audit.history("team", many[0].id) == []


def test_void_needs_a_reason_and_keeps_the_record(office_data: dict) -> None:
    actor: Staff = office_data["supervisor"]
    customer = Customer.create(number="C0001", name="张三", phone="13800000000", registered_by=actor,
                               registered_at=clock.now())
    with pytest.raises(RuleError, match="原因"):
        audit.void(actor, customer, "  ")
    audit.void(actor, customer, "重复登记")
    kept = Customer.get_by_id(customer.id)
    assert kept.voided_at is not None and kept.void_reason == "重复登记" and kept.voided_by_id == actor.id
    assert AuditEntry.get(AuditEntry.action == "void").reason == "重复登记"
    with pytest.raises(RuleError, match="已经作废"):
        audit.void(actor, kept, "again")


def test_a_void_reason_is_cleaned_and_one_line_long_at_most(office_data: dict) -> None:
    actor: Staff = office_data["supervisor"]
    customer = Customer.create(number="C0001", name="张三", phone="13800000000", registered_by=actor,
                               registered_at=clock.now())
    for invisible in ("\u200b\u200b", "\x00"):
        with pytest.raises(RuleError, match="原因"):
            audit.void(actor, customer, invisible)
    with pytest.raises(RuleError, match="不能超过 200 个字"):
        audit.void(actor, customer, "因" * 201)
    audit.void(actor, customer, "重复\x00登记\ufeff")
    assert Customer.get_by_id(customer.id).void_reason == "重复登记"


def test_password_hash_never_reaches_the_log(office_data: dict) -> None:
    actor: Staff = office_data["admin"]
    audit.update(actor, office_data["clerk1"], name="张三丰")
    entry = AuditEntry.get(AuditEntry.table_name == "staff")
    assert "password_hash" not in entry.before and "pbkdf2" not in entry.after


def test_a_failing_write_leaves_neither_record_nor_log(office_data: dict) -> None:
    actor: Staff = office_data["supervisor"]
    before = AuditEntry.select().count()
    with pytest.raises(IntegrityError):
        audit.create(actor, Team(name="客服一班"))  # the name is taken
    assert AuditEntry.select().count() == before
    assert Team.select().where(Team.name == "客服一班").count() == 1


def test_table_names_are_those_the_log_has(supervisor: Staff, office_data: dict) -> None:
    people.save_shift(supervisor, "晚班", "20:00", "08:00")
    people.save_team(supervisor, "客服三班", None)
    assert {"team", "shift", "setting"} <= set(audit.table_names(supervisor))


def test_changes_lists_only_what_changed(supervisor: Staff, office_data: dict) -> None:
    team = office_data["team1"]
    people.save_team(supervisor, "客服甲班", team.leader_id, team)
    entry = audit.history("team", team.id)[-1]
    assert [(c.field, c.old, c.new) for c in audit.changes(entry)] == [("name", "客服一班", "客服甲班")]
    created = people.save_team(supervisor, "客服三班", None)
    entry = audit.history("team", created.id)[0]
    assert {c.field for c in audit.changes(entry)} == {"id", "name", "leader", "active"}
