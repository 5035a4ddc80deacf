"""月报: visit points per salesperson against the 30-point bar (`000 Ⅰ 四`), the visit plan against the actual
visits (`003 访问计划完成表`), the 客诉案件统计表 (`001 第九条(九)`) and the 每月巡访情况报告书 (`001 第8篇 第十条`):
the month's visits, the form's ratings, what customers said, market and competitor news, and urgent reports."""

from dataclasses import dataclass

from desktop.models import Staff
from desktop.services import auth, settings
from desktop.services.complaints import stats as complaint_stats
from desktop.services.complaints.stats import MonthlyStatistics
from desktop.services.contacts import stats as contact_stats
from desktop.services.contacts import urgent_reports, visit_points
from desktop.services.contacts.stats import KindCounts, PurposeContacts, RatingSummary, TextCount
from desktop.services.contacts.urgent_reports import UrgentRow
from desktop.services.contacts.visit_points import TARGET, PlanCompletion, PointsRow
from desktop.services.errors import msg
from desktop.services.reporting import complaint_statistics, daily, periods, sections
from desktop.services.reporting.layout import Chart, Figure, ReportLayout, ReportTable
from desktop.services.reporting.periods import Period

TOP_TEXTS = 15


@dataclass
class VisitSummary:
    """每月巡访情况报告书: what the month's contact records say, summarised."""

    contacts: KindCounts
    purposes: list[PurposeContacts]
    ratings: list[RatingSummary]
    opinions_written: int
    opinions: list[TextCount]
    market_written: int
    market: list[TextCount]
    urgent: list[UrgentRow]


@dataclass
class MonthlyReport:
    period: Period
    branch: str
    points: list[PointsRow]
    plans: dict[int, PlanCompletion]
    complaints: MonthlyStatistics
    visits: VisitSummary


def build(actor: Staff, year: int, month: int) -> MonthlyReport:
    auth.require(actor, "reports.view")
    period = periods.month(year, month)
    start, end = period.start, period.end
    opinions_written, opinions = contact_stats.common_texts("opinions", start, end, TOP_TEXTS)
    market_written, market = contact_stats.common_texts("market", start, end, TOP_TEXTS)
    by_purpose = contact_stats.by_purpose(start, end)
    contacts = KindCounts(*(sum(getattr(p.counts, name) for p in by_purpose)
                            for name in ("visits", "receptions", "phones", "anonymous_phones", "urgent")))
    visits = VisitSummary(contacts, by_purpose, contact_stats.ratings(start, end), opinions_written, opinions,
                          market_written, market, urgent_reports.between(start, end))
    return MonthlyReport(period, settings.branch_name(), visit_points.month_points(year, month),
                         visit_points.month_plan_completion(year, month), complaint_stats.monthly(year, month), visits)


def points_table(rows: list[PointsRow]) -> ReportTable:
    body = [[r.code, r.name, r.team, r.visits, r.receptions, r.points, r.short or "",
             msg("少 {short} 分",
                 short=r.short) if r.flagged else ("达标" if r.points >= TARGET else "")] for r in rows]
    headers = ["工号", "姓名", "班组", "外出拜访", "来访接待", "积分", "差额", "标记"]
    return ReportTable(msg("业务积分（目标 {TARGET} 分/月）",
                           TARGET=TARGET), headers, body, [1, 1.2, 1.4, 1, 1, 1, 1, 1.2],
                       note=msg("同一客户同一天只计 1 分；电话记录和协助人不计分；少 {FLAG_SHORT} 分及以上标出。",
                                FLAG_SHORT=visit_points.FLAG_SHORT))


def plan_table(report: MonthlyReport) -> ReportTable:
    body = []
    for r in report.points:
        plan = report.plans.get(r.staff_id)
        if plan is None:
            body.append([r.code, r.name, 0, 0, 0, "—", r.points])
            continue
        body.append([r.code, r.name, plan.customers, plan.planned, plan.done, Figure(plan.rate, percent=True),
                     r.points - plan.visited_planned])
    return ReportTable("访问计划完成情况", ["工号", "姓名", "计划客户", "计划次数", "完成次数", "完成率", "计划外拜访"],
                       body, [1, 1.2, 1, 1, 1, 1, 1.2],
                       note="完成次数：对计划内客户的实际拜访，每个客户最多计到计划次数。")


