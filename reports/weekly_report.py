"""周报 as A4 landscape pages: the per-day table has a column for every figure of the day."""

import datetime
import io
from pathlib import Path

from desktop.services.reporting import weekly
from reports import report_pages


def build(target: str | Path | io.BytesIO, report: weekly.WeeklyReport,
          printed_at: datetime.datetime | None = None) -> None:
    report_pages.build(target, weekly.layout(report), wide=True, printed_at=printed_at)
