"""员工介绍客户 (`001 第7篇`): a colleague's referral is registered before the customer's first visit, with the
expected visit day. A reception of the customer on that day confirms it and records the referrer (2, 4); when the
day passes without one the referral lapses and the referrer may register again (3). A referral is registered with
the customer (registration) or later from the customer's page."""

import datetime

from peewee import Select, fn

from desktop.models import Contact, Customer, Referral, Staff, db
from desktop.services import audit, auth, clock
from desktop.services.errors import RuleError

PENDING = "待来访"
CONFIRMED = "介绍有效"
LAPSED = "已失效"
REGISTERED = "员工介绍登记"  # the audit reason of the customer's 介绍人 set by a referral
LAPSED_SHOWN_DAYS = 30  # a lapsed referral stays on the referrer's 今日 this long unless registered again
FIRST_VISIT_KINDS = ("reception", "visit")


def state(referral: Referral, today: datetime.date) -> str:
    if referral.confirmed_by_contact_id is not None:
        return CONFIRMED
    return LAPSED if referral.expected_on < today else PENDING


def current(customer_id: int) -> Referral | None:
    """The customer's latest referral in force."""
    return (Referral.select().where((Referral.customer == customer_id) & Referral.voided_at.is_null())
            .order_by(Referral.registered_at.desc(), Referral.id.desc()).first())


def _visited(customer_id: int) -> bool:
    return Contact.select().where((Contact.customer == customer_id) & Contact.kind.in_(FIRST_VISIT_KINDS)
                                  & Contact.voided_at.is_null()).exists()


def refusal(customer: Customer, referrer_id: int, expected_on: datetime.date | None,
            today: datetime.date) -> RuleError | None:
    """Why a referral of `customer` by `referrer_id` expected on `expected_on` may not be registered today."""
    if expected_on is None:
        return RuleError("员工介绍的客户须在首次来访前登记，并填写预计来访日期。", "referral_expected_on")
    if expected_on < today:
        return RuleError("预计来访日期不能早于今天。", "referral_expected_on")
    if not Staff.select().where((Staff.id == referrer_id) & Staff.active).exists():
        return RuleError("介绍人不是在职员工。", "referrer_id")
    if customer.voided_at is not None:
        return RuleError("该客户已作废。")
    latest = current(customer.id)
    if latest is not None and state(latest, today) == CONFIRMED:
        return RuleError("该客户已确认为 {name} 介绍的客户。", "referrer_id", name=latest.referrer.name)
    if _visited(customer.id):
        return RuleError("该客户已来访或已拜访过，员工介绍须在客户首次来访前登记；现场已登记在先的，"
                         "不能再主张为介绍客户。", "referrer_id")
    if latest is not None and state(latest, today) == PENDING and latest.referrer_id != referrer_id:
        return RuleError("该客户已由 {name} 登记介绍，预计 {day:%Y-%m-%d} 来访；该日过后未来访方可重新登记。",
                         "referrer_id", name=latest.referrer.name, day=latest.expected_on)
    return None


def store(actor: Staff, customer: Customer, referrer_id: int, expected_on: datetime.date,
          now: datetime.datetime) -> Referral:
    """Write a checked referral inside the caller's transaction; a pending one it replaces is voided, and the
    customer's 介绍人 and 预计来访 show the new one."""
    latest = current(customer.id)
    if latest is not None and state(latest, now.date()) == PENDING:
        audit.void(actor, latest, "重新登记介绍", now)
    referral = audit.create(actor, Referral(customer=customer, referrer=referrer_id, expected_on=expected_on,
                                            registered_by=actor, registered_at=now))
    if (customer.referrer_id, customer.referral_expected_on) != (referrer_id, expected_on):
        audit.update(actor, customer, reason=REGISTERED, referrer=referrer_id, referral_expected_on=expected_on)
    return referral


def follow_customer(actor: Staff, customer: Customer, now: datetime.datetime) -> None:
    """The customer's 介绍人 or 预计来访 were edited on its record (checked by `refusal`): the pending referral is
    replaced by the edited one, or voided when the 介绍人 was cleared."""
    if customer.referrer_id is not None:
        store(actor, customer, customer.referrer_id, customer.referral_expected_on, now)
        return
    latest = current(customer.id)
    if latest is not None and state(latest, now.date()) == PENDING:
        audit.void(actor, latest, "资料中清除了介绍人", now)


def register(actor: Staff, customer: Customer, referrer_id: int, expected_on: datetime.date,
             now: datetime.datetime | None = None) -> Referral:
    """Register (or, after a lapse, register again) a colleague's referral of a registered customer."""
    auth.require(actor, "customers.register")
    now = now or clock.now()
    with db.atomic():
        audit.reload(customer)
        if error := refusal(customer, referrer_id, expected_on, now.date()):
            raise error
        return store(actor, customer, referrer_id, expected_on, now)


def contact_recorded(actor: Staff, contact: Contact) -> Referral | None:
    """A reception of the customer on the expected day confirms the pending referral (inside the contact's
    transaction); the referrer is recorded on the customer."""
    if contact.kind != "reception" or contact.customer_id is None:
        return None
    latest = current(contact.customer_id)
    if latest is None or latest.confirmed_by_contact_id is not None \
            or latest.expected_on != contact.started_at.date():
        return None
    return audit.update(actor, latest, reason="如期来访，介绍有效", confirmed_by_contact=contact.id)


def contact_voided(actor: Staff, contact: Contact) -> None:
    """A voided reception no longer confirms the referral it confirmed."""
    for referral in Referral.select().where(Referral.confirmed_by_contact == contact.id):
        audit.update(actor, referral, reason="确认它的来访记录已作废", confirmed_by_contact=None)


def _mine(referrer: Staff) -> Select:
    return (Referral.select(Referral, Customer).join(Customer, on=Referral.customer == Customer.id)
            .where((Referral.referrer == referrer.id) & Referral.voided_at.is_null()
                   & Referral.confirmed_by_contact.is_null() & Customer.voided_at.is_null()))


def lapsed_for(referrer: Staff, today: datetime.date) -> Select:
    """The referrer's referrals that lapsed within the last LAPSED_SHOWN_DAYS days and were not registered again,
    the latest first (for their 今日)."""
    since = today - datetime.timedelta(days=LAPSED_SHOWN_DAYS)
    newer = Referral.alias()
    again = newer.select().where((newer.customer == Referral.customer) & newer.voided_at.is_null()
                                 & (newer.registered_at > Referral.registered_at))
    return (_mine(referrer).where((Referral.expected_on < today) & (Referral.expected_on >= since) & ~fn.EXISTS(again))
            .order_by(Referral.expected_on.desc(), Referral.id.desc()))


def expected_for(referrer: Staff, today: datetime.date) -> Select:
    """The referrer's customers expected from today on, the soonest first."""
    return _mine(referrer).where(Referral.expected_on >= today).order_by(Referral.expected_on, Referral.id)
