"""Time the contact list, its filters and the follow-up, points and urgent queries on a demo database:
`QT_QPA_PLATFORM=offscreen python bench/contact_list.py PATH.db` (medians of 7 runs)."""

import datetime
import statistics
import sys
import time
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.db import open_database
from desktop.models import Contact, Customer, Staff, db
from desktop.services import contacts, follow_ups, urgent_reports, visit_points
from desktop.services.contacts import ContactFilters
from desktop.ui.widgets.lazy_table import Page

FIRST = Page(0, 200, None, None, True)


def median_ms(call: Any, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def scrolled(filters: ContactFilters, pages: int) -> None:
    """Page through `pages` pages as the list does when the user scrolls down."""
    rows: list[contacts.ContactRow] = []
    for _ in range(pages):
        batch = contacts.fetch(Page(len(rows), 200, rows[-1] if rows else None, None, True), filters)
        rows += batch


def filter_cases() -> dict[str, ContactFilters]:
    last = db.execute_sql('SELECT MAX("started_at") FROM "contact"').fetchone()[0]
    today = datetime.date.fromisoformat(str(last)[:10])
    month_ago = today - datetime.timedelta(days=30)
    salesperson = Staff.get(Staff.job_type == "业务员")
    busy = Contact.select(Contact.customer).where(Contact.customer.is_null(False)).order_by(Contact.id.desc()).first()
    return {
        "no filter": ContactFilters(),
        "last 30 days": ContactFilters(date_from=month_ago, date_to=today),
        "one salesperson": ContactFilters(staff_id=salesperson.id),
        "salesperson + 30 days": ContactFilters(staff_id=salesperson.id, date_from=month_ago, date_to=today),
        "kind 外出拜访": ContactFilters(kind="visit"),
        "kind 电话 + 30 days": ContactFilters(kind="phone", date_from=month_ago, date_to=today),
        "purpose 投诉回访": ContactFilters(purpose="投诉回访"),
        "one customer": ContactFilters(customer_id=busy.customer_id),
        "urgent only": ContactFilters(urgent_only=True),
        "urgent + salesperson": ContactFilters(urgent_only=True, staff_id=salesperson.id),
        "visit + purpose + salesperson": ContactFilters(kind="visit", purpose="市场调查", staff_id=salesperson.id),
        "empty result (future range)": ContactFilters(date_from=today + datetime.timedelta(days=400)),
    }


def main(path: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    open_database(path)
    print(f"{Contact.select().count():,} contacts, {Customer.select().count():,} customers")
    supervisor = Staff.get(Staff.role == "supervisor")
    from desktop.ui.contacts.list_page import ContactListPage

    opened = median_ms(lambda: ContactListPage(supervisor).deleteLater())
    print(f"open the list page (widgets + first page):  {opened:7.1f} ms")
    cases = filter_cases()
    firsts = []
    for name, filters in cases.items():
        first = median_ms(lambda f=filters: contacts.fetch(FIRST, f))
        deep = median_ms(lambda f=filters: scrolled(f, 10), repeat=3)
        firsts.append(first)
        print(f"  {name:32} first page {first:7.1f} ms   10 pages (2 000 rows) {deep:7.1f} ms")
    print(f"filtered first page: median {statistics.median(firsts):.1f} ms, max {max(firsts):.1f} ms")
    today = datetime.date.today()
    print(f"待跟进 summary (everyone):   {median_ms(lambda: follow_ups.summary(supervisor, None, today)):7.1f} ms")
    overdue = median_ms(lambda: follow_ups.fetch(supervisor, FIRST, "overdue", None, today))
    print(f"待跟进 overdue first page:   {overdue:7.1f} ms")
    points = median_ms(lambda: visit_points.month_points(today.year, today.month), repeat=3)
    print(f"month points:                {points:7.1f} ms")
    salesperson = Staff.get(Staff.job_type == "业务员")
    plan = median_ms(lambda: visit_points.plan_year(salesperson.id, today.year), repeat=3)
    print(f"plan vs actual (one year):   {plan:7.1f} ms")
    print(f"urgent unread count:         {median_ms(lambda: urgent_reports.unread_count(supervisor)):7.1f} ms")
    del app


if __name__ == "__main__":
    main(sys.argv[1])
