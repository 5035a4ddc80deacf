"""Complaint figures as plain data, each one SQL aggregate: the monthly 客诉案件统计表 (last month's closed cases by
category, cause and responsible department, due by the 10th) and the weekly callback satisfaction analysis (due
Monday 18:00)."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

from peewee import JOIN, Case, Expression, Field, Value, fn

from desktop import engine
from desktop.models import CallbackAttempt, Complaint, Staff
from desktop.services import calendar
from desktop.services.complaints.workflow import CATEGORIES, CLOSED_UNREACHABLE, SATISFACTION, SEVERITIES
from desktop.services.reporting.layout import share

NO_DEPARTMENT = "（未派发）"
NO_HANDLER = "（未指定）"


@dataclass(frozen=True)
class Share:
    name: str
    count: int
    share: float  # 0..1 of the total


@dataclass(frozen=True)
class Satisfaction:
    """The satisfaction the callbacks found for one handler or responsible department (000 四, 000 Ⅶ 第四)."""

    name: str
    rated: int  # callbacks that reached the customer (monthly: closed cases with a satisfaction)
    satisfied: int  # 满意
    fairly_satisfied: int  # 基本满意
    dissatisfied: int  # 不满意
    closed: int = 0  # closed cases (monthly only)
    reopened: int = 0  # of those, the customer did not accept and a new form was filed (001 第九条(八))

    @property
    def rate(self) -> float | None:
        """满意 and 基本满意 among those rated; None when nobody was rated."""
        return (self.satisfied + self.fairly_satisfied) / self.rated if self.rated else None

    @property
    def reopened_share(self) -> float | None:
        return self.reopened / self.closed if self.closed else None


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
    average_days: float  # handling time (receipt to reply), working days, pauses included
    maximum_days: float
    overdue: int  # closed cases whose reply came after the due time (moved by their pauses)
    average_waited_days: float  # of the handling time, spent waiting on the customer or a third party
    average_handled_days: float  # the handling time less the waiting
    waited: int  # closed cases that were paused at least once
    overdue_counting_waits: int  # closed cases late had their waiting counted: pausing hides no lateness
    by_handler: list[Satisfaction] = field(default_factory=list)  # the closed cases by 经办人 (the responsible person)
    by_department_satisfaction: list[Satisfaction] = field(default_factory=list)
    reopened: int = 0  # closed cases the customer did not accept, a new form filed (as the report is drawn)


def _shares(column: Field, where: object, total: int, empty: str = "",
            words: Mapping[str, str] | None = None) -> list[Share]:
    """Counted by the stored value; named by the office's word when the value is a code of `words`."""
    rows = (Complaint.select(column.alias("name"), fn.COUNT(Complaint.id).alias("n")).where(where)
            .group_by(column).order_by(fn.COUNT(Complaint.id).desc(), column).tuples())
    words = words or {}
    return [Share(words.get(name, name) or empty, n, n / total if total else 0.0) for name, n in rows]


def monthly(year: int, month: int) -> MonthlyStatistics:
    first, following = calendar.month_span(year, month)
    live = Complaint.voided_at.is_null() & Complaint.merged_into.is_null()  # a merged duplicate counts as its survivor
    closed_in_month = live & (Complaint.closed_at >= first) & (Complaint.closed_at < following)
    late = Case(None, [(Complaint.replied_at > Complaint.due_at, 1)], 0)
    late_counting_waits = Case(None, [(Complaint.handling_days > Complaint.deadline_days, 1)], 0)
    paused = Case(None, [(Complaint.waited_days > 0, 1)], 0)
    closed, average, maximum, overdue, waited, waited_count, late_with_waits = (
        Complaint.select(fn.COUNT(Complaint.id), fn.AVG(Complaint.handling_days), fn.MAX(Complaint.handling_days),
                         fn.SUM(late), fn.AVG(Complaint.waited_days), fn.SUM(paused), fn.SUM(late_counting_waits))
        .where(closed_in_month).tuples().get())
    received = Complaint.select().where(live & (Complaint.received_at >= first)
                                        & (Complaint.received_at < following)).count()
    return MonthlyStatistics(
        year, month, following.date().replace(day=10), received, closed,
        _shares(Complaint.category, closed_in_month, closed, words=CATEGORIES),
        _shares(Complaint.cause_kind, closed_in_month, closed),
        _shares(Complaint.department, closed_in_month, closed, NO_DEPARTMENT),
        _shares(Complaint.closed_as, closed_in_month, closed),
        round(average or 0.0, 2), round(maximum or 0.0, 2), overdue or 0, round(waited or 0.0, 2),
        round((average or 0.0) - (waited or 0.0), 2), waited_count or 0, late_with_waits or 0,
        closed_satisfaction(closed_in_month, "handler"), closed_satisfaction(closed_in_month, "department"),
        _reopened_count(closed_in_month))


