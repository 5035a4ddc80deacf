"""The customer list's columns, row colours and the lazy model that pages through customers.fetch."""

import datetime
from collections.abc import Callable

from PySide6.QtGui import QColor

from desktop.services import customers
from desktop.services.customers import CustomerRow
from desktop.ui.widgets.lazy_table import Column, Fetch, LazyTableModel

POOL = QColor("#FFF4DC")
CLOSED = QColor("#ECECEC")
MASKED = QColor("#E8F0FB")


def _day(value: datetime.date | datetime.datetime | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def columns(tr: Callable[[str], str]) -> list[Column]:
    return [
        Column(tr("客户编号"), lambda r: r.number, "number"),
        Column(tr("名称"), lambda r: r.name, "name"),
        Column(tr("称呼"), lambda r: r.salutation),
        Column(tr("电话"), lambda r: r.phone),
        Column(tr("客户等级"), lambda r: r.customer_grade, "customer_grade"),
        Column(tr("信用等级"), lambda r: r.credit_grade, "credit_grade"),
        Column(tr("密级"), lambda r: r.confidentiality, "confidentiality"),
        Column(tr("归属业务员"), lambda r: r.owner_name, "owner"),
        Column(tr("最近跟进"), lambda r: _day(r.last_follow_up_at), "last_follow_up_at"),
        Column(tr("状态"), lambda r: r.status),
        Column(tr("信用复核日"), lambda r: _day(r.credit_review_due_on), "credit_review_due_on"),
        Column(tr("档案核定日"), lambda r: _day(r.archive_check_due_on), "archive_check_due_on"),
        Column(tr("登记时间"), lambda r: _day(r.registered_at), "registered_at"),
    ]


def row_color(row: CustomerRow) -> QColor | None:
    if row.status in (customers.STATUS_VOID, customers.STATUS_ARCHIVED):
        return CLOSED
    if row.masked:
        return MASKED
    if row.status == customers.STATUS_POOL:
        return POOL
    return None


class CustomerListModel(LazyTableModel):
    """The tab queries the first page itself (off the UI thread), so it sets the order before reloading."""

    def __init__(self, tr: Callable[[str], str], fetch: Fetch) -> None:
        self.column_list = columns(tr)
        super().__init__(self.column_list, fetch, row_color)

    def sort_key_of(self, column: int) -> str | None:
        return self.column_list[column].sort_key

    def set_order(self, sort_key: str | None, descending: bool) -> None:
        self._sort_key = sort_key
        self._descending = descending
