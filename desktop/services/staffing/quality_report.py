"""服务质量分析报告 (客服部班长责任制 3): each month a team leader sums up the month's duty logs, complaints and
callbacks with an analysis of their own, due to the 客服部主任 by the 22nd of the following month."""

import datetime
from collections import Counter
from dataclasses import dataclass

from desktop.models import CallbackAttempt, Complaint, QualityReport, Staff, Team, db
from desktop.services import audit, auth, calendar, clock, dates, text
from desktop.services.complaints import deadlines, workflow
from desktop.services.errors import PermissionDenied, RuleError, Text, ValidationErrors, msg
from desktop.services.staffing import duty_log

DUE_DAY = 22  # 22日前交客服部主任
CLOSE_DAYS = 3  # amber from three days before the due day
LIMITS = {"analysis": 8000, "problems": 4000, "measures": 4000}
SUBMITTED, SUBMITTED_LATE, DUE, OVERDUE = "submitted", "submitted_late", "due", "overdue"


def due_on(year: int, month: int) -> datetime.date:
    """A month's report is due on the 22nd of the month after it."""
    following = calendar.add_months(datetime.date(year, month, 1), 1)
    return following.replace(day=DUE_DAY)


def reporting_month(today: datetime.date) -> tuple[int, int]:
    """The month whose report is being written now: the one before `today`'s."""
    previous = calendar.add_months(today.replace(day=1), -1)
    return previous.year, previous.month


@dataclass(frozen=True)
class DueState:
    key: str  # SUBMITTED / SUBMITTED_LATE / DUE / OVERDUE
    text: Text
    urgency: str  # deadlines.OK / CLOSE / OVERDUE, "" once submitted


def due_state(report: QualityReport | None, year: int, month: int, today: datetime.date) -> DueState:
    due = due_on(year, month)
    submitted = report.submitted_at if report is not None and report.voided_at is None else None
    if submitted is not None:
        late = (submitted.date() - due).days
        if late > 0:
            return DueState(SUBMITTED_LATE, msg("{at:%m-%d} 已交，逾期 {late} 天", at=submitted, late=late), "")
        return DueState(SUBMITTED, msg("{at:%m-%d} 已交", at=submitted), "")
    left = (due - today).days
    if left < 0:
        return DueState(OVERDUE, msg("应于 {due:%m月%d日} 前交主任，已逾期 {late} 天", due=due, late=-left),
                        deadlines.OVERDUE)
    when = msg("今天到期") if left == 0 else msg("还剩 {left} 天", left=left)
    urgency = deadlines.CLOSE if left <= CLOSE_DAYS else deadlines.OK
    return DueState(DUE, msg("应于 {due:%m月%d日} 前交主任，{when}", due=due, when=when), urgency)


# ── writing and handing in ──────────────────────────────────────────────────────────────────────────────────────
def of_month(team: Team | int, year: int, month: int) -> QualityReport | None:
    return QualityReport.select().where(QualityReport.voided_at.is_null() & (QualityReport.team == team)
                                        & (QualityReport.year == year) & (QualityReport.month == month)).first()


def _team_of(actor: Staff) -> Team:
    if actor.team_id is None:
        raise PermissionDenied("服务质量分析报告由各班组的班长撰写；您不属于任何班组。")
    return Team.get_by_id(actor.team_id)


def save(actor: Staff, year: int, month: int, analysis: str, problems: str, measures: str,
         now: datetime.datetime | None = None) -> QualityReport:
    """Draft (or redraft) the team's report on a month that has ended; a handed-in report stays as handed in."""
    auth.require(actor, "quality_report.write")
    now = now or clock.now()
    team = _team_of(actor)
    if datetime.date(year, month, 1) > calendar.add_months(now.date().replace(day=1), -1):
        raise RuleError("{year}年{month}月还没有结束，月底之后才能撰写该月的报告。", "month", year=year, month=month)
    errors: dict[str, str | Text] = {}
    values = text.cleaned({"analysis": analysis, "problems": problems, "measures": measures}, LIMITS, errors,
                          multiline=LIMITS)
    if not values["analysis"]:
        errors["analysis"] = "请填写服务质量分析。"
    if errors:
        raise ValidationErrors(errors)
    with db.atomic():
        report = of_month(team, year, month)
        if report is None:
            return audit.create(actor, QualityReport(team=team, year=year, month=month, author=actor,
                                                     drafted_at=now, **values))
        if report.submitted_at is not None:
            raise RuleError("{year}年{month}月的报告已于 {at:%m-%d} 交主任，不能再修改。", year=year, month=month,
                            at=report.submitted_at)
        return audit.update(actor, report, reason="修改服务质量分析报告", author=actor, drafted_at=now, **values)


def submit(actor: Staff, report: QualityReport, now: datetime.datetime | None = None) -> QualityReport:
    """交客服部主任."""
    auth.require(actor, "quality_report.write")
    now = now or clock.now()
    with db.atomic():
        audit.reload(report)
        if report.team_id != actor.team_id:
            raise PermissionDenied("只有本班组的班长可以提交本班组的报告。")
        if report.submitted_at is not None:
            raise RuleError("该报告已于 {at:%m-%d %H:%M} 交主任。", at=report.submitted_at)
        return audit.update(actor, report, reason="交客服部主任", submitted_at=now)


