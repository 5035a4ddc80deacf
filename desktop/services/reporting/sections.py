"""Tables, charts and headline figures the daily and weekly reports both show, built from the shared activity."""

from desktop.services.complaints.stats import CallbackDay, Satisfaction
from desktop.services.complaints.workflow import SATISFACTION
from desktop.services.contacts.options import KINDS
from desktop.services.contacts.stats import PurposeContacts
from desktop.services.errors import Text, lines, msg
from desktop.services.reporting.activity import DayActivity, PersonActivity
from desktop.services.reporting.layout import Chart, Figure, ReportTable, share

KIND_NAMES = list(KINDS.values())  # 外出拜访 来访接待 电话
SATISFACTION_COLOURS = ("#59A14F", "#EDC948", "#E15759")  # 满意 green, 基本满意 amber, 不满意 red


def satisfaction_counts(callbacks: CallbackDay) -> list[int]:
    return [callbacks.satisfied, callbacks.fairly_satisfied, callbacks.dissatisfied]


def satisfaction_text(callbacks: CallbackDay) -> str | Text:
    """满意 3，基本满意 1，不满意 0."""
    if not callbacks.reached:
        return "无"
    return lines((msg("{name} {count}", name=name, count=count)
                  for name, count in zip(SATISFACTION, satisfaction_counts(callbacks), strict=True)), "，")


def summary(total: DayActivity, overdue_label: str) -> list[tuple[str, str | Figure]]:
    """The headline figures of a day or a week."""
    c, k, cb = total.contacts, total.complaints, total.callbacks
    return [
        ("外出拜访", Figure(c.visits, "次")), ("来访接待", Figure(c.receptions, "次")),
        ("电话记录", msg("{phones} 条（未登记来电 {anonymous_phones} 条）",
                     phones=c.phones, anonymous_phones=c.anonymous_phones)),
        ("新客户", Figure(total.new_customers, "户")), ("投诉受理", Figure(k.received, "件")),
        ("投诉派发", msg("{dispatched} 件（超过60分钟 {dispatch_late} 件）",
                     dispatched=k.dispatched, dispatch_late=k.dispatch_late)), ("投诉结案", Figure(k.closed, "件")),
        (overdue_label, "—" if total.overdue is None else Figure(total.overdue, "件")),
        ("回访", msg("{attempts} 次（联系上 {reached} 次）",
                   attempts=cb.attempts, reached=cb.reached)), ("回访满意度", satisfaction_text(cb)),
        ("换班批准", Figure(total.swaps_approved, "起")), ("紧急报告", Figure(c.urgent, "份")),
    ]


def people_table(people: list[PersonActivity], follow_ups: bool = False) -> ReportTable:
    headers = ["工号", "姓名", *KIND_NAMES, "合计", "新客户", "受理投诉", "回访"]
    if follow_ups:
        headers += ["跟进到期", "按时跟进", "错过跟进"]
    rows = []
    for p in people:
        row = [p.code, p.name, p.contacts.visits, p.contacts.receptions, p.contacts.phones, p.contacts.total,
               p.new_customers, p.complaints_received, p.callbacks]
        if follow_ups:
            f = p.follow_ups
            row += [f.due, f.kept, f.missed] if f else [0, 0, 0]
        rows.append(row)
    if rows:
        rows.append(["合计", ""] + [sum(row[i] for row in rows) for i in range(2, len(headers))])
    widths = [1.2, 1.4] + [1] * (len(headers) - 2)
    return ReportTable("人员工作量（按接待/拜访人）", headers, rows, widths, total=bool(people))


def purpose_table(purposes: list[PurposeContacts]) -> ReportTable:
    rows = [[p.purpose, p.counts.visits, p.counts.receptions, p.counts.phones, p.counts.total] for p in purposes]
    if rows:
        rows.append(["合计"] + [sum(row[i] for row in rows) for i in range(1, 5)])
    return ReportTable("联系目的（按方式）", ["目的", *KIND_NAMES, "合计"], rows, [3, 1, 1, 1, 1], total=bool(rows))


