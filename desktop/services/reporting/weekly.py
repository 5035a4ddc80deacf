"""周报 (`000 客服部主任工作职责 6`, `000 Ⅷ 二 4`): the week's totals per day and per person, the callback
satisfaction analysis (`000 四`, due Monday 18:00), complaints open at the week's end with their age and whether
they are overdue, and follow-ups missed (`001 第13篇 3.4`)."""

import datetime
from dataclasses import dataclass

from desktop.models import Staff
from desktop.services import auth, clock, settings
from desktop.services.complaints import stats
from desktop.services.complaints.stats import AGE_BUCKETS, CallbackWeek, OpenAges, OpenComplaint
from desktop.services.dates import moment_text
from desktop.services.errors import msg
from desktop.services.reporting import activity, periods, sections
from desktop.services.reporting.activity import DayActivity, PersonActivity
from desktop.services.reporting.layout import Chart, Figure, ReportLayout, ReportTable, share
from desktop.services.reporting.periods import Period


@dataclass
class WeeklyReport:
    period: Period
    branch: str
    as_of: datetime.datetime  # the week's end, or now while the week runs
    days: list[DayActivity]
    totals: DayActivity
    people: list[PersonActivity]
    callbacks: CallbackWeek
    open_ages: list[OpenAges]
    overdue: list[OpenComplaint]


def build(actor: Staff, day: datetime.date, now: datetime.datetime | None = None) -> WeeklyReport:
    """The ISO week (Monday to Sunday) containing `day`."""
    auth.require(actor, "reports.view")
    now = now or clock.now()
    period = periods.week(day)
    days = activity.by_day(period, now)
    as_of = min(period.end, now)
    return WeeklyReport(period, settings.branch_name(), as_of, days, activity.total(days),
                        activity.by_person(period, now, with_follow_ups=True),
                        stats.weekly_callbacks(period.first), stats.open_ages(as_of),
                        stats.overdue_list(as_of))


DAY_HEADERS = ["日期", "外出拜访", "来访接待", "电话", "新客户", "投诉受理", "派发", "派发超时", "结案", "日终超期",
               "回访", "联系上", "换班批准", "紧急报告"]


def _day_row(label: str, d: DayActivity) -> list[object]:
    c, k, cb = d.contacts, d.complaints, d.callbacks
    return [label, c.visits, c.receptions, c.phones, d.new_customers, k.received, k.dispatched, k.dispatch_late,
            k.closed, "—" if d.overdue is None else d.overdue, cb.attempts, cb.reached, d.swaps_approved, c.urgent]


def days_table(report: WeeklyReport) -> ReportTable:
    rows = [_day_row(periods.short_day(d.day), d) for d in report.days] + [_day_row("合计", report.totals)]
    return ReportTable("每日汇总", DAY_HEADERS, rows, [1.6] + [1] * (len(DAY_HEADERS) - 1), total=True,
                       note="合计行的「日终超期」为本周最后一天结束时（或现在）的超期件数。")


def callbacks_table(week: CallbackWeek) -> ReportTable:
    rows: list[list[object]] = [["满意度", s.name, s.count, share(s.share)] for s in week.satisfaction]
    rows += [["回访人", s.name, s.attempts, msg("联系上 {reached}", reached=s.reached)] for s in week.by_staff]
    rows += [["合计", "回访次数", week.attempts, ""], ["合计", "联系上", week.reached, ""],
             ["合计", "72小时内联系上", week.on_time, ""], ["合计", "未联系上", week.failed, ""],
             ["合计", "联系方式有误", week.wrong_contact, ""], ["合计", "问题未解决", week.unsolved, ""],
             ["合计", "按无法联系结案", week.closed_unreachable, ""]]
    return ReportTable("回访满意度分析", ["维度", "项目", "次数", "占比/说明"], rows, [1, 2, 1, 1.5],
                       note=msg("报送期限：{report_due}（客服部员工级别划分规则 四 回访采编组）。",
                                report_due=week.report_due))


