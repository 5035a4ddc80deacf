"""The daily, weekly and monthly report figures against a small week counted by hand."""

import datetime

import pytest

from desktop.services.contacts import visit_points
from desktop.services.errors import PermissionDenied
from desktop.services.reporting import catalog, daily, monthly, periods, weekly
from tests import report_world
from tests.contact_data import customer, record
from tests.report_world import PEOPLE, PEOPLE_HEADERS, PURPOSES, SUMMARY, D

AFTER_THE_WEEK = datetime.datetime(2026, 9, 23, 9, 0)


@pytest.fixture
def world(office_data: dict) -> dict:
    return report_world.build(office_data)


def _table(layout, title: str):
    return next(t for t in layout.tables if str(t.title).startswith(title))


def test_the_daily_figures_are_the_hand_counted_ones(world: dict, supervisor) -> None:
    layout = daily.layout(daily.build(supervisor, D, now=AFTER_THE_WEEK))
    assert [(label, str(value)) for label, value in layout.summary] == SUMMARY
    people = _table(layout, "人员工作量")
    assert people.headers == PEOPLE_HEADERS
    assert people.rows == PEOPLE
    assert _table(layout, "联系目的").rows == PURPOSES
    assert _table(layout, "新客户").rows == [["张三", 1, 0, 0, 0, 0, 0, 1], ["李四", 0, 1, 0, 0, 0, 0, 1],
                                           ["合计", 1, 1, 0, 0, 0, 0, 2]]
    swaps = _table(layout, "换班批准").rows
    assert len(swaps) == 1 and "张三" in swaps[0][0] and "王五" in swaps[0][0]
    urgent = _table(layout, "巡访紧急报告").rows
    assert urgent == [["09:30", "同行新产品上市", "杭州明远贸易", "赵六", "同行本月推出新款"]]
    assert not layout.empty
    assert [c.title for c in layout.charts] == ["联系目的与方式", "回访满意度"]


def test_only_the_supervisor_reads_reports(world: dict, clerk, leader) -> None:
    for person in (clerk, leader):
        with pytest.raises(PermissionDenied):
            daily.build(person, D)


def test_a_day_with_nothing_gives_a_report_that_says_so(office_data: dict, supervisor) -> None:
    layout = daily.layout(daily.build(supervisor, D, now=AFTER_THE_WEEK))
    assert layout.empty
    assert "没有" in layout.empty_text
    assert str(dict(layout.summary)["外出拜访"]) == "0 次"
    assert all(table.rows == [] for table in layout.tables)
    assert layout.charts == []


def test_the_week_adds_up_its_days_and_its_people(world: dict, supervisor) -> None:
    report = weekly.build(supervisor, D + datetime.timedelta(days=3), now=AFTER_THE_WEEK)
    assert report.period.first == report_world.MONDAY
    layout = weekly.layout(report)
    days = _table(layout, "每日汇总").rows
    assert len(days) == 8
    tuesday = days[1]
    assert tuesday[0] == "9月15日 周二"
    # 外出拜访 来访接待 电话 新客户 投诉受理 派发 派发超时 结案 日终超期 回访 联系上 换班批准 紧急报告
    assert tuesday[1:] == [2, 1, 2, 2, 2, 2, 1, 1, 1, 2, 1, 1, 1]
    monday = days[0]
    assert monday[1:] == [0, 0, 1, 1, 2, 2, 0, 0, 1, 0, 0, 0, 0]
    total = days[-1]
    assert total[:9] == ["合计", 2, 1, 3, 3, 4, 4, 1, 1]
    assert total[9] == 4  # at the week's end: K1, K2 (handling due Wednesday), K4, K5 (no callback reached)
    people = {row[0]: row for row in _table(layout, "人员工作量").rows}
    assert people["S001"][-3:] == [1, 0, 1]  # 赵六's Wednesday follow-up was missed
    assert people["C002"][2:9] == [0, 0, 2, 2, 1, 0, 2]
    overdue = _table(layout, "超期未结投诉").rows
    assert [row[0] for row in overdue] == [world[k].number for k in ("k4", "k5", "k1", "k2")]
    table = _table(layout, "超期未结投诉")
    assert table.headers[-2:] == ["期限", "超期天数"]
    for row, late in zip(overdue, report.overdue, strict=True):  # days past the deadline, not since receipt
        assert row[7].value == round((report.as_of - late.due_at) / datetime.timedelta(days=1), 1)
        assert row[7].value < round((report.as_of - late.received_at) / datetime.timedelta(days=1), 1)
    ages = _table(layout, "未结投诉账龄").rows
    assert ages[-1] == ["合计", 0, 0, 3, 1, 0, 4, 4]  # K4 is 9.6 days old at the week's end
    assert dict(layout.summary)["未结投诉"] == "4 件（其中超期 4 件）"
    callbacks = {(row[0], row[1]): row[2] for row in _table(layout, "回访满意度分析").rows}
    assert callbacks[("合计", "回访次数")] == 2 and callbacks[("满意度", "满意")] == 1


