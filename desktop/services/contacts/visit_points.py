"""业务积分 (`000 Ⅰ 四`) and the monthly visit plan (`003 访问计划完成表`, `001 第13篇 3.1`).

What counts as one real visit, for points and for the plan's 实际: a contact that is not voided, of kind 外出拜访
or 来访接待, with a registered customer, earned by its 接待/拜访人 (not the 协助人) — and one per customer per
day, so that two records of the same meeting do not earn two points. Phone records earn nothing (the seed
counts visits, "深入拜访"). A month runs from its first day 00:00 to the next month's first day 00:00 by the
contact's 日期时间. Each salesperson needs 30 points a month; three or more short is flagged (罚做卫生一次).
"""

import datetime
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from desktop import engine
from desktop.models import Contact, Customer, Staff, Team, VisitPlan, db
from desktop.services import audit, auth, calendar
from desktop.services.customers import confidentiality
from desktop.services.customers.confidentiality import MASK
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.paging import Page

TARGET = 30
FLAG_SHORT = 3
POINT_KINDS = ("visit", "reception")
SALES_JOB_TYPE = "业务员"
MAX_PLANNED = 100


def _visit_key() -> fn:
    """One real visit: the customer and the day."""
    return Contact.customer.concat(":").concat(engine.day(Contact.started_at))


def _real_visits(start: datetime.datetime, end: datetime.datetime) -> object:
    return ((Contact.started_at >= start) & (Contact.started_at < end) & Contact.voided_at.is_null()
            & Contact.kind.in_(POINT_KINDS) & Contact.customer.is_null(False))


@dataclass(frozen=True)
class PointsRow:
    staff_id: int
    code: str
    name: str
    team: str
    visits: int  # 外出拜访 days with a customer
    receptions: int  # 来访接待 days with a customer
    points: int
    planned: int  # visits planned for the month
    short: int  # points below TARGET

    @property
    def flagged(self) -> bool:
        return self.short >= FLAG_SHORT


def month_points(year: int, month: int) -> list[PointsRow]:
    """Every salesperson (and anyone else who earned points) with the month's points, in one query."""
    start, end = calendar.month_span(year, month)
    key = _visit_key()

    def days(kind: str) -> fn:
        return fn.COUNT(fn.DISTINCT(Case(None, [(Contact.kind == kind, key)])))

    earned = (Contact.select(Contact.staff.alias("staff_id"), days("visit").alias("visits"),
                             days("reception").alias("receptions"), fn.COUNT(fn.DISTINCT(key)).alias("points"))
              .where(_real_visits(start, end)).group_by(Contact.staff).alias("earned"))
    planned = (VisitPlan.select(VisitPlan.staff.alias("staff_id"), fn.SUM(VisitPlan.planned).alias("planned"))
               .where(VisitPlan.month == start.date()).group_by(VisitPlan.staff).alias("planned"))
    query = (Staff.select(Staff.id, Staff.code, Staff.name, Team.name, fn.COALESCE(earned.c.visits, 0),
                          fn.COALESCE(earned.c.receptions, 0), fn.COALESCE(earned.c.points, 0),
                          fn.COALESCE(planned.c.planned, 0))
             .join(Team, JOIN.LEFT_OUTER, on=(Staff.team == Team.id))
             .switch(Staff).join(earned, JOIN.LEFT_OUTER, on=(Staff.id == earned.c.staff_id))
             .switch(Staff).join(planned, JOIN.LEFT_OUTER, on=(Staff.id == planned.c.staff_id))
             .where(((Staff.job_type == SALES_JOB_TYPE) & Staff.active) | earned.c.points.is_null(False))
             .order_by(Staff.code))
    return [PointsRow(sid, code, name, team or "", visits, receptions, points, plan, max(0, TARGET - points))
            for sid, code, name, team, visits, receptions, points, plan in query.tuples()]


# ---------------------------------------------------------------------------------------------------- the plan
@dataclass(frozen=True)
class PlanRow:
    customer_id: int
    customer_name: str
    main_contact: str
    phone: str
    planned: list[int]  # January … December
    actual: list[int]


