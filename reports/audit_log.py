"""操作日志: the entries the supervisor selected, each change told in the office's words."""

import datetime
import io
from pathlib import Path

from reportlab.lib.units import mm

from desktop.services.audit_view import AuditLine
from desktop.services.dates import moment_text
from reports.base import build_pdf, content_width, data_table

HEADERS = ["时间", "操作人", "操作", "表", "记录", "变更内容", "原因"]


def build(target: str | Path | io.BytesIO, lines: list[AuditLine], branch: str, subtitle: str = "",
          printed_at: datetime.datetime | None = None) -> None:
    fixed = [30 * mm, 20 * mm, 14 * mm, 22 * mm, 40 * mm]
    reason = 36 * mm
    widths = [*fixed, content_width(wide=True) - sum(fixed) - reason, reason]
    rows = [[moment_text(line.at, seconds=True), line.who, line.action, line.table, str(line.record),
             "\n".join(change.text for change in line.changes),
             str(line.reason)] for line in lines]
    count = f"共 {len(lines)} 条"
    build_pdf(target, "操作日志", [data_table(HEADERS, rows, widths, flowing=True)], branch=branch, wide=True,
              subtitle="　".join(part for part in (subtitle, count) if part), printed_at=printed_at)
