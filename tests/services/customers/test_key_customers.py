"""重点客户 (`003 重点客户管理表`): marked by the supervisor with reason, target and plan, listed masked as the
confidentiality policy says, unmarked with a reason; every complaint of theirs is called back (`002 3.4.2`)."""

import datetime

import pytest

from desktop.models import Staff
from desktop.services import clock
from desktop.services.complaints import workflow
from desktop.services.customers import key_customers, registration, timeline
from desktop.services.customers.key_customers import KeyCustomerForm
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.paging import Page
from tests import complaint_world, contact_data
from tests.conftest import NOW

PLAN = KeyCustomerForm("年采购额居前三", "年销售额 500 万元", "每月拜访一次，季度走访决策人", "保持专人对接")


def test_the_supervisor_marks_a_key_customer_with_reason_target_and_plan(supervisor: Staff, clerk: Staff,
                                                                        leader: Staff) -> None:
    customer = contact_data.customer(clerk, "杭州明远贸易")
    with pytest.raises(ValidationErrors) as refused:
        key_customers.mark(supervisor, customer, KeyCustomerForm(reason=" "))
    assert set(refused.value.errors) == {"reason", "target", "action_plan"}
    with pytest.raises(PermissionDenied):
        key_customers.mark(leader, customer, PLAN)
    key_customers.mark(supervisor, customer, PLAN)
    with pytest.raises(RuleError, match="已是重点客户"):
        key_customers.mark(supervisor, registration.get(customer.id), PLAN)
    [row] = key_customers.rows(leader)
    assert (row.name, row.owner_name, row.target, row.action_plan) == ("杭州明远贸易", clerk.name, "年销售额 500 万元",
                                                                       "每月拜访一次，季度走访决策人")
    with pytest.raises(PermissionDenied):
        key_customers.rows(clerk)


def test_a_confidential_key_customer_s_plan_is_masked_below_the_supervisor(supervisor: Staff, clerk: Staff,
                                                                          leader: Staff) -> None:
    customer = contact_data.customer(clerk, "秘书长")
    registration.update(supervisor, customer, registration.CustomerForm(
        **{**registration.form_of(customer).__dict__, "confidentiality": "机密"}))
    key_customers.mark(supervisor, customer, PLAN)
    [row] = key_customers.rows(leader)
    assert row.masked and row.name == "秘书长" and row.action_plan == "（保密）"
    assert key_customers.rows(supervisor)[0].action_plan == PLAN.action_plan


def test_unmarking_needs_a_reason_and_keeps_the_line(supervisor: Staff, clerk: Staff) -> None:
    customer = contact_data.customer(clerk, "宁波海曙")
    mark = key_customers.mark(supervisor, customer, PLAN)
    with pytest.raises(RuleError, match="必须填写原因"):
        key_customers.unmark(supervisor, mark, "")
    clock.freeze(NOW + datetime.timedelta(days=1))
    key_customers.unmark(supervisor, mark, "合作结束")
    clock.freeze(NOW + datetime.timedelta(days=2))
    assert not key_customers.is_key(customer.id) and key_customers.rows(supervisor) == []
    key_customers.mark(supervisor, registration.get(customer.id), PLAN)  # marked again later
    assert key_customers.is_key(customer.id)
    shown = timeline.entries(supervisor, registration.get(customer.id), Page(0, 50), kinds=["key"])
    assert [e.title for e in shown] == ["设为重点客户", "取消重点客户", "设为重点客户"]
    assert shown[1].detail == f"合作结束（经办 {supervisor.name}）"


def test_a_key_customer_s_unfounded_complaint_waits_for_its_callback(supervisor: Staff, clerk: Staff,
                                                                     office_data: dict) -> None:
    customer = contact_data.customer(clerk, "温州瓯海")
    key_customers.mark(supervisor, customer, PLAN)
    complaint = workflow.receive(clerk, complaint_world.form(received_at=NOW, customer_id=customer.id), now=NOW)
    workflow.assess(clerk, complaint, False, "非本公司产品", "已向客户说明", now=NOW)
    assert complaint.status == workflow.REPLIED and complaint.closed_at is None
    assert complaint.callback_due_at == NOW + workflow.CALLBACK_LIMIT
    later = NOW + datetime.timedelta(hours=2)
    workflow.record_callback(clerk, complaint, True, "满意", True, now=later)
    assert (complaint.status, complaint.closed_as) == (workflow.CLOSED, workflow.CLOSED_INVALID)


def test_an_ordinary_customer_s_unfounded_complaint_closes_at_once(clerk: Staff) -> None:
    customer = contact_data.customer(clerk, "嘉兴南湖")
    complaint = workflow.receive(clerk, complaint_world.form(received_at=NOW, customer_id=customer.id), now=NOW)
    workflow.assess(clerk, complaint, False, "非本公司产品", "已向客户说明", now=NOW)
    assert (complaint.status, complaint.closed_as) == (workflow.CLOSED, workflow.CLOSED_INVALID)
