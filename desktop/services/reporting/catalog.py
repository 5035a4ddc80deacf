"""One entry point for the report window: build the report of a period and its layout, and save its workbook."""

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.models import Staff
from desktop.services import clock
from desktop.services.files import excel
from desktop.services.reporting import daily, monthly, weekly
from desktop.services.reporting.layout import Figure, ReportLayout
from desktop.services.reporting.periods import Period

Report = daily.DailyReport | weekly.WeeklyReport | monthly.MonthlyReport


def build(actor: Staff, period: Period, now: datetime.datetime | None = None) -> tuple[Report, ReportLayout]:
    if period.kind == "daily":
        report: Report = daily.build(actor, period.first, now)
        return report, daily.layout(report)
    if period.kind == "weekly":
        report = weekly.build(actor, period.first, now)
        return report, weekly.layout(report)
    report = monthly.build(actor, period.first.year, period.first.month)
    return report, monthly.layout(report)


def file_name(layout: ReportLayout, period: Period, suffix: str) -> str:
    return f"{layout.title}_{period.slug}.{suffix}"


def save_workbook(path: str | Path, layout: ReportLayout, actor: Staff | None = None,
                  now: datetime.datetime | None = None) -> Path:
    """概要 first (with the period and branch), then a sheet per table with the same rows as the screen and PDF, each
    under the report's title, period and branch, and when and by whom it was saved."""
    summary = [("报表", layout.title), ("期间", layout.period), ("单位", layout.branch), *layout.summary]
    if layout.empty:
        summary.append(("说明", layout.empty_text))
    sheets: list[excel.Sheet] = [("概要", ["项目", "数值"], [_cells(row) for row in summary])]
    sheets += [(table.title, table.headers, [_cells(row) for row in table.rows]) for table in layout.tables]
    now = now or clock.now()
    details = (f"单位：{layout.branch}　导出时间：{excel.long_date(now)} {now:%H:%M}"
               f"　导出人：{actor.name if actor else ''}")
    return excel.write_sheets(path, sheets, excel.Heading(f"{layout.title}（{layout.period}）", details))


def _cells(row: Sequence[Any]) -> list[Any]:
    """A figure as its number with its unit's number format; everything else as it is."""
    return [excel.Formatted(v.value, v.number_format) if isinstance(v, Figure) else v for v in row]