def _handler() -> Expression:
    """Who handled a complaint: its responsible person, or whoever answered the customer (a 不成立 judgement)."""
    return fn.COALESCE(Complaint.assignee, Complaint.replied_by)


def _reopened() -> Expression:
    later = Complaint.alias()
    return fn.EXISTS(later.select(later.id).where((later.reopened_from == Complaint.id) & later.voided_at.is_null()))


def _reopened_count(where: Expression) -> int:
    return Complaint.select().where(where & _reopened()).count()


def _grouped(query: object, by: str) -> object:
    """`query` on complaints, grouped by handler (joined to their name) or by responsible department."""
    if by == "handler":
        return (query.join(Staff, JOIN.LEFT_OUTER, on=(Staff.id == _handler()), src=Complaint)
                .group_by(Staff.id, Staff.name))
    return query.group_by(Complaint.department)


def _name_column(by: str) -> Field:
    return Staff.name if by == "handler" else Complaint.department


def _label(name: str | None, by: str) -> str:
    return name or (NO_HANDLER if by == "handler" else NO_DEPARTMENT)


def _ordered(rows: list[Satisfaction]) -> list[Satisfaction]:
    """Most cases first, then by name; the cases without a handler or department last."""
    return sorted(rows, key=lambda r: (r.name in (NO_HANDLER, NO_DEPARTMENT), -max(r.closed, r.rated), r.name))


def closed_satisfaction(where: Expression, by: str) -> list[Satisfaction]:
    """The complaints matching `where` (closed in a period) by handler or department: how many, their last
    callback's satisfaction, and how many the customer did not accept."""
    sums = [_count_if(Complaint.satisfaction == name) for name in SATISFACTION]
    rated = _count_if(Complaint.satisfaction.in_(SATISFACTION))
    query = (Complaint.select(_name_column(by), fn.COUNT(Complaint.id), rated, *sums, _count_if(_reopened()))
             .where(where))
    rows = _grouped(query, by).tuples()
    return _ordered([Satisfaction(_label(name, by), int(rated or 0), *(int(v or 0) for v in counts), closed=closed,
                                  reopened=int(reopened or 0))
                     for name, closed, rated, *counts, reopened in rows])


def callback_satisfaction(start: datetime.datetime, end: datetime.datetime, by: str) -> list[Satisfaction]:
    """The callbacks of [start, end) that reached the customer, by the handler or department of their complaint."""
    sums = [_count_if(CallbackAttempt.satisfaction == name) for name in SATISFACTION]
    query = (CallbackAttempt.select(_name_column(by), fn.COUNT(CallbackAttempt.id), *sums).join(Complaint)
             .where((CallbackAttempt.at >= start) & (CallbackAttempt.at < end) & CallbackAttempt.reached))
    rows = _grouped(query, by).tuples()
    return _ordered([Satisfaction(_label(name, by), rated, *(int(v or 0) for v in counts))
                     for name, rated, *counts in rows])


def monthly_rows(stats: MonthlyStatistics) -> list[list[object]]:
    """The table as rows (维度, 项目, 件数, 占比) for Excel and print."""
    rows: list[list[object]] = []
    for title, shares in (("分类", stats.by_category), ("原因", stats.by_cause), ("责任部门", stats.by_department),
                          ("结案方式", stats.by_outcome)):
        rows += [[title, s.name, s.count, share(s.share)] for s in shares]
    rows += [["处理时间", "平均（工作日）", stats.average_days, ""],
             ["处理时间", "其中等待客户/第三方（工作日）", stats.average_waited_days, ""],
             ["处理时间", "扣除等待后平均（工作日）", stats.average_handled_days, ""],
             ["处理时间", "最长（工作日）", stats.maximum_days, ""]]
    for label, count in (("超期答复件数", stats.overdue), ("暂停计时件数", stats.waited),
                         ("连同等待时间计超期件数", stats.overdue_counting_waits)):
        rows.append(["期限", label, count, share(count / stats.closed) if stats.closed else ""])
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
    by_handler: list[Satisfaction] = field(default_factory=list)  # the reached callbacks by their complaint's handler
    by_department: list[Satisfaction] = field(default_factory=list)
    closed: int = 0  # complaints closed in the week (merged duplicates counted once)
    reopened: int = 0  # of those, the customer did not accept and a new form was filed


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
                    for name in SATISFACTION]
    unreachable = Complaint.select().where(Complaint.voided_at.is_null() & (Complaint.closed_as == CLOSED_UNREACHABLE)
                                           & (Complaint.closed_at >= start) & (Complaint.closed_at < end)).count()
    staff_rows = (CallbackAttempt.select(Staff.name, fn.COUNT(CallbackAttempt.id), count_if(CallbackAttempt.reached))
                  .join(Staff).where(in_week).group_by(Staff.id, Staff.name)
                  .order_by(fn.COUNT(CallbackAttempt.id).desc()).tuples())
    closed_in_week = (Complaint.voided_at.is_null() & Complaint.merged_into.is_null() & (Complaint.closed_at >= start)
                      & (Complaint.closed_at < end))
    return CallbackWeek(
        monday, end.replace(hour=18), attempts, reached, attempts - reached, wrong or 0, on_time or 0,
        unsolved or 0, satisfaction, unreachable, [StaffCallbacks(n, a, r or 0) for n, a, r in staff_rows],
        callback_satisfaction(start, end, "handler"), callback_satisfaction(start, end, "department"),
        Complaint.select().where(closed_in_week).count(), _reopened_count(closed_in_week))


