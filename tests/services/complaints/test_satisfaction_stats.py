"""Satisfaction by handler and by responsible department, and the share reopened, on a hand-counted September 2026
(all of it in the week of Monday 09-14): the monthly 客诉案件统计表 and the weekly callback analysis."""

import datetime as dt

import pytest

from desktop.models import Complaint, Staff
from desktop.services.complaints import stats as complaint_stats
from desktop.services.complaints import workflow as c
from tests.complaint_world import form

STEP = dt.timedelta(minutes=10)


def handled(data: dict, assignee: Staff, department: str, at: dt.datetime) -> Complaint:
    """Received by 张三 at `at`, dispatched to `assignee` of `department`, answered an hour later."""
    clerk = data["clerk1"]
    complaint = c.receive(clerk, form(received_at=at), now=at)
    c.assess(clerk, complaint, True, "理由充分", now=at + STEP)
    c.dispatch(clerk, complaint, department, assignee.id, now=at + 2 * STEP)
    c.investigate(assignee, complaint, "查明原因", "", now=at + 3 * STEP)
    c.propose(assignee, complaint, "上门处理", now=at + 4 * STEP)
    c.approve(data["supervisor"], complaint, now=at + 5 * STEP)
    c.reply(clerk, complaint, "已上门处理", now=at + 6 * STEP)
    return complaint


def called(data: dict, complaint: Complaint, satisfaction: str, at: dt.datetime) -> None:
    c.record_callback(data["clerk3"], complaint, True, satisfaction, satisfaction != "不满意", now=at)


@pytest.fixture
def september(office_data: dict) -> dict:
    li, wang, boss = office_data["clerk2"], office_data["clerk3"], office_data["supervisor"]
    day = dt.datetime(2026, 9, 15, 9)
    a = handled(office_data, li, "质量管理部", day)
    called(office_data, a, "满意", day + dt.timedelta(hours=5))
    b = handled(office_data, li, "质量管理部", day + dt.timedelta(hours=1))
    called(office_data, b, "基本满意", day + dt.timedelta(hours=5))
    cc = handled(office_data, li, "物流部", day + dt.timedelta(hours=2))
    called(office_data, cc, "不满意", day + dt.timedelta(hours=5))
    c.decide_close(boss, cc, "已当面致歉，客户表示理解", now=day + dt.timedelta(hours=6))
    d = handled(office_data, wang, "物流部", day + dt.timedelta(days=1))
    called(office_data, d, "满意", day + dt.timedelta(days=1, hours=4))
    e = handled(office_data, wang, "物流部", day + dt.timedelta(days=1, hours=1))
    called(office_data, e, "不满意", day + dt.timedelta(days=1, hours=4))
    reopened = form(content="仍不接受处理结果", severity="major", received_at=None)
    c.reopen(office_data["clerk1"], e, reopened, now=day + dt.timedelta(days=1, hours=5))  # F: open at month's end
    g = c.receive(office_data["clerk1"], form(received_at=day + dt.timedelta(days=2)), now=day + dt.timedelta(days=2))
    c.assess(office_data["clerk1"], g, False, "非本公司产品", "已请客户向购买商家反映",
             now=day + dt.timedelta(days=2, hours=1))
    h = handled(office_data, wang, "质量管理部", day + dt.timedelta(days=2, hours=2))
    for n in range(3):
        c.record_callback(office_data["clerk3"], h, False, now=day + dt.timedelta(days=2, hours=4 + n))
    c.close_unreachable(office_data["clerk1"], h, now=day + dt.timedelta(days=2, hours=8))
    # not counted: a voided complaint, a merged duplicate (counted as its survivor), one closed in October
    voided = handled(office_data, li, "质量管理部", day + dt.timedelta(days=3))
    c.void(boss, voided, "重复录入", now=day + dt.timedelta(days=3, hours=2))
    older = handled(office_data, li, "客服部", day + dt.timedelta(days=3, hours=1))
    newer = c.receive(office_data["clerk1"], form(received_at=day + dt.timedelta(days=3, hours=2)),
                      now=day + dt.timedelta(days=3, hours=2))
    c.merge(boss, older, newer, "客户重复来电", now=day + dt.timedelta(days=3, hours=3))
    called(office_data, older, "满意", dt.datetime(2026, 10, 9, 10))
    return {"a": a, "e": e}


def _rows(rows: list[complaint_stats.Satisfaction]) -> list[tuple]:
    return [(r.name, r.closed, r.rated, r.satisfied, r.fairly_satisfied, r.dissatisfied, r.reopened) for r in rows]


def test_the_month_by_handler_and_department(september: dict) -> None:
    stats = complaint_stats.monthly(2026, 9)
    assert stats.closed == 7  # A B C D E G H
    assert _rows(stats.by_handler) == [
        ("李四", 3, 3, 1, 1, 1, 0),  # A 满意, B 基本满意, C 不满意 (主任结案)
        ("王五", 3, 2, 1, 0, 1, 1),  # D 满意, E 不满意 and reopened, H unreachable: not rated
        ("张三", 1, 0, 0, 0, 0, 0),  # G 不成立: judged and answered by 张三
    ]
    li, wang, zhang = stats.by_handler
    assert (li.rate, wang.rate, zhang.rate) == (pytest.approx(2 / 3), 0.5, None)
    assert (wang.reopened_share, li.reopened_share) == (pytest.approx(1 / 3), 0.0)
    assert _rows(stats.by_department_satisfaction) == [
        ("物流部", 3, 3, 1, 0, 2, 1),  # C D E
        ("质量管理部", 3, 2, 1, 1, 0, 0),  # A B H
        ("（未派发）", 1, 0, 0, 0, 0, 0),  # G
    ]
    assert stats.by_department_satisfaction[0].rate == pytest.approx(1 / 3)
    assert stats.by_department_satisfaction[1].rate == 1.0
    assert stats.reopened == 1


def test_the_week_by_handler_and_department(september: dict) -> None:
    week = complaint_stats.weekly_callbacks(dt.date(2026, 9, 16))
    assert (week.attempts, week.reached) == (8, 5)  # H's three failed tries are not rated
    assert [(r.name, r.rated, r.satisfied, r.fairly_satisfied, r.dissatisfied) for r in week.by_handler] == [
        ("李四", 3, 1, 1, 1), ("王五", 2, 1, 0, 1)]
    assert [(r.name, r.rated, r.satisfied, r.fairly_satisfied, r.dissatisfied) for r in week.by_department] == [
        ("物流部", 3, 1, 0, 2), ("质量管理部", 2, 1, 1, 0)]
    assert (week.closed, week.reopened) == (7, 1)
    october = complaint_stats.weekly_callbacks(dt.date(2026, 10, 9))
    assert [(r.name, r.rated, r.satisfied) for r in october.by_handler] == [("李四", 1, 1)]
    assert october.by_department[0].name == "客服部"


def test_a_reopening_voided_later_no_longer_counts(september: dict, office_data: dict) -> None:
    reopening = Complaint.get(Complaint.reopened_from == september["e"].id)
    c.void(office_data["supervisor"], reopening, "客户撤回", now=dt.datetime(2026, 9, 30, 10))
    assert complaint_stats.monthly(2026, 9).reopened == 0


def test_an_empty_month_has_no_rows(office_data: dict) -> None:
    stats = complaint_stats.monthly(2026, 12)
    assert (stats.by_handler, stats.by_department_satisfaction, stats.reopened) == ([], [], 0)
