"""Who sees what of a customer (密级, `002 7`): a 机密/绝密 customer shows only its name and number to anyone
without the right to open confidential archives — in every list, picker, detail, print, export and message — and
is found only by its name, pinyin or number, never by a field it hides."""

from collections.abc import Callable
from typing import TypeVar

from peewee import Expression

from desktop.models import Customer, Staff
from desktop.services import auth

CONFIDENTIAL = ("confidential", "top_secret")  # 机密, 绝密: registration.CONFIDENTIALITY
MASK = "（保密）"
T = TypeVar("T")


def sees_all(actor: Staff) -> bool:
    """Whether `actor` may open confidential archives (and so sees every customer whole)."""
    return auth.can(actor, "customers.confidential")


def hides(actor: Staff, confidentiality: str) -> bool:
    """Whether `actor` sees only the name and number of a customer of this 密级."""
    return confidentiality in CONFIDENTIAL and not sees_all(actor)


def hider(actor: Staff, sees: bool | None = None) -> Callable[[str], bool]:
    """`hides` for the rows of one list: the actor's rights are read once, not once a row (`sees`: already read,
    as sees_all)."""
    masks = not (sees_all(actor) if sees is None else sees)
    return lambda confidentiality: masks and confidentiality in CONFIDENTIAL


def shown(actor: Staff, confidentiality: str, value: T, hidden: T) -> T:
    """A field of a customer of this 密级 as `actor` may see it: the value, or `hidden` in its place."""
    return hidden if hides(actor, confidentiality) else value


def _masked(customer: Customer) -> Customer:
    """A read-only stand-in showing only the name and number (never saved: it is built, not fetched)."""
    return Customer(id=customer.id, number=customer.number, name=customer.name, kind=customer.kind, phone=MASK,
                    confidentiality=customer.confidentiality, registered_at=customer.registered_at,
                    voided_at=customer.voided_at, archived=customer.archived, customer_grade="", credit_grade="",
                    household=customer.household_id)


def visible(actor: Staff, customer: Customer | int) -> Customer:
    """The customer as `actor` may see it in a list or a picker (showing it is not an opening of the archive)."""
    customer = customer if isinstance(customer, Customer) else Customer.get_by_id(customer)
    return _masked(customer) if hides(actor, customer.confidentiality) else customer


def found_by_hidden_fields(actor: Staff) -> Expression | None:
    """The customers `actor` may find through a field other than name and number (None: every one)."""
    return hidden_fields_condition(sees_all(actor))


def hidden_fields_condition(sees: bool) -> Expression | None:
    """found_by_hidden_fields of someone whose rights (`sees`, as sees_all) were read already."""
    return None if sees else Customer.confidentiality.not_in(CONFIDENTIAL)
