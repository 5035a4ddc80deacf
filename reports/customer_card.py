"""The 客户登记表 / 客户资料卡: one customer's archive on an A4 page, laid out like the paper card."""

import datetime
import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from desktop.models import Customer, Staff
from desktop.services import clock
from desktop.services.customers import registration
from reports.base import (
    build_pdf,
    choice_marks,
    content_width,
    data_table,
    field_grid,
    gap,
    para,
    signature_lines,
    wide_field,
)

TITLE = "客户登记表 / 客户资料卡"


def _day(value: datetime.date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _person(staff_id: int | None) -> str:
    return Staff.get_by_id(staff_id).name if staff_id else ""


def _money(value: object) -> str:
    return f"{value:,.2f} 元" if value is not None else ""


def _company(c: Customer) -> list[Flowable]:
    """The company block; left out for a private person who has none of it."""
    pairs = [("企业法人", c.legal_person), ("成立时间", _day(c.founded_on)), ("企业性质", c.nature),
             ("员工人数", c.employees if c.employees is not None else ""), ("经营规模", c.scale),
             ("行业", c.industry), ("注册资本", c.registered_capital), ("开户银行/账号", c.bank_account),
             ("主要联系人", c.main_contact), ("职务", c.main_contact_title), ("决策关键人物", c.decision_maker)]
    if c.kind == "个人" and not any(value not in ("", None) for _, value in pairs):
        return []
    return [para("单位信息", "heading"), field_grid(pairs)]


def build(target: str | Path | io.BytesIO, customer: Customer, branch: str, today: datetime.date | None = None) -> None:
    """`customer` is the full record as customer_archive.open_archive returned it (the opening is already logged)."""
    today = today or clock.today()
    c = customer
    members = [m for m in registration.household_members(c) if m.id != c.id] if c.id else []
    story = [
        para("基本信息", "heading"),
        field_grid([("客户编号", c.number), ("类型", choice_marks(registration.KINDS, c.kind)), ("名称", c.name),
                    ("称呼", c.salutation), ("联系电话", c.phone), ("其他电话", c.other_phones),
                    ("微信/邮箱", c.wechat_email), ("邮编", c.postcode)]),
        wide_field("地址", c.address, min_height=0),
        *_company(c),
        para("需求与来源", "heading"),
        wide_field("需求/意向", c.demand, min_height=0),
        field_grid([("预算", _money(c.budget)), ("介绍人", _person(c.referrer_id)),
                    ("预计来访", _day(c.referral_expected_on))]),
        field_grid([("来源", choice_marks(registration.SOURCES, c.source))], columns=1),
        para("等级、信用与密级", "heading"),
        field_grid([("客户等级", choice_marks(registration.GRADES, c.customer_grade)),
                    ("信用等级", choice_marks(registration.GRADES, c.credit_grade)),
                    ("上次信用复核", _day(c.credit_reviewed_on)), ("下次信用复核", _day(c.credit_review_due_on)),
                    ("上次档案核定", _day(c.archive_checked_on)), ("下次档案核定", _day(c.archive_check_due_on)),
                    ("密级", choice_marks(registration.CONFIDENTIALITY, c.confidentiality))]),
        gap(1),
        para(f"信用政策：{registration.CREDIT_POLICY.get(c.credit_grade, '')}", "small"),
        para("归属与跟进", "heading"),
        field_grid([("归属业务员", _person(c.owner_id)), ("归属状态", registration.owner_status(c, today)),
                    ("登记人", _person(c.registered_by_id)), ("登记时间", f"{c.registered_at:%Y-%m-%d %H:%M}"),
                    ("最近跟进", f"{c.last_follow_up_at:%Y-%m-%d}" if c.last_follow_up_at else "尚无"),
                    ("归属有效至", _day(c.ownership_until))]),
    ]
    if members:
        width = content_width()
        story += [para("家庭成员（视为同一客户）", "heading"),
                  data_table(["客户编号", "名称", "称呼", "电话"],
                             [[m.number, m.name, m.salutation, m.phone] for m in members],
                             [width * 0.25, width * 0.3, width * 0.2, width * 0.25])]
    story += [gap(2), KeepTogether([wide_field("备注", c.note, min_height=12 * mm), gap(6),
                                    signature_lines(["登记人", "业务主管审核"])])]
    build_pdf(target, TITLE, story, branch=branch, subtitle=f"客户编号 {c.number}    密级：{c.confidentiality}")
