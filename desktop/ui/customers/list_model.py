"""The customer list's columns, row colours and the lazy model that pages through customer_lists.fetch."""

import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.services.customers import registration
from desktop.services.customers.lists import CustomerRow
from desktop.ui.widgets.lazy_table import Column, Fetch, LazyTableModel

translate = QCoreApplication.translate

POOL = QColor("#FFF4DC")
CLOSED = QColor("#ECECEC")
MASKED = QColor("#E8F0FB")


def _day(value: datetime.date | datetime.datetime | None) -> datetime.date | None:
    """The day of a date or moment: shown as 2026-11-18, exported as a date."""
    return value.date() if isinstance(value, datetime.datetime) else value


def columns() -> list[Column]:
    return [
        Column(translate("CustomerList", "客户编号"), lambda r: r.number, "number"),
        Column(translate("CustomerList", "名称"), lambda r: r.name, "name"),
        Column(translate("CustomerList", "称呼"), lambda r: r.salutation),
        Column(translate("CustomerList", "电话"), lambda r: r.phone),
        Column(translate("CustomerList", "客户等级"), lambda r: r.customer_grade, "customer_grade"),
        Column(translate("CustomerList", "信用等级"), lambda r: r.credit_grade, "credit_grade"),
        Column(translate("CustomerList", "密级"),
               lambda r: registration.CONFIDENTIALITY.get(r.confidentiality, r.confidentiality), "confidentiality"),
        Column(translate("CustomerList", "归属业务员"), lambda r: r.owner_name, "owner"),
        Column(translate("CustomerList", "最近跟进"), lambda r: _day(r.last_follow_up_at), "last_follow_up_at"),
        Column(translate("CustomerList", "状态"), lambda r: r.status),
        Column(translate("CustomerList", "信用复核日"), lambda r: _day(r.credit_review_due_on), "credit_review_due_on"),
        Column(translate("CustomerList", "档案核定日"), lambda r: _day(r.archive_check_due_on), "archive_check_due_on"),
        Column(translate("CustomerList", "登记时间"), lambda r: _day(r.registered_at), "registered_at"),
    ]


def row_color(row: CustomerRow) -> QColor | None:
    if row.status in (registration.STATUS_VOID, registration.STATUS_ARCHIVED):
        return CLOSED
    if row.masked:
        return MASKED
    if row.status == registration.STATUS_POOL:
        return POOL
    return None


class CustomerListModel(LazyTableModel):
    """The tab queries the first page itself (off the UI thread), so it sets the order before reloading."""

    def __init__(self, fetch: Fetch) -> None:
        self.column_list = columns()
        super().__init__(self.column_list, fetch, row_color)

    def set_order(self, sort_key: str | None, descending: bool) -> None:
        self._sort_key = sort_key
        self._descending = descending