def plan_year(actor: Staff, staff_id: int, year: int, page: Page | None = None) -> list[PlanRow]:
    """访问计划完成表: for one salesperson, every customer planned or visited in `year` (by pinyin), month by
    month, each customer as `actor` may see it; with `page`, only that page of them (a busy salesperson has
    10 000), counted for those customers alone."""
    start, end = datetime.datetime(year, 1, 1), datetime.datetime(year + 1, 1, 1)
    in_plan = (VisitPlan.staff == staff_id) & (VisitPlan.month >= start.date()) & (VisitPlan.month < end.date())
    visited = _real_visits(start, end) & (Contact.staff == staff_id)
    found = VisitPlan.select(VisitPlan.customer).where(in_plan) | Contact.select(Contact.customer).where(visited)
    customers = (Customer.select(Customer.id, Customer.name, Customer.main_contact, Customer.phone,
                                 Customer.confidentiality)
                 .where(Customer.id.in_(found)).order_by(Customer.name_pinyin, Customer.id))
    if page is not None:
        customers = customers.offset(page.offset).limit(page.limit)
    customers = list(customers.tuples())
    if page is not None:
        ids = [row[0] for row in customers]
        in_plan, visited = in_plan & VisitPlan.customer.in_(ids), visited & Contact.customer.in_(ids)
    table: dict[int, tuple[list[int], list[int]]] = {row[0]: ([0] * 12, [0] * 12) for row in customers}
    plans = VisitPlan.select(VisitPlan.customer, VisitPlan.month, VisitPlan.planned).where(in_plan).tuples()
    for customer_id, month, planned in plans:
        table[customer_id][0][month.month - 1] = planned
    month = engine.month_number(Contact.started_at)
    actual = (Contact.select(Contact.customer, month, fn.COUNT(fn.DISTINCT(_visit_key())))
              .where(visited).group_by(Contact.customer, month)).tuples()
    for customer_id, number, count in actual:
        if customer_id in table:  # not an anonymous enquiry
            table[customer_id][1][number - 1] = count
    hides = confidentiality.hider(actor)  # the actor's rights read once, not once a customer
    return [PlanRow(cid, name, "", MASK, *table[cid]) if hides(secrecy) else PlanRow(cid, name, contact, phone,
                                                                                        *table[cid])
            for cid, name, contact, phone, secrecy in customers]


def set_plan(actor: Staff, staff: Staff | int, customer: Customer | int, year: int, month: int,
             planned: int) -> VisitPlan:
    """The salesperson's own monthly plan (a team leader or above may set anyone's)."""
    staff = staff if isinstance(staff, int) else staff.id
    if staff != actor.id and not auth.can(actor, "visit_plans.manage"):
        raise PermissionDenied("只能制定自己的访问计划（班长或以上可为他人制定）。")
    if not 0 <= planned <= MAX_PLANNED:
        raise RuleError("计划拜访次数应在 0 到 {MAX_PLANNED} 之间。", "planned", MAX_PLANNED=MAX_PLANNED)
    first = datetime.date(year, month, 1)
    with db.atomic():
        row = VisitPlan.get_or_none((VisitPlan.staff == staff) & (VisitPlan.month == first)
                                    & (VisitPlan.customer == customer))
        if row is None:
            return audit.create(actor, VisitPlan(staff=staff, customer=customer, month=first, planned=planned))
        return audit.update(actor, row, planned=planned)


@dataclass(frozen=True)
class PlanCompletion:
    staff_id: int
    customers: int  # customers in the month's plan
    planned: int  # visits planned
    done: int  # real visits to planned customers, at most the planned number per customer
    visited_planned: int  # real visits to planned customers, all of them

    @property
    def rate(self) -> float:
        return self.done / self.planned if self.planned else 0.0


def month_plan_completion(year: int, month: int) -> dict[int, PlanCompletion]:
    """访问计划完成 of the month per salesperson: each planned customer's real visits against the plan."""
    start, end = calendar.month_span(year, month)
    actual = (Contact.select(Contact.staff.alias("staff_id"), Contact.customer.alias("customer_id"),
                             fn.COUNT(fn.DISTINCT(_visit_key())).alias("visits"))
              .where(_real_visits(start, end)).group_by(Contact.staff, Contact.customer).alias("actual"))
    visits = fn.COALESCE(actual.c.visits, 0)
    query = (VisitPlan.select(VisitPlan.staff, fn.COUNT(VisitPlan.id), fn.SUM(VisitPlan.planned),
                              fn.SUM(engine.least(visits, VisitPlan.planned)), fn.SUM(visits))
             .join(actual, JOIN.LEFT_OUTER, on=((VisitPlan.staff == actual.c.staff_id)
                                                & (VisitPlan.customer == actual.c.customer_id)))
             .where((VisitPlan.month == start.date()) & (VisitPlan.planned > 0))
             .group_by(VisitPlan.staff).tuples())
    return {sid: PlanCompletion(sid, customers, planned, done, visited)
            for sid, customers, planned, done, visited in query}
