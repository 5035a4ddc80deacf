"""交接清单: one hand-over of customers on A4 — who hands over to whom and why, every customer moved with its open
follow-ups, and the signatures of both and of the supervisor who oversaw it (监交人)."""

import io
from pathlib import Path

from reportlab.platypus import KeepTogether

from desktop.services.customers.handover import KINDS, Sheet
from reports.base import (
    build_pdf,
    choice_marks,
    content_width,
    data_table,
    field_grid,
    gap,
    moment_text,
    para,
    signature_lines,
    wide_field,
)

TITLE = "客户交接清单"
PEN_ROOM = [("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]  # a remark by hand


def build(target: str | Path | io.BytesIO, sheet: Sheet, branch: str) -> None:
    """`sheet` as handover.sheet gave it, masked already."""
    width = content_width()
    rows = [[index, line.number, line.name, line.grade, line.phone, line.follow_ups or "", ""]
            for index, line in enumerate(sheet.lines, start=1)]
    follow_ups = sum(line.follow_ups for line in sheet.lines) + sheet.other_follow_ups
    summary = f"共 {len(sheet.lines)} 位客户（家庭计一位，家庭成员随户主交接），未完成跟进 {follow_ups} 条随同交接"
    if sheet.other_follow_ups:
        summary += f"，其中 {sheet.other_follow_ups} 条为移交人在其他客户上的跟进"
    story = [
        field_grid([("交接单号", sheet.number), ("交接类型", choice_marks(KINDS, sheet.kind)),
                    ("移交人", sheet.from_name), ("接收人", sheet.to_name),
                    ("办理人", sheet.by_name), ("办理时间", moment_text(sheet.at))]),
        wide_field("交接原因", sheet.reason, lines=1),
        gap(2),
        para("交接客户", "heading"),
        data_table(["序号", "客户编号", "客户名称", "等级", "联系电话", "未完成跟进", "备注（手写）"], rows,
                   [width * 0.06, width * 0.16, width * 0.24, width * 0.06, width * 0.17, width * 0.12,
                    width * 0.19], PEN_ROOM),
        gap(2),
        para(summary + "。接收人自交接日起重新计算归属期限。", "small"),
        gap(6),
        KeepTogether([para("以上客户资料、跟进事项及答应客户的事项已当面交接清楚。", "body"), gap(4),
                      signature_lines(["移交人签字", "接收人签字", "监交人签字"])]),
    ]
    build_pdf(target, TITLE, story, branch=branch, subtitle=f"交接单号 {sheet.number}",
              header=f"{TITLE}  交接单号 {sheet.number}")
