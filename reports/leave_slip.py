"""请假条: one leave request on paper, with each level's decision and its signature place."""

from pathlib import Path

from desktop.services.dates import moment_text
from desktop.services.staffing import leave_rules
from desktop.services.staffing.leave import AGREE, DISAGREE, Slip
from reports.base import (
    WRITING_LINE,
    build_pdf,
    choice_marks,
    decision_table,
    field_grid,
    gap,
    para,
    signature_lines,
    wide_field,
)


def _signatures(signers: list[str]) -> list:
    """The signature places two a row: the person and the first level, then the higher levels."""
    rows = [signers[index:index + 2] for index in range(0, len(signers), 2)]
    story = []
    for row in rows:
        story += [signature_lines([f"{signer}签字" for signer in row]), gap(4)]
    return story[:-1]


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
        decision_table("审批级别", rows, WRITING_LINE / 2),
        gap(6),
        *_signatures(["请假人", *(step.level for step in slip.steps)]),
        gap(6),
        para(leave_rules.basis(), "small"),
    ]
    build_pdf(target, "请假条", story, branch=branch, subtitle=f"编号：第 {slip.number} 号",
              header=f"请假条  第 {slip.number} 号")
