"""The open pool's rules (公海规则): how long ownership lasts, and each claim rule a small function saying in
Chinese what fails.

The seeds' rule stays the default — first registration wins and ownership lapses a month after the last follow-up
(`001 第12篇 5–6`), after which anyone may claim. In 设置 → 客户规则 the office may instead give each customer grade
its own number of days, warn owners more or fewer days ahead, make a previous owner wait before reclaiming a
customer that lapsed or was released, and cap the customers one person holds (0: the seeds' rule, or off).
`check_claim` lists every failure; `claim` and the page's 认领 both go through it.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from peewee import Expression

from desktop.models import Customer, Staff, db
from desktop.services import auth, settings
from desktop.services.calendar import add_months
from desktop.services.errors import RuleError, Text, ValidationErrors, lines, msg

GRADES = ("A", "B", "C", "D")
LAPSE_DAYS = {grade: f"pool_lapse_days_{grade}" for grade in GRADES}  # 0: one calendar month (the seeds' rule)
WARNING_DAYS = "pool_warning_days"  # owners see their customers lapsing within this many days
RECLAIM_DAYS = "pool_reclaim_days"  # a previous owner waits this many days (0: off)
MAX_CUSTOMERS = "pool_max_customers"  # at most this many households held per person (0: off)
LIMITS = {**{key: 365 for key in LAPSE_DAYS.values()}, WARNING_DAYS: 60, RECLAIM_DAYS: 365, MAX_CUSTOMERS: 100_000}
DEFAULTS = {WARNING_DAYS: 7}
ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class PoolSettings:
    reclaim_days: int = 0
    max_customers: int = 0
    warning_days: int = 7
    lapse_days: tuple[int, ...] = (0, 0, 0, 0)  # per grade A–D; 0: one month

    def lapse_days_of(self, grade: str) -> int:
        return self.lapse_days[GRADES.index(grade)] if grade in GRADES else 0


def _number(key: str) -> int:
    return int(settings.get(key) or DEFAULTS.get(key, 0))


def current() -> PoolSettings:
    return PoolSettings(_number(RECLAIM_DAYS), _number(MAX_CUSTOMERS), _number(WARNING_DAYS),
                        tuple(_number(LAPSE_DAYS[grade]) for grade in GRADES))


def values(rules: PoolSettings) -> dict[str, int]:
    """The settings by key, as 设置 → 客户规则 shows them."""
    return {**{LAPSE_DAYS[grade]: rules.lapse_days_of(grade) for grade in GRADES}, WARNING_DAYS: rules.warning_days,
            RECLAIM_DAYS: rules.reclaim_days, MAX_CUSTOMERS: rules.max_customers}


def ownership_end(grade: str, day: datetime.date, rules: PoolSettings | None = None) -> datetime.date:
    """The last day a customer of `grade` stays with its owner after a follow-up, claim or reassignment on `day`."""
    if rules is not None:
        days = rules.lapse_days_of(grade)
    else:  # one setting read: this runs on every contact's save
        days = _number(LAPSE_DAYS[grade]) if grade in LAPSE_DAYS else 0
    return day + datetime.timedelta(days=days) if days else add_months(day, 1)


def lapsing_soon(today: datetime.date, rules: PoolSettings | None = None) -> Expression:
    """Owned customers whose ownership ends within the warning window (the 今日 group and the 客户登记 filter)."""
    soon = today + datetime.timedelta(days=(rules or current()).warning_days)
    return Customer.owner.is_null(False) & Customer.ownership_until.between(today, soon)


def save(actor: Staff, typed: dict[str, int | str]) -> PoolSettings:
    """设置 → 客户规则 (supervisor only, each change audited): whole numbers by setting key; an empty field is 0."""
    auth.require(actor, "customers.pool_rules")
    values, errors = {}, {}
    for key, value in typed.items():
        text = str(value).strip() or "0"
        if key not in LIMITS or not text.isdigit() or int(text) > LIMITS[key]:
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
    return None if claim.in_pool else f"该客户{claim.status}，不在公共池中，不能申领。"


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
    return (Customer.select().where((Customer.owner == staff.id) & (Customer.ownership_until >= today)
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
