"""What the printed 客户登记表 / 客户资料卡 shows of one customer, as plain data: the archive opened through the
confidentiality rules (a 机密/绝密 card is for 主任 and written on the borrowing card), with its people's names,
its credit policy, the owner's status on the day and the household, each relative masked unless the actor may
open them (and then a confidential one written on the borrowing card too)."""

import datetime
from dataclasses import dataclass, fields
from decimal import Decimal

from desktop.models import Customer, Staff
from desktop.services import clock
from desktop.services.customers import archive, registration

PURPOSE = "打印资料卡"


@dataclass(frozen=True)
class Company:
    legal_person: str
    founded_on: datetime.date | None
    nature: str
    employees: int | None
    scale: str
    industry: str
    registered_capital: str
    bank_account: str
    main_contact: str
    main_contact_title: str
    decision_maker: str


@dataclass(frozen=True)
class HouseholdMember:
    number: str
    name: str
    salutation: str
    phone: str


@dataclass(frozen=True)
class CustomerCard:
    number: str
    kind: str
    name: str
    salutation: str
    phone: str
    other_phones: str
    wechat_email: str
    postcode: str
    address: str
    company: Company | None  # None for a private person who has none of it
    demand: str
    budget: Decimal | None
    referrer_name: str
    referral_expected_on: datetime.date | None
    source: str
    customer_grade: str
    credit_grade: str
    credit_policy: str
    credit_reviewed_on: datetime.date | None
    credit_review_due_on: datetime.date | None
    archive_checked_on: datetime.date | None
    archive_check_due_on: datetime.date | None
    confidentiality: str
    owner_name: str
    owner_status: str
    registrant_name: str
    registered_at: datetime.datetime
    last_follow_up_at: datetime.datetime | None
    ownership_until: datetime.date | None
    members: list[HouseholdMember]  # the household without this customer
    note: str


def _columns(record: Customer, shape: type) -> dict[str, object]:
    """The record's own columns that `shape` carries under the same names."""
    return {f.name: getattr(record, f.name) for f in fields(shape) if f.name in Customer._meta.fields}


def _company(record: Customer) -> Company | None:
    company = Company(**_columns(record, Company))
    if record.kind == registration.PERSON and not any(value not in ("", None) for value in vars(company).values()):
        return None
    return company


def _names(*staff_ids: int | None) -> list[str]:
    found = dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_([i for i in staff_ids if i])).tuples())
    return [found.get(i, "") for i in staff_ids]


def _members(actor: Staff, record: Customer, now: datetime.datetime) -> list[HouseholdMember]:
    relatives = [archive.view(actor, m, PURPOSE, now) for m in registration.household_members(record)
                 if m.id != record.id]
    return [HouseholdMember(m.number, m.name, m.salutation, m.phone) for m in relatives]


def build(actor: Staff, customer: Customer | int, now: datetime.datetime | None = None) -> CustomerCard:
    now = now or clock.now()
    record = archive.open_archive(actor, customer, PURPOSE, now)
    referrer, owner, registrant = _names(record.referrer_id, record.owner_id, record.registered_by_id)
    return CustomerCard(
        **_columns(record, CustomerCard), company=_company(record), referrer_name=referrer,
        credit_policy=registration.CREDIT_POLICY.get(record.credit_grade, ""), owner_name=owner,
        owner_status=registration.owner_status(record, now.date()), registrant_name=registrant,
        members=_members(actor, record, now))
