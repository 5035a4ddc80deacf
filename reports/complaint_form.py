"""客户投诉记录及处理意见表 for one complaint, and the five-copy 客户抱怨处理表
(第一联 质量管理部 … 第五联 总经理室)."""

import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from desktop.services.complaints import workflow
from desktop.services.complaints.lists import ComplaintDetail
from reports import meeting_minutes
from reports.base import (
    RunningHead,
    build_pdf,
    day_text,
    field_grid,
    gap,
    heading,
    moment_text,
    signature_lines,
    wide_field,
)

COPIES = ["第一联 质量管理部存", "第二联 制造部门存", "第三联 业务部门依批示办理", "第四联 会计科存",
          "第五联 总经理室存"]
COPIES_TITLE = "客户抱怨处理表"
TITLE = "客户投诉记录及处理意见表"


def _callbacks(detail: ComplaintDetail) -> str:
    lines = []
    for attempt in detail.callbacks:
        if attempt.reached:
            result = f"{attempt.satisfaction}，问题{'已' if attempt.solved else '未'}解决"
        else:
            result = "联系方式有误" if attempt.wrong_contact else "未联系上"
        note = f"；{attempt.note}" if attempt.note else ""
        lines.append(f"{moment_text(attempt.at)} {attempt.staff.name}：{result}{note}")
    return "\n".join(lines)


def _links(detail: ComplaintDetail) -> str:
    parts = []
    if detail.reopened_from is not None:
        parts.append(f"原投诉单：{detail.reopened_from.number}（客户不接受原处理结论）")
    if detail.reopenings:
        parts.append("另立新单：" + "、".join(x.number for x in detail.reopenings))
    if detail.merged_into is not None:
        parts.append(f"已并入：{detail.merged_into.number}")
    if detail.merged:
        parts.append("合并了：" + "、".join(x.number for x in detail.merged))
    if detail.split_from is not None:
        parts.append(f"拆分自：{detail.split_from.number}")
    if detail.splits:
        parts.append("拆分出：" + "、".join(x.number for x in detail.splits))
    return "\n".join(parts)


def _minutes(detail: ComplaintDetail) -> list[Flowable]:
    """The 会议纪要 of each management meeting, each on its own page after the form."""
    story: list[Flowable] = []
    for meeting in detail.meetings:
        story += [PageBreak(), *meeting_minutes.story(meeting, detail.complaint)]
    return story


def _grid(table: Table) -> Table:
    """The form's facts three a row and a little tighter than elsewhere, so that the boxes for the pen fit on its
    one page."""
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _story(detail: ComplaintDetail) -> list[Flowable]:
    c = detail.complaint
    quantity = "" if c.quantity is None else str(c.quantity)
    defects = "" if c.defect_quantity is None else str(c.defect_quantity)
    approval = ""
    if c.approved_by_id:
        approval = f"{c.approval_note or '同意'}（{c.approved_by.name} {moment_text(c.approved_at)}）"
    elif c.approval_note:
        approval = f"退回：{c.approval_note}"
    finding = c.finding + (f"\n责任人：{c.responsible_party}" if c.responsible_party else "")
    reply = c.reply + (f"\n（{c.replied_by.name} {moment_text(c.replied_at)} 答复）" if c.replied_by_id else "")
    note = "\n".join(part for part in (c.note, _links(detail),
                                        f"作废：{c.void_reason}" if c.voided_at else "") if part)
    return [
        _grid(field_grid([
            ("编号", c.number), ("投诉时间", moment_text(c.received_at)), ("受理人", c.received_by.name),
            ("渠道", workflow.label("channel", c.channel)), ("投诉客户", c.complainant),
            ("客户编号", c.customer.number if c.customer_id else ""),
            ("联系方式", c.contact), ("分类", workflow.label("category", c.category)), ("原因类别", c.cause_kind),
            ("严重程度", workflow.label("severity", c.severity)), ("处理期限", f"{c.deadline_days} 个工作日"),
            ("到期时间", moment_text(c.due_at)),
            ("承诺答复", moment_text(c.promised_at)), ("状态", workflow.status_text(c)), ("责任部门", c.department),
            ("责任人", c.assignee.name if c.assignee_id else ""), ("订单编号", c.order_number),
            ("料号/产品", c.product),
            ("数量", quantity), ("交运日期", day_text(c.shipped_on)), ("不良数量", defects),
            ("结案", moment_text(c.closed_at) + (f" {c.closed_as}" if c.closed_as else "")),
        ], columns=3, label_width=20 * mm)),
        gap(1),
        wide_field("投诉内容", c.content, 3),
        wide_field("客户要求", c.request, 2),
        wide_field("判断意见", c.assessment, 2),
        wide_field("调查结果\n与原因", finding, 3),
        wide_field("处理方案", c.proposal, 3),
        wide_field("审批意见", approval, 2),
        wide_field("处理结果", reply, 3),
        wide_field("回访记录", _callbacks(detail), 2),
        wide_field("备注", note, 2),
        gap(2),
        signature_lines(["受理人", "经办人", "审批人"]),
    ]


def build(target: str | Path, detail: ComplaintDetail, branch: str, copies: bool = False,
          printed_at: datetime.datetime | None = None) -> None:
    """One form; with `copies` the five-copy 客户抱怨处理表, one labelled page per copy."""
    number = detail.complaint.number
    if not copies:
        build_pdf(target, TITLE, _story(detail) + _minutes(detail), branch=branch, subtitle=f"编号：{number}",
                  printed_at=printed_at, header=f"{TITLE}　编号 {number}")
        return
    story: list[Flowable] = []
    for index, label in enumerate(COPIES):  # every page of a copy names it: the copies part at the signing
        if index:
            story += [PageBreak()]
        story += [RunningHead(f"{COPIES_TITLE}　{label}　编号 {number}")]
        if index:
            story += heading(COPIES_TITLE, _copy_subtitle(label, number))
        story += _story(detail)
    build_pdf(target, COPIES_TITLE, story + _minutes(detail), branch=branch, subtitle=_copy_subtitle(COPIES[0], number),
              printed_at=printed_at)


def _copy_subtitle(label: str, number: str) -> str:
    return f"{label}　　编号：{number}　　（一式五联，经核签结案后分送各联）"
