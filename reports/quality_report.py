"""服务质量分析报告: a team's month — its duty logs' workload, events and difficult cases, the department's
complaints and callbacks — and the team leader's analysis, problems and measures, handed to the 客服部主任."""

from pathlib import Path

from reportlab.lib.units import mm

from desktop.services.staffing.quality_report import Paper
from reports.base import (
    build_pdf,
    content_width,
    data_table,
    day_text,
    field_grid,
    gap,
    moment_text,
    para,
    signature_lines,
    wide_field,
)


def _pairs(pairs: list[tuple[str, int]]) -> str:
    return "、".join(f"{name} {count}" for name, count in pairs) or "无"


def _figures(paper: Paper) -> list:
    f = paper.figures
    workload = [["值班日志", f"{f.shifts_logged} 班"], ["咨询", str(f.consultations)], ["查询", str(f.enquiries)],
                ["主动服务", str(f.proactive)]]
    complaints = [["受理投诉", f"{f.complaints} 件"], ["按类别", _pairs(f.by_category)],
                  ["按严重程度", _pairs(f.by_severity)], ["已结案", f"{f.closed} 件"],
                  ["超时答复", f"{f.late} 件"], ["月底未结", f"{f.still_open} 件"],
                  ["回访", f"{f.callbacks} 次，联系上 {f.reached} 次"], ["满意度", _pairs(f.satisfaction)]]
    widths = [28 * mm, content_width() - 28 * mm]  # the figures and the duty logs' texts wrap in the wide column
    return [
        para("一、工作量（本班组值班日志）", "heading"),
        data_table(["项目", "数量"], workload, widths),
        para("二、投诉与回访（全部门）", "heading"),
        data_table(["项目", "情况"], complaints, widths),
        para("三、重要事件与疑难问题（摘自值班日志）", "heading"),
        data_table(["类别", "内容"], [["事件", line] for line in f.events] + [["疑难", line] for line in f.difficult],
                   widths, flowing=True),
    ]


def build(target: str | Path, paper: Paper, branch: str) -> None:
    story = [
        field_grid([("班组", paper.team), ("月份", paper.period), ("撰写人", paper.author),
                    ("起草时间", moment_text(paper.drafted_at)), ("交主任期限", day_text(paper.due)),
                    ("状态", paper.state)]),
        *_figures(paper),
        para("四、分析与改进", "heading"),
        wide_field("服务质量分析", paper.analysis, lines=6),
        wide_field("存在问题", paper.problems, lines=4),
        wide_field("改进措施", paper.measures, lines=4),
        gap(8),
        signature_lines(["班长签字", "客服部主任审阅"]),
        gap(4),
        para("依据《客服部班长责任制》第3条：认真填写值班日志，每月汇总形成服务质量分析报告，22日前交客服部主任。",
             "small"),
    ]
    build_pdf(target, "服务质量分析报告", story, branch=branch, subtitle=f"{paper.team}　{paper.period}",
              header=f"{paper.period} 服务质量分析报告")
