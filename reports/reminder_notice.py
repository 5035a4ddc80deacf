"""催办单: the notice that urges the responsible department to finish an overdue complaint (001 第十四条)."""

import datetime
from pathlib import Path

from desktop.services.complaints import workflow
from desktop.services.complaints.lists import ComplaintDetail, ReminderNotice
from reports.base import build_pdf, field_grid, gap, moment_text, para, signature_lines, wide_field


def build(target: str | Path, detail: ComplaintDetail, notice: ReminderNotice, branch: str,
          printed_at: datetime.datetime | None = None) -> None:
    """The notice of one recorded reminder (`notice`) of `detail`'s complaint."""
    c = detail.complaint
    due = c.next_due_at or c.due_at
    story = [
        field_grid([
            ("投诉单编号", c.number), ("受理时间", moment_text(c.received_at)),
            ("投诉客户", c.complainant), ("联系方式", c.contact),
            ("分类", workflow.label("category", c.category)), ("严重程度", workflow.label("severity", c.severity)),
            ("当前状态", workflow.status_text(c)), ("处理期限", moment_text(due)),
            ("催办时已超期", notice.overdue), ("催办次数", f"第 {notice.count} 次"),
            ("责任部门", c.department or "（未派发）"), ("责任人", c.assignee.name if c.assignee_id else ""),
            ("催办人", notice.issuer), ("催办时间", moment_text(notice.issued_at)),
        ]),
        gap(2),
        wide_field("投诉内容", c.content, 3),
        wide_field("催办意见", notice.opinion, 3),
        wide_field("责任部门回复", "", 4),  # by pen: the progress, and the cause of the delay asked for below
        gap(3),
        para("上述投诉已超过处理期限。请责任部门接单后立即处理，将处理方案报客服部审批，并于当日内回复处理进度；"
             "逾期原因请一并书面说明。", "body"),
        gap(6),
        signature_lines(["催办人", "责任部门签收", "客服部主任"]),
    ]
    build_pdf(target, "催办单", story, branch=branch, subtitle=f"投诉单 {c.number}", printed_at=printed_at,
              header=f"催办单  投诉单 {c.number}")
