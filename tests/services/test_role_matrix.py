"""The role matrix: every permission of auth.PERMISSIONS, exercised through one service call that needs it, as each
kind of user. A call is allowed from the permission's lowest role up (unless its entry names who may) and refused
with PermissionDenied to everyone else and to a deactivated account. A permission without an entry fails here.

The subject of every call belongs to 张三 of 客服一班; "clerk" is his colleague 李四, "leader_same" the 班长 of
客服一班 and "leader_other" the 班长 of 客服二班. Each call runs in a transaction that is rolled back."""

import datetime
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import engine
from desktop.models import Customer, Staff, db
from desktop.services import audit_view, auth, calendar, login_log, passwords, settings, wording
from desktop.services.complaints import workflow
from desktop.services.contacts import follow_ups, records, rotation, urgent_reports, visit_points
from desktop.services.customers import archive, handover, key_customers, pool_rules, registration
from desktop.services.errors import PermissionDenied
from desktop.services.files import backup, restore
from desktop.services.paging import Page
from desktop.services.reporting import daily
from desktop.services.staffing import (
    covers,
    duty_log,
    fairness,
    leave,
    people,
    quality_report,
    roster,
    shift_handover,
    swaps,
)
from desktop.services.staffing.swap_rules import SwapDraft
from tests import complaint_world, contact_data, leave_world, swap_world
from tests.conftest import NOW, PASSWORD

ROLE_OF = {"clerk": "staff", "salesperson": "staff", "leader_same": "team_leader", "leader_other": "team_leader",
           "supervisor": "supervisor", "admin": "admin", "deactivated": None}
Act = Callable[[Staff], object]


@dataclass(frozen=True)
class Case:
    make: Callable[[dict, Path], Act]  # the office and a folder -> the call, made afresh for each user
    allowed: frozenset[str] | None = None  # None: from the permission's lowest role up


CASES: dict[str, Case] = {}


def case(permission: str, allowed: set[str] | None = None) -> Callable[[Callable[[dict, Path], Act]], None]:
    def register(make: Callable[[dict, Path], Act]) -> None:
        CASES[permission] = Case(make, frozenset(allowed) if allowed is not None else None)
    return register


def _customer(data: dict) -> Customer:
    return contact_data.customer(data["clerk1"], "杭州明远贸易", "13800000001")


def _swap_in_team(data: dict) -> SwapDraft:
    """张三 gives his 早班 on a Wednesday to 李四 of the same team and works 李四's a week later."""
    early, swap_day, return_day = data["shifts"]["早班"], datetime.date(2026, 11, 25), datetime.date(2026, 12, 2)
    swap_world.put(data["clerk1"], swap_day, early)
    swap_world.put(data["clerk2"], return_day, early)
    return SwapDraft(applicant=data["clerk1"], substitute=data["clerk2"], swap_day=swap_day, swap_shift=early,
                     return_day=return_day, return_shift=early, reason="家中有事", handover="交接工单 3 张")


# ── 设置 ───────────────────────────────────────────────────────────────────────────────────────────────────────
@case("settings.open")
def _(data: dict, here: Path) -> Act:
    return lambda actor: settings.save_interface(actor, "测试分店", "zh_CN")


@case("staff.manage")
def _(data: dict, here: Path) -> Act:
    return lambda actor: people.save_team(actor, "客服三班", None)


@case("calendar.edit")
def _(data: dict, here: Path) -> Act:
    return lambda actor: calendar.set_day(actor, datetime.date(2026, 12, 1), calendar.HOLIDAY, "分店店庆")


@case("roster.edit")
def _(data: dict, here: Path) -> Act:
    cell = (data["clerk1"].id, datetime.date(2026, 12, 1))
    return lambda actor: roster.set_cells(actor, {cell: data["shifts"]["早班"].id})


@case("audit.view")
def _(data: dict, here: Path) -> Act:
    return lambda actor: audit_view.lines(actor, 10)


@case("logins.view")
def _(data: dict, here: Path) -> Act:
    return lambda actor: login_log.entries(actor, 10)


@case("reports.view")
def _(data: dict, here: Path) -> Act:
    return lambda actor: daily.build(actor, datetime.date(2026, 11, 17))


@case("backup.make")
def _(data: dict, here: Path) -> Act:
    return lambda actor: backup.make_backup(actor, engine.target_of(db), here / f"U盘{actor.code}", create_folder=True)


