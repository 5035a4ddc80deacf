"""The month's shift-swap register (换班登记簿) as one table on landscape pages."""

from pathlib import Path

from reportlab.lib.units import mm

from desktop.models import Swap
from desktop.services.dates import short_day
from desktop.services.staffing import swaps
from reports.base import build_pdf, content_width, data_table, gap, para, signature_lines

HEADERS = ["编号", "申请人\n（班组）", "换班日期\n班次", "替班人\n（班组）", "还班日期\n班次", "原因", "交接事项",
           "申请人班长", "替班人班长", "状态"]
WIDTHS = [11, 24, 20, 24, 20, 0, 0, 24, 24, 14]  # mm; 原因 and 交接事项 share the rest, room for their longest text


def _person(person) -> str:
    return person.name + (f"\n（{person.team.name}）" if person.team_id else "")


def _row(swap: Swap) -> list[str]:
    return [str(swap.id), _person(swap.applicant), f"{short_day(swap.swap_day)}\n{swap.swap_shift.name}",
            _person(swap.substitute), f"{short_day(swap.return_day)}\n{swap.return_shift.name}", swap.reason,
            swap.handover, swaps.decision_text(swap, "applicant"), swaps.decision_text(swap, "substitute"),
            swaps.status_text(swap)]


def build(target: str | Path, year: int, month: int, rows: list[Swap], counts: dict[str, int], branch: str,
          team_name: str = "") -> None:
    fixed = sum(w for w in WIDTHS) * mm
    free = (content_width(wide=True) - fixed) / 2
    widths = [w * mm if w else free for w in WIDTHS]
    summary = "；".join(f"{text} {counts.get(key, 0)} 条" for key, text in swaps.STATUS_TEXT.items())
    story = [
        data_table(HEADERS, [_row(swap) for swap in rows], widths),
        gap(),
        para(f"合计 {sum(counts.values())} 条：{summary}。", "body"),
        para("换班日期所在月份计入当月；已完成 = 已批准且还班班次已结束。", "small"),
        gap(8),
        signature_lines(["制表人", "主任审阅"], content_width(wide=True) / 2),
    ]
    subtitle = team_name or "全部班组"
    build_pdf(target, f"{year}年{month}月 换班登记簿", story, branch=branch, subtitle=subtitle, wide=True)
