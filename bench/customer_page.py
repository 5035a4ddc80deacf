"""客户全貌 of the busiest customer: the timeline's first and last pages from the service, and the page opened and
painted. The customer is an ordinary (秘密) one, so that opening it writes nothing on the borrowing card."""

import time

from peewee import fn
from PySide6.QtWidgets import QApplication

from bench.lists import closed, shown
from bench.timing import Row, samples
from desktop.models import Contact, Customer, Staff
from desktop.services.customers import timeline
from desktop.services.paging import Page

BUDGET = 0.100


def busiest() -> tuple[Customer, int]:
    """The ordinary customer with the most contacts (found once, outside the timings)."""
    customer_id, count = (Contact.select(Contact.customer, fn.COUNT(Contact.id))
                          .join(Customer, on=Contact.customer == Customer.id)
                          .where(Customer.confidentiality == "secret").group_by(Contact.customer)
                          .order_by(fn.COUNT(Contact.id).desc()).limit(1).tuples()[0])
    return Customer.get_by_id(customer_id), count


def open_page(app: QApplication, user: Staff, customer_id: int) -> float:
    from desktop.ui.customers.page import CustomerPage

    start = time.perf_counter()
    page = CustomerPage(user, customer_id)
    shown(app, page)
    took = time.perf_counter() - start
    closed(app, page)
    return took


def measure(app: QApplication, user: Staff, runs: int) -> list[Row]:
    customer, count = busiest()
    first = samples(lambda: timeline.entries(user, customer, Page(0, 200)), runs)
    last = samples(lambda: timeline.entries(user, customer, Page(max(count - 200, 0), 200)), runs)
    opened = [open_page(app, user, customer.id) for _ in range(runs)]
    what = f"客户全貌 of the busiest customer ({count:,} contacts)"
    return [Row("customer page", f"{what}: timeline, first page of 200", first, budget=BUDGET),
            Row("customer page", f"{what}: timeline, last page of 200", last, budget=BUDGET),
            Row("customer page", f"{what}: open (widgets, first page, paint)", opened, budget=BUDGET)]
