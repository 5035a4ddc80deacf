"""Opening a customer's archive: a 机密/绝密 one is for 主任, and each opening is written on the borrowing card
(借阅卡); who sees what is decided in confidentiality."""

import datetime
from dataclasses import dataclass

from desktop.models import ArchiveAccess, Customer, Staff, db
from desktop.services import audit, auth, clock
from desktop.services.customers import confidentiality
from desktop.services.customers.confidentiality import CONFIDENTIAL
from desktop.services.paging import Page

OPEN_PURPOSE = "查看档案"
PAGE_PURPOSE = "查看客户全貌"
EDIT_PURPOSE = "修改资料"


def _lend(actor: Staff, customer: Customer, purpose: str, now: datetime.datetime | None) -> None:
    """Write one opening of a confidential archive on the borrowing card."""
    with db.atomic():
        ArchiveAccess.create(customer=customer, staff=actor, at=now or clock.now(), purpose=purpose)
        audit.log(actor, "access", customer, reason=purpose)


def open_archive(actor: Staff, customer: Customer | int, purpose: str = OPEN_PURPOSE,
                 now: datetime.datetime | None = None) -> Customer:
    """The full record; opening a 机密/绝密 archive needs 主任 and is written on the borrowing card."""
    customer = Customer.get_by_id(customer.id if isinstance(customer, Customer) else customer)
    if customer.confidentiality in CONFIDENTIAL:
        auth.require(actor, "customers.confidential")
        _lend(actor, customer, purpose, now)
    return customer


def view(actor: Staff, customer: Customer | int, purpose: str, now: datetime.datetime | None = None) -> Customer:
    """The customer of a record `actor` opens or prints (a contact, a relative on a card): masked for an actor
    who may not open it; otherwise whole, and a confidential one written on the borrowing card."""
    customer = confidentiality.visible(actor, customer)
    if customer.confidentiality in CONFIDENTIAL and not confidentiality.hides(actor, customer.confidentiality):
        _lend(actor, customer, purpose, now)
    return customer


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
