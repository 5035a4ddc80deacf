"""Hand-over (在职继承 / 离职继承): the supervisor moves one person's customers and their open follow-ups to
another, numbered and logged for the 交接清单; one customer moves in service at most twice within 90 days."""

import datetime

import pytest

from desktop.models import FollowUp, Staff
from desktop.services import clock
from desktop.services.complaints import workflow
from desktop.services.customers import handover, pool_rules, registration, timeline
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.paging import Page
from desktop.services.staffing import people
from tests import complaint_world, contact_data
from tests.conftest import NOW

DAY = datetime.timedelta(days=1)


def _with_follow_up(owner: Staff, name: str, due: datetime.date) -> object:
    customer = contact_data.customer(owner, name)
    contact_data.record(owner, customer, NOW - 2 * DAY, promised="送报价单", next_follow_up_on=due)
    return customer


def test_a_leaver_s_customers_and_follow_ups_go_to_a_colleague(supervisor: Staff, clerk: Staff,
                                                              office_data: dict) -> None:
    heir = office_data["clerk2"]
    first = _with_follow_up(clerk, "林晓", datetime.date(2026, 11, 20))
    second = contact_data.customer(clerk, "周明")
    registration.link_household(clerk, contact_data.customer(clerk, "周太太"), second)
    elsewhere = contact_data.customer(heir, "吴芳")
    contact_data.record(clerk, elsewhere, NOW - DAY, kind="phone", next_follow_up_on=datetime.date(2026, 11, 25))
    assert handover.left_behind(clerk) == (2, 2)
    workflow.receive(clerk, complaint_world.form(received_at=NOW, customer_id=second.id), now=NOW)
    assert handover.never_lapsing(clerk) == 1
    shown = handover.holdings(supervisor, clerk, handover.LEAVER)
    assert [(h.name, h.follow_ups, h.next_due) for h in shown] == [("林晓", 1, datetime.date(2026, 11, 20)),
                                                                  ("周明", 0, None)]
    record = handover.leave_and_hand_over(supervisor, clerk, heir, [h.customer_id for h in shown], "离职",
                                          move_other_follow_ups=True)
    assert not Staff.get_by_id(clerk.id).active  # the hand-over is the leaving
    assert record.number == "JJ202611-001"
    assert {c.owner_id for c in registration.household_members(registration.get(second.id))} == {heir.id}
    assert registration.get(first.id).ownership_until == datetime.date(2026, 12, 18)  # a fresh month from today
    assert FollowUp.select().where((FollowUp.staff == clerk.id) & FollowUp.closed_at.is_null()).count() == 0
    assert FollowUp.select().where((FollowUp.staff == heir.id) & FollowUp.closed_at.is_null()).count() == 2
    sheet = handover.sheet(supervisor, record.id)
    assert (sheet.kind, sheet.from_name, sheet.to_name, sheet.other_follow_ups) == ("离职继承", clerk.name,
                                                                                  heir.name, 1)
    assert [(line.name, line.follow_ups) for line in sheet.lines] == [("林晓", 1), ("周明", 0)]
    [moved] = timeline.entries(supervisor, registration.get(first.id), Page(0, 50), kinds=["ownership"])[:1]
    assert moved.title == "离职继承：JJ202611-001 离职" and str(moved.detail).startswith(f"{clerk.name} → {heir.name}")
    assert handover.recent(supervisor, Page())[0].customers == 2


def test_one_customer_moves_in_service_at_most_twice_in_ninety_days(supervisor: Staff, clerk: Staff,
                                                                    office_data: dict) -> None:
    a, b = clerk, office_data["clerk2"]
    pool_rules.save(supervisor, {pool_rules.LAPSE_DAYS["C"]: "90"})
    clock.freeze(datetime.datetime(2026, 9, 1, 9, 0))
    customer = contact_data.customer(a, "郑伟")
    handover.hand_over(supervisor, a, b, handover.IN_SERVICE, [customer.id], "调整片区")
    clock.freeze(datetime.datetime(2026, 9, 20, 9, 0))
    handover.hand_over(supervisor, b, a, handover.IN_SERVICE, [customer.id], "调回")
    clock.freeze(NOW)
    [held] = handover.holdings(supervisor, a, handover.IN_SERVICE)
    assert held.blocked == "90 天内已在职交接 2 次（上限 2 次），2026-11-30 起可再交接"
    with pytest.raises(RuleError) as refused:
        handover.hand_over(supervisor, a, b, handover.IN_SERVICE, [customer.id], "再调")
    assert refused.value.message == ("以下客户不能再在职交接：" + f"{customer.number} 郑伟：{held.blocked}"
                                     "。请取消勾选后再交接。")
    with pytest.raises(RuleError, match="仍在职，离职继承只用于停用的员工") as refused:  # no way round the limit
        handover.hand_over(supervisor, a, b, handover.LEAVER, [customer.id], "离职")
    assert refused.value.field == "kind" and registration.get(customer.id).owner_id == a.id
    moment = datetime.datetime(2026, 11, 30, 9, 0)
    handover.hand_over(supervisor, a, b, handover.IN_SERVICE, [customer.id], "再调", now=moment)  # 9-01 is 90 days old
    clock.freeze(moment)
    handover.leave_and_hand_over(supervisor, b, a, [customer.id], "离职")  # a leaver's always may, over the limit
    assert registration.get(customer.id).owner_id == a.id and not Staff.get_by_id(b.id).active
    pool_rules.save(supervisor, {pool_rules.TRANSFER_LIMIT: "0"})
    assert handover.holdings(supervisor, a, handover.IN_SERVICE)[0].blocked == ""