# ---------------------------------------------------------------------------------------------------- the reports
@dataclass(frozen=True)
class ComplaintDay:
    received: int = 0
    dispatched: int = 0
    dispatch_late: int = 0  # dispatched more than 60 minutes after receipt
    closed: int = 0


@dataclass(frozen=True)
class CallbackDay:
    attempts: int = 0
    reached: int = 0
    satisfied: int = 0  # 满意
    fairly_satisfied: int = 0  # 基本满意
    dissatisfied: int = 0  # 不满意


def _count_if(condition: object) -> object:
    return fn.SUM(Case(None, [(condition, 1)], 0))


def _per_day(column: Field, where: object, *sums: object) -> dict[datetime.date, tuple]:
    day = engine.day(column)
    query = Complaint.select(day, *sums).where(where).group_by(day).tuples()
    return {row[0]: row[1:] for row in query}


def day_counts(start: datetime.datetime, end: datetime.datetime) -> dict[datetime.date, ComplaintDay]:
    """Complaints received, dispatched (and how many of those late) and closed on each day of [start, end)."""
    live = Complaint.voided_at.is_null()
    count = fn.COUNT(Complaint.id)
    received = _per_day(Complaint.received_at, live & (Complaint.received_at >= start)
                        & (Complaint.received_at < end), count)
    dispatched = _per_day(Complaint.dispatched_at, live & (Complaint.dispatched_at >= start)
                          & (Complaint.dispatched_at < end), count, _count_if(Complaint.dispatch_late))
    closed = _per_day(Complaint.closed_at, live & (Complaint.closed_at >= start) & (Complaint.closed_at < end), count)
    days = sorted(set(received) | set(dispatched) | set(closed))
    return {day: ComplaintDay(received.get(day, (0,))[0], *(int(v or 0) for v in dispatched.get(day, (0, 0))),
                              closed.get(day, (0,))[0]) for day in days}


def callback_counts(start: datetime.datetime, end: datetime.datetime) -> dict[datetime.date, CallbackDay]:
    """Callback attempts on each day of [start, end), how many reached the customer, and their satisfaction."""
    day = engine.day(CallbackAttempt.at)
    query = (CallbackAttempt.select(day, fn.COUNT(CallbackAttempt.id), _count_if(CallbackAttempt.reached),
                                    *(_count_if(CallbackAttempt.reached & (CallbackAttempt.satisfaction == name))
                                      for name in SATISFACTION))
             .where((CallbackAttempt.at >= start) & (CallbackAttempt.at < end)).group_by(day).tuples())
    return {row[0]: CallbackDay(*(int(v or 0) for v in row[1:])) for row in query}


def _overdue(moment: datetime.datetime) -> object:
    """Overdue at `moment`, from the deadlines the complaint carries now: not answered by its handling due time,
    or answered but not called back (reached) by its callback due time."""
    reached = CallbackAttempt.select(CallbackAttempt.id).where(
        (CallbackAttempt.complaint == Complaint.id) & CallbackAttempt.reached & (CallbackAttempt.at < moment))
    handling = (Complaint.due_at < moment) & (Complaint.replied_at.is_null() | (Complaint.replied_at >= moment))
    callback = ((Complaint.replied_at < moment) & (Complaint.callback_due_at < moment) & ~fn.EXISTS(reached))
    return handling | callback


