"""客户拜访记录表 / 走访客户报告单 (`001 第1篇 附件1`) for one contact, with the scored rating grid."""

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from desktop.models import Contact
from desktop.services.contacts import records
from desktop.services.contacts.options import RATING_SCALES, RATING_TITLES, URGENT_CATEGORIES, kind_label, score
from reports.base import (
    GRID,
    SHADE,
    build_pdf,
    choice_marks,
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

LABEL = 28 * mm  # the boxes' labels: the form's long titles break between their words
SCORE_NOTE = ("注：在质量、服务、产品三个栏目自左至右的分值分别为100分、90分、85分、80分、70分、60分、50分，"
              "服务栏的“不好”为30分，“恶劣”为0分，在您认可的栏目内打分。")


def _customer_pairs(contact: Contact) -> list[tuple[str, str]]:
    customer = contact.customer if contact.customer_id else None
    if customer is None:
        return [("来电人", contact.caller_name or "（匿名）"), ("来电号码", contact.caller_phone)]
    return [("客户单位名称", customer.name), ("客户编号", customer.number),
            ("客户地址", customer.address), ("法人(负责人)", customer.legal_person or customer.main_contact)]


def _visit_pairs(contact: Contact) -> list[tuple[str, str]]:
    duration = f"{contact.duration_minutes} 分钟" if contact.duration_minutes else ""
    return [
        ("方式", kind_label(contact.kind)), ("目的", contact.purpose),
        ("日期时间", moment_text(contact.started_at)), ("时长", duration),
        ("接待/拜访人", contact.staff.name), ("协助人", contact.assistant.name if contact.assistant_id else ""),
        ("拜访对象", contact.visited_person), ("职务", contact.visited_title),
    ]


def rating_grid(contact: Contact) -> Table:
    """用户意见: one row per scale, the form's boxes with the chosen one filled, and its score."""
    width = content_width()
    rows = [[para("用户意见", "cell_head"), para("评价", "cell_head"), para("得分", "cell_head")]]
    for field, scale in RATING_SCALES.items():
        chosen = getattr(contact, field)
        value = score(field, chosen)
        rows.append([para(RATING_TITLES[field], "cell_head"), para(choice_marks(list(scale), chosen)),
                     para("" if value is None else f"{value} 分", "cell_head")])
    table = Table(rows, colWidths=[24 * mm, width - 44 * mm, 20 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("BACKGROUND", (0, 1), (0, -1), SHADE),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _urgent(contact: Contact) -> Table:
    marks = choice_marks(URGENT_CATEGORIES, contact.urgent_category) if contact.urgent else "□ 否"
    return wide_field("紧急报告", marks, lines=1, label_width=LABEL)


def _recorded(contact: Contact) -> str:
    late = "（超过两天补录）" if records.is_late(contact) else ""
    return f"{moment_text(contact.recorded_at)}{late}"


def build(target: str | Path, contact: Contact, branch: str) -> None:
    customer = contact.customer if contact.customer_id else None
    story = [
        field_grid(_customer_pairs(contact) + _visit_pairs(contact)), gap(2),
        rating_grid(contact), para(SCORE_NOTE, "small"), gap(2),
    ]
    story += [wide_field(records.CONTENT_TITLES[name], getattr(contact, name), lines=2, label_width=LABEL)
              for name in records.CONTENT_FIELDS]
    follow_up = day_text(contact.next_follow_up_on) or "（无）"
    story += [
        _urgent(contact),
        wide_field("答应事项", contact.promised, lines=2, label_width=LABEL),
        field_grid([("下次跟进日期", follow_up), ("登记时间", _recorded(contact))]),
        gap(2),
        para("客户单位主要负责人、业务主办联系方式", "body"),
        data_table(["", "姓名", "职务", "电话", "手机"], [
            ["主要负责人", customer.main_contact if customer else "", customer.main_contact_title if customer else "",
             customer.phone if customer else contact.caller_phone, ""],
            ["业务主办", contact.visited_person, contact.visited_title, "", ""],
        ], widths=[28 * mm] + [(content_width() - 28 * mm) / 4] * 4),
        gap(3),
        signature_lines(["客户盖章(签名)", "拜访人", "主管审核"]),
    ]
    if contact.voided_at is not None:
        story.insert(0, para(f"本记录已作废：{contact.void_reason}", "heading"))
    number = f"记录号 {contact.id:06d}"
    build_pdf(target, "走访客户报告单", story, branch=branch, subtitle=f"客户拜访记录表  {number}",
              header=f"走访客户报告单  {number}")
