"""日报 (`000 客服部班长责任制 4`): the day's contacts by person, 方式 and 目的, new customers, phone records,
complaints received / dispatched / closed / overdue at the day's end, late dispatches, callbacks and their
satisfaction, swaps approved and urgent reports."""

import datetime
from dataclasses import dataclass

from desktop.models import Staff
from desktop.services import auth, clock, settings
from desktop.services.contacts import stats, urgent_reports
from desktop.services.contacts.stats import PurposeContacts
from desktop.services.contacts.urgent_reports import UrgentRow
from desktop.services.customers import lists, registration
from desktop.services.dates import short_moment
from desktop.services.errors import msg
from desktop.services.reporting import activity, periods, sections
from desktop.services.reporting.activity import DayActivity, PersonActivity
from desktop.services.reporting.layout import ReportLayout, ReportTable
from desktop.services.reporting.periods import Period
from desktop.services.staffing import swaps


@dataclass(frozen=True)
class NewCustomers:
    name: str  # 登记人
    by_source: dict[str, int]


@dataclass
class DailyReport:
    period: Period
    branch: str
    totals: DayActivity
    people: list[PersonActivity]
    purposes: list[PurposeContacts]
    new_customers: list[NewCustomers]
    swaps: list[str]  # one line per approved swap
    urgent: list[UrgentRow]


def build(actor: Staff, day: datetime.date, now: datetime.datetime | None = None) -> DailyReport:
    auth.require(actor, "reports.view")
    now = now or clock.now()
    period = periods.day(day)
    start, end = period.start, period.end
    registered = lists.registrations_by_person(start, end)
    names = dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(list(registered))).order_by(Staff.code)
                 .tuples())
    return DailyReport(
        period, settings.branch_name(), activity.by_day(period, now)[0], activity.by_person(period, now),
        stats.by_purpose(start, end), [NewCustomers(names[sid], registered[sid]) for sid in names],
        [str(msg("第 {number} 号  {swap}", number=s.id, swap=swaps.one_line(s)))
         for s in swaps.approved_between(start, end)],
        urgent_reports.between(start, end))


def new_customers_table(rows: list[NewCustomers]) -> ReportTable:
    body = [[r.name, *(r.by_source.get(code, 0) for code in registration.SOURCES), sum(r.by_source.values())]
            for r in rows]
    if body:
        body.append(["合计"] + [sum(row[i] for row in body) for i in range(1, len(registration.SOURCES) + 2)])
    return ReportTable("新客户（按登记人、来源）", ["登记人", *registration.SOURCES.values(), "合计"], body,
                       [2] + [1] * (len(registration.SOURCES) + 1), total=bool(rows))


def urgent_table(rows: list[UrgentRow], with_date: bool = False) -> ReportTable:
    body = [[short_moment(r.started_at) if with_date else f"{r.started_at:%H:%M}", r.category, r.customer_name,
             r.staff_name, r.summary] for r in rows]
    return ReportTable("巡访紧急报告", ["时间", "类别", "客户", "报告人", "摘要"], body, [1.3, 2.4, 2.2, 1.2, 4])


def layout(report: DailyReport) -> ReportLayout:
    totals = report.totals
    charts = [sections.purpose_chart(report.purposes), sections.satisfaction_chart(totals.callbacks)]
    tables = [
        sections.people_table(report.people),
        sections.purpose_table(report.purposes),
        new_customers_table(report.new_customers),
        ReportTable("换班批准", ["换班（申请人 换出班次 ⇄ 替班人 还班班次）"], [[line] for line in report.swaps]),
        urgent_table(report.urgent),
    ]
    return ReportLayout(
        "客服部日报", report.period.text, report.branch, sections.summary(totals, "日终超期投诉"),
        [chart for chart in charts if not chart.empty], tables, totals.empty and not report.urgent,
        "本日没有拜访、来访、电话、新客户、投诉、回访或换班记录。",
        ["联系次数不含已作废的记录；日终超期投诉按投诉单现有期限计算：处理期限已过仍未答复，或回访期限已过仍未回访上。",
         "派发超过60分钟：受理后60分钟以后才派发（客服部员工级别划分规则 三）。"])
