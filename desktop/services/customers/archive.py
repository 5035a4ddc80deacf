"""Confidential customers (机密/绝密): who may open their archive, the masked stand-in everyone else sees, and the
borrowing card (借阅卡) that records each opening."""

import datetime
from dataclasses import dataclass

from desktop.models import ArchiveAccess, Customer, Staff, db
from desktop.services import audit, auth, clock
from desktop.services.customers.registration import CONFIDENTIAL, MASK
from desktop.services.paging import Page


def can_open(actor: Staff | None, customer: Customer) -> bool:
    """Whether `actor` may see more than the name and number of this customer."""
    return customer.confidentiality not in CONFIDENTIAL or auth.can(actor, "customers.confidential")


def open_archive(actor: Staff, customer: Customer | int, purpose: str = "查看档案",
                 now: datetime.datetime | None = None) -> Customer:
    """The full record; opening a 机密/绝密 archive needs 主任 and is written on the borrowing card."""
    customer = Customer.get_by_id(customer.id if isinstance(customer, Customer) else customer)
    if customer.confidentiality in CONFIDENTIAL:
        auth.require(actor, "customers.confidential")
        with db.atomic():
            ArchiveAccess.create(customer=customer, staff=actor, at=now or clock.now(), purpose=purpose)
            audit.log(actor, "access", customer, reason=purpose)
    return customer


def _masked(customer: Customer) -> Customer:
    """A read-only stand-in showing only the name and number (never saved: it is built, not fetched)."""
    return Customer(id=customer.id, number=customer.number, name=customer.name, kind=customer.kind,
                    phone=MASK, confidentiality=customer.confidentiality, registered_by=customer.registered_by_id,
                    registered_at=customer.registered_at, voided_at=customer.voided_at, archived=customer.archived,
                    customer_grade="", credit_grade="", household=customer.household_id)


def visible(actor: Staff | None, customer: Customer) -> Customer:
    return customer if actor is None or can_open(actor, customer) else _masked(customer)


@dataclass(frozen=True)
class AccessRow:
    id: int
    at: datetime.datetime
    staff_name: str
    customer_number: str
    customer_name: str
    purpose: str


def access_log(actor: Staff, page: Page, customer_id: int | None = None) -> list[AccessRow]:
    """The borrowing card, newest first."""
    auth.require(actor, "customers.access_log")
    query = (ArchiveAccess.select(ArchiveAccess.id, ArchiveAccess.at, Staff.name, Customer.number, Customer.name,
                                  ArchiveAccess.purpose)
             .join(Staff, on=ArchiveAccess.staff == Staff.id).switch(ArchiveAccess)
             .join(Customer, on=ArchiveAccess.customer == Customer.id))
    if customer_id is not None:
        query = query.where(ArchiveAccess.customer == customer_id)
    rows = query.order_by(ArchiveAccess.at.desc(), ArchiveAccess.id.desc()).offset(page.offset).limit(page.limit)
    return [AccessRow(*row) for row in rows.tuples()]