def purpose_chart(purposes: list[PurposeContacts]) -> Chart:
    return Chart("联系目的与方式", "bar", [p.purpose for p in purposes],
                 [(name, [getattr(p.counts, field) for p in purposes])
                  for name, field in zip(KIND_NAMES, ("visits", "receptions", "phones"), strict=True)])


def satisfaction_chart(callbacks: CallbackDay) -> Chart:
    return Chart("回访满意度", "pie", SATISFACTION, [("联系上", satisfaction_counts(callbacks))])


def satisfaction_total(rows: list[Satisfaction]) -> Satisfaction:
    return Satisfaction("合计", *(sum(getattr(r, name) for r in rows) for name in (
        "rated", "satisfied", "fairly_satisfied", "dissatisfied", "closed", "reopened")))


def _rate(value: float | None) -> Figure | str:
    return "—" if value is None else share(value)


def satisfaction_table(rows: list[Satisfaction], by: str, closed_cases: bool) -> ReportTable:
    """满意度 by 经办人 or 责任部门: of the month's closed cases (with how many were reopened), or of the week's
    callbacks that reached the customer."""
    counts = ["满意", "基本满意", "不满意", "满意率"]
    if closed_cases:
        headers = [by, "结案", "回访评价", *counts, "另立新单", "另立新单占比"]
        widths = [2, 1, 1.2, 1, 1.2, 1, 1.1, 1.1, 1.5]
    else:
        headers = [by, "联系上", *counts]
        widths = [2, 1, 1, 1.2, 1, 1.1]
    table_rows = []
    for row in [*rows, satisfaction_total(rows)] if rows else []:
        cells: list[object] = [row.name]
        if closed_cases:
            cells.append(row.closed)
        cells += [row.rated, row.satisfied, row.fairly_satisfied, row.dissatisfied, _rate(row.rate)]
        if closed_cases:
            cells += [row.reopened, _rate(row.reopened_share)]
        table_rows.append(cells)
    if closed_cases:
        title, note = (msg("回访满意度与另立新单（按{by}，本月结案）", by=by),
                       "满意率 =（满意 + 基本满意）÷ 回访评价；回访评价为回访联系上、记录了满意度的结案件数（不成立、"
                       "无法联系的不计）。另立新单：客户不接受处理结论、另立新投诉单的（截至制表时）。")
    else:
        title, note = msg("回访满意度（按{by}，本周联系上的回访）", by=by), "满意率 =（满意 + 基本满意）÷ 联系上。"
    if by == "经办人":
        note = lines([note, "经办人为投诉单的责任人；未派发即答复的（如不成立）为答复人。"], "")
    return ReportTable(title, headers, table_rows, widths, total=bool(rows), note=note)


def satisfaction_by_chart(rows: list[Satisfaction], by: str) -> Chart:
    """The satisfaction counts side by side for each handler or department that was rated."""
    rated = [r for r in rows if r.rated]
    return Chart(msg("回访满意度（按{by}）", by=by), "bar", [r.name for r in rated],
                 [(name, [getattr(r, field) for r in rated]) for name, field in zip(
                     SATISFACTION, ("satisfied", "fairly_satisfied", "dissatisfied"), strict=True)],
                 colours=SATISFACTION_COLOURS)


def reopened_text(reopened: int, closed: int) -> Text:
    if closed:
        return msg("{reopened} 件（占结案 {share:.1%}）", reopened=reopened, share=reopened / closed)
    return msg("{reopened} 件", reopened=reopened)


def overall_rate_text(rows: list[Satisfaction]) -> str | Text:
    total = satisfaction_total(rows)
    return "无" if total.rate is None else msg("{rate:.1%}（{rated} 个评价）", rate=total.rate, rated=total.rated)
