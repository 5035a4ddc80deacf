"""业务积分: what counts, month boundaries, voided visits, the 30-point bar and the plan against the actual."""

import datetime

import pytest

from desktop.services.contacts import records, visit_points
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.paging import Page
from tests.contact_data import customer, record, salesperson


@pytest.fixture
def sales(office_data: dict):
    return office_data["sales1"]


def _row(rows: list[visit_points.PointsRow], person) -> visit_points.PointsRow:
    return next(r for r in rows if r.staff_id == person.id)


def test_visits_and_receptions_count_phone_calls_and_assistants_do_not(sales, clerk, office_data) -> None:
    helper = salesperson("S002", "钱七")
    day = datetime.datetime(2026, 10, 12, 10, 0)
    record(sales, customer(clerk, "甲公司"), day, assistant_id=helper.id)
    record(sales, customer(clerk, "乙公司"), day, "reception", actor=clerk)
    record(sales, customer(clerk, "丙公司"), day, "phone")
    row = _row(visit_points.month_points(2026, 10), sales)
    assert (row.visits, row.receptions, row.points, row.short, row.flagged) == (1, 1, 2, 28, True)
    assert _row(visit_points.month_points(2026, 10), helper).points == 0


def test_one_point_per_customer_per_day(sales, clerk) -> None:
    buyer = customer(clerk)
    day = datetime.datetime(2026, 10, 12, 10, 0)
    record(sales, buyer, day)
    record(sales, buyer, day + datetime.timedelta(hours=3))
    record(sales, buyer, day + datetime.timedelta(hours=4), "reception", actor=clerk)
    record(sales, buyer, day + datetime.timedelta(days=1))
    assert _row(visit_points.month_points(2026, 10), sales).points == 2


def test_month_boundaries(sales, clerk) -> None:
    buyer = customer(clerk)
    record(sales, buyer, datetime.datetime(2026, 9, 30, 23, 59))
    record(sales, buyer, datetime.datetime(2026, 10, 1, 0, 0))
    record(sales, buyer, datetime.datetime(2026, 10, 31, 23, 59))
    record(sales, buyer, datetime.datetime(2026, 11, 1, 0, 0))
    assert [_row(visit_points.month_points(2026, m), sales).points for m in (9, 10, 11)] == [1, 2, 1]


def test_voided_visits_are_not_counted(sales, clerk) -> None:
    visit = record(sales, customer(clerk), datetime.datetime(2026, 10, 5, 9, 0))
    assert _row(visit_points.month_points(2026, 10), sales).points == 1
    records.void(sales, visit, "没有去成")
    assert _row(visit_points.month_points(2026, 10), sales).points == 0


def test_the_bar_flags_three_or_more_short(sales, clerk) -> None:
    buyers = [customer(clerk, f"客户{i}") for i in range(28)]
    for day, buyer in enumerate(buyers[:27], start=1):
        record(sales, buyer, datetime.datetime(2026, 10, day, 9, 0))
    assert (_row(visit_points.month_points(2026, 10), sales).short,
            _row(visit_points.month_points(2026, 10), sales).flagged) == (3, True)
    record(sales, buyers[27], datetime.datetime(2026, 10, 28, 9, 0))
    row = _row(visit_points.month_points(2026, 10), sales)
    assert (row.points, row.short, row.flagged) == (28, 2, False)


def test_salespeople_without_visits_are_listed_and_clerks_only_with_points(sales, clerk) -> None:
    rows = visit_points.month_points(2026, 10)
    assert [r.name for r in rows] == [sales.name]
    assert rows[0].points == 0 and rows[0].flagged


def test_plan_against_actual_month_by_month(sales, clerk, leader) -> None:
    planned, unplanned = customer(clerk, "计划客户"), customer(clerk, "临时客户")
    visit_points.set_plan(sales, sales, planned, 2026, 10, 3)
    visit_points.set_plan(leader, sales, planned, 2026, 11, 2)
    visit_points.set_plan(sales, sales, planned, 2026, 10, 4)  # revised
    record(sales, planned, datetime.datetime(2026, 10, 3, 9, 0))
    record(sales, planned, datetime.datetime(2026, 10, 9, 9, 0))
    record(sales, unplanned, datetime.datetime(2026, 11, 2, 9, 0))
    rows = {r.customer_name: r for r in visit_points.plan_year(sales, sales.id, 2026)}
    assert rows["计划客户"].planned[9:11] == [4, 2] and rows["计划客户"].actual[9:11] == [2, 0]
    assert rows["临时客户"].planned[10] == 0 and rows["临时客户"].actual[10] == 1
    assert _row(visit_points.month_points(2026, 10), sales).planned == 4


def test_plans_are_ones_own_or_a_leaders(sales, clerk) -> None:
    buyer = customer(clerk)
    with pytest.raises(PermissionDenied):
        visit_points.set_plan(clerk, sales, buyer, 2026, 10, 2)
    with pytest.raises(RuleError, match="0 到 100"):
        visit_points.set_plan(sales, sales, buyer, 2026, 10, -1)


def test_the_plan_table_pages_in_pinyin_order_and_counts_each_page_alone(sales, clerk) -> None:
    names = ["张三", "李四", "王五", "赵六", "陈七"]
    for index, name in enumerate(names):
        visit_points.set_plan(sales, sales, customer(clerk, name), 2026, 11, index + 1)
    record(sales, customer(clerk, "周八"), datetime.datetime(2026, 3, 2, 10, 0))  # visited, never planned
    whole = visit_points.plan_year(sales, sales.id, 2026)
    assert [row.customer_name for row in whole] == ["陈七", "李四", "王五", "张三", "赵六", "周八"]
    pages = [visit_points.plan_year(sales, sales.id, 2026, Page(offset, 2)) for offset in (0, 2, 4, 6)]
    assert [row for page in pages for row in page] == whole and pages[-1] == []
    assert [row.planned[10] for row in pages[0]] == [5, 2]
    assert pages[2][1].actual[2] == 1 and pages[2][1].planned == [0] * 12
