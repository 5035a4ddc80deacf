"""重点客户 (`003 重点客户管理表`): the supervisor marks the customers the office manages closely, with the reason,
the sales target and the plan to reach it. They are listed and printed as that table, never lapse to the open pool
(pool_rules), and every complaint of theirs is called back before it closes (`002 3.4.2`, complaints.workflow)."""

import datetime
from dataclasses import dataclass

from peewee import JOIN

from desktop.models import Customer, KeyCustomer, Staff, db
from desktop.services import audit, auth, clock, text
from desktop.services.customers import confidentiality
from desktop.services.customers.confidentiality import MASK
from desktop.services.errors import RuleError, ValidationErrors
from desktop.services.paging import Page

LIMITS = {"reason": 500, "target": 100, "action_plan": 1000, "manager_advice": 500, "director_advice": 500}
MULTILINE = ("reason", "action_plan", "manager_advice", "director_advice")
REQUIRED = {"reason": "请写明将其设为重点客户的原因。", "target": "请填写销售额目标。",
            "action_plan": "请写明实现目标的行动措施。"}


@dataclass
class KeyCustomerForm:
    reason: str = ""
    target: str = ""
    action_plan: str = ""
    manager_advice: str = ""  # 客户服务部经理建议
    director_advice: str = ""  # 总经理建议


@dataclass(frozen=True)
class KeyRow:
    """A line of the table as the actor may see it (a masked customer shows its name and number only)."""

    id: int
    customer_id: int
    number: str
    name: str
    owner_name: str
    target: str
    reason: str
    action_plan: str
    manager_advice: str
    director_advice: str
    marked_on: datetime.date
    masked: bool


def _values(form: KeyCustomerForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    values = text.cleaned({name: getattr(form, name) for name in LIMITS}, LIMITS, errors, MULTILINE)
    for field, message in REQUIRED.items():
        if not values[field] and field not in errors:
            errors[field] = message
    if errors:
        raise ValidationErrors(errors)
    return values


def mark_of(customer_id: int) -> KeyCustomer | None:
    """The customer's mark in force, if it is a 重点客户."""
    return KeyCustomer.get_or_none((KeyCustomer.customer == customer_id) & KeyCustomer.voided_at.is_null())


def is_key(customer_id: int | None) -> bool:
    return customer_id is not None and mark_of(customer_id) is not None


def form_of(mark: KeyCustomer) -> KeyCustomerForm:
    return KeyCustomerForm(mark.reason, mark.target, mark.action_plan, mark.manager_advice, mark.director_advice)


def mark(actor: Staff, customer: Customer, form: KeyCustomerForm, now: datetime.datetime | None = None) -> KeyCustomer:
    """Mark a customer in service as 重点客户 (supervisor), audited."""
    auth.require(actor, "customers.key")
    values = _values(form)
    now = now or clock.now()
    with db.atomic():
        audit.reload(customer)
        if customer.voided_at is not None or customer.archived:
            raise RuleError("已作废或已归档的客户不能设为重点客户。")
        if mark_of(customer.id) is not None:
            raise RuleError("{number} {name} 已是重点客户。", number=customer.number, name=customer.name)
        return audit.create(actor, KeyCustomer(customer=customer, marked_by=actor, marked_at=now, **values))


def update(actor: Staff, mark: KeyCustomer, form: KeyCustomerForm) -> KeyCustomer:
    auth.require(actor, "customers.key")
    values = _values(form)
    with db.atomic():
        audit.reload(mark)
        if mark.voided_at is not None:
            raise RuleError("该客户已不是重点客户。")
        return audit.update(actor, mark, reason="修改重点客户管理表", **values)


def unmark(actor: Staff, mark: KeyCustomer, reason: str) -> KeyCustomer:
    """The customer is no longer a 重点客户 (the line is voided with the reason; its pool rules are ordinary
    again)."""
    auth.require(actor, "customers.key")
    reason = text.one_line(reason, "取消重点客户必须填写原因。")
    with db.atomic():
        audit.reload(mark)
        return audit.void(actor, mark, reason)


def _query(actor: Staff) -> object:
    auth.require(actor, "customers.key_view")
    return (KeyCustomer.select(KeyCustomer, Customer, Staff)
            .join(Customer, on=KeyCustomer.customer == Customer.id)
            .join(Staff, JOIN.LEFT_OUTER, on=Customer.owner == Staff.id)
            .where(KeyCustomer.voided_at.is_null() & Customer.voided_at.is_null()))


def _row(mark: KeyCustomer, hides: bool) -> KeyRow:
    customer = mark.customer
    owner = customer.owner.name if customer.owner_id and not hides else ""
    if hides:
        return KeyRow(mark.id, customer.id, customer.number, customer.name, MASK, MASK, MASK, MASK, MASK, MASK,
                      mark.marked_at.date(), True)
    return KeyRow(mark.id, customer.id, customer.number, customer.name, owner, mark.target, mark.reason,
                  mark.action_plan, mark.manager_advice, mark.director_advice, mark.marked_at.date(), False)


def rows(actor: Staff, page: Page | None = None) -> list[KeyRow]:
    """The 重点客户 in force, the longest marked first; a confidential customer's plan is masked for those who may
    not open its archive."""
    query = _query(actor).order_by(KeyCustomer.marked_at, KeyCustomer.id)
    if page is not None:
        query = query.offset(page.offset).limit(page.limit)
    hides = confidentiality.hider(actor)
    return [_row(mark, hides(mark.customer.confidentiality)) for mark in query]


def count(actor: Staff) -> int:
    return _query(actor).count()