@case("backup.restore")
def _(data: dict, here: Path) -> Act:
    made = backup.write_backup(engine.target_of(db), Path(tempfile.mkdtemp(dir=here)))
    return lambda actor: restore.prepare_restore(actor, made.path, engine.target_of(db)).temp.unlink()


@case("password.change_own")
def _(data: dict, here: Path) -> Act:
    return lambda actor: passwords.change_own(actor, PASSWORD, "another-one")


# ── 客户 ───────────────────────────────────────────────────────────────────────────────────────────────────────
@case("customers.register")
def _(data: dict, here: Path) -> Act:
    return lambda actor: contact_data.customer(actor, "宁波新客户", "13900000001")


@case("customers.edit_any")
def _(data: dict, here: Path) -> Act:
    customer = _customer(data)
    form = registration.form_of(customer)
    form.demand = "二期扩建，需要报价"
    return lambda actor: registration.update(actor, customer, form)


def on_customer(call: Callable[[Staff, Customer, dict], object]) -> Callable[[dict, Path], Act]:
    """A case acting on a customer 张三 registered."""
    def make(data: dict, here: Path) -> Act:
        customer = _customer(data)
        return lambda actor: call(actor, customer, data)
    return make


case("customers.review")(on_customer(lambda a, c, _: registration.record_credit_review(a, c, "B")))
case("customers.reassign")(on_customer(lambda a, c, d: registration.reassign(a, c, d["sales1"], "调岗")))
case("customers.void")(on_customer(lambda a, c, _: registration.void(a, c, "重复登记")))


@case("customers.confidential")
def _(data: dict, here: Path) -> Act:
    customer = _customer(data)
    Customer.update(confidentiality="confidential").where(Customer.id == customer.id).execute()
    return lambda actor: archive.open_archive(actor, customer.id)


@case("customers.access_log")
def _(data: dict, here: Path) -> Act:
    return lambda actor: archive.access_log(actor, Page())


@case("customers.pool_rules")
def _(data: dict, here: Path) -> Act:
    return lambda actor: pool_rules.save(actor, {pool_rules.RECLAIM_DAYS: 7, pool_rules.MAX_CUSTOMERS: 200})


case("customers.key")(on_customer(lambda a, c, _: key_customers.mark(
    a, c, key_customers.KeyCustomerForm("年采购额居前", "年销售额 500 万元", "每月拜访一次"))))


@case("customers.key_view")
def _(data: dict, here: Path) -> Act:
    return lambda actor: key_customers.rows(actor)


@case("customers.hand_over")
def _(data: dict, here: Path) -> Act:
    customer = _customer(data)
    return lambda actor: handover.hand_over(actor, data["clerk1"], data["sales1"], handover.IN_SERVICE, [customer.id],
                                            "调岗")


# ── 投诉 ───────────────────────────────────────────────────────────────────────────────────────────────────────
@case("complaint.receive")
def _(data: dict, here: Path) -> Act:
    return lambda actor: workflow.receive(actor, complaint_world.form(received_at=NOW), now=NOW)


@case("complaint.handle")
def _(data: dict, here: Path) -> Act:
    complaint = complaint_world.take_to(workflow.RECEIVED, data, received_at=NOW)
    return lambda actor: workflow.assess(actor, complaint, True, "理由充分", now=NOW)


@case("complaint.approve")
def _(data: dict, here: Path) -> Act:
    complaint = complaint_world.take_to(workflow.PROPOSED, data)
    return lambda actor: workflow.approve(actor, complaint, "同意")


@case("complaint.approve_serious")
def _(data: dict, here: Path) -> Act:
    complaint = complaint_world.take_to(workflow.PROPOSED, data, severity="major")
    return lambda actor: workflow.approve(actor, complaint, "同意")


@case("complaint.remind")
def _(data: dict, here: Path) -> Act:
    complaint = complaint_world.take_to(workflow.DISPATCHED, data)  # received in September: long overdue
    return lambda actor: workflow.remind(actor, complaint)


@case("complaint.extend")
def _(data: dict, here: Path) -> Act:
    complaint = complaint_world.take_to(workflow.DISPATCHED, data, received_at=NOW)
    return lambda actor: workflow.extend(actor, complaint, 3, "需送检")


