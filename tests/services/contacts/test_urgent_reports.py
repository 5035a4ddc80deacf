"""巡访紧急报告: an urgent contact is in each supervisor's list at once, until that supervisor reads it."""

import datetime
import threading

import pytest

from desktop.models import Staff, db
from desktop.services.contacts import records, urgent_reports
from desktop.services.errors import PermissionDenied
from desktop.services.paging import Page
from tests.contact_data import customer, record

PAGE = Page(0, 50, None, None, True)
DAY = datetime.datetime(2026, 10, 12, 10, 0)


def test_urgent_reports_wait_until_read_by_each_supervisor(office_data, clerk, supervisor) -> None:
    sales = office_data["sales1"]
    other = Staff.create(code="Z002", name="吴经理", role="supervisor", job_type="主任")
    urgent = record(sales, customer(clerk), DAY, urgent=True, urgent_category="本公司产品重大缺陷或问题",
                    market="", handling="客户反映批次 A12 漏油")
    record(sales, customer(clerk, "普通客户"), DAY)
    rows = urgent_reports.unread(supervisor, PAGE)
    assert [(r.contact_id, r.category, r.summary) for r in rows] == [
        (urgent.id, "本公司产品重大缺陷或问题", "客户反映批次 A12 漏油")]
    assert urgent_reports.unread_count(supervisor) == 1
    assert urgent_reports.mark_read(supervisor, [urgent.id, urgent.id]) == 1
    assert urgent_reports.mark_read(supervisor, [urgent.id]) == 0
    assert urgent_reports.unread(supervisor, PAGE) == []
    assert urgent_reports.unread_count(other) == 1


def test_voided_reports_leave_the_list_and_clerks_have_none(office_data, clerk, supervisor) -> None:
    sales = office_data["sales1"]
    urgent = record(sales, customer(clerk), DAY, urgent=True, urgent_category="同行新产品上市")
    records.void(sales, urgent, "误报")
    assert urgent_reports.unread_count(supervisor) == 0
    assert urgent_reports.unread_count(clerk) == 0
    with pytest.raises(PermissionDenied):
        urgent_reports.unread(clerk, PAGE)


def test_mark_all_read_reads_every_unread_report_at_once(office_data, clerk, supervisor) -> None:
    sales = office_data["sales1"]
    for hour in range(3):
        record(sales, customer(clerk, f"客户{hour}"), DAY + datetime.timedelta(hours=hour), urgent=True,
               urgent_category="同行新产品上市")
    assert urgent_reports.mark_all_read(supervisor) == 3
    assert urgent_reports.unread_count(supervisor) == 0
    assert urgent_reports.mark_all_read(supervisor) == 0
    with pytest.raises(PermissionDenied):
        urgent_reports.mark_all_read(clerk)


def test_two_windows_marking_the_same_reports_read_at_once_both_succeed(office_data, clerk, supervisor) -> None:
    ids = [record(office_data["sales1"], customer(clerk, f"客户{n}"), DAY + datetime.timedelta(minutes=n),
                  urgent=True, urgent_category="同行新产品上市").id for n in range(30)]
    together, marked = threading.Barrier(2), []

    def window() -> None:  # a thread has its own connection, as another window has
        together.wait()
        try:
            marked.append(urgent_reports.mark_read(supervisor, ids))
        except Exception as error:
            marked.append(error)
        finally:
            db.close()

    windows = [threading.Thread(target=window) for _ in range(2)]
    for thread in windows:
        thread.start()
    for thread in windows:
        thread.join()
    assert sorted(marked) == [0, 30]