def satisfaction_tables(week: CallbackWeek) -> list[ReportTable]:
    """The week's reached callbacks by their complaint's handler and responsible department (empty: no tables)."""
    if not week.reached:
        return []
    return [sections.satisfaction_table(week.by_handler, "经办人", closed_cases=False),
            sections.satisfaction_table(week.by_department, "责任部门", closed_cases=False)]


def ages_table(report: WeeklyReport) -> ReportTable:
    rows: list[list[object]] = [[a.severity, *a.by_age, a.total, a.overdue] for a in report.open_ages]
    if rows:
        rows.append(["合计"] + [sum(row[i] for row in rows) for i in range(1, len(AGE_BUCKETS) + 3)])
    return ReportTable(msg("未结投诉账龄（截至 {as_of}）", as_of=report.as_of),
                       ["严重程度", *(name for _, name in AGE_BUCKETS), "合计", "其中超期"], rows,
                       [1.2] + [1] * (len(AGE_BUCKETS) + 2), total=bool(rows))


def overdue_table(report: WeeklyReport) -> ReportTable:
    rows = [[c.number, moment_text(c.received_at), c.complainant, c.category, c.severity, c.department,
             moment_text(c.due_at), Figure(c.overdue_days, "天", decimals=1)] for c in report.overdue]
    return ReportTable(msg("超期未结投诉（截至 {as_of}）", as_of=report.as_of),
                       ["编号", "受理时间", "客户", "分类", "严重程度", "责任部门", "期限", "超期天数"], rows,
                       [1.3, 1.7, 2, 1.1, 1, 1.3, 1.7, 1])


def _per_day_chart(report: WeeklyReport, title: str, series: list[tuple[str, str]]) -> Chart:
    labels = [periods.weekday(d.day) for d in report.days]  # the week is in the title; short labels stay level
    values = []
    for name, path in series:
        part, attribute = path.split(".")
        values.append((name, [getattr(getattr(d, part), attribute) for d in report.days]))
    return Chart(title, "bar", labels, values)


def layout(report: WeeklyReport) -> ReportLayout:
    summary = sections.summary(report.totals, "周末超期投诉") + [
        ("未结投诉", msg("{value} 件（其中超期 {value2} 件）",
                     value=sum(a.total for a in report.open_ages), value2=len(report.overdue))),
        ("错过跟进", Figure(sum(p.follow_ups.missed for p in report.people if p.follow_ups), "次")),
        ("回访满意率", sections.overall_rate_text(report.callbacks.by_handler)),
        ("另立新单", sections.reopened_text(report.callbacks.reopened, report.callbacks.closed)),
    ]
    charts = [
        _per_day_chart(report, "每日联系次数", [("外出拜访", "contacts.visits"), ("来访接待", "contacts.receptions"),
                                          ("电话", "contacts.phones")]),
        _per_day_chart(report, "每日投诉", [("受理", "complaints.received"), ("结案", "complaints.closed")]),
        sections.satisfaction_chart(report.totals.callbacks),
    ]
    quiet = report.totals.empty and not report.open_ages and report.callbacks.attempts == 0
    return ReportLayout(
        "客服部周报", report.period.text, report.branch, summary, [c for c in charts if not c.empty],
        [days_table(report), sections.people_table(report.people, follow_ups=True), callbacks_table(report.callbacks),
         *satisfaction_tables(report.callbacks), ages_table(report), overdue_table(report)],
        quiet, "本周没有拜访、来访、电话、新客户、投诉、回访或换班记录，也没有未结投诉。",
        ["错过跟进：下次跟进日期在本周、到期当天结束仍未跟进的（随原记录作废或取消的不计）。",
         "超期天数：自期限至周末（或现在）的自然日，期限按投诉单现有期限（已答复的按回访期限）。"])
