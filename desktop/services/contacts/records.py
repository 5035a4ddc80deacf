"""The contact log (拜访记录): record, correct and void visits, walk-in receptions and phone records, and the
filtered list with keyset paging that stays fast on a million records."""

import datetime
import re
from dataclasses import dataclass, fields
from typing import Any

from peewee import JOIN, Tuple, fn

from desktop.models import Contact, Customer, Staff, db
from desktop.services import audit, auth, clock, text, undo
from desktop.services.calendar import date_problem
from desktop.services.contacts import follow_ups
from desktop.services.contacts.options import KINDS, PURPOSES, RATING_SCALES, URGENT_CATEGORIES
from desktop.services.customers import archive, referrals, registration
from desktop.services.customers.search_keys import normalise_phone, phone_text
from desktop.services.errors import PermissionDenied, RuleError, Text, ValidationErrors, lines, msg
from desktop.services.paging import Page

CONTENT_FIELDS = ["opinions", "market", "effect", "handling", "other_matters"]
CONTENT_TITLES = {
    "opinions": "客户意见、建议、希望",
    "market": "市场行情、竞争对手动向、他司销售政策",
    "effect": "活动效果",
    "handling": "主要处理事项的经过及结果",
    "other_matters": "其他报告事项",
}
SHORT_LIMIT = 50
TEXT_LIMIT = 2000
LIMITS = {**dict.fromkeys(["caller_name", "caller_phone", "visited_person", "visited_title"], SHORT_LIMIT),
          **dict.fromkeys([*CONTENT_FIELDS, "promised"], TEXT_LIMIT)}
MULTILINE = (*CONTENT_FIELDS, "promised")
MAX_MINUTES = 24 * 60
FUTURE_GRACE = datetime.timedelta(minutes=10)  # a clock a little ahead of the desk's should not refuse a record
REPORT_DAYS = 2  # `001 第13篇 3.4(1)`: the visit report within two days
RATED_KINDS = ("visit",)  # the 走访客户报告单's ratings are the visitor's judgement on the spot
FOLLOW_UP_DAYS = 3
VIEW_PURPOSE = "查看拜访记录"  # what the borrowing card notes when a contact shows a confidential customer whole
PRINT_PURPOSE = "打印走访客户报告单"


@dataclass
class ContactForm:
    kind: str = "visit"
    customer_id: int | None = None
    caller_name: str = ""
    caller_phone: str = ""
    staff_id: int | None = None
    assistant_id: int | None = None
    visited_person: str = ""
    visited_title: str = ""
    started_at: datetime.datetime | None = None
    duration_minutes: int | None = None
    purpose: str = ""
    opinions: str = ""
    market: str = ""
    effect: str = ""
    handling: str = ""
    other_matters: str = ""
    quality_rating: str | None = None
    service_rating: str | None = None
    awareness_rating: str | None = None
    urgent: bool = False
    urgent_category: str | None = None
    next_follow_up_on: datetime.date | None = None
    promised: str = ""


def _check_people(form: ContactForm, errors: dict[str, str], kept_staff_id: int | None) -> None:
    staff = Staff.get_or_none(Staff.id == form.staff_id) if form.staff_id else None
    if staff is None or not (staff.active or staff.id == kept_staff_id):
        errors["staff"] = "请选择接待/拜访人。"
    if form.assistant_id is not None:
        if form.assistant_id == form.staff_id:
            errors["assistant"] = "协助人不能与接待/拜访人是同一人。"
        elif Staff.get_or_none(Staff.id == form.assistant_id) is None:
            errors["assistant"] = "协助人不存在。"


EXTENSION = re.compile(r"(?:分机|转|ext\.?|x)\s*([0-9]{2,6})", re.IGNORECASE)
CALLER_PHONE_MESSAGE = ("来电号码格式不正确：手机为 1 开头的 11 位数字，座机需带区号（例如 0571-88886666）；"
                        "公司内部分机请写成“分机 1234”。")


def caller_number(typed: str) -> str:
    """A caller's number as recorded: a phone checked as customer phones are (kept as typed), or an internal
    extension written 分机 1234; a bare "1234" is neither, and refused."""
    number = phone_text(typed)
    if not number:
        return ""
    extension = EXTENSION.fullmatch(number)
    if extension:
        return f"分机 {extension.group(1)}"
    try:
        normalise_phone(number, "caller_phone")
    except RuleError as error:
        raise RuleError(CALLER_PHONE_MESSAGE, "caller_phone") from error
    return number


