"""The 客户登记表 / 客户资料卡: one customer's archive on an A4 page, laid out like the paper card."""

import io
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from desktop.services.customers import registration
from desktop.services.customers.card import Company, CustomerCard
from reports.base import (
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

TITLE = "客户登记表 / 客户资料卡"


def _money(value: Decimal | None) -> str:
    return f"{value:,.2f} 元" if value is not None else ""


def _company(company: Company | None) -> list[Flowable]:
    if company is None:
        return []
    pairs = [("企业法人", company.legal_person), ("成立时间", day_text(company.founded_on)),
             ("企业性质", company.nature),
             ("员工人数", company.employees if company.employees is not None else ""), ("经营规模", company.scale),
             ("行业", company.industry), ("注册资本", company.registered_capital),
             ("开户行/账号", company.bank_account), ("主要联系人", company.main_contact),
             ("职务", company.main_contact_title), ("决策关键人物", company.decision_maker)]
    return [para("单位信息", "heading"), field_grid(pairs)]


def build(target: str | Path | io.BytesIO, card: CustomerCard, branch: str) -> None:
    """`card` as customers.card.build gave it: opened, checked and masked already."""
    c = card
    story = [
        para("基本信息", "heading"),
        field_grid([("客户编号", c.number), ("类型", choice_marks(registration.KINDS, c.kind)), ("名称", c.name),
                    ("称呼", c.salutation), ("联系电话", c.phone), ("其他电话", c.other_phones),
                    ("微信/邮箱", c.wechat_email), ("邮编", c.postcode)]),
        wide_field("地址", c.address, lines=1),
        *_company(c.company),
        para("需求与来源", "heading"),
        wide_field("需求/意向", c.demand, lines=2),
        field_grid([("预算", _money(c.budget)), ("介绍人", c.referrer_name),
                    ("预计来访", day_text(c.referral_expected_on))]),
        field_grid([("来源", choice_marks(registration.SOURCES, c.source))], columns=1),
        para("等级、信用与密级", "heading"),
        field_grid([("客户等级", choice_marks(registration.GRADES, c.customer_grade)),
                    ("信用等级", choice_marks(registration.GRADES, c.credit_grade)),
                    ("上次信用复核", day_text(c.credit_reviewed_on)),
                    ("下次信用复核", day_text(c.credit_review_due_on)),
                    ("上次档案核定", day_text(c.archive_checked_on)),
                    ("下次档案核定", day_text(c.archive_check_due_on)),
                    ("密级", choice_marks(registration.CONFIDENTIALITY, c.confidentiality))]),
        gap(1),
        para(f"信用政策：{c.credit_policy}", "small"),
        para("归属与跟进", "heading"),
        field_grid([("归属业务员", c.owner_name), ("归属状态", c.owner_status),
                    ("登记人", c.registrant_name), ("登记时间", moment_text(c.registered_at)),
                    ("最近跟进", day_text(c.last_follow_up_at) or "尚无"),
                    ("归属有效至", day_text(c.ownership_until))]),
    ]
    if c.members:
        width = content_width()
        story += [para("家庭成员（视为同一客户）", "heading"),
                  data_table(["客户编号", "名称", "称呼", "电话"],
                             [[m.number, m.name, m.salutation, m.phone] for m in c.members],
                             [width * 0.25, width * 0.3, width * 0.2, width * 0.25])]
    story += [gap(2), KeepTogether([wide_field("备注", c.note, lines=2), gap(3),
                                    signature_lines(["登记人", "业务主管审核"])])]
    secrecy = registration.CONFIDENTIALITY.get(c.confidentiality, c.confidentiality)
    marks = f"客户编号 {c.number}    密级：{secrecy}"  # on every page: a page alone still says whose and how secret
    build_pdf(target, TITLE, story, branch=branch, subtitle=marks, header=f"{TITLE}    {marks}")