# ── what the 今日 tab shows ─────────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class TeamState:
    team: Team
    year: int
    month: int
    report: QualityReport | None
    state: DueState


def my_state(actor: Staff, today: datetime.date) -> TeamState | None:
    """The actor's own team's report on the reporting month, for a team leader of a team."""
    if actor.team_id is None or not auth.can(actor, "quality_report.write"):
        return None
    year, month = reporting_month(today)
    report = of_month(actor.team_id, year, month)
    return TeamState(Team.get_by_id(actor.team_id), year, month, report, due_state(report, year, month, today))


def team_states(actor: Staff, today: datetime.date) -> list[TeamState]:
    """For the 主任: every active team's report on the reporting month."""
    auth.require(actor, "quality_report.receive")
    year, month = reporting_month(today)
    states = []
    for team in Team.select().where(Team.active).order_by(Team.name):
        report = of_month(team, year, month)
        states.append(TeamState(team, year, month, report, due_state(report, year, month, today)))
    return states


def month_reports(year: int) -> list[QualityReport]:
    return list(QualityReport.select().where(QualityReport.voided_at.is_null() & (QualityReport.year == year))
                .order_by(QualityReport.month.desc(), QualityReport.team))


# ── the month's figures and the printed report ──────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class Figures:
    shifts_logged: int
    consultations: int
    enquiries: int
    proactive: int
    events: list[str]  # 11月3日早班：…
    difficult: list[str]
    complaints: int
    by_category: list[tuple[str, int]]  # the office's words (产品质量 3), counted by their codes
    by_severity: list[tuple[str, int]]
    closed: int
    late: int  # replied after their allowed working days
    still_open: int
    callbacks: int
    reached: int
    satisfaction: list[tuple[str, int]]


def _require_reader(actor: Staff, team: Team | int) -> None:
    """The 主任 reads every team's report; a team leader his own team's."""
    if auth.can(actor, "quality_report.receive"):
        return
    auth.require(actor, "quality_report.write")
    if actor.team_id != (team if isinstance(team, int) else team.id):
        raise PermissionDenied("班长只能查看本班组的服务质量分析报告。")


def figures(actor: Staff, team: Team | int, year: int, month: int) -> Figures:
    """The month's duty logs of the team's leaders, and the department's complaints and callbacks."""
    _require_reader(actor, team)
    logs = list(reversed(duty_log.of_month(year, month, team if isinstance(team, int) else team.id)))
    start, end = calendar.month_span(year, month)
    received = list(Complaint.select().where(Complaint.voided_at.is_null()
                                             & (Complaint.received_at >= start) & (Complaint.received_at < end)))
    attempts = list(CallbackAttempt.select().where((CallbackAttempt.at >= start) & (CallbackAttempt.at < end)))
    satisfaction = Counter(a.satisfaction for a in attempts if a.reached and a.satisfaction)
    severity = Counter(c.severity for c in received)
    return Figures(
        len(logs), sum(log.consultations for log in logs), sum(log.enquiries for log in logs),
        sum(log.proactive for log in logs),
        [f"{dates.short_day(log.day)}{log.shift.name}：{log.events}" for log in logs if log.events],
        [f"{dates.short_day(log.day)}{log.shift.name}：{log.difficult}" for log in logs if log.difficult],
        len(received), [(workflow.label("category", code), n)
                        for code, n in Counter(c.category for c in received).most_common()],
        [(word, severity[code]) for code, word in workflow.SEVERITIES.items() if severity[code]],
        sum(1 for c in received if c.status == workflow.CLOSED),
        sum(1 for c in received if c.handling_days is not None and c.handling_days > c.deadline_days),
        sum(1 for c in received if c.status in workflow.OPEN),
        len(attempts), sum(1 for a in attempts if a.reached),
        [(level, satisfaction[level]) for level in workflow.SATISFACTION if satisfaction[level]])


@dataclass(frozen=True)
class Paper:
    team: str
    period: str  # 2026年10月
    author: str
    drafted_at: datetime.datetime | None
    submitted_at: datetime.datetime | None
    due: datetime.date
    state: str
    figures: Figures
    analysis: str
    problems: str
    measures: str


def paper(actor: Staff, team: Team, year: int, month: int, today: datetime.date) -> Paper:
    """What the printed report shows; before a draft exists its boxes are empty, for the pen."""
    _require_reader(actor, team)
    report = of_month(team, year, month)
    return Paper(team.name, f"{year}年{month}月", report.author.name if report else "",
                 report.drafted_at if report else None, report.submitted_at if report else None,
                 due_on(year, month), due_state(report, year, month, today).text, figures(actor, team, year, month),
                 report.analysis if report else "", report.problems if report else "",
                 report.measures if report else "")


RECORD = "quality_report"


def today_key(state: TeamState) -> tuple[str, int]:
    """How a line of 今日 names a month's report inside the 换班登记 tab: its month as YYYYMM."""
    return (RECORD, state.year * 100 + state.month)
