"""The open pool's rules (公海规则): how long ownership lasts, and each claim rule a small function saying in
Chinese what fails.

The seeds' rule stays the default — first registration wins and ownership lapses a month after the last follow-up
(`001 第12篇 5–6`), after which anyone may claim. In 设置 → 客户规则 the office may instead give each customer grade
its own number of days, warn owners more or fewer days ahead, make a previous owner wait before reclaiming a
customer that lapsed or was released, and cap the customers one person holds (0: the seeds' rule, or off).
A customer with an open complaint, and a 重点客户, never lapse while that lasts (two settings, on by default): the
owner stays answerable for them. `check_claim` lists every failure; `claim` and the page's 认领 both go through it.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from peewee import SQL, Expression, fn

from desktop import engine
from desktop.models import Complaint, Customer, KeyCustomer, Staff, db
from desktop.services import auth, settings
from desktop.services.calendar import add_months
from desktop.services.complaints.workflow import OPEN
from desktop.services.errors import RuleError, Text, ValidationErrors, lines, msg

GRADES = ("A", "B", "C", "D")
LAPSE_DAYS = {grade: f"pool_lapse_days_{grade}" for grade in GRADES}  # 0: one calendar month (the seeds' rule)
WARNING_DAYS = "pool_warning_days"  # owners see their customers lapsing within this many days
RECLAIM_DAYS = "pool_reclaim_days"  # a previous owner waits this many days (0: off)
MAX_CUSTOMERS = "pool_max_customers"  # at most this many households held per person (0: off)
EXEMPT_COMPLAINT = "pool_exempt_open_complaint"  # 1: a customer with an open complaint does not lapse
EXEMPT_KEY = "pool_exempt_key_customer"  # 1: a 重点客户 does not lapse
SWITCHES = (EXEMPT_COMPLAINT, EXEMPT_KEY)
TRANSFER_LIMIT = "handover_transfer_limit"  # in-service hand-overs of one customer within the window (0: off)
TRANSFER_WINDOW = "handover_transfer_window_days"
LIMITS = {**{key: 365 for key in LAPSE_DAYS.values()}, WARNING_DAYS: 60, RECLAIM_DAYS: 365, MAX_CUSTOMERS: 100_000,
          **{key: 1 for key in SWITCHES}, TRANSFER_LIMIT: 100, TRANSFER_WINDOW: 3650}
DEFAULTS = {WARNING_DAYS: 7, EXEMPT_COMPLAINT: 1, EXEMPT_KEY: 1, TRANSFER_LIMIT: 2, TRANSFER_WINDOW: 90}
ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class PoolSettings:
    reclaim_days: int = 0
    max_customers: int = 0
    warning_days: int = 7
    lapse_days: tuple[int, ...] = (0, 0, 0, 0)  # per grade A–D; 0: one month
    exempt_complaint: bool = True
    exempt_key: bool = True
    transfer_limit: int = 2  # 在职继承 of one customer within transfer_window days (0: off)
    transfer_window: int = 90

    def lapse_days_of(self, grade: str) -> int:
        return self.lapse_days[GRADES.index(grade)] if grade in GRADES else 0


def _number(key: str, stored: str | None = None) -> int:
    return int((settings.get(key) if stored is None else stored) or DEFAULTS.get(key, 0))


def current() -> PoolSettings:
    """The office's pool rules (one query)."""
    stored = settings.get_many(list(LIMITS))

    def number(key: str) -> int:
        return _number(key, stored[key])

    return PoolSettings(number(RECLAIM_DAYS), number(MAX_CUSTOMERS), number(WARNING_DAYS),
                        tuple(number(LAPSE_DAYS[grade]) for grade in GRADES), bool(number(EXEMPT_COMPLAINT)),
                        bool(number(EXEMPT_KEY)), number(TRANSFER_LIMIT), number(TRANSFER_WINDOW) or 1)