@case("complaint.decide")
def _(data: dict, here: Path) -> Act:
    complaint = complaint_world.take_to(workflow.REPLIED, data)
    workflow.record_callback(data["clerk1"], complaint, True, "不满意", False)
    return lambda actor: workflow.decide_close(actor, complaint, "已与客户当面沟通")


@case("complaint.void")
def _(data: dict, here: Path) -> Act:
    complaint = complaint_world.take_to(workflow.RECEIVED, data, received_at=NOW)
    return lambda actor: workflow.void(actor, complaint, "重复受理")


@case("complaint.merge")
def _(data: dict, here: Path) -> Act:
    older = complaint_world.take_to(workflow.DISPATCHED, data, received_at=NOW - datetime.timedelta(hours=2))
    newer = complaint_world.take_to(workflow.RECEIVED, data, received_at=NOW)
    return lambda actor: workflow.merge(actor, older, newer, "客户重复来电")


@case("wording.manage")
def _(data: dict, here: Path) -> Act:
    return lambda actor: wording.save(actor, wording.WordingForm("reply", "上门更换", "{客户称呼}您好，{处理结果}。"))


# ── 换班、请假、排班 ──────────────────────────────────────────────────────────────────────────────────────────────
@case("swaps.enter_for_others")
def _(data: dict, here: Path) -> Act:
    draft = _swap_in_team(data)
    return lambda actor: swaps.submit(actor, draft)


@case("swaps.approve", allowed={"leader_same"})  # a 班长 approves for the members of his own team only
def _(data: dict, here: Path) -> Act:
    swap = swaps.submit(data["clerk1"], _swap_in_team(data))
    return lambda actor: swaps.decide(actor, swap, True)


@case("swaps.withdraw_any")
def _(data: dict, here: Path) -> Act:
    swap = swaps.submit(data["clerk1"], _swap_in_team(data))
    return lambda actor: swaps.withdraw(actor, swap, "不换了")


def _cover(data: dict) -> covers.CoverDraft:
    """张三's 早班 a week ahead, to be taken by 王五 of 客服二班."""
    early, day = data["shifts"]["早班"], datetime.date(2026, 11, 25)
    swap_world.put(data["clerk1"], day, early)
    return covers.CoverDraft(data["clerk1"], data["clerk3"], day, early, False, "张三病了")


@case("covers.request")
def _(data: dict, here: Path) -> Act:
    draft = _cover(data)
    return lambda actor: covers.submit(actor, draft)


@case("covers.approve", allowed={"leader_same"})  # the absent person's own 班长
def _(data: dict, here: Path) -> Act:
    cover = covers.submit(data["clerk3"], _cover(data))  # 王五 offers
    return lambda actor: covers.decide(actor, cover, True)


@case("leave.apply")
def _(data: dict, here: Path) -> Act:
    return lambda actor: leave.apply(actor, leave_world.draft(actor, datetime.date(2026, 11, 25)))


@case("leave.approve", allowed={"leader_same"})  # the first level is the person's own 班长
def _(data: dict, here: Path) -> Act:
    request = leave.apply(data["clerk1"], leave_world.draft(data["clerk1"], datetime.date(2026, 11, 25)))
    return lambda actor: leave.decide(actor, request, True)


@case("leave.manage")
def _(data: dict, here: Path) -> Act:
    sick = leave.apply(data["clerk1"], leave_world.draft(data["clerk1"], datetime.date(2026, 11, 25), kind="sick"))
    return lambda actor: leave.void(actor, sick, "登记错误")


# ── 交接日志、值班日志、服务质量分析报告、值班公平 ────────────────────────────────────────────────────────────────
def _handover(data: dict) -> shift_handover.HandoverDraft:
    """Today's 早班 of 张三, 李四 and 赵六, handed over to the 中班."""
    early = data["shifts"]["早班"]
    for person in (data["clerk1"], data["clerk2"], data["sales1"]):
        swap_world.put(person, NOW.date(), early)
    return shift_handover.HandoverDraft(NOW.date(), early, equipment="正常")


@case("handover.record")
def _(data: dict, here: Path) -> Act:
    draft = _handover(data)
    return lambda actor: shift_handover.record(actor, draft)


@case("handover.acknowledge")
def _(data: dict, here: Path) -> Act:
    record = shift_handover.record(data["clerk1"], _handover(data))
    for person in (data["clerk2"], data["sales1"]):
        swap_world.put(person, record.next_day, record.next_shift)  # they take over the 中班
    return lambda actor: shift_handover.acknowledge(actor, record)


