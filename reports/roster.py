"""The month's staff roster (排班表), one row per person and one column per day, on a landscape page."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.services import calendar
from desktop.services.staffing import people
from desktop.services.staffing.roster import MonthGrid
from reports.base import build_pdf, content_width, data_table, gap, para

WEEKDAYS = "一二三四五六日"
REST = colors.HexColor("#FBE3E3")
LEAVE = colors.HexColor("#FAD7A0")


def build(target: str | Path, grid: MonthGrid, branch: str) -> None:
    headers = ["工号", "姓名", "班组"] + [f"{d.day}\n{WEEKDAYS[d.weekday()]}" for d in grid.days]
    rows = []
    for person in grid.people:
        cells = []
        for day in grid.days:
            shift = grid.shift_of(person, day)
            cells.append(shift.name[:1] if shift else ("假" if grid.leave_of(person, day) else ""))
        rows.append([person.code, person.name, person.team.name] + cells)
    fixed = [12 * mm, 18 * mm, 22 * mm]
    day_width = (content_width(wide=True) - sum(fixed)) / len(grid.days)
    rest_columns = [
        ("BACKGROUND", (3 + i, 1), (3 + i, -1), REST)
        for i, day in enumerate(grid.days)
        if not calendar.is_working_day(day)
    ]
    leave_cells = [
        ("BACKGROUND", (3 + d, 1 + p), (3 + d, 1 + p), LEAVE)
        for p, person in enumerate(grid.people) for d, day in enumerate(grid.days) if grid.leave_of(person, day)
    ]
    tight = [("LEFTPADDING", (3, 0), (-1, -1), 1), ("RIGHTPADDING", (3, 0), (-1, -1), 1),
             ("ALIGN", (3, 0), (-1, -1), "CENTER")]
    table = data_table(headers, rows, fixed + [day_width] * len(grid.days), rest_columns + leave_cells + tight)
    legend = "；".join(f"{s.name[:1]} = {people.shift_label(s)}" for s in people.shifts())
    note = f"班次：{legend}。底色为节假日或周末（调休上班日不着色）；橙色为请假，“假”为请假且未排班。"
    story = [table, gap(), para(note, "small")]
    build_pdf(target, f"{grid.year}年{grid.month}月 排班表", story, branch=branch, wide=True)
