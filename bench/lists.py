"""Each tab's list: opening it (widgets, first page, first paint), scrolling to its end page by page, a filter."""

import datetime
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget

from bench.timing import Row, seconds
from desktop.models import Staff
from desktop.ui.widgets.lazy_table import LazyTableModel

OPEN_BUDGET = 0.300
CONTACT_PAGES = 100  # of a million contacts, the first 20 000 rows are scrolled; the end is reached by sorting


def settle(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Let Qt deliver events (paints, worker-thread results) until `done()`."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the list did not finish loading")
        app.processEvents()
        time.sleep(0.0005)


def shown(app: QApplication, widget: QWidget, ready: Callable[[], bool] = lambda: True) -> None:
    widget.resize(1280, 760)
    widget.show()
    settle(app, ready)
    app.processEvents()  # the paint of the loaded page


def scroll_to_end(model: LazyTableModel, max_pages: int) -> list[float]:
    """What the view does as the user drags to the bottom: fetch the next page until none is left."""
    times = []
    while model.canFetchMore(QModelIndex()) and len(times) < max_pages:
        times.append(seconds(lambda: model.fetchMore(QModelIndex())))
    return times


@dataclass
class ListCase:
    """One list: how to open it, its model, when it has loaded (some load on a worker thread), one filter."""

    name: str
    build: Callable[[], Any]
    model: Callable[[Any], LazyTableModel]
    filter_text: str
    filter_on: Callable[[Any], None]
    filter_off: Callable[[Any], None]
    ready: Callable[[Any], bool] = lambda _: True
    widen: Callable[[Any], None] = lambda _: None  # before scrolling: show everything, not only this month
    max_pages: int = 10_000


def _select(combo: Any, data: Any) -> None:
    combo.setCurrentIndex(combo.findData(data))


def cases(user: Staff) -> list[ListCase]:
    from desktop.services.staffing import people
    from desktop.ui.complaints.tab import ComplaintsTab
    from desktop.ui.contacts.follow_up_page import FollowUpPage
    from desktop.ui.contacts.list_page import ContactListPage
    from desktop.ui.customers.tab import CustomersTab
    from desktop.ui.staffing.tab import SwapsTab

    salesperson = next(p for p in people.active_staff() if p.job_type == "业务员")
    return [
        ListCase("拜访记录 (contacts)", lambda: ContactListPage(user), lambda w: w.model,
                 f"one salesperson ({salesperson.code})", lambda w: _select(w.person, salesperson.id),
                 lambda w: _select(w.person, None), max_pages=CONTACT_PAGES),
        ListCase("待跟进 (follow-ups, overdue, everyone)", lambda: FollowUpPage(user), lambda w: w.model,
                 "next 7 days", lambda w: w.show_bucket("week"), lambda w: w.show_bucket("overdue")),
        ListCase("客户登记 (customers)", lambda: CustomersTab(user), lambda w: w.model, "customer grade A",
                 lambda w: _select(w.grade_box, "A"), lambda w: _select(w.grade_box, ""),
                 ready=lambda w: not w.loading),
        ListCase("投诉处理 (complaints)", lambda: ComplaintsTab(user), lambda w: w.model, "未结案",
                 lambda w: _select(w.status_box, "open"), lambda w: _select(w.status_box, None)),
        ListCase("换班登记 (swaps)", lambda: SwapsTab(user), lambda w: w.register.model, "approved, all months",
                 lambda w: _select(w.register.status, "approved"), lambda w: _select(w.register.status, None),
                 widen=lambda w: w.register.whole_time.setChecked(True)),
    ]


def open_list(app: QApplication, case: ListCase) -> tuple[float, Any]:
    start = time.perf_counter()
    widget = case.build()
    shown(app, widget, lambda: case.ready(widget))
    return time.perf_counter() - start, widget