def ratings_table(ratings: list[RatingSummary]) -> ReportTable:
    rows = [[r.title, r.rated, "—" if r.average is None else Figure(r.average, decimals=1),
             "，".join(f"{choice} {count}" for choice, count in r.counts.items() if count) or "—"] for r in ratings]
    return ReportTable("走访评价（外出拜访）", ["评价项目", "评价次数", "平均分", "各等级次数"], rows, [1.2, 1, 1, 5])


def _texts(title: str, written: int, texts: list[TextCount]) -> ReportTable:
    return ReportTable(title, ["内容", "次数"], [[t.text, t.count] for t in texts], [6, 1],
                       note=msg("本月共 {written} 条记录填写了此项；列出出现最多的 {TOP_TEXTS} 条。",
                                written=written, TOP_TEXTS=TOP_TEXTS))


def _urgent_categories(urgent: list[UrgentRow]) -> str:
    counts: dict[str, int] = {}
    for row in urgent:
        counts[row.category] = counts.get(row.category, 0) + 1
    return "，".join(f"{name} {n}" for name, n in counts.items()) or "无"


def layout(report: MonthlyReport) -> ReportLayout:
    stats, visits = report.complaints, report.visits
    reached = sum(1 for r in report.points if r.points >= TARGET)
    flagged = sum(1 for r in report.points if r.flagged)
    summary = [
        ("业务员人数", Figure(len(report.points), "人")), ("积分达标", msg("{reached} 人（少3分及以上 {flagged} 人）",
                                                                 reached=reached, flagged=flagged)),
        ("外出拜访", Figure(visits.contacts.visits, "次")), ("来访接待", Figure(visits.contacts.receptions, "次")),
        ("电话记录", Figure(visits.contacts.phones, "条")), ("紧急报告", Figure(len(visits.urgent), "份")),
        ("投诉受理", Figure(stats.received, "件")), ("投诉结案", Figure(stats.closed, "件")),
        ("平均处理时间", Figure(stats.average_days, "个工作日", 2)), ("超期答复", Figure(stats.overdue, "件")),
        ("回访满意率", sections.overall_rate_text(stats.by_handler)),
        ("另立新单", sections.reopened_text(stats.reopened, stats.closed)),
        ("统计表报送期限", msg("{report_due} 前", report_due=stats.report_due)),
    ]
    charts = [
        Chart("业务积分", "bar", [r.name for r in report.points], [("积分", [r.points for r in report.points])],
              target=TARGET),
        Chart("结案投诉分类", "pie", [s.name for s in stats.by_category],
              [("件数", [s.count for s in stats.by_category])]),
        sections.purpose_chart(visits.purposes),
        *complaint_statistics.satisfaction_charts(stats),
    ]
    tables = [
        points_table(report.points),
        plan_table(report),
        complaint_statistics.statistics_table(
            stats, msg("客诉案件统计表（{text}结案，受理 {received} 件，结案 {closed} 件）",
                       text=report.period.text, received=stats.received, closed=stats.closed)),
        *(complaint_statistics.satisfaction_tables(stats) if stats.closed else []),
        sections.purpose_table(visits.purposes),
        ratings_table(visits.ratings),
        _texts("客户意见、建议、希望", visits.opinions_written, visits.opinions),
        _texts("市场行情、竞争对手动向", visits.market_written, visits.market),
        daily.urgent_table(visits.urgent, with_date=True),
    ]
    empty = not visits.contacts.total and not stats.received and not stats.closed
    return ReportLayout(
        "客服部月报", report.period.text, report.branch, summary, [c for c in charts if not c.empty], tables, empty,
        "本月没有拜访、来访、电话或投诉记录。",
        [msg("每月巡访情况报告书：汇总本月全部拜访、来访和电话记录（不含作废）中的客户意见、市场行情和紧急报告（紧急报告按类别：{value}）。",
             value=_urgent_categories(visits.urgent)),
         "客诉案件统计表按本月结案的案件统计，处理时间只计工作日。"])
