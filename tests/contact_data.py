"""Shared helpers for the contact-log tests: salespeople on a roster, customers and a filled-in contact form."""

import datetime
import itertools

from desktop.models import Contact, Customer, RosterEntry, Shift, Staff
from desktop.services import auth
from desktop.services.contacts import records
from desktop.services.customers import registration
from tests.conftest import PASSWORD

_phones = itertools.count(13800000001)


def salesperson(code: str, name: str, team: object = None) -> Staff:
    return Staff.create(code=code, name=name, role="staff", team=team, job_type="业务员", skill_level="中级工",
                        login=code.lower(), password_hash=auth.hash_password(PASSWORD))


def on_roster(people: list[Staff], day: datetime.date, shift: Shift) -> None:
    for person in people:
        RosterEntry.create(staff=person, day=day, shift=shift)


def customer(actor: Staff, name: str = "杭州明远贸易", phone: str | None = None) -> Customer:
    return registration.register(actor, registration.CustomerForm(name=name, phone=phone or str(next(_phones))))


def form(staff: Staff, customer_row: Customer | None, when: datetime.datetime, kind: str = "visit",
         **changes: object) -> records.ContactForm:
    values = dict(kind=kind, customer_id=customer_row.id if customer_row else None, staff_id=staff.id,
                  started_at=when, duration_minutes=30, purpose="客户保养-联络感情",
                  handling="介绍新产品，客户有意向。")
    values.update(changes)
    return records.ContactForm(**values)


def record(staff: Staff, customer_row: Customer | None, when: datetime.datetime, kind: str = "visit",
           actor: Staff | None = None, **changes: object) -> Contact:
    return records.record(actor or staff, form(staff, customer_row, when, kind, **changes),
                           now=when + datetime.timedelta(hours=1))
