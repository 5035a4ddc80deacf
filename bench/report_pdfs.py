"""The supervisor's daily, weekly and monthly reports written to PDF (issue 7), against plain ReportLab typesetting
the same tables."""

import datetime
import io
from pathlib import Path

from bench.timing import Row, seconds
from desktop.models import Staff

WEEKLY_BUDGET = 1.0  # issue 23 (issue 9: 2.0 s)


def periods(today: datetime.date) -> dict[str, object]:
    """The last whole day and week, and last month: what the supervisor prints most."""
    from desktop.services.reporting import periods

    return {"daily": periods.of("daily", today - datetime.timedelta(days=1)),
            "weekly": periods.of("weekly", today - datetime.timedelta(days=7)),
            "monthly": periods.default("monthly", today)}


def to_pdf(supervisor: Staff, period: object) -> object:
    """What 报表 → 保存 PDF does: the report's figures from the database, then its pages."""
    from desktop.services.reporting import catalog
    from reports import daily_report, monthly_report, weekly_report

    report, _ = catalog.build(supervisor, period)
    writer = {"daily": daily_report, "weekly": weekly_report, "monthly": monthly_report}[period.kind]
    target = io.BytesIO()
    writer.build(target, report)
    return report


def plain_reportlab(layout: object) -> None:
    """The limit: ReportLab alone typesetting the report's tables (no queries, no charts, no page furniture)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from reports.base import FONT

    story = []
    for table in layout.tables:
        plain = Table([table.headers, *[[str(cell) for cell in row] for row in table.rows]], repeatRows=1)
        plain.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
                                   ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
        story.append(plain)
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)


def measure(supervisor: Staff, runs: int, scratch: Path) -> list[Row]:
    from desktop.services.reporting import catalog

    rows = []
    for kind, period in periods(datetime.date.today()).items():
        took = [seconds(lambda p=period: to_pdf(supervisor, p)) for _ in range(runs)]
        _, layout = catalog.build(supervisor, period)
        plain = [seconds(lambda lay=layout: plain_reportlab(lay)) for _ in range(runs)]
        table_rows = sum(len(table.rows) for table in layout.tables)
        rows.append(Row("reports", f"{kind} report to PDF ({period.text}, {table_rows} table rows): figures + pages",
                        took, limit_what="plain ReportLab, same tables", limit_values=plain,
                        budget=WEEKLY_BUDGET if kind == "weekly" else None))
    return rows