def closed(app: QApplication, widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    app.processEvents()


def measure_case(app: QApplication, case: ListCase, runs: int, max_pages: int | None) -> list[Row]:
    opened = []
    for _ in range(runs):
        took, widget = open_list(app, case)
        opened.append(took)
        closed(app, widget)
    took, widget = open_list(app, case)
    case.widen(widget)
    settle(app, lambda: case.ready(widget))
    pages = scroll_to_end(case.model(widget), min(case.max_pages, max_pages or case.max_pages))
    loaded = case.model(widget).rowCount()
    filtered = []
    for _ in range(runs):
        start = time.perf_counter()
        case.filter_on(widget)
        settle(app, lambda: case.ready(widget))
        app.processEvents()
        filtered.append(time.perf_counter() - start)
        case.filter_off(widget)
        settle(app, lambda: case.ready(widget))
    closed(app, widget)
    return [
        Row("lists", f"{case.name}: open (widgets, first page, paint)", opened, budget=OPEN_BUDGET),
        Row("lists", f"{case.name}: scroll to the end, per page of 200 ({len(pages)} pages, {loaded:,} rows, "
                     f"{sum(pages):.1f} s in all)", pages or [0.0], percentile=True),
        Row("lists", f"{case.name}: filter {case.filter_text}", filtered, budget=OPEN_BUDGET),
    ]


def measure(app: QApplication, user: Staff, runs: int, max_pages: int | None = None) -> list[Row]:
    rows = []
    for case in cases(user):
        rows += measure_case(app, case, runs, max_pages)
    rows += [sort_to_oldest(app, user, runs), contact_filters(user, runs), points_page(app, user, runs)]
    return rows


def sort_to_oldest(app: QApplication, user: Staff, runs: int) -> Row:
    """The end of the million-row contact list in one step: sort by date, oldest first."""
    from desktop.ui.contacts.list_page import ContactListPage

    page = ContactListPage(user)
    shown(app, page)
    times = []
    for _ in range(runs):
        times.append(seconds(lambda: page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)))
        page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    closed(app, page)
    return Row("lists", "拜访记录 (contacts): jump to the oldest record (sort by date)", times, budget=OPEN_BUDGET)


def contact_filter_cases(user: Staff) -> dict[str, Any]:
    """Every filter of the contact list alone and in the combinations a supervisor uses."""
    from desktop.models import Contact, db
    from desktop.services.contacts.records import ContactFilters

    last = db.execute_sql('SELECT MAX("started_at") FROM "contact"').fetchone()[0]
    today = datetime.date.fromisoformat(str(last)[:10])
    month_ago = today - datetime.timedelta(days=30)
    salesperson = Staff.get(Staff.job_type == "业务员")
    busy = Contact.select(Contact.customer).where(Contact.customer.is_null(False)).order_by(Contact.id.desc()).first()
    return {
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
        "nothing found (future dates)": ContactFilters(date_from=today + datetime.timedelta(days=400)),
    }


def contact_filters(user: Staff, runs: int) -> Row:
    """The first page of the contact list under each filter: one index range each, however rare the match."""
    from desktop.services.contacts import records
    from desktop.services.paging import Page

    first = Page(0, 200, None, None, True)
    cases = contact_filter_cases(user)
    times = [seconds(lambda f=filters: records.fetch(first, f)) for filters in cases.values() for _ in range(runs)]
    return Row("lists", f"拜访记录 (contacts): first page under each of {len(cases)} filters and combinations", times,
               budget=OPEN_BUDGET, percentile=True)


def points_page(app: QApplication, user: Staff, runs: int) -> Row:
    """拜访积分 when shown: the month's points of every salesperson and one salesperson's year plan."""
    from desktop.ui.contacts.points_page import PointsPage

    page = PointsPage(user)
    shown(app, page)
    times = [seconds(page.refresh) for _ in range(runs)]
    closed(app, page)
    return Row("lists", "拜访积分 (visit points): page shown (month points, one salesperson's year plan)", times,
               budget=OPEN_BUDGET)