@case("handover.oversee")
def _(data: dict, here: Path) -> Act:
    return lambda actor: shift_handover.unacknowledged(actor)


@case("duty_log.keep")
def _(data: dict, here: Path) -> Act:
    draft = duty_log.DutyDraft(datetime.date(2026, 11, 17), data["shifts"]["早班"], consultations=80)
    return lambda actor: duty_log.save(actor, draft)


@case("quality_report.write", allowed={"leader_same", "leader_other"})  # a team's leader; a 主任 has no team
def _(data: dict, here: Path) -> Act:
    return lambda actor: quality_report.save(actor, 2026, 10, "咨询量上升", "", "")


@case("quality_report.receive")
def _(data: dict, here: Path) -> Act:
    return lambda actor: quality_report.team_states(actor, NOW.date())


@case("duty.fairness")
def _(data: dict, here: Path) -> Act:
    return lambda actor: fairness.table(actor, 2026, 10)


# ── 拜访记录 ────────────────────────────────────────────────────────────────────────────────────────────────────
@case("contacts.record")
def _(data: dict, here: Path) -> Act:
    customer = _customer(data)
    when = NOW - datetime.timedelta(hours=1)
    return lambda actor: records.record(actor, contact_data.form(actor, customer, when, kind="phone"))


@case("contacts.record_for_others")
def _(data: dict, here: Path) -> Act:
    form = contact_data.form(data["clerk1"], _customer(data), NOW - datetime.timedelta(hours=1))
    return lambda actor: records.record(actor, form)


@case("contacts.manage")
def _(data: dict, here: Path) -> Act:
    contact = contact_data.record(data["clerk1"], _customer(data), NOW - datetime.timedelta(hours=2))
    return lambda actor: records.void(actor, contact, "录错了")


@case("follow_ups.view_all")
def _(data: dict, here: Path) -> Act:
    return lambda actor: follow_ups.fetch(actor, Page(), "overdue")


@case("rotation.manage")
def _(data: dict, here: Path) -> Act:
    return lambda actor: rotation.set_status(actor, data["clerk1"], "away")


case("visit_plans.manage")(on_customer(
    lambda a, c, d: visit_points.set_plan(a, d["clerk1"], c, 2026, 12, 3)))


@case("urgent.read")
def _(data: dict, here: Path) -> Act:
    return lambda actor: urgent_reports.unread(actor, Page())


# ── the matrix ─────────────────────────────────────────────────────────────────────────────────────────────────
@pytest.fixture
def users(office_data: dict) -> dict[str, Staff]:
    gone = Staff.create(code="A002", name="离职管理员", job_type="管理员", skill_level="高级工", role="admin",
                        login="a002", password_hash=auth.hash_password(PASSWORD), active=False)
    return {"clerk": office_data["clerk2"], "salesperson": office_data["sales1"],
            "leader_same": office_data["leader1"], "leader_other": office_data["leader2"],
            "supervisor": office_data["supervisor"], "admin": office_data["admin"], "deactivated": gone}


def expected(permission: str, role: str) -> bool:
    allowed = CASES[permission].allowed
    if allowed is not None:
        return role in allowed
    held = ROLE_OF[role]
    return held is not None and auth.RANK[held] >= auth.RANK[auth.PERMISSIONS[permission]]


def outcome(make: Callable[[dict, Path], Act], data: dict, here: Path, actor: Staff) -> bool:
    """Whether the call went through; a refusal must be PermissionDenied, anything else fails the test."""
    with db.atomic() as transaction:
        act = make(data, here)
        try:
            act(Staff.get_by_id(actor.id))
        except PermissionDenied:
            return False
        finally:
            transaction.rollback()
    return True


def test_every_permission_has_a_call_in_the_matrix() -> None:
    assert sorted(set(auth.PERMISSIONS) - set(CASES)) == []
    assert sorted(set(CASES) - set(auth.PERMISSIONS)) == []


@pytest.mark.parametrize("permission", sorted(auth.PERMISSIONS))
def test_each_user_is_allowed_or_refused(permission: str, office_data: dict, users: dict[str, Staff],
                                         db_path: Path) -> None:
    results = {role: outcome(CASES[permission].make, office_data, db_path.parent, actor)
               for role, actor in users.items()}
    assert results == {role: expected(permission, role) for role in users}