def _check_customer(form: ContactForm, texts: dict[str, str], errors: dict[str, str]) -> None:
    if form.customer_id is not None:
        customer = Customer.get_or_none(Customer.id == form.customer_id)
        if customer is None or customer.voided_at is not None:
            errors["customer"] = "该客户不存在或已作废。"
    elif form.kind != "phone":
        errors["customer"] = "外出拜访和来访接待必须选择客户；未登记的来访客户请先登记。"
    elif not texts["caller_name"] and not texts["caller_phone"]:
        errors["caller_name"] = "未选择客户的电话记录，请至少填写来电人姓名或电话。"
    elif texts["caller_phone"]:
        try:
            caller_number(texts["caller_phone"])
        except RuleError as error:
            errors["caller_phone"] = error.message


def _check_time(form: ContactForm, texts: dict[str, str], now: datetime.datetime, errors: dict[str, str]) -> None:
    for field in ("started_at", "next_follow_up_on"):
        if getattr(form, field) is not None and (problem := date_problem(getattr(form, field), now.date())):
            errors[field] = problem
    if form.started_at is None:
        errors["started_at"] = "请填写日期时间。"
    elif form.started_at > now + FUTURE_GRACE:
        errors["started_at"] = "日期时间不能晚于现在。"
    if form.duration_minutes is not None and not 0 < form.duration_minutes <= MAX_MINUTES:
        errors["duration_minutes"] = "时长应在 1 到 1440 分钟之间。"
    if form.next_follow_up_on is not None and form.started_at is not None \
            and form.next_follow_up_on <= form.started_at.date():
        errors["next_follow_up_on"] = "下次跟进日期应晚于本次联系的日期。"
    if texts["promised"] and form.next_follow_up_on is None:
        errors["next_follow_up_on"] = "答应了客户的事项需要跟进，请填写下次跟进日期。"


def takes_ratings(kind: str) -> bool:
    return kind in RATED_KINDS


def default_follow_up(started_at: datetime.datetime | None) -> datetime.date:
    """The date the form proposes for the next follow-up: three days after the contact (or after now)."""
    return (started_at or clock.now()).date() + datetime.timedelta(days=FOLLOW_UP_DAYS)


def _check_choices(form: ContactForm, errors: dict[str, str]) -> None:
    if form.kind not in KINDS:
        errors["kind"] = "请选择方式：外出拜访、来访接待或电话。"
    if form.purpose not in PURPOSES:
        errors["purpose"] = "请选择目的。"
    for name, scale in RATING_SCALES.items():
        choice = getattr(form, name)
        if choice and not takes_ratings(form.kind):
            errors[name] = "只有外出拜访填写走访客户报告单的评价。"
        elif choice and choice not in scale:
            errors[name] = "请从表中选择一项评价。"
    if form.urgent and form.urgent_category not in URGENT_CATEGORIES:
        errors["urgent_category"] = "紧急报告请选择紧急事项的类别。"


def _check_texts(form: ContactForm, errors: dict[str, str]) -> dict[str, str]:
    texts = text.cleaned({name: getattr(form, name) for name in LIMITS}, LIMITS, errors, MULTILINE)
    if not any(texts[name] for name in CONTENT_FIELDS):
        errors["handling"] = "请至少填写一项内容：客户意见、市场行情、活动效果、处理经过或其他事项。"
    return texts


def check(form: ContactForm, now: datetime.datetime | None = None, stored: Contact | None = None) -> dict[str, str]:
    """Every field rule at once, so the form can show each message under its field; the cleaned texts. A `stored`
    contact being corrected keeps its 接待/拜访人 after they have left the office."""
    errors: dict[str, str] = {}
    _check_choices(form, errors)
    texts = _check_texts(form, errors)
    _check_customer(form, texts, errors)
    _check_people(form, errors, stored.staff_id if stored else None)
    _check_time(form, texts, now or clock.now(), errors)
    if errors:
        raise ValidationErrors(errors)
    return texts


def _values(form: ContactForm, texts: dict[str, str]) -> dict[str, Any]:
    values = {f.name: getattr(form, f.name) for f in fields(ContactForm)} | texts
    for name in RATING_SCALES:
        values[name] = values[name] or None
    if not form.urgent:
        values["urgent_category"] = None
    values["caller_phone"] = caller_number(values["caller_phone"]) if form.customer_id is None else ""
    if form.customer_id is not None:
        values["caller_name"] = values["caller_phone"] = ""
    values["customer"] = values.pop("customer_id")
    values["staff"] = values.pop("staff_id")
    values["assistant"] = values.pop("assistant_id")
    return values