def values(rules: PoolSettings) -> dict[str, int]:
    """The settings by key, as 设置 → 客户规则 shows them."""
    return {**{LAPSE_DAYS[grade]: rules.lapse_days_of(grade) for grade in GRADES}, WARNING_DAYS: rules.warning_days,
            RECLAIM_DAYS: rules.reclaim_days, MAX_CUSTOMERS: rules.max_customers,
            EXEMPT_COMPLAINT: int(rules.exempt_complaint), EXEMPT_KEY: int(rules.exempt_key),
            TRANSFER_LIMIT: rules.transfer_limit, TRANSFER_WINDOW: rules.transfer_window}


def ownership_end(grade: str, day: datetime.date, rules: PoolSettings | None = None) -> datetime.date:
    """The last day a customer of `grade` stays with its owner after a follow-up, claim or reassignment on `day`."""
    if rules is not None:
        days = rules.lapse_days_of(grade)
    else:  # one setting read: this runs on every contact's save
        days = _number(LAPSE_DAYS[grade]) if grade in LAPSE_DAYS else 0
    return day + datetime.timedelta(days=days) if days else add_months(day, 1)


def open_complaint(bulk: bool = False) -> Expression:
    """Customers with a complaint not yet closed: looked up row by row through the complaint's customer index, or,
    for a whole list (`bulk`), against the open complaints' customers gathered once."""
    condition = Complaint.status.in_(OPEN) & Complaint.voided_at.is_null()
    if bulk:
        return engine.among(Customer.id, Complaint.select(Complaint.customer).where(
            Complaint.customer.is_null(False) & condition))
    return fn.EXISTS(Complaint.select(SQL("1")).where((Complaint.customer == Customer.id) & condition))


def key_customer(bulk: bool = False) -> Expression:
    """Customers marked 重点客户 (a mark in force)."""
    if bulk:
        return engine.among(Customer.id, KeyCustomer.select(KeyCustomer.customer).where(
            KeyCustomer.voided_at.is_null()))
    return fn.EXISTS(KeyCustomer.select(SQL("1")).where((KeyCustomer.customer == Customer.id)
                                                        & KeyCustomer.voided_at.is_null()))


def exempt(rules: PoolSettings | None = None, bulk: bool = False) -> Expression | None:
    """Customers who do not lapse however long since their last follow-up (None: the office exempts nobody);
    `bulk` for a condition on a whole list rather than a few rows."""
    rules = rules or current()
    parts = [part for on, part in ((rules.exempt_complaint, open_complaint), (rules.exempt_key, key_customer)) if on]
    if not parts:
        return None
    condition = parts[0](bulk)
    return condition | parts[1](bulk) if len(parts) == 2 else condition


def _reasons(customer_id: int, rules: PoolSettings | None) -> list[Text]:
    """Why the customer does not lapse, read in one query."""
    rules = rules or current()
    checks = [(text, part) for on, part, text in ((rules.exempt_complaint, open_complaint, msg("有未结案投诉")),
                                                  (rules.exempt_key, key_customer, msg("重点客户"))) if on]
    if not checks:
        return []
    found = Customer.select(*[part() for _, part in checks]).where(Customer.id == customer_id).tuples().first()
    return [text for (text, _), hit in zip(checks, found or (), strict=False) if hit]


def is_exempt(customer_id: int, rules: PoolSettings | None = None) -> bool:
    return bool(_reasons(customer_id, rules))


def exemption_text(customer_id: int, rules: PoolSettings | None = None) -> str | Text:
    """Why the customer does not lapse ("" when it does)."""
    reasons = _reasons(customer_id, rules)
    return lines(reasons, "、") if reasons else ""


def lapsed(today: datetime.date, rules: PoolSettings | None = None, bulk: bool = False) -> Expression:
    """Customers without an owner or whose ownership ran out before today and who are not exempt."""
    ran_out = Customer.ownership_until < today
    condition = exempt(rules, bulk)
    if condition is not None:
        ran_out &= ~condition
    return Customer.owner.is_null() | Customer.ownership_until.is_null() | ran_out


