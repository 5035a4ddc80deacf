"""Reply wording (话术): the supervisor's templates for 答复客户, 不成立 replies, callback scripts and visit report
phrases; their placeholders filled from the record as the actor may see it (the confidentiality policy decides what
a placeholder reveals); every edit a new version, so what was used keeps the words it gave; every use recorded."""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from peewee import Model, fn

from desktop.models import Complaint, Contact, Customer, Staff, WordingTemplate, WordingUse, WordingVersion, db
from desktop.services import audit, auth, clock, text
from desktop.services.customers import confidentiality
from desktop.services.errors import RuleError, Text, ValidationErrors, lines, msg

T = TypeVar("T", bound=Model)

CUSTOMER_PLACEHOLDERS = ("客户称呼", "客户名称", "联系电话", "经办人", "今天")
COMPLAINT_PLACEHOLDERS = (*CUSTOMER_PLACEHOLDERS, "编号", "受理日期", "期限", "处理结果", "处理方案", "不成立原因")


@dataclass(frozen=True)
class Category:
    name: str
    permission: str  # what a person needs to be offered the category's templates in a form
    placeholders: tuple[str, ...]


CATEGORIES: dict[str, Category] = {
    "reply": Category("答复客户", "complaint.handle", COMPLAINT_PLACEHOLDERS),
    "invalid": Category("不成立答复", "complaint.handle", COMPLAINT_PLACEHOLDERS),
    "callback": Category("回访话术", "complaint.handle", COMPLAINT_PLACEHOLDERS),
    "visit": Category("拜访报告用语", "contacts.record", CUSTOMER_PLACEHOLDERS),
}
TITLE_LIMIT = 30
BODY_LIMIT = 800  # filled, it still fits a step's box (1 000) and a contact's (2 000)
USE_LIMIT = 2000  # the largest box a template goes into (a contact's); a use's words longer were never in a form
PLACEHOLDER = re.compile(r"\{([^{}\n]{1,20})\}")


# ---------------------------------------------------------------------------------------------------- keeping them
@dataclass
class WordingForm:
    category: str
    title: str
    body: str


def _check(form: WordingForm) -> tuple[str, str]:
    errors: dict[str, str | Text] = {}
    category = CATEGORIES.get(form.category)
    if category is None:
        errors["category"] = "请选择话术类别。"
    title, body = text.clean(form.title), text.clean(form.body, multiline=True)
    if not title:
        errors["title"] = "请填写话术标题。"
    elif problem := text.limited(title, TITLE_LIMIT):
        errors["title"] = problem
    if not body:
        errors["body"] = "请填写话术内容。"
    elif problem := text.limited(body, BODY_LIMIT):
        errors["body"] = problem
    elif category is not None:
        unknown = [name for name in PLACEHOLDER.findall(body) if name not in category.placeholders]
        if unknown:
            errors["body"] = msg("没有这个占位符：{unknown}。{category}可用：{known}。",
                                 unknown=lines(["{" + name + "}" for name in dict.fromkeys(unknown)], "、"),
                                 category=category.name, known=lines(category.placeholders, "、"))
    if errors:
        raise ValidationErrors(errors)
    return title, body


def _title_taken(category: str, title: str, template: WordingTemplate | None) -> bool:
    query = WordingTemplate.select().where((WordingTemplate.category == category) & (WordingTemplate.title == title)
                                           & WordingTemplate.voided_at.is_null())
    if template is not None:
        query = query.where(WordingTemplate.id != template.id)
    return query.exists()


