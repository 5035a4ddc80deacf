"""The monthly 客诉案件统计表 and the weekly callback analysis on a hand-made September 2026."""

import datetime as dt

import pytest

from desktop.services.complaints import stats as complaint_stats
from desktop.services.complaints import workflow as c
from tests.complaint_world import form, take_to

HOUR = dt.timedelta(hours=1)


@pytest.fixture
def september(office_data):
    clerk, clerk3 = office_data["clerk1"], office_data["clerk3"]
    # 1: quality, answered 2 hours after receipt (6 steps of 20 minutes), customer satisfied
    quick = take_to(c.REPLIED, office_data, received_at=dt.datetime(2026, 9, 15, 10))
    c.record_callback(clerk3, quick, True, "满意", True, now=dt.datetime(2026, 9, 16, 9))
    # 2: service attitude, answered 2 working days after receipt (a day late), callback never reached
    slow = take_to(c.REPLIED, office_data, received_at=dt.datetime(2026, 9, 16, 10), step=dt.timedelta(hours=8),
                   department="客服部", category="service", cause_kind="非质量异常（人为因素）")
    for n in range(3):
        c.record_callback(clerk3, slow, False, now=dt.datetime(2026, 9, 18, 20 + n))
    c.close_unreachable(clerk, slow, now=dt.datetime(2026, 9, 19, 9))
    # 3: not valid, closed at once without dispatch
    invalid = c.receive(clerk, form(received_at=dt.datetime(2026, 9, 17, 9)), now=dt.datetime(2026, 9, 17, 9))
    c.assess(clerk, invalid, False, "非本公司产品", "已告知客户向购买商家反映", now=dt.datetime(2026, 9, 17, 15))
    # 4: received in September, closed in October: not in September's table
    later = take_to(c.REPLIED, office_data, received_at=dt.datetime(2026, 9, 29, 10))
    c.record_callback(clerk3, later, True, "基本满意", True, now=dt.datetime(2026, 10, 8, 10))
    # 5: dissatisfied on callback: with the supervisor, not closed
    unhappy = take_to(c.REPLIED, office_data, received_at=dt.datetime(2026, 9, 14, 9))
    c.record_callback(clerk, unhappy, True, "不满意", False, now=dt.datetime(2026, 9, 14, 16))
    return quick, slow, invalid


def test_the_monthly_table(september):
    stats = complaint_stats.monthly(2026, 9)
    assert stats.report_due == dt.date(2026, 10, 10)
    assert (stats.received, stats.closed) == (5, 3)
    assert [(s.name, s.count, round(s.share, 3)) for s in stats.by_category] == [
        ("产品质量", 2, 0.667), ("服务态度", 1, 0.333)]
    assert [(s.name, s.count) for s in stats.by_cause] == [("质量异常", 2), ("非质量异常（人为因素）", 1)]
    assert sorted((s.name, s.count) for s in stats.by_department) == [
        ("客服部", 1), ("质量管理部", 1), ("（未派发）", 1)]
    assert sorted((s.name, s.count) for s in stats.by_outcome) == [("不成立", 1), ("已解决", 1), ("无法联系", 1)]
    # handling: 2 h = 0.08; 09-16 10:00 → 09-18 10:00 = 2.0; 09-17 09:00 → 15:00 = 0.25
    assert stats.maximum_days == 2.0
    assert stats.average_days == pytest.approx((0.08 + 2.0 + 0.25) / 3, abs=0.01)
    assert stats.overdue == 1
    rows = [[str(cell) for cell in row] for row in complaint_stats.monthly_rows(stats)]
    assert ["分类", "产品质量", "2", "66.7%"] in rows
    assert ["期限", "超期答复件数", "1", "33.3%"] in rows


def test_an_empty_month(office_data):
    stats = complaint_stats.monthly(2026, 12)
    assert (stats.closed, stats.average_days, stats.overdue, stats.by_category) == (0, 0.0, 0, [])
    assert stats.report_due == dt.date(2027, 1, 10)


def test_the_weekly_callback_analysis(september):
    week = complaint_stats.weekly_callbacks(dt.date(2026, 9, 17))
    assert week.week_start == dt.date(2026, 9, 14)
    assert week.report_due == dt.datetime(2026, 9, 21, 18, 0)
    # quick (reached, 满意), slow (3 failures), unhappy (reached, 不满意, not solved)
    assert (week.attempts, week.reached, week.failed, week.unsolved) == (5, 2, 3, 1)
    assert week.on_time == 2
    assert [(s.name, s.count, s.share) for s in week.satisfaction] == [
        ("满意", 1, 0.5), ("基本满意", 0, 0.0), ("不满意", 1, 0.5)]
    assert week.closed_unreachable == 1
    assert {(s.name, s.attempts, s.reached) for s in week.by_staff} == {("王五", 4, 1), ("张三", 1, 1)}


def test_time_waited_is_counted_apart_and_never_hides_lateness(office_data):
    clerk, handler, leader = office_data["clerk1"], office_data["clerk2"], office_data["leader1"]
    # received Monday 09-21 10:00, due Tuesday 10:00; waited on the customer a whole working day
    waited = take_to(c.DISPATCHED, office_data, received_at=dt.datetime(2026, 9, 21, 10))
    c.pause(handler, waited, c.WAITING_CUSTOMER, "等客户照片", dt.date(2026, 9, 22), now=dt.datetime(2026, 9, 21, 11))
    c.resume(handler, waited, "照片已到", now=dt.datetime(2026, 9, 22, 11))
    assert waited.due_at == dt.datetime(2026, 9, 23, 10)
    c.investigate(handler, waited, "安装不当", "安装工", now=dt.datetime(2026, 9, 22, 12))
    c.propose(handler, waited, "重新安装", now=dt.datetime(2026, 9, 22, 13))
    c.approve(leader, waited, now=dt.datetime(2026, 9, 22, 14))
    c.reply(clerk, waited, "明天重新安装", now=dt.datetime(2026, 9, 22, 15))
    c.record_callback(clerk, waited, True, "满意", True, now=dt.datetime(2026, 9, 23, 9))
    # and one answered in two hours without waiting
    quick = take_to(c.REPLIED, office_data, received_at=dt.datetime(2026, 9, 21, 10))
    c.record_callback(clerk, quick, True, "满意", True, now=dt.datetime(2026, 9, 21, 16))
    stats = complaint_stats.monthly(2026, 9)
    # 09-21 10:00 → 09-22 15:00 = 1.21 working days, of which 1.0 waited; 2 h = 0.08
    assert stats.average_days == pytest.approx((1.21 + 0.08) / 2, abs=0.01)
    assert stats.average_waited_days == 0.5
    assert stats.average_handled_days == pytest.approx((0.21 + 0.08) / 2, abs=0.01)
    assert (stats.waited, stats.overdue, stats.overdue_counting_waits) == (1, 0, 1)
    rows = [[str(cell) for cell in row] for row in complaint_stats.monthly_rows(stats)]
    assert ["处理时间", "其中等待客户/第三方（工作日）", "0.5", ""] in rows
    assert ["期限", "暂停计时件数", "1", "50.0%"] in rows
    assert ["期限", "连同等待时间计超期件数", "1", "50.0%"] in rows
