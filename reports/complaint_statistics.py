"""客诉案件统计表: last month's closed complaints by category, cause and responsible department, with shares."""

import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.services.complaints.stats import MonthlyStatistics, Share
from reports.base import build_pdf, content_width, data_table, field_grid, gap, para, signature_lines


def _table(title: str, shares: list[Share]) -> list[Flowable]:
    width = content_width()
    rows = [[s.name, s.count, f"{s.share:.1%}"] for s in shares]
    return [para(title, "heading"), data_table([title, "件数", "占比"], rows, [width - 60 * mm, 30 * mm, 30 * mm])]


def build(target: str | Path, stats: MonthlyStatistics, branch: str,
          printed_at: datetime.datetime | None = None) -> None:
    overdue_share = f"（{stats.overdue / stats.closed:.1%}）" if stats.closed else ""
    story: list[Flowable] = [
        field_grid([
            ("本月受理", f"{stats.received} 件"), ("本月结案", f"{stats.closed} 件"),
            ("平均处理时间", f"{stats.average_days:.2f} 个工作日"),
            ("最长处理时间", f"{stats.maximum_days:.2f} 个工作日"),
            ("超期答复", f"{stats.overdue} 件{overdue_share}"), ("报送期限", f"{stats.report_due:%Y-%m-%d} 前"),
        ]),
        gap(2),
    ]
    story += _table("分类", stats.by_category)
    story += _table("原因类别", stats.by_cause)
    story += _table("责任部门", stats.by_department)
    story += _table("结案方式", stats.by_outcome)
    story += [gap(4), para("处理时间：自受理至答复客户，只计工作日（节假日不计，调休上班日计入）。", "small"), gap(6),
              signature_lines(["制表", "质量管理部", "客服部主任"])]
    build_pdf(target, "客诉案件统计表", story, branch=branch,
              subtitle=f"{stats.year}年{stats.month}月结案案件", printed_at=printed_at)
