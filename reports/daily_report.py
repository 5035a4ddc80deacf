"""日报 as A4 portrait pages."""

import datetime
import io
from pathlib import Path

from desktop.services.reporting import daily
from reports import report_pages


def build(target: str | Path | io.BytesIO, report: daily.DailyReport,
          printed_at: datetime.datetime | None = None) -> None:
    report_pages.build(target, daily.layout(report), wide=False, printed_at=printed_at)
