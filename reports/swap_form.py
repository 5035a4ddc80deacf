"""换班登记表: one swap on paper, with places for both parties' and both team leaders' signatures."""

from pathlib import Path

from desktop.models import Swap
from desktop.services.staffing import people, swap_rules, swaps
from reports.base import (
    WRITING_LINE,
    build_pdf,
    choice_marks,
    day_text,
    decision_table,
    field_grid,
    gap,
    moment_text,
    para,
    signature_lines,
    wide_field,
)


def _person(person) -> str:
    team = person.team.name if person.team_id else "—"
    return f"{person.name}（{person.code}，{team}，{person.job_type}，{person.skill_level}）"


def _shift(day, shift) -> str:
    return f"{day_text(day)} {people.shift_label(shift)}"


def _decision_row(swap: Swap, side: str) -> list[str]:
    leader = getattr(swap, f"{side}_leader")
    decided_at = getattr(swap, f"{side}_decided_at")
    decision = choice_marks([swaps.AGREE, swaps.DISAGREE], getattr(swap, f"{side}_decision"))
    return [f"{swaps.SIDE_TEXT[side]}班长", decision,
            getattr(swap, f"{side}_remark") or "", leader.name if leader else "",
            moment_text(decided_at)]


def build(target: str | Path, swap: Swap, branch: str) -> None:
    story = [
        field_grid([("申请人", _person(swap.applicant)), ("替班人", _person(swap.substitute))], columns=1),
        gap(2),
        field_grid([("换班日期", _shift(swap.swap_day, swap.swap_shift)),
                    ("说明", f"由 {swap.substitute.name} 替 {swap.applicant.name} 上班"),
                    ("还班日期", _shift(swap.return_day, swap.return_shift)),
                    ("说明", f"由 {swap.applicant.name} 替 {swap.substitute.name} 上班"),
                    ("申请时间", moment_text(swap.requested_at)),
                    ("状态", swaps.status_text(swap))]),
        gap(2),
        wide_field("换班原因", swap.reason, lines=2),
        wide_field("交接事项", swap.handover, lines=3),
        gap(3),
        para("班长审批（换班须经双方班长同意）", "heading"),
        decision_table("审批方", [_decision_row(swap, side) for side in swaps.SIDES], WRITING_LINE / 2),
        gap(6),
        signature_lines(["申请人签字", "替班人签字"]),
        gap(4),
        signature_lines(["申请人班长签字", "替班人班长签字"]),
        gap(6),
        para(swap_rules.basis(), "small"),
    ]
    build_pdf(target, "换班登记表", story, branch=branch, subtitle=f"编号：第 {swap.id} 号",
              header=f"换班登记表  第 {swap.id} 号")
