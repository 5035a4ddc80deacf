"""The complaint statistics dialog's two reports as layouts, shown, printed and exported like the 报表 window's:
the 客诉案件统计表 of a month's closed cases (`001 第九条(九)`, due by the 10th of the next month) and the week's
回访满意度分析 (`000 四`, due the next Monday 18:00)."""

import datetime

from desktop.services import settings
from desktop.services.complaints import stats as complaint_stats
from desktop.services.complaints.stats import CallbackWeek, MonthlyStatistics
from desktop.services.dates import moment_text
from desktop.services.errors import msg
from desktop.services.reporting import periods, sections, weekly
from desktop.services.reporting.layout import Chart, Figure, ReportLayout, ReportTable
from desktop.services.reporting.periods import Period


def default_period(kind: str, today: datetime.date) -> Period:
    """Last month or last week: the statistics due next."""
    return periods.last(kind, today)


def statistics_table(stats: MonthlyStatistics, title: str = "客诉案件统计表") -> ReportTable:
    """The closed cases by category, cause, department and outcome, with the handling time; empty when none closed."""
    rows = complaint_stats.monthly_rows(stats) if stats.closed else []
    return ReportTable(title, ["维度", "项目", "件数", "占比"], rows, [1.2, 2.5, 1, 1])


def satisfaction_tables(stats: MonthlyStatistics) -> list[ReportTable]:
    """The month's closed cases' satisfaction and reopenings by handler and by responsible department."""
    return [sections.satisfaction_table(stats.by_handler, "经办人", closed_cases=True),
            sections.satisfaction_table(stats.by_department_satisfaction, "责任部门", closed_cases=True)]


def satisfaction_charts(stats: MonthlyStatistics) -> list[Chart]:
    charts = [sections.satisfaction_by_chart(stats.by_handler, "经办人"),
              sections.satisfaction_by_chart(stats.by_department_satisfaction, "责任部门")]
    return [chart for chart in charts if not chart.empty]


def month_layout(stats: MonthlyStatistics, branch: str) -> ReportLayout:
    overdue_share = msg("（{value:.1%}）", value=stats.overdue / stats.closed) if stats.closed else ""
    summary = [
        ("本月受理", Figure(stats.received, "件")), ("本月结案", Figure(stats.closed, "件")),
        ("平均处理时间", Figure(stats.average_days, "个工作日", 2)),
        ("其中等待", Figure(stats.average_waited_days, "个工作日", 2)),
        ("最长处理时间", Figure(stats.maximum_days, "个工作日", 2)),
        ("超期答复", msg("{overdue} 件{overdue_share}", overdue=stats.overdue, overdue_share=overdue_share)),
        ("回访满意率", sections.overall_rate_text(stats.by_handler)),
        ("另立新单", sections.reopened_text(stats.reopened, stats.closed)),
        ("报送期限", msg("{report_due} 前", report_due=stats.report_due)),
    ]
    tables = [statistics_table(stats), *(satisfaction_tables(stats) if stats.closed else [])]
    return ReportLayout(
        "客诉案件统计表", msg("{year}年{month}月结案案件", year=stats.year, month=stats.month), branch, summary,
        satisfaction_charts(stats), tables,
        empty=not stats.closed, empty_text="本月没有结案的投诉。",
        notes=["处理时间：自受理至答复客户，只计工作日（节假日不计，调休上班日计入）。",
               "等待客户/第三方期间处理期限暂停计时；「连同等待时间计超期件数」按未暂停的期限计算。"],
        signers=["制表", "质量管理部", "客服部主任"])


def week_layout(week: CallbackWeek, period: Period, branch: str) -> ReportLayout:
    summary = [
        ("回访", Figure(week.attempts, "次")), ("联系上", msg("{reached} 次（72 小时内 {on_time} 次）",
                                                        reached=week.reached, on_time=week.on_time)),
        ("未联系上", Figure(week.failed, "次")), ("问题未解决", Figure(week.unsolved, "件")),
        ("按无法联系结案", Figure(week.closed_unreachable, "件")),
        ("回访满意率", sections.overall_rate_text(week.by_handler)),
        ("本周结案", Figure(week.closed, "件")), ("另立新单", sections.reopened_text(week.reopened, week.closed)),
        ("报送期限", moment_text(week.report_due)),
    ]
    return ReportLayout("回访满意度分析", period.text, branch, summary,
                        tables=[weekly.callbacks_table(week), *weekly.satisfaction_tables(week)],
                        empty=not week.attempts, empty_text="本周没有回访记录。")


def build(period: Period) -> ReportLayout:
    """The month's 客诉案件统计表 for a monthly period, the week's callback analysis for a weekly one."""
    if period.kind == "monthly":
        return month_layout(complaint_stats.monthly(period.first.year, period.first.month), settings.branch_name())
    return week_layout(complaint_stats.weekly_callbacks(period.first), period, settings.branch_name())
