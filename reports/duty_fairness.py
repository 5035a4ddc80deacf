"""值班公平统计: each team's people with their night, weekend, holiday and 调休-day shifts, swaps, covers and leave
days, the team's average under them, and more than one's share marked ▲."""

from pathlib import Path

from reportlab.lib.units import mm

from desktop.services.staffing import fairness
from reports.base import SHADE, build_pdf, content_width, data_table, gap, para, signature_lines

NAME_WIDTH = 45 * mm


def _table(block: fairness.TeamBlock) -> list:
    keys = list(fairness.COLUMNS)
    rows = [[row.person, *(fairness.number_text(row.counts.value(k)) + ("▲" if k in row.heavier else "")
                           for k in keys)] for row in block.rows]
    rows.append(["班组平均", *(fairness.number_text(block.average.value(k)) for k in keys)])
    width = (content_width(wide=True) - NAME_WIDTH) / len(keys)
    last = len(rows)
    return [para(block.team, "heading"),
            data_table(["姓名", *fairness.COLUMNS.values()], rows, [NAME_WIDTH] + [width] * len(keys),
                       [("BACKGROUND", (0, last), (-1, last), SHADE)])]


def build(target: str | Path, table: fairness.Table, branch: str) -> None:
    story = [flowable for block in table.blocks for flowable in _table(block)]
    story += [
        gap(3),
        para("按排班表统计（换班、顶班批准后已计入排班表）。夜班：工作时间含 0:00–6:00 的班次；周末班：不调休的周六、"
             "周日；节假日班：法定节假日；调休日班：调休上班的周末。▲ 为比班组平均多半个或以上。", "small"),
        gap(8),
        signature_lines(["制表人", "班长审阅"], content_width(wide=True) / 2),
    ]
    build_pdf(target, f"{table.period} 值班公平统计", story, branch=branch, wide=True)
