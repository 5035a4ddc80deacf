"""会议纪要: the management meeting on a 严重 complaint (001 第十一条(二)), printed after the complaint form."""

from reportlab.platypus import Flowable

from desktop.models import Complaint, ComplaintMeeting
from desktop.services.complaints.workflow import label
from desktop.services.dates import day_text, moment_text
from reports.base import field_grid, gap, para, signature_lines, wide_field


def story(meeting: ComplaintMeeting, complaint: Complaint) -> list[Flowable]:
    topic = f"{label('severity', complaint.severity)}投诉：{label('category', complaint.category)}"
    return [
        para(f"会议纪要　　投诉单编号：{complaint.number}", "heading"),
        field_grid([
            ("会议日期", day_text(meeting.held_on)), ("议题", topic),
            ("投诉客户", complaint.complainant), ("决议负责人", meeting.responsible),
            ("记录人", meeting.recorded_by.name), ("记录时间", moment_text(meeting.recorded_at)),
        ]),
        gap(2),
        wide_field("投诉内容", complaint.content, lines=3),
        wide_field("出席人", meeting.attendees, lines=2),
        wide_field("会议决议", meeting.decision, lines=8),
        gap(3),
        signature_lines(["记录人", "主持人", "出席人"]),
    ]
