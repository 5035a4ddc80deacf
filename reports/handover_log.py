"""交接日志: one change of shift on paper (交接班制度 6) — equipment, difficult cases, staffing changes, notices — with
the places where the outgoing and the incoming person sign."""

from pathlib import Path

from desktop.services.staffing.shift_handover import Sheet
from reports.base import build_pdf, field_grid, gap, moment_text, para, signature_lines, wide_field

BASIS = ("依据《客服部交接班制度》：接班人未到机台，交班人不得离台；"
         "交接日志要对设备情况、疑难问题、人员调班情况记录清楚明了。")


def _numbered(lines: list[str]) -> str:
    return "\n".join(f"{index}. {line}" for index, line in enumerate(lines, start=1))


def build(target: str | Path, sheet: Sheet, branch: str) -> None:
    story = [
        field_grid([("交班", sheet.outgoing), ("接班", sheet.incoming), ("交班人", sheet.handed_by),
                    ("交班时间", moment_text(sheet.handed_at)), ("接班人", sheet.acknowledged_by),
                    ("接班确认", moment_text(sheet.acknowledged_at))]),
        gap(2),
        wide_field("设备情况", sheet.equipment),
        wide_field("疑难问题", _numbered(sheet.cases), lines=4),
        wide_field("人员调班情况", sheet.staffing),
        wide_field("通告、\n业务变更", sheet.notices),
        wide_field("接班意见", sheet.remark, lines=2),
        *([gap(2), para(sheet.voided, "heading")] if sheet.voided else []),
        gap(8),
        signature_lines(["交班人签字", "接班人签字", "值班长签字"]),
        gap(6),
        para(BASIS, "small"),
    ]
    build_pdf(target, "交接日志", story, branch=branch, subtitle=f"编号：第 {sheet.number} 号",
              header=f"交接日志  第 {sheet.number} 号")
