"""Lays out a report (its headline figures, charts and tables) as PDF pages through reports.base; the daily,
weekly and monthly report modules choose the orientation and the page furniture."""

import datetime
import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from desktop.services.reporting.layout import ReportLayout, ReportTable
from reports import report_charts
from reports.base import SHADE, build_pdf, content_width, data_table, field_grid, gap, para, signature_lines

HEADING_ROOM = 35 * mm  # a table's heading starts a new page unless its header and a few rows fit below it


def table_flowables(table: ReportTable, width: float) -> list[Flowable]:
    weights = table.widths or [1] * len(table.headers)
    widths = [width * w / sum(weights) for w in weights]
    style = [("BACKGROUND", (0, -1), (-1, -1), SHADE)] if table.total and table.rows else []
    parts: list[Flowable] = [CondPageBreak(HEADING_ROOM), para(table.title, "heading"),
                             data_table(table.headers, table.rows, widths, style)]
    if table.note:
        parts += [gap(1), para(table.note, "small")]
    return parts


def charts(layout: ReportLayout, width: float, per_row: int) -> list[Flowable]:
    """The charts, `per_row` side by side."""
    drawings = [report_charts.drawing(chart, width / per_row) for chart in layout.charts]
    rows = [drawings[i:i + per_row] for i in range(0, len(drawings), per_row)]
    return [item for row in rows for item in (gap(3), Table([row], colWidths=[width / per_row] * len(row)))]


def story(layout: ReportLayout, wide: bool) -> list[Flowable]:
    width = content_width(wide)
    parts: list[Flowable] = [field_grid(layout.summary, columns=3 if wide else 2, width=width)]
    if layout.empty:
        parts += [gap(4), para(layout.empty_text, "heading")]
    parts += charts(layout, width, 3 if wide else 1)
    for table in layout.tables:
        parts += table_flowables(table, width)
    parts += [gap(4), *(para(note, "small") for note in layout.notes),
              KeepTogether([gap(8), signature_lines(layout.signers, width)])]
    return parts


def build(target: str | Path | io.BytesIO, layout: ReportLayout, wide: bool = False,
          printed_at: datetime.datetime | None = None) -> None:
    build_pdf(target, layout.title, story(layout, wide), branch=layout.branch, subtitle=layout.period, wide=wide,
              printed_at=printed_at, header=f"{layout.title}  {layout.period}")