def save(actor: Staff, form: WordingForm, template: WordingTemplate | None = None,
         seen_version: int | None = None, now: datetime.datetime | None = None) -> WordingTemplate:
    """A new template, or the next version of `template` (its category stays). `seen_version` is the version the
    editor was showing: an edit made meanwhile in another window is not silently replaced."""
    auth.require(actor, "wording.manage")
    now = (now or clock.now()).replace(microsecond=0)
    title, body = _check(form)
    with db.atomic():  # takes the write lock before the current version is read
        if template is not None:
            audit.reload(template)
            if template.voided_at is not None:
                raise RuleError("该话术已停用，不能再修改。")
            if form.category != template.category:
                raise RuleError("话术的类别不能修改；请新建一条。", "category")
            if seen_version is not None and template.version != seen_version:
                raise RuleError("该话术刚被改为第 {version} 版，请重新打开后再修改。", version=template.version)
        if _title_taken(form.category, title, template):
            raise RuleError("{category}已有同名话术「{title}」。", "title", category=CATEGORIES[form.category].name,
                            title=title)
        if template is None:
            template = audit.create(actor, WordingTemplate(category=form.category, title=title, version=1,
                                                           created_at=now))
            number = 1
        else:
            current = current_version(template)
            if (current.title, current.body) == (title, body):
                return template
            number = template.version + 1
            audit.update(actor, template, title=title, version=number)
        audit.create(actor, WordingVersion(template=template, number=number, title=title, body=body,
                                           edited_by=actor, edited_at=now))
    return template


def retire(actor: Staff, template: WordingTemplate, reason: str) -> WordingTemplate:
    """停用: no longer offered in the forms; its versions and uses stay."""
    auth.require(actor, "wording.manage")
    with db.atomic():
        audit.reload(template)
        return audit.void(actor, template, reason)


def templates(actor: Staff, include_retired: bool = True) -> list[WordingTemplate]:
    """设置 → 话术: every template by category and title."""
    auth.require(actor, "wording.manage")
    query = WordingTemplate.select()
    if not include_retired:
        query = query.where(WordingTemplate.voided_at.is_null())
    order = {key: index for index, key in enumerate(CATEGORIES)}
    return sorted(query, key=lambda t: (t.voided_at is not None, order.get(t.category, len(order)), t.title))


def current_version(template: WordingTemplate) -> WordingVersion:
    return WordingVersion.get((WordingVersion.template == template) & (WordingVersion.number == template.version))


def versions(actor: Staff, template: WordingTemplate) -> list[WordingVersion]:
    """Newest first."""
    auth.require(actor, "wording.manage")
    return list(WordingVersion.select().where(WordingVersion.template == template)
                .order_by(WordingVersion.number.desc()))


def use_counts(actor: Staff) -> dict[int, int]:
    """template id -> how many times any of its versions was used."""
    auth.require(actor, "wording.manage")
    rows = (WordingUse.select(WordingVersion.template, fn.COUNT(WordingUse.id)).join(WordingVersion)
            .group_by(WordingVersion.template).tuples())
    return dict(rows)


# ---------------------------------------------------------------------------------------------------- using them
def offered(actor: Staff, category: str) -> list[WordingVersion]:
    """The current version of each template of `category` in use, by title: what a form's picker lists."""
    auth.require(actor, CATEGORIES[category].permission)
    return list(WordingVersion.select(WordingVersion, WordingTemplate).join(WordingTemplate)
                .where((WordingTemplate.category == category) & WordingTemplate.voided_at.is_null()
                       & (WordingVersion.number == WordingTemplate.version))
                .order_by(WordingTemplate.title))


@dataclass(frozen=True)
class Filled:
    version_id: int
    text: str
    missing: list[str] = field(default_factory=list)  # placeholders the record has no value for, left marked
    hidden: list[str] = field(default_factory=list)  # placeholders the actor may not see for this customer


