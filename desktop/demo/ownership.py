"""Demo 重点客户, a hand-over between two salespeople and staff referrals (one expected, one lapsed), made through
the services as the supervisor and the referrers would, at the demo's moment."""

import datetime

from desktop.demo import DemoContext
from desktop.models import Contact, Customer, Staff
from desktop.services.customers import handover, key_customers, referrals
from desktop.services.customers.key_customers import KeyCustomerForm

PLANS = [
    ("年采购额居本分店前三，合作五年以上", "年销售额 600 万元", "每月上门拜访一次；季度走访决策人；新品优先试用"),
    ("销售额增长率居前，明年有扩建计划", "年销售额 300 万元", "扩建方案由专人跟进，每两周电话沟通进度"),
    ("利润率高，对服务要求严格", "年销售额 150 万元", "投诉当日响应，答复后 24 小时内回访"),
]
KEY_SHARE = 500  # one key customer per so many customers, at least three
HAND_OVER = 6  # customers the demo hands over in service


def generate(context: DemoContext) -> None:
    staff = list(Staff.select().where(Staff.active).order_by(Staff.code))
    supervisor = next((p for p in staff if p.role == "supervisor"), None)
    sales = [p for p in staff if p.job_type == "业务员" and p.role == "staff"]
    if supervisor is None or len(sales) < 3:
        return
    now = context.now.replace(hour=9, minute=0)
    wanted = max(3, context.size.customers // KEY_SHARE)
    chosen = (Customer.select().where(Customer.owner.is_null(False) & Customer.household.is_null()
                                      & Customer.voided_at.is_null() & ~Customer.archived
                                      & (Customer.customer_grade == "A"))
              .order_by(Customer.id).limit(wanted))
    for index, customer in enumerate(chosen):
        reason, target, plan = PLANS[index % len(PLANS)]
        key_customers.mark(supervisor, customer, KeyCustomerForm(reason, target, plan),
                           now=now - datetime.timedelta(days=30 - index % 30))
    giver, taker = sales[0], sales[1]
    moving = [c.customer_id for c in handover.holdings(supervisor, giver, handover.IN_SERVICE, now)
              if not c.blocked][:HAND_OVER]
    if moving:
        handover.hand_over(supervisor, giver, taker, handover.IN_SERVICE, moving, "片区调整，客户按区域重新分配",
                           now=now - datetime.timedelta(days=3))
    _referrals(context, sales[2])


def _unvisited(limit: int) -> list[Customer]:
    """The newest customers nobody has received or visited yet, without a referral."""
    seen = Contact.select(Contact.customer).where(Contact.customer.is_null(False)
                                                  & Contact.kind.in_(referrals.FIRST_VISIT_KINDS))
    return list(Customer.select().where(Customer.voided_at.is_null() & Customer.referrer.is_null()
                                        & Customer.id.not_in(seen))
                .order_by(Customer.registered_at.desc()).limit(limit))


def _referrals(context: DemoContext, referrer: Staff) -> None:
    """Two customers referred by a colleague: one expected in two days, one whose day passed yesterday."""
    now = context.now
    for customer, registered, expected in zip(_unvisited(2), (now, now - datetime.timedelta(days=4)),
                                              (now + datetime.timedelta(days=2), now - datetime.timedelta(days=1)),
                                              strict=False):
        referrals.register(referrer, customer, referrer.id, expected.date(), now=registered)
