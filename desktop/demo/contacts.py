"""Demo contacts: a year of visits, walk-ins and phone records, with follow-ups, plans and urgent reports.

Rows go in with one prepared statement inside the demo's one transaction, without per-row audit, so the large
size (one million contacts) builds in minutes."""

import bisect
import datetime
import random

from peewee import fn

from desktop.demo import DemoContext, bulk
from desktop.demo.names import mobile, person_name
from desktop.models import Contact, Customer, FollowUp, Staff, UrgentRead, VisitPlan
from desktop.services import calendar
from desktop.services.contacts.options import AWARENESS, PURPOSES, QUALITY, SERVICE, URGENT_CATEGORIES

KIND_WEIGHTS = {"visit": 35, "reception": 25, "phone": 40}
TITLES = ["总经理", "采购经理", "行政主管", "办公室主任", "财务经理", "业主", "项目经理", ""]
OPINIONS = ["希望缩短交货期。", "对售后响应速度满意。", "希望价格再优惠一些。", "包装需要加固。", "希望提供分期付款。",
            "希望增加上门服务次数。", ""]
MARKET = ["同行本月降价约 5%。", "竞争对手推出 30 天账期。", "市场需求平稳。", "对手新开一家门店。",
          "原材料上涨，行情看涨。", ""]
EFFECTS = ["客户同意试订一批。", "客户表示考虑后答复。", "签订年度意向书。", "已约定下次面谈。", "客户暂无需求。"]
HANDLING = ["介绍新产品并现场演示。", "核对上月对账单，结清货款。", "处理客户反映的质量问题，已登记。",
            "带客户参观展厅，讲解户型。", "回访投诉处理结果，客户满意。", "电话咨询价格和交货期，已报价。",
            "了解客户年度采购计划。"]
PROMISES = ["下周送样品。", "三天内发正式报价。", "安排技术人员上门。", "补发缺件。"]
FIELDS = [Contact.kind, Contact.customer, Contact.caller_name, Contact.caller_phone, Contact.staff, Contact.assistant,
          Contact.visited_person, Contact.visited_title, Contact.started_at, Contact.duration_minutes,
          Contact.purpose, Contact.opinions, Contact.market, Contact.effect, Contact.handling, Contact.other_matters,
          Contact.quality_rating, Contact.service_rating, Contact.awareness_rating, Contact.urgent,
          Contact.urgent_category, Contact.next_follow_up_on, Contact.promised, Contact.recorded_by,
          Contact.recorded_at, Contact.voided_at, Contact.voided_by, Contact.void_reason]


class _Picker:
    """Chooses the people and customers of a contact: busier salespeople more often, known customers only."""

    def __init__(self, context: DemoContext) -> None:
        self.rng = context.rng
        self.sales = list(Staff.select().where((Staff.job_type == "业务员") & Staff.active))
        self.clerks = list(Staff.select().where((Staff.job_type == "客服专员") & Staff.active)) or self.sales
        self.activity = [self.rng.uniform(0.6, 1.6) for _ in self.sales]
        customers = Customer.select(Customer.id, Customer.registered_at).where(Customer.voided_at.is_null())
        pairs = sorted((row.registered_at, row.id) for row in customers)
        self.registered = [when for when, _ in pairs]
        self.customer_ids = [cid for _, cid in pairs]

    def salesperson(self) -> Staff:
        return self.rng.choices(self.sales, weights=self.activity)[0]

    def customer(self, when: datetime.datetime) -> int | None:
        known = bisect.bisect_left(self.registered, when)
        return self.customer_ids[self.rng.randrange(known)] if known else None


def _days(context: DemoContext) -> list[datetime.date]:
    """The past year's days, working days weighted three to one (the office is open at weekends too)."""
    days = [context.today - datetime.timedelta(days=n) for n in range(365, 0, -1)]
    return [d for d in days for _ in range(3 if calendar.is_working_day(d) else 1)]


def _rating(rng: random.Random, scale: dict[str, int]) -> str:
    return rng.choices(list(scale), weights=[20, 30, 25, 15, 6, 3, 1][:len(scale)])[0]


def _ratings(rng: random.Random) -> tuple[str | None, str | None, str | None]:
    if rng.random() < 0.5:
        return None, None, None
    return _rating(rng, QUALITY), _rating(rng, SERVICE), _rating(rng, AWARENESS)


