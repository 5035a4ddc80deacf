"""月报 as A4 portrait pages, signed by whoever drew it up and the supervisor."""

import datetime
import io
from pathlib import Path

from desktop.services.reporting import monthly
from reports import report_pages


def build(target: str | Path | io.BytesIO, report: monthly.MonthlyReport,
          printed_at: datetime.datetime | None = None) -> None:
    report_pages.build(target, monthly.layout(report), wide=False, printed_at=printed_at)
