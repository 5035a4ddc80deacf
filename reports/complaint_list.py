"""客户抱怨案件登记追踪表: the tracking list as filtered on screen, overdue rows shaded."""

import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.models import Complaint
from desktop.services import clock
from desktop.services.complaints import lists, workflow
from reports.base import build_pdf, content_width, data_table

OVERDUE = colors.HexColor("#FBE3E3")


def build(target: str | Path, items: list[Complaint], branch: str, subtitle: str = "",
          printed_at: datetime.datetime | None = None) -> None:
    now = printed_at or clock.now()
    rows = lists.tracking_rows(items, now)
    fixed = [24 * mm, 36 * mm, 28 * mm, 22 * mm, 18 * mm, 34 * mm, 36 * mm, 36 * mm]  # a moment on one line
    widths = fixed + [content_width(wide=True) - sum(fixed)]
    shaded = [("BACKGROUND", (0, i + 1), (-1, i + 1), OVERDUE)
              for i, item in enumerate(items) if workflow.is_overdue(item, now)]
    count = f"共 {len(items)} 件，其中超期 {len(shaded)} 件（底色标出）"
    build_pdf(target, "客户抱怨案件登记追踪表", [data_table(lists.TRACKING_HEADERS, rows, widths, shaded)],
              branch=branch, subtitle="　".join(part for part in (subtitle, count) if part), wide=True,
              printed_at=printed_at)
