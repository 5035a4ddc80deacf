"""请假条: one leave request on paper, with each level's decision and its signature place."""

from pathlib import Path

from desktop.services.dates import moment_text
from desktop.services.staffing import leave_rules
from desktop.services.staffing.leave import AGREE, DISAGREE, Slip
from reports.base import build_pdf, choice_marks, data_table, field_grid, gap, para, signature_lines, wide_field


def build(target: str | Path, slip: Slip, branch: str) -> None:
    rows = [[step.level, choice_marks([AGREE, DISAGREE], step.decision or None), step.remark, step.approver,
             moment_text(step.decided_at)] for step in slip.steps]
    story = [
        field_grid([("请假人", slip.person), ("类型", slip.kind), ("请假时间", slip.span), ("天数", slip.days),
                    ("申请时间", slip.asked), ("状态", slip.status)]),
        gap(2),
        wide_field("事由", slip.reason),
        *([wide_field("备注", "；".join(slip.notes))] if slip.notes else []),
        gap(3),
        para("逐级审批", "heading"),
        data_table(["审批级别", "意见", "备注", "审批人", "时间"], rows),
        gap(6),
        signature_lines(["请假人签字", *(f"{step.level}签字" for step in slip.steps[:1])]),
        gap(4),
        signature_lines([f"{step.level}签字" for step in slip.steps[1:]]),
        gap(6),
        para(leave_rules.basis(), "small"),
    ]
    build_pdf(target, "请假条", story, branch=branch, subtitle=f"编号：第 {slip.number} 号")