def _require_record(actor: Staff, form: ContactForm) -> None:
    auth.require(actor, "contacts.record")
    if form.kind == "visit" and form.staff_id != actor.id and not auth.can(actor, "contacts.record_for_others"):
        raise PermissionDenied("外出拜访只能由拜访人本人登记（班长或以上可代为登记）。", "staff")


def record(actor: Staff, form: ContactForm, now: datetime.datetime | None = None) -> Contact:
    """Save a new contact: checked, audited; it closes the customer's due follow-ups, opens its own, and counts
    as a follow-up for the customer's ownership."""
    now = now or clock.now()
    _require_record(actor, form)
    texts = check(form, now)
    with db.atomic():
        contact = audit.create(actor, Contact(recorded_by=actor, recorded_at=now, **_values(form, texts)))
        follow_ups.contact_recorded(actor, contact)
        if contact.customer_id is not None:
            registration.record_follow_up(actor, contact.customer_id, contact.started_at)
            referrals.contact_recorded(actor, contact)
    return contact


def _require_change(actor: Staff, contact: Contact) -> None:
    if contact.voided_at is not None:
        raise RuleError("该记录已经作废，不能再修改。")
    own = actor.id in (contact.staff_id, contact.recorded_by_id)
    if not own and not auth.can(actor, "contacts.manage"):
        raise PermissionDenied("只能修改或作废自己的记录（班长或以上可处理他人的记录）。")


def update(actor: Staff, contact: Contact, form: ContactForm, now: datetime.datetime | None = None) -> Contact:
    """Correct a contact; the kind and the customer stay as recorded (void and record again to change them)."""
    _require_change(actor, contact)
    if form.kind != contact.kind or form.customer_id != contact.customer_id:
        raise RuleError("方式和客户不能修改；如有错误请作废后重新登记。", "kind")
    if form.staff_id != contact.staff_id and form.kind == "visit" \
            and not auth.can(actor, "contacts.record_for_others"):
        raise PermissionDenied("外出拜访的拜访人只能由班长或以上更改。", "staff")
    texts = check(form, now, contact)
    with db.atomic():
        audit.update(actor, contact, **_values(form, texts))
        follow_ups.contact_changed(actor, contact)
    return contact


def undo_refusal(actor: Staff, contact: Contact | int, now: datetime.datetime | None = None) -> Text | None:
    """Why 撤销 cannot take back `actor`'s last correction of the contact now (the rule is in services.undo), or
    None when it can; a record wrong otherwise is voided with a reason and recorded again."""
    contact = contact if isinstance(contact, Contact) else Contact.get_by_id(contact)
    refused = undo.refusal(actor, contact, now or clock.now())
    return None if refused is None else lines([refused, msg("如有错误请作废（写明原因）后重新登记。")], "")


def can_undo(actor: Staff, contact: Contact | int, now: datetime.datetime | None = None) -> bool:
    return undo_refusal(actor, contact, now) is None


def undo_last_edit(actor: Staff, contact: Contact | int, now: datetime.datetime | None = None) -> Contact:
    """Put the contact back as it was before `actor`'s last correction (audited as 撤销上次修改)."""
    now = now or clock.now()
    contact = contact if isinstance(contact, Contact) else Contact.get_by_id(contact)
    with db.atomic():
        audit.reload(contact)
        _require_change(actor, contact)
        if (refused := undo_refusal(actor, contact, now)) is not None:
            raise RuleError(refused)
        form = form_of(undo.before_last_change(contact))
        audit.update(actor, contact, reason=undo.REASON, **_values(form, check(form, now, contact)))
        follow_ups.contact_changed(actor, contact)
    return contact


def void(actor: Staff, contact: Contact | int, reason: str) -> Contact:
    """Void a contact: it no longer earns points, its own follow-up is dropped, and follow-ups it closed reopen."""
    contact = contact if isinstance(contact, Contact) else Contact.get_by_id(contact)
    _require_change(actor, contact)
    with db.atomic():
        audit.void(actor, contact, reason)
        follow_ups.contact_voided(actor, contact)
        referrals.contact_voided(actor, contact)
    return contact


def form_of(contact: Contact) -> ContactForm:
    return ContactForm(**{f.name: getattr(contact, f.name) for f in fields(ContactForm)})


