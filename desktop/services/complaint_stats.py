"""Complaint figures as plain data, each one SQL aggregate: the monthly 客诉案件统计表 (last month's closed cases by
category, cause and responsible department, due by the 10th) and the weekly callback satisfaction analysis (due
Monday 18:00)."""

import datetime
from dataclasses import dataclass

from peewee import Case, Field, fn

from desktop.models import CallbackAttempt, Complaint, Staff

NO_DEPARTMENT = "（未派发）"


@dataclass(frozen=True)
class Share:
    name: str
    count: int
    share: float  # 0..1 of the total


@dataclass
class MonthlyStatistics:
    year: int
    month: int
    report_due: datetime.date  # the 10th of the next month
    received: int  # received in the month (not voided)
    closed: int  # closed in the month: the base of every share below
    by_category: list[Share]
    by_cause: list[Share]
    by_department: list[Share]
    by_outcome: list[Share]
    average_days: float  # handling time (receipt to reply), working days
    maximum_days: float
    overdue: int  # closed cases whose reply came after the due time


def _month_bounds(year: int, month: int) -> tuple[datetime.datetime, datetime.datetime]:
    first = datetime.datetime(year, month, 1)
    following = datetime.datetime(year + month // 12, month % 12 + 1, 1)
    return first, following


def _shares(column: Field, where: object, total: int, empty: str = "") -> list[Share]:
    rows = (Complaint.select(column.alias("name"), fn.COUNT(Complaint.id).alias("n")).where(where)
            .group_by(column).order_by(fn.COUNT(Complaint.id).desc(), column).tuples())
    return [Share(name or empty, n, n / total if total else 0.0) for name, n in rows]


def monthly(year: int, month: int) -> MonthlyStatistics:
    first, following = _month_bounds(year, month)
    live = Complaint.voided_at.is_null()
    closed_in_month = live & (Complaint.closed_at >= first) & (Complaint.closed_at < following)
    late = Case(None, [(Complaint.replied_at > Complaint.due_at, 1)], 0)
    closed, average, maximum, overdue = (
        Complaint.select(fn.COUNT(Complaint.id), fn.AVG(Complaint.handling_days), fn.MAX(Complaint.handling_days),
                         fn.SUM(late))
        .where(closed_in_month).tuples().get())
    received = Complaint.select().where(live & (Complaint.received_at >= first)
                                        & (Complaint.received_at < following)).count()
    return MonthlyStatistics(
        year, month, following.date().replace(day=10), received, closed,
        _shares(Complaint.category, closed_in_month, closed),
        _shares(Complaint.cause_kind, closed_in_month, closed),
        _shares(Complaint.department, closed_in_month, closed, NO_DEPARTMENT),
        _shares(Complaint.closed_as, closed_in_month, closed),
        round(average or 0.0, 2), round(maximum or 0.0, 2), overdue or 0)


def monthly_rows(stats: MonthlyStatistics) -> list[list[object]]:
    """The table as rows (维度, 项目, 件数, 占比) for Excel and print."""
    rows: list[list[object]] = []
    for title, shares in (("分类", stats.by_category), ("原因", stats.by_cause), ("责任部门", stats.by_department),
                          ("结案方式", stats.by_outcome)):
        rows += [[title, s.name, s.count, f"{s.share:.1%}"] for s in shares]
    rows += [["处理时间", "平均（工作日）", stats.average_days, ""],
             ["处理时间", "最长（工作日）", stats.maximum_days, ""],
             ["期限", "超期答复件数", stats.overdue, f"{stats.overdue / stats.closed:.1%}" if stats.closed else ""]]
    return rows


@dataclass
class StaffCallbacks:
    name: str
    attempts: int
    reached: int


@dataclass
class CallbackWeek:
    week_start: datetime.date  # a Monday
    report_due: datetime.datetime  # the following Monday 18:00
    attempts: int
    reached: int
    failed: int
    wrong_contact: int
    on_time: int  # reached within the 72 hours after the reply
    unsolved: int
    satisfaction: list[Share]  # among the reached
    closed_unreachable: int
    by_staff: list[StaffCallbacks]


def weekly_callbacks(day: datetime.date) -> CallbackWeek:
    """The callback analysis of the week (Monday to Sunday) containing `day`."""
    monday = day - datetime.timedelta(days=day.weekday())
    start = datetime.datetime.combine(monday, datetime.time())
    end = start + datetime.timedelta(days=7)
    in_week = (CallbackAttempt.at >= start) & (CallbackAttempt.at < end)

    def count_if(condition: object) -> object:
        return fn.SUM(Case(None, [(condition, 1)], 0))

    reached_ok = CallbackAttempt.reached & (CallbackAttempt.at <= Complaint.callback_due_at)
    attempts, reached, wrong, on_time, unsolved = (
        CallbackAttempt.select(fn.COUNT(CallbackAttempt.id), count_if(CallbackAttempt.reached),
                               count_if(CallbackAttempt.wrong_contact), count_if(reached_ok),
                               count_if(CallbackAttempt.reached & (CallbackAttempt.solved == False)))  # noqa: E712
        .join(Complaint).where(in_week).tuples().get())
    attempts, reached = attempts or 0, reached or 0
    rows = (CallbackAttempt.select(CallbackAttempt.satisfaction, fn.COUNT(CallbackAttempt.id))
            .where(in_week & CallbackAttempt.reached).group_by(CallbackAttempt.satisfaction).tuples())
    counts = dict(rows)
    satisfaction = [Share(name, counts.get(name, 0), counts.get(name, 0) / reached if reached else 0.0)
                    for name in ("满意", "基本满意", "不满意")]
    unreachable = Complaint.select().where(Complaint.voided_at.is_null() & (Complaint.closed_as == "无法联系")
                                           & (Complaint.closed_at >= start) & (Complaint.closed_at < end)).count()
    staff_rows = (CallbackAttempt.select(Staff.name, fn.COUNT(CallbackAttempt.id), count_if(CallbackAttempt.reached))
                  .join(Staff).where(in_week).group_by(Staff.id, Staff.name)
                  .order_by(fn.COUNT(CallbackAttempt.id).desc()).tuples())
    return CallbackWeek(
        monday, end.replace(hour=18), attempts, reached, attempts - reached, wrong or 0, on_time or 0,
        unsolved or 0, satisfaction, unreachable, [StaffCallbacks(n, a, r or 0) for n, a, r in staff_rows])