def _day(value: datetime.date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _moment(value: datetime.datetime) -> str:
    return f"{_day(value)} {value:%H:%M}"


def _customer_values(actor: Staff, customer: Customer | None, given_name: str, given_contact: str) -> dict:
    """客户称呼 / 客户名称 / 联系电话 as `actor` may see them; None where the policy hides the value."""
    if customer is None:
        return {"客户称呼": given_name, "客户名称": given_name, "联系电话": given_contact}
    hides = confidentiality.hides(actor, customer.confidentiality)
    return {"客户称呼": (customer.salutation if not hides else "") or given_name or customer.name,
            "客户名称": customer.name,  # the name and number are what every one may see
            "联系电话": None if hides else (given_contact or customer.phone)}


def values(actor: Staff, complaint: Complaint | None = None, customer_id: int | None = None,
           typed: dict[str, str] | None = None, now: datetime.datetime | None = None) -> dict[str, str | None]:
    """Each placeholder's value for a form on `complaint` (or about the customer `customer_id`): "" when the
    record has none yet, None when the confidentiality policy hides it from `actor`. `typed` are the form's own
    words not saved yet (the 不成立 reason written above the reply)."""
    today = (now or clock.now()).date()
    result: dict[str, str | None] = {"经办人": actor.name, "今天": _day(today)}
    if complaint is not None:
        customer = complaint.customer if complaint.customer_id else None
        result |= _customer_values(actor, customer, complaint.complainant, complaint.contact)
        result |= {"编号": complaint.number, "受理日期": _day(complaint.received_at), "期限": _moment(complaint.due_at),
                   "处理结果": _clause(complaint.reply or complaint.proposal), "处理方案": _clause(complaint.proposal),
                   "不成立原因": _clause(complaint.assessment)}
    elif customer_id is not None:
        result |= _customer_values(actor, Customer.get_by_id(customer_id), "", "")
    for name, value in (typed or {}).items():
        if cleaned := _clause(value):
            result[name] = cleaned
    return result


def _clause(value: str) -> str:
    """A record's sentence as a clause inside the template's own: without its closing stop (no 。。)."""
    return text.clean(value, multiline=True).rstrip("。.；;，, ")


def fill(actor: Staff, version: WordingVersion, complaint: Complaint | None = None, customer_id: int | None = None,
         typed: dict[str, str] | None = None, now: datetime.datetime | None = None) -> Filled:
    """The version's words with each placeholder filled; one without a value stays as 【名称】 to be completed."""
    auth.require(actor, CATEGORIES[version.template.category].permission)
    known = values(actor, complaint, customer_id, typed, now)
    missing: list[str] = []
    hidden: list[str] = []

    def replace(match: re.Match) -> str:
        name = match[1]
        value = known.get(name, "")
        if value:
            return value
        (hidden if value is None else missing).append(name)
        return f"【{name}】"

    filled = PLACEHOLDER.sub(replace, version.body)
    return Filled(version.id, filled, list(dict.fromkeys(missing)), list(dict.fromkeys(hidden)))


@dataclass(frozen=True)
class Pick:
    """A filled template a person put into a form's field, not saved yet."""

    version_id: int
    field: str
    text: str


def _words(pick: Pick) -> str:
    """The words a use records, cleaned like the form's own."""
    words = text.clean(pick.text, multiline=True)
    if problem := text.limited(words, USE_LIMIT):
        raise RuleError("插入的话术{problem}", pick.field, problem=problem)
    return words


def save_with_uses(actor: Staff, picks: list[Pick], save_record: Callable[[], T]) -> T:
    """Save a form (`save_record`, one service call) and record the templates used in it, all or nothing: a form
    refused records no use. The use points at the complaint or contact saved."""
    now = clock.now().replace(microsecond=0)
    with db.atomic():
        record = save_record()
        if picks:
            if not isinstance(record, Complaint | Contact):
                raise TypeError(record)
            link = {"complaint": record} if isinstance(record, Complaint) else {"contact": record}
            for pick in picks:
                version = WordingVersion.get_by_id(pick.version_id)
                auth.require(actor, CATEGORIES[version.template.category].permission)
                audit.create(actor, WordingUse(version=version, actor=actor, at=now, field=pick.field,
                                               text=_words(pick), **link))
    return record


def uses_of(record: Complaint | Contact) -> list[WordingUse]:
    """The templates used on a complaint or contact, in order."""
    column = WordingUse.complaint if isinstance(record, Complaint) else WordingUse.contact
    return list(WordingUse.select().where(column == record).order_by(WordingUse.at, WordingUse.id))