def get(actor: Staff, contact_id: int, purpose: str = VIEW_PURPOSE) -> Contact:
    """One contact with its staff and assistant loaded, and its customer as `actor` may see it (for the form and
    the printed report; a confidential customer shown whole goes on the borrowing card with `purpose`)."""
    assistant = Staff.alias()
    contact = (Contact.select(Contact, Staff, assistant)
               .join(Staff, on=(Contact.staff == Staff.id))
               .switch(Contact).join(assistant, JOIN.LEFT_OUTER, on=(Contact.assistant == assistant.id))
               .where(Contact.id == contact_id).get())
    if contact.customer_id is not None:
        contact.customer = archive.view(actor, contact.customer_id, purpose)
    return contact


def is_late(contact: Contact) -> bool:
    """Recorded more than two days after it happened (`001 第13篇 3.4(1)`)."""
    return (contact.recorded_at.date() - contact.started_at.date()).days > REPORT_DAYS


# ---------------------------------------------------------------------------------------------------- the list
@dataclass
class ContactFilters:
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    staff_id: int | None = None
    kind: str = ""
    purpose: str = ""
    customer_id: int | None = None
    urgent_only: bool = False
    include_voided: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    started_at: datetime.datetime
    kind: str
    customer_id: int | None
    customer_name: str  # the customer, or the anonymous caller
    customer_number: str
    staff_name: str
    purpose: str
    summary: str
    quality_rating: str | None
    service_rating: str | None
    awareness_rating: str | None
    urgent: bool
    urgent_category: str | None
    next_follow_up_on: datetime.date | None
    voided: bool


SUMMARY_LENGTH = 40
ROW_COLUMNS = [
    Contact.id, Contact.started_at, Contact.kind, Contact.customer, Customer.name, Contact.caller_name,
    Contact.caller_phone, Customer.number, Staff.name, Contact.purpose,
    fn.substr(fn.COALESCE(*(fn.NULLIF(getattr(Contact, name), "") for name in
                            ["handling", "opinions", "market", "effect", "other_matters"])), 1, SUMMARY_LENGTH),
    Contact.quality_rating, Contact.service_rating, Contact.awareness_rating, Contact.urgent,
    Contact.urgent_category, Contact.next_follow_up_on, Contact.voided_at,
]


def _conditions(filters: ContactFilters) -> list[Any]:
    """Each filter is an equality on the leading column of one of the contact indexes, or a started_at range."""
    conditions = []
    if filters.date_from is not None:
        conditions.append(Contact.started_at >= datetime.datetime.combine(filters.date_from, datetime.time()))
    if filters.date_to is not None:
        end = datetime.datetime.combine(filters.date_to + datetime.timedelta(days=1), datetime.time())
        conditions.append(Contact.started_at < end)
    if filters.staff_id is not None:
        conditions.append(Contact.staff == filters.staff_id)
    if filters.kind:
        conditions.append(Contact.kind == filters.kind)
    if filters.purpose:
        conditions.append(Contact.purpose == filters.purpose)
    if filters.customer_id is not None:
        conditions.append(Contact.customer == filters.customer_id)
    if filters.urgent_only:
        conditions.append(Contact.urgent == True)  # noqa: E712 (peewee expression)
    if not filters.include_voided:
        conditions.append(Contact.voided_at.is_null())
    return conditions


def _row(values: tuple) -> ContactRow:
    (cid, started, kind, customer_id, name, caller_name, caller_phone, number, staff_name, purpose, summary,
     quality, service, awareness, urgent, category, next_on, voided_at) = values
    who = name if customer_id is not None else " ".join(p for p in (caller_name, caller_phone) if p) or "（匿名）"
    return ContactRow(cid, started, kind, customer_id, who, number or "", staff_name, purpose, summary or "",
                      quality, service, awareness, bool(urgent), category, next_on, voided_at is not None)


def fetch(page: Page, filters: ContactFilters) -> list[ContactRow]:
    """One page of the list, newest first (oldest first when sorted so), keyed on (started_at, id)."""
    ascending = page.sort_key == "started_at" and not page.descending
    query = (Contact.select(*ROW_COLUMNS)
             .join(Customer, JOIN.LEFT_OUTER, on=(Contact.customer == Customer.id))
             .switch(Contact).join(Staff, on=(Contact.staff == Staff.id)))
    for condition in _conditions(filters):
        query = query.where(condition)
    if page.after is not None:
        key, last = Tuple(Contact.started_at, Contact.id), Tuple(page.after.started_at, page.after.id)
        query = query.where(key > last if ascending else key < last)
    order = [Contact.started_at.asc(), Contact.id.asc()] if ascending else [Contact.started_at.desc(),
                                                                             Contact.id.desc()]
    return [_row(values) for values in query.order_by(*order).limit(page.limit).tuples()]
