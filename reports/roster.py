"""The month's staff roster (排班表), one row per person and one column per day, on a landscape page."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.services.staffing import people
from desktop.services.staffing.roster import MonthGrid
from desktop.services.staffing.roster_cells import CellKind
from reports.base import build_pdf, content_width, data_table, gap, para

WEEKDAYS = "一二三四五六日"
REST = colors.HexColor("#FBE3E3")
KIND_COLOURS = {CellKind.LEAVE: colors.HexColor("#FAD7A0"), CellKind.SWAPPED: colors.HexColor("#AED6F1")}
FIRST_DAY = 3  # the columns before the days: 工号, 姓名, 班组


def build(target: str | Path, grid: MonthGrid, branch: str) -> None:
    headers = ["工号", "姓名", "班组"] + [f"{d.day}\n{WEEKDAYS[d.weekday()]}" for d in grid.days]
    cells = [[grid.cell(person.id, day) for day in grid.days] for person in grid.people]
    rows = [[person.code, person.name, person.team.name] + [cell.text for cell in line]
            for person, line in zip(grid.people, cells, strict=True)]
    fixed = [12 * mm, 18 * mm, 22 * mm]
    day_width = (content_width(wide=True) - sum(fixed)) / len(grid.days)
    rest_columns = [
        ("BACKGROUND", (FIRST_DAY + i, 1), (FIRST_DAY + i, -1), REST)
        for i, day in enumerate(grid.days)
        if day in grid.rest_days
    ]
    marked_cells = [
        ("BACKGROUND", (FIRST_DAY + d, 1 + p), (FIRST_DAY + d, 1 + p), KIND_COLOURS[cell.kind])
        for p, line in enumerate(cells) for d, cell in enumerate(line) if cell.kind in KIND_COLOURS
    ]
    tight = [("LEFTPADDING", (FIRST_DAY, 0), (-1, -1), 1), ("RIGHTPADDING", (FIRST_DAY, 0), (-1, -1), 1),
             ("ALIGN", (FIRST_DAY, 0), (-1, -1), "CENTER")]
    table = data_table(headers, rows, fixed + [day_width] * len(grid.days), rest_columns + marked_cells + tight)
    legend = "；".join(f"{s.name[:1]} = {people.shift_label(s)}" for s in grid.shifts)
    note = (f"班次：{legend}。底色为节假日或周末（调休上班日不着色）；橙色为请假，“假”为请假且未排班；"
            "蓝色为经批准的换班（替班、还班，空白为换出）。")
    story = [table, gap(), para(note, "small")]
    build_pdf(target, f"{grid.year}年{grid.month}月 排班表", story, branch=branch, wide=True)