def _open_at(moment: datetime.datetime, since: datetime.datetime | None = None) -> object:
    """Received before `moment` and not closed by then. The candidates come from the closed_at index (never
    closed, or closed after `since`), so the query does not walk every complaint ever received."""
    candidates = (Complaint.select(Complaint.id).where(Complaint.closed_at.is_null())
                  | Complaint.select(Complaint.id).where(Complaint.closed_at >= (since or moment)))
    return (Complaint.id.in_(candidates) & Complaint.voided_at.is_null()
            & (Complaint.closed_at.is_null() | (Complaint.closed_at >= moment)) & (Complaint.received_at < moment))


def overdue_counts(moments: list[datetime.datetime]) -> list[int]:
    """How many complaints were open and overdue at each of `moments` (ascending), in one pass."""
    if not moments:
        return []
    open_then = [(Complaint.closed_at.is_null() | (Complaint.closed_at >= m)) & (Complaint.received_at < m)
                 & _overdue(m) for m in moments]
    values = (Complaint.select(*(_count_if(condition) for condition in open_then))
              .where(_open_at(moments[-1], since=moments[0])).tuples().get())
    return [int(v or 0) for v in values]


AGE_BUCKETS = [(1, "1天内"), (3, "1–3天"), (7, "3–7天"), (30, "7–30天"), (None, "30天以上")]


@dataclass(frozen=True)
class OpenAges:
    severity: str  # the office's word (一般, 较大, 严重)
    by_age: list[int]  # one count per AGE_BUCKETS
    overdue: int

    @property
    def total(self) -> int:
        return sum(self.by_age)


def _age(moment: datetime.datetime) -> object:
    """Calendar days from receipt to `moment`."""
    return engine.days_between(Value(moment), Complaint.received_at)


def open_ages(moment: datetime.datetime) -> list[OpenAges]:
    """Complaints open at `moment` by severity and age (the tracking list's 账龄), with how many were overdue."""
    age, lower, sums = _age(moment), 0, []
    for upper, _ in AGE_BUCKETS:
        band = age >= lower if upper is None else (age >= lower) & (age < upper)
        sums.append(_count_if(band))
        lower = upper
    query = (Complaint.select(Complaint.severity, *sums, _count_if(_overdue(moment)))
             .where(_open_at(moment)).group_by(Complaint.severity).tuples())
    found = {severity: rest for severity, *rest in query}
    order = {code: index for index, code in enumerate(SEVERITIES)}
    return [OpenAges(SEVERITIES.get(code, code), [int(v or 0) for v in found[code][:-1]], int(found[code][-1] or 0))
            for code in sorted(found, key=lambda code: (order.get(code, len(order)), code))]


@dataclass(frozen=True)
class OpenComplaint:
    number: str
    received_at: datetime.datetime
    complainant: str
    category: str  # the office's words (产品质量, 严重), as the report prints them
    severity: str
    department: str
    due_at: datetime.datetime  # the deadline that was missed: handling, or the callback once answered
    overdue_days: float  # calendar days from that deadline to the moment


def overdue_list(moment: datetime.datetime) -> list[OpenComplaint]:
    """The complaints open and overdue at `moment`, oldest first, each with the days it is overdue by."""
    answered = Complaint.replied_at.is_null(False) & (Complaint.replied_at < moment)
    due = Case(None, [(answered, Complaint.callback_due_at)], Complaint.due_at)
    query = (Complaint.select(Complaint.number, Complaint.received_at, Complaint.complainant, Complaint.category,
                              Complaint.severity, Complaint.department, due)
             .where(_open_at(moment) & _overdue(moment)).order_by(Complaint.received_at, Complaint.id).tuples())
    return [OpenComplaint(number, received, who, CATEGORIES.get(category, category),
                          SEVERITIES.get(severity, severity), department or NO_DEPARTMENT,
                          _moment(due_at), round((moment - _moment(due_at)) / datetime.timedelta(days=1), 1))
            for number, received, who, category, severity, department, due_at in query]


def _moment(value: datetime.datetime | str) -> datetime.datetime:
    return value if isinstance(value, datetime.datetime) else datetime.datetime.fromisoformat(value)


def by_person(start: datetime.datetime, end: datetime.datetime) -> dict[int, tuple[int, int]]:
    """staff id -> (complaints received, callback attempts made) in [start, end)."""
    received = dict(Complaint.select(Complaint.received_by, fn.COUNT(Complaint.id))
                    .where(Complaint.voided_at.is_null() & (Complaint.received_at >= start)
                           & (Complaint.received_at < end)).group_by(Complaint.received_by).tuples())
    called = dict(CallbackAttempt.select(CallbackAttempt.staff, fn.COUNT(CallbackAttempt.id))
                  .where((CallbackAttempt.at >= start) & (CallbackAttempt.at < end))
                  .group_by(CallbackAttempt.staff).tuples())
    return {sid: (received.get(sid, 0), called.get(sid, 0)) for sid in set(received) | set(called)}