def test_the_weekly_day_row_equals_the_daily_report(world: dict, supervisor) -> None:
    day = daily.build(supervisor, D, now=AFTER_THE_WEEK)
    week = weekly.build(supervisor, D, now=AFTER_THE_WEEK)
    assert week.days[1] == day.totals


def test_a_week_still_running_leaves_its_coming_days_blank(world: dict, supervisor) -> None:
    report = weekly.build(supervisor, D, now=report_world.at(D, 18))
    assert [d.overdue for d in report.days] == [1, 1, None, None, None, None, None]  # K4, due Monday 10:00
    assert report.totals.overdue == 1


def test_a_week_across_the_year_boundary(office_data: dict, supervisor) -> None:
    sales = office_data["sales1"]
    buyer = customer(office_data["clerk1"], "宁波海联")
    record(sales, buyer, datetime.datetime(2026, 12, 31, 10))
    record(sales, buyer, datetime.datetime(2027, 1, 1, 10))
    record(sales, buyer, datetime.datetime(2027, 1, 3, 10))
    record(sales, buyer, datetime.datetime(2027, 1, 4, 10))  # the next week
    report = weekly.build(supervisor, datetime.date(2027, 1, 2), now=datetime.datetime(2027, 1, 10))
    assert (report.period.first, report.period.last) == (datetime.date(2026, 12, 28), datetime.date(2027, 1, 3))
    assert report.period.text == "2026年第53周（2026年12月28日至2027年1月3日）"
    assert [d.contacts.visits for d in report.days] == [0, 0, 0, 1, 1, 0, 1]
    assert report.totals.contacts.visits == 3
    december = monthly.build(supervisor, 2026, 12)
    assert december.visits.contacts.visits == 1
    assert {r.name: r.points for r in december.points}[sales.name] == 1


def test_the_month(world: dict, office_data: dict, supervisor) -> None:
    visit_points.set_plan(supervisor, office_data["sales1"], world["明远"], 2026, 9, 2)
    layout = monthly.layout(monthly.build(supervisor, 2026, 9))
    summary = {label: str(value) for label, value in layout.summary}
    assert summary["外出拜访"] == "2 次" and summary["投诉结案"] == "1 件" and summary["投诉受理"] == "5 件"
    points = {row[0]: row for row in _table(layout, "业务积分").rows}
    assert points["S001"][3:8] == [2, 0, 2, 28, "少 28 分"]
    plans = {row[0]: row for row in _table(layout, "访问计划完成情况").rows}
    assert [str(cell) for cell in plans["S001"][2:]] == ["1", "2", "1", "50%", "1"]
    statistics = _table(layout, "客诉案件统计表").rows
    assert ["分类", "产品质量", "1", "100.0%"] in [[str(cell) for cell in row] for row in statistics]
    assert _table(layout, "客户意见").rows == [["希望缩短交货期", 2]]
    assert _table(layout, "市场行情").rows == [["同行本月推出新款", 1]]
    assert len(_table(layout, "巡访紧急报告").rows) == 1
    ratings = _table(layout, "走访评价").rows
    assert [str(cell) for cell in ratings[0]] == ["产品质量", "1", "85.0", "良好 1"]


def test_periods_and_defaults() -> None:
    today = datetime.date(2026, 1, 7)
    assert periods.default("daily", today).first == today
    assert periods.default("weekly", today).first == datetime.date(2025, 12, 29)  # the last complete week
    tuesday = datetime.date(2026, 12, 8)
    assert (periods.default("weekly", tuesday).first, periods.default("weekly", tuesday).last) == (
        datetime.date(2026, 11, 30), datetime.date(2026, 12, 6))
    last_month = periods.default("monthly", today)
    assert (last_month.first, last_month.last) == (datetime.date(2025, 12, 1), datetime.date(2025, 12, 31))
    assert periods.last("monthly", today) == last_month
    assert periods.last("weekly", today).first == datetime.date(2025, 12, 29)
    assert periods.last("daily", today).first == datetime.date(2026, 1, 6)
    assert periods.month(2026, 2).last == datetime.date(2026, 2, 28)
    assert periods.week(datetime.date(2027, 1, 3)).slug == "2026W53"


def test_the_catalog_builds_each_kind(world: dict, supervisor) -> None:
    for kind in periods.KINDS:
        _, layout = catalog.build(supervisor, periods.of(kind, D), now=AFTER_THE_WEEK)
        assert layout.title == f"客服部{periods.KINDS[kind]}"
