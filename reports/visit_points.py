"""The month's visit points (业务积分) per salesperson against the 30-point bar, with the month's plan."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.services.contacts.visit_points import FLAG_SHORT, TARGET, PointsRow
from reports.base import build_pdf, content_width, data_table, gap, para, signature_lines

FLAG = colors.HexColor("#FBE3E3")


def build(target: str | Path, year: int, month: int, rows: list[PointsRow], branch: str) -> None:
    headers = ["工号", "姓名", "班组", "外出拜访", "来访接待", "积分", "目标", "差额", "计划", "标记"]
    body = [[r.code, r.name, r.team, r.visits, r.receptions, r.points, TARGET, r.short or "", r.planned or "",
             f"少 {r.short} 分" if r.flagged else ""] for r in rows]
    counts = [17 * mm] * 2 + [12 * mm] * 4  # 外出拜访 and 来访接待 on one line each
    widths = [14 * mm, 24 * mm, 30 * mm, *counts, content_width() - 68 * mm - sum(counts)]
    flagged = [("BACKGROUND", (0, i), (-1, i), FLAG) for i, r in enumerate(rows, start=1) if r.flagged]
    reached = sum(1 for r in rows if r.points >= TARGET)
    story = [
        data_table(headers, body, widths, flagged),
        gap(),
        para(f"共 {len(rows)} 人，达到 {TARGET} 分的 {reached} 人，少 {FLAG_SHORT} 分及以上的 "
             f"{sum(1 for r in rows if r.flagged)} 人（底色标出）。", "body"),
        para("积分规则：未作废的外出拜访或来访接待，有登记客户，记在接待/拜访人名下；同一客户同一天只计 1 分；"
             "电话记录和协助人不计分（客户管理部规章制度 业务积分制）。", "small"),
        gap(8),
        signature_lines(["制表", "主任审核"]),
    ]
    build_pdf(target, f"{year}年{month}月 业务积分表", story, branch=branch)