def test_a_person_deactivated_without_a_hand_over_is_handed_over_later_by_leaver_inheritance(
        supervisor: Staff, clerk: Staff, office_data: dict) -> None:
    customer = contact_data.customer(clerk, "冯静")
    people.deactivate_staff(supervisor, clerk)  # 不交接，直接停用
    record = handover.hand_over(supervisor, clerk, office_data["clerk2"], handover.LEAVER, [customer.id], "补交接")
    assert record.kind == "离职继承" and registration.get(customer.id).owner_id == office_data["clerk2"].id


def test_a_leaving_that_may_not_be_done_moves_nothing(supervisor: Staff, admin: Staff, clerk: Staff,
                                                      office_data: dict) -> None:
    customer = contact_data.customer(admin, "褚红")
    with pytest.raises(RuleError, match="高于您"):  # a supervisor does not deactivate the administrator
        handover.leave_and_hand_over(supervisor, admin, clerk, [customer.id], "离职")
    assert Staff.get_by_id(admin.id).active and registration.get(customer.id).owner_id == admin.id
    assert handover.recent(supervisor, Page()) == []


def test_a_hand_over_is_refused_when_it_cannot_be_done(supervisor: Staff, leader: Staff, clerk: Staff,
                                                       office_data: dict) -> None:
    heir = office_data["clerk2"]
    customer = contact_data.customer(clerk, "钱亮")
    with pytest.raises(PermissionDenied):
        handover.hand_over(leader, clerk, heir, handover.IN_SERVICE, [customer.id], "调岗")
    with pytest.raises(RuleError, match="必须填写原因"):
        handover.hand_over(supervisor, clerk, heir, handover.IN_SERVICE, [customer.id], " ")
    with pytest.raises(RuleError, match="不能是同一人"):
        handover.hand_over(supervisor, clerk, clerk, handover.IN_SERVICE, [customer.id], "调岗")
    people.deactivate_staff(supervisor, heir)
    with pytest.raises(RuleError, match="已停用，不能接收客户"):
        handover.hand_over(supervisor, clerk, heir, handover.IN_SERVICE, [customer.id], "调岗")
    other = contact_data.customer(leader, "孙丽")
    with pytest.raises(RuleError, match="已不归"):
        handover.hand_over(supervisor, clerk, office_data["sales1"], handover.IN_SERVICE, [other.id], "调岗")
    assert registration.get(other.id).owner_id == leader.id


def test_many_households_move_in_batches_and_one_taken_meanwhile_is_left_out(
        supervisor: Staff, clerk: Staff, office_data: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handover, "BATCH", 2)
    customers = [contact_data.customer(clerk, f"客户{n}") for n in range(5)]
    real_move = handover._move

    def another_window_takes_the_last(*args: object) -> None:
        if args[4][0].customer_id == customers[4].id:
            registration.reassign(supervisor, registration.get(customers[4].id), office_data["leader1"], "主任改派")
        real_move(*args)

    monkeypatch.setattr(handover, "_move", another_window_takes_the_last)
    record = handover.hand_over(supervisor, clerk, office_data["clerk2"], handover.IN_SERVICE,
                                [c.id for c in customers], "调岗")
    assert [line.name for line in handover.sheet(supervisor, record.id).lines] == [f"客户{n}" for n in range(4)]
    assert registration.get(customers[4].id).owner_id == office_data["leader1"].id


def test_a_customer_named_twice_moves_once(supervisor: Staff, clerk: Staff, office_data: dict) -> None:
    customer = contact_data.customer(clerk, "钱坤")
    record = handover.hand_over(supervisor, clerk, office_data["clerk2"], handover.IN_SERVICE,
                                [customer.id, customer.id], "调整片区")
    assert [line.name for line in handover.sheet(supervisor, record.id).lines] == ["钱坤"]
    assert handover.recent(supervisor, Page())[0].customers == 1