def lapsing_soon(today: datetime.date, rules: PoolSettings | None = None, bulk: bool = True) -> Expression:
    """Owned customers whose ownership ends within the warning window (the 今日 group and the 客户登记 filter);
    exempt customers are not among them."""
    rules = rules or current()
    soon = today + datetime.timedelta(days=rules.warning_days)
    condition = Customer.owner.is_null(False) & Customer.ownership_until.between(today, soon)
    spared = exempt(rules, bulk)
    return condition if spared is None else condition & ~spared


def save(actor: Staff, typed: dict[str, int | str]) -> PoolSettings:
    """设置 → 客户规则 (supervisor only, each change audited): whole numbers by setting key; an empty field is 0."""
    auth.require(actor, "customers.pool_rules")
    values, errors = {}, {}
    for key, value in typed.items():
        text = str(value).strip() or "0"
        if key not in LIMITS or not text.isdecimal() or int(text) > LIMITS[key]:
            errors[key] = msg("请填写 0 到 {value} 的整数。", value=LIMITS.get(key, 0))
        else:
            values[key] = str(int(text))
    if errors:
        raise ValidationErrors(errors)
    with db.atomic():
        for key, value in values.items():
            settings.put(actor, key, value)
    return current()


# ---------------------------------------------------------------------------------------------------- the rules
@dataclass(frozen=True)
class Claim:
    actor: Staff
    customer: Customer
    today: datetime.date
    status: str  # the owner status on `today` (registration.owner_status)
    in_pool: bool
    rules: PoolSettings


def in_the_pool(claim: Claim) -> Text | None:
    return None if claim.in_pool else msg("该客户{status}，不在公共池中，不能申领。", status=claim.status)


def reclaim_wait(claim: Claim) -> Text | None:
    """A previous owner waits `reclaim_days` after the ownership lapsed or was released (the day after
    ownership_until)."""
    customer, days = claim.customer, claim.rules.reclaim_days
    if not days or customer.owner_id != claim.actor.id or customer.ownership_until is None:
        return None
    free_on = customer.ownership_until + ONE_DAY + datetime.timedelta(days=days)
    if claim.today >= free_on:
        return None
    return (msg("您是该客户的原归属业务员，归属于 {returned:%Y-%m-%d} 回公共池，{days} 天内不能再申领；"
                "{free_on:%Y-%m-%d} 起可以申领。",
                returned=customer.ownership_until + ONE_DAY, days=days, free_on=free_on))


def held_by(staff: Staff, today: datetime.date) -> int:
    """Households `staff` holds today (a family counts once: its members follow the head)."""
    return (Customer.select().where((Customer.owner == staff.id) & ~lapsed(today, bulk=True)
                                    & Customer.household.is_null() & Customer.voided_at.is_null()
                                    & (Customer.archived == False))  # noqa: E712 (peewee builds SQL from ==)
            .count())


def holding_cap(claim: Claim) -> Text | None:
    cap = claim.rules.max_customers
    if not cap:
        return None
    held = held_by(claim.actor, claim.today)
    if held < cap:
        return None
    return msg("每人最多持有 {cap} 位客户（家庭计一位），您已持有 {held} 位；请先跟进或释放部分客户再申领。",
               cap=cap, held=held)


@dataclass(frozen=True)
class PoolRule:
    key: str
    check: Callable[[Claim], str | None]
    text: str


RULES: list[PoolRule] = [
    PoolRule("in_the_pool", in_the_pool, "只有已回公共池的客户可以申领"),
    PoolRule("reclaim_wait", reclaim_wait, "原归属业务员在客户回公共池后的冷静期内不能再申领"),
    PoolRule("holding_cap", holding_cap, "每人持有的客户不超过上限"),
]


def check_claim(claim: Claim) -> list[Text]:
    """Every rule the claim breaks; an empty list means it may go ahead."""
    return [message for rule in RULES if (message := rule.check(claim))]


def refuse(claim: Claim) -> None:
    failures = check_claim(claim)
    if failures:
        raise RuleError(lines(failures))