def _contact(context: DemoContext, picker: _Picker, day: datetime.date) -> tuple | None:
    rng = context.rng
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    when = datetime.datetime.combine(day, datetime.time(rng.randrange(8, 20), rng.randrange(60)))
    customer = picker.customer(when)
    caller_name = caller_phone = ""
    if kind == "phone":
        staff = rng.choice(picker.clerks) if rng.random() < 0.7 else picker.salesperson()
        if customer is None or rng.random() < 0.25:
            customer, caller_name, caller_phone = None, person_name(rng)[0] + "先生", mobile(rng)
    elif customer is None:
        return None
    else:
        staff = picker.salesperson()
    assistant = picker.salesperson() if kind == "visit" and rng.random() < 0.15 else None
    quality, service, awareness = _ratings(rng) if kind == "visit" else (None, None, None)
    urgent = kind == "visit" and rng.random() < 0.005
    follow_up = day + datetime.timedelta(days=rng.randrange(1, 11)) if rng.random() < 0.3 else None
    minutes = rng.randrange(3, 20) if kind == "phone" else rng.randrange(15, 120)
    recorder = staff if kind != "reception" or rng.random() < 0.5 else rng.choice(picker.clerks)
    voided = rng.random() < 0.003
    return (
        kind, customer, caller_name, caller_phone, staff.id,
        assistant.id if assistant and assistant.id != staff.id else None,
        person_name(rng) if kind == "visit" else "", rng.choice(TITLES) if kind == "visit" else "", when, minutes,
        rng.choice(PURPOSES[:-1]), rng.choice(OPINIONS), rng.choice(MARKET) if kind == "visit" else "",
        rng.choice(EFFECTS) if kind != "phone" else "", rng.choice(HANDLING), "", quality, service, awareness,
        urgent, rng.choice(URGENT_CATEGORIES) if urgent else None, follow_up,
        rng.choice(PROMISES) if follow_up and rng.random() < 0.4 else "", recorder.id,
        when + datetime.timedelta(minutes=minutes + rng.randrange(5, 600)),
        when + datetime.timedelta(days=1) if voided else None, staff.id if voided else None,
        "重复登记" if voided else None,
    )


def _follow_ups(context: DemoContext) -> None:
    """Each promised follow-up, closed by the customer's next contact after it when there is one; the rest
    older than two weeks were settled by hand (a caller rang back, a customer declined)."""
    FollowUp.insert_from(
        Contact.select(Contact.id, Contact.customer, Contact.staff, Contact.next_follow_up_on, "")
        .where(Contact.next_follow_up_on.is_null(False) & Contact.voided_at.is_null()),
        [FollowUp.contact, FollowUp.customer, FollowUp.staff, FollowUp.due_on, FollowUp.closed_note]).execute()
    source, later = Contact.alias(), Contact.alias()
    next_contact = (later.select(later.id).join(source, on=(source.id == FollowUp.contact))
                    .where((later.customer == FollowUp.customer) & (later.started_at > source.started_at)
                           & later.voided_at.is_null())
                    .order_by(later.started_at).limit(1))
    FollowUp.update(closed_by_contact=next_contact).where(FollowUp.customer.is_null(False)).execute()
    closing = Contact.select(Contact.started_at).where(Contact.id == FollowUp.closed_by_contact)
    FollowUp.update(closed_at=closing).where(FollowUp.closed_by_contact.is_null(False)).execute()
    settled = datetime.datetime.combine(context.today - datetime.timedelta(days=14), datetime.time(18))
    FollowUp.update(closed_at=settled, closed_note="已电话联系，客户暂无需求").where(
        FollowUp.closed_at.is_null() & (FollowUp.due_on < settled.date())).execute()


def _customers_followed_up() -> None:
    """最近跟进 of each customer moves up to their latest contact, as recording would have done."""
    latest = (Contact.select(fn.MAX(Contact.started_at))
              .where((Contact.customer == Customer.id) & Contact.voided_at.is_null()))
    Customer.update(last_follow_up_at=latest).where(
        Customer.last_follow_up_at.is_null() | (Customer.last_follow_up_at < latest)).execute()


def _plans(context: DemoContext, picker: _Picker) -> None:
    """This month's plan: each salesperson plans the customers visited last month again."""
    rng, month = context.rng, context.today.replace(day=1)
    previous = (month - datetime.timedelta(days=1)).replace(day=1)
    start, end = datetime.datetime.combine(previous, datetime.time()), datetime.datetime.combine(month, datetime.time())
    for person in picker.sales:
        visited = (Contact.select(Contact.customer).distinct()
                   .where((Contact.staff == person.id) & Contact.kind.in_(["visit", "reception"])
                          & (Contact.started_at >= start) & (Contact.started_at < end)
                          & Contact.customer.is_null(False))
                   .limit(20))
        rows = [{"staff": person.id, "customer": row.customer_id, "month": month, "planned": rng.randrange(1, 4)}
                for row in visited]
        if rows:
            VisitPlan.insert_many(rows).execute()


def _urgent_read(context: DemoContext) -> None:
    """The supervisor has read the urgent reports older than three days."""
    supervisor = Staff.get_or_none(Staff.role == "supervisor")
    if supervisor is not None:
        cutoff = datetime.datetime.combine(context.today - datetime.timedelta(days=3), datetime.time())
        UrgentRead.insert_from(
            Contact.select(Contact.id, supervisor.id, Contact.recorded_at)
            .where((Contact.urgent == True) & (Contact.started_at < cutoff)),  # noqa: E712
            [UrgentRead.contact, UrgentRead.reader, UrgentRead.read_at]).execute()


def generate(context: DemoContext) -> None:
    picker = _Picker(context)
    if not picker.sales:
        return
    days = _days(context)
    rows = (_contact(context, picker, day) for day in sorted(context.rng.choice(days)
                                                             for _ in range(context.size.contacts)))
    bulk.insert_tuples(FIELDS, (row for row in rows if row is not None))
    _follow_ups(context)
    _customers_followed_up()
    _plans(context, picker)
    _urgent_read(context)
