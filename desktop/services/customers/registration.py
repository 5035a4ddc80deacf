"""The customer register: registration with the duplicate and first-registration-wins rules, ownership and its
one-month lapse into the open pool, households, grades and review dates (the list and search are in
lists, who sees what in confidentiality)."""

import contextlib
import datetime
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import Expression, Value, fn

from desktop.models import Customer, CustomerPhone, CustomerSearchKey, ImportRun, Referral, Staff, db
from desktop.services import audit, auth, clock, text, undo
from desktop.services.calendar import EARLIEST, add_months, date_problem
from desktop.services.customers import confidentiality, pool_rules, referrals, reservations
from desktop.services.customers.confidentiality import CONFIDENTIAL
from desktop.services.customers.search_keys import (
    digits_of,
    name_initials,
    name_pinyin,
    normalise_phone,
    phone_text,
    search_keys,
    split_phones,
)
from desktop.services.errors import Cancelled, PermissionDenied, RuleError, Text, ValidationErrors, lines, msg

# the stored codes of the form's choices and the office's words for them (shown translated, printed as they are)
KINDS = {"person": "个人", "organisation": "单位"}
SOURCES = {"walk_in": "来访", "phone": "电话", "referral": "转介绍", "online": "网络", "returning": "老客户",
           "other": "其他"}
GRADES = ["A", "B", "C", "D"]
CONFIDENTIALITY = {"secret": "秘密", "confidential": "机密", "top_secret": "绝密"}
PERSON = "person"
CUSTOMER_GRADE_TEXT = {
    "A": "A 级：需求规模大且迫切",
    "B": "B 级：一般需求",
    "C": "C 级：潜在需求",
    "D": "D 级：需求小或暂无明确需求",
}
CREDIT_POLICY = {
    "A": "A 级：可给予一定授信额度和回款期限，授信额度不超过合同账期内的销售额；每半年复核一次信用。",
    "B": "B 级：先设定一定额度，再根据信用状况逐渐放宽；每三个月复核一次信用。",
    "C": "C 级：现款现货，经仔细审查、符合信用政策的给予少量信用额度；每月复核一次信用。",
    "D": "D 级：不给予任何信用交易，坚决现款现货或先款后货；每月复核一次信用。",
}
CREDIT_REVIEW_MONTHS = {"A": 6, "B": 3, "C": 1, "D": 1}
ARCHIVE_CHECK_MONTHS = 3
RELEASE = "释放到公共池："  # the audit reason of a release begins with it
REASSIGN = "改派："  # and that of a reassignment
CLAIMED = "从公共池申领"
CREDIT_REVIEW = "信用复核"
ARCHIVE_CHECK = "档案季度核定"
UNDO_OTHERWISE = "如有错误请再次修改资料。"
UNDO_CONFIDENTIAL = "这是机密/绝密客户，只有主任及以上可以修改或撤销其资料。"
UNDO_REFUSED = "不能撤销：修改前的资料现在不能保存（{why}）。请再次修改资料。"
BATCH = 250  # registrations saved in one transaction by register_many: each holds the write lock for a moment

STATUS_VALID = "归属有效"
STATUS_POOL = "已回公共池"
STATUS_ARCHIVED = "已归档"
STATUS_VOID = "已作废"
STATUSES = [STATUS_VALID, STATUS_POOL, STATUS_ARCHIVED, STATUS_VOID]

LIMITS = {"name": 50, "salutation": 20, "wechat_email": 100, "address": 200, "postcode": 6, "legal_person": 50,
          "nature": 50, "scale": 50, "industry": 50, "registered_capital": 50, "bank_account": 100, "main_contact": 50,
          "main_contact_title": 50, "decision_maker": 50, "other_phones": 200, "demand": 2000, "note": 2000}
MULTILINE = ("demand", "note")
FOUNDED_EARLIEST = datetime.date(1949, 10, 1)  # a company's 成立时间 on a PRC business licence
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_BUDGET = Decimal("99999999.99")

DateInput = datetime.date | str | None


class DuplicateCustomer(RuleError):
    """The number is already registered: the earlier registration wins. `customer_id` is the earlier customer
    when the actor may see it (the refusal opens its page), None when it is masked."""

    def __init__(self, message: "str | Text", field: str, customer_id: int | None) -> None:
        super().__init__(message, field)
        self.customer_id = customer_id


@dataclass
class CustomerForm:
    """Everything a clerk fills in; only name and phone (the identity group) are required.

    Dates, 员工人数 and 预算 may be given as text (as typed or read from a spreadsheet); the service parses them.
    `household_of` (customer number or phone of a registered family member) is used at registration only;
    later changes go through link_household / unlink_household."""

    name: str = ""
    phone: str = ""
    kind: str = PERSON
    salutation: str = ""
    other_phones: str = ""
    wechat_email: str = ""
    address: str = ""
    postcode: str = ""
    legal_person: str = ""
    founded_on: DateInput = None
    nature: str = ""
    employees: int | str | None = None
    scale: str = ""
    industry: str = ""
    registered_capital: str = ""
    bank_account: str = ""
    main_contact: str = ""
    main_contact_title: str = ""
    decision_maker: str = ""
    demand: str = ""
    budget: Decimal | float | str | None = None
    source: str = "walk_in"
    referrer_id: int | None = None
    referral_expected_on: DateInput = None
    customer_grade: str = "C"
    credit_grade: str = "C"
    confidentiality: str = "secret"
    household_of: str = ""
    note: str = ""


DATE_FORMATS = ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d"]


def parse_date(value: DateInput, field: str) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value.date() if isinstance(value, datetime.datetime) else value
    text = value.strip()
    if not text:
        return None
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RuleError("日期「{text}」无法识别，请写成 2024-05-01 的格式。", field, text=text)


# ---------------------------------------------------------------------------------------------------- checks
def _whole_number(value: int | str | None, field: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip().replace(",", ""))
    except ValueError as error:
        raise RuleError("请填写整数。", field) from error
    if not 0 <= number <= 10_000_000:
        raise RuleError("数值超出合理范围。", field)
    return number


MONEY_UNITS = {"万": 10_000, "w": 10_000, "千": 1_000, "k": 1_000, "亿": 100_000_000}
MONEY_NOISE = re.compile(r"[\s,，¥￥]|元$|人民币|rmb", re.IGNORECASE)


def budget_amount(value: Decimal | float | str | None) -> Decimal | None:
    """A budget as clerks write it: 50000, 50,000, ¥5万, 5.5万元, 3千, 1.2亿."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    written = MONEY_NOISE.sub("", unicodedata.normalize("NFKC", str(value)).strip()).lower()
    unit = MONEY_UNITS.get(written[-1:], 1)
    try:
        amount = Decimal(written[:-1] if unit != 1 else written) * unit
    except InvalidOperation as error:
        raise RuleError("预算请填写金额（元），例如 50000、5万 或 5.5万元。", "budget") from error
    if not amount.is_finite() or amount < 0 or amount > MAX_BUDGET:
        raise RuleError("预算应在 0 到 99,999,999.99 元之间。", "budget")
    return amount.quantize(Decimal("0.01"))


def _collect(errors: dict[str, str], check: Any, *args: Any) -> Any:
    """Run one check; a refusal is noted under its field so that every wrong field is reported at once."""
    try:
        return check(*args)
    except RuleError as error:
        errors.setdefault(error.field or "name", error.message)
        return None


def _phone_keys(form: CustomerForm, errors: dict[str, str]) -> list[str]:
    keys: list[str] = []
    phone = text.clean(form.phone)
    if not phone:
        errors["phone"] = "请填写联系电话（至少一个能联系上的号码）。"
    else:
        main = _collect(errors, normalise_phone, phone, "phone")
        keys += [main] if main else []
    for number in split_phones(text.clean(form.other_phones)):
        key = _collect(errors, normalise_phone, number, "other_phones")
        if key and key not in keys:
            keys.append(key)
    return keys


CHOICES = {"kind": KINDS, "source": SOURCES, "customer_grade": {grade: grade for grade in GRADES},
           "credit_grade": {grade: grade for grade in GRADES}, "confidentiality": CONFIDENTIALITY}


def choice_code(field: str, value: str) -> str | None:
    """The stored code of a choice given as its code or as the office's word for it (个人, 机密 — as an imported
    sheet writes them), None when it is neither."""
    choices = CHOICES[field]
    if value in choices:
        return value
    return next((code for code, word in choices.items() if word == value), None)


def _check_choices(form: CustomerForm, errors: dict[str, str]) -> dict[str, str]:
    codes = {}
    for field, choices in CHOICES.items():
        code = choice_code(field, getattr(form, field))
        if code is None:
            errors[field] = msg("请选择：{value}。", value=" / ".join(choices.values()))
        codes[field] = code
    return codes


def _check_texts(form: CustomerForm, errors: dict[str, str]) -> dict[str, str]:
    values = text.cleaned({name: getattr(form, name) for name in LIMITS}, LIMITS, errors, MULTILINE)
    if not values["name"]:
        errors["name"] = "请填写客户名称（个人填姓名，单位填单位全称）。"
    if values["postcode"] and not re.fullmatch(r"\d{6}", values["postcode"]):
        errors["postcode"] = "邮编应为 6 位数字。"
    if "@" in values["wechat_email"] and not EMAIL.fullmatch(values["wechat_email"]):
        errors["wechat_email"] = "邮箱格式不正确。"
    return values


def _date(errors: dict[str, str], value: DateInput, field: str, today: datetime.date,
          earliest: datetime.date = EARLIEST) -> datetime.date | None:
    day = _collect(errors, parse_date, value, field)
    if day is not None and (problem := date_problem(day, today, earliest)):
        errors[field] = problem
    return day


def _clean(form: CustomerForm, registered_on: datetime.date,
           kept_referrer: int | None = None) -> tuple[dict[str, Any], list[str]]:
    """The stored values and normalised phone keys of a form, or every field error at once; `kept_referrer`, the
    referrer already on the record, stays there after leaving the office."""
    errors: dict[str, str] = {}
    values = _check_texts(form, errors)
    values.update(_check_choices(form, errors))
    keys = _phone_keys(form, errors)
    values["phone"] = phone_text(text.clean(form.phone))
    values["other_phones"] = phone_text(values["other_phones"])
    values["founded_on"] = _date(errors, form.founded_on, "founded_on", registered_on, FOUNDED_EARLIEST)
    if values["founded_on"] and values["founded_on"] > registered_on:
        errors["founded_on"] = "成立时间不能晚于今天。"
    values["employees"] = _collect(errors, _whole_number, form.employees, "employees")
    values["budget"] = _collect(errors, budget_amount, form.budget)
    values["referrer"] = form.referrer_id
    values["referral_expected_on"] = _date(errors, form.referral_expected_on, "referral_expected_on", registered_on)
    if form.referrer_id is not None:
        if form.referrer_id != kept_referrer and not Staff.select().where(
                (Staff.id == form.referrer_id) & Staff.active).exists():
            errors["referrer_id"] = "介绍人不是在职员工。"
        if values["referral_expected_on"] is None and "referral_expected_on" not in errors:
            errors["referral_expected_on"] = "员工介绍的客户须在首次来访前登记，并填写预计来访日期。"
        elif values["referral_expected_on"] and values["referral_expected_on"] < registered_on:
            errors["referral_expected_on"] = "预计来访日期不能早于登记日期。"
    if errors:
        raise ValidationErrors(errors)
    values["name_pinyin"] = name_pinyin(values["name"])
    values["name_initials"] = name_initials(values["name"])
    return values, keys


# ---------------------------------------------------------------------------------------------------- ownership
def owner_status(customer: Customer, today: datetime.date, exempt: bool | None = None) -> str:
    """归属有效 / 已回公共池 (no follow-up for a month) / 已归档 / 已作废. A customer the pool rules exempt (an
    open complaint, 重点客户) stays with its owner past its date; `exempt` says so when the caller knows."""
    if customer.voided_at is not None:
        return STATUS_VOID
    if customer.archived:
        return STATUS_ARCHIVED
    if customer.owner_id is None or customer.ownership_until is None:
        return STATUS_POOL
    if customer.ownership_until < today:
        spared = exempt if exempt is not None else customer.id is not None and pool_rules.is_exempt(customer.id)
        return STATUS_VALID if spared else STATUS_POOL
    return STATUS_VALID


def in_pool(customer: Customer, today: datetime.date) -> bool:
    return owner_status(customer, today) == STATUS_POOL


def ownership_text(customer: Customer, today: datetime.date) -> Text:
    """One line for the record's header: owner, status, registrant and the last follow-up."""
    owner = Staff.get_by_id(customer.owner_id).name if customer.owner_id else msg("（无）")
    registrant = Staff.get_by_id(customer.registered_by_id).name
    follow_up = customer.last_follow_up_at.date() if customer.last_follow_up_at else msg("尚无")
    status = owner_status(customer, today)
    if status == STATUS_VALID:
        spared = pool_rules.exemption_text(customer.id)
        status = (msg("{status}（{spared}，不回公共池）", status=status, spared=spared) if spared else
                  msg("{status}（至 {until}）", status=status, until=customer.ownership_until))
    return msg("归属业务员：{owner}　状态：{status}　登记：{registrant} 于 {registered}　最近跟进：{follow_up}",
               owner=owner, status=status, registrant=registrant, registered=customer.registered_at.date(),
               follow_up=follow_up)


def duplicate_message(actor: Staff, existing: Customer, today: datetime.date) -> Text:
    """Who registered the number and when, who owns it now; of a customer `actor` sees masked, nothing of it."""
    if confidentiality.hides(actor, existing.confidentiality):
        return msg("该号码已登记在一位保密客户名下，以先登记者为准，不能重复登记；如需办理请联系主任。")
    registrant = Staff.get_by_id(existing.registered_by_id).name
    status = owner_status(existing, today)
    if status == STATUS_VALID:
        now_with = msg("现归属 {name}", name=Staff.get_by_id(existing.owner_id).name)
    else:
        now_with = status
    return msg("该客户已由 {registrant} 于 {day:%Y-%m-%d} 登记（客户编号 {number}，{now_with}），以先登记者为准，"
               "不能重复登记。", registrant=registrant, day=existing.registered_at, number=existing.number,
               now_with=now_with)


def _refuse_duplicates(actor: Staff, keys: list[str], own_id: int | None, today: datetime.date,
                       run: ImportRun | None = None) -> None:
    """Refused if one of the numbers is registered to another customer, or held by another desk's unfinished
    import (`run`: the caller's own import, whose numbers it holds itself)."""
    if not keys:
        return
    reservations.refuse_held(keys, run)
    holders = dict(CustomerPhone.select(CustomerPhone.phone_key, CustomerPhone.customer)
                   .where(CustomerPhone.phone_key.in_(keys)).tuples())
    for index, key in enumerate(keys):
        holder = holders.get(key)
        if holder is not None and holder != own_id:
            existing = Customer.get_by_id(holder)
            shown = None if confidentiality.hides(actor, existing.confidentiality) else existing.id
            raise DuplicateCustomer(duplicate_message(actor, existing, today),
                                    "phone" if index == 0 else "other_phones", shown)


def _household_head(actor: Staff, reference: str) -> Customer | None:
    """The head of the household of the customer with this number, or with this phone if `actor` may see it."""
    reference = text.clean(reference)
    if not reference:
        return None
    found = Customer.get_or_none(Customer.number == reference.upper())
    if found is None and digits_of(reference):
        found = find_by_phone(reference)
        found = None if found and confidentiality.hides(actor, found.confidentiality) else found
    if found is None or found.voided_at is not None:
        raise RuleError("找不到该家庭成员，请填写已登记家庭成员的客户编号或电话。", "household_of")
    return Customer.get_by_id(found.household_id) if found.household_id else found


def _household_query(customer: Customer) -> Expression:
    head = customer.household_id or customer.id
    return (Customer.id == head) | (Customer.household == head)


# ---------------------------------------------------------------------------------------------------- writes
class RowRefused(RuleError):
    """One of several registrations saved together was refused, so none of them was saved."""

    def __init__(self, index: int, error: RuleError) -> None:
        super().__init__(error.message, error.field)
        self.index = index


@dataclass
class Draft:
    """A registration cleaned and keyed, waiting for its number: the work that needs no write lock."""

    form: CustomerForm
    values: dict[str, Any]
    keys: list[str]  # the normalised phones
    numbers: list[str]  # each of them as typed
    search: set[str]


def _keyed(form: CustomerForm, values: dict[str, Any], keys: list[str]) -> Draft:
    return Draft(form, values, keys, _typed_numbers(form, keys),
                 search_keys(values["name"], values["kind"] == PERSON, keys))


def draft(form: CustomerForm, now: datetime.datetime) -> Draft:
    """Check a registration and prepare its rows; raises ValidationErrors with every wrong field."""
    values, keys = _clean(form, now.date())
    values.update(_review_dates(values["credit_grade"], None, None, now.date()))
    return _keyed(form, values, keys)


def _next_serial(prefix: str) -> int:
    last = (Customer.select(fn.MAX(Customer.number))
            .where(Customer.number.between(prefix + "000000", prefix + "999999")).scalar())
    return int(last[len(prefix):]) + 1 if last else 1


def _review_dates(credit_grade: str, credit_reviewed_on: datetime.date | None,
                  archive_checked_on: datetime.date | None, registered_on: datetime.date) -> dict[str, Any]:
    return {
        "credit_review_due_on": add_months(credit_reviewed_on or registered_on, CREDIT_REVIEW_MONTHS[credit_grade]),
        "archive_check_due_on": add_months(archive_checked_on or registered_on, ARCHIVE_CHECK_MONTHS),
    }


def _store_keys(customers: list[Customer], drafts: list[Draft]) -> None:
    """The phone rows and search keys are derived from the customer's fields (whose history the audit log
    keeps), so they are rewritten rather than voided."""
    audit.insert_rows(CustomerPhone, [CustomerPhone.customer, CustomerPhone.number, CustomerPhone.phone_key], [
        (customer.id, number, key) for customer, one in zip(customers, drafts, strict=True)
        for key, number in zip(one.keys, one.numbers, strict=True)])
    audit.insert_rows(CustomerSearchKey, [CustomerSearchKey.key, CustomerSearchKey.customer], [
        (key, customer.id) for customer, one in zip(customers, drafts, strict=True) for key in one.search])


def _typed_numbers(form: CustomerForm, keys: list[str]) -> list[str]:
    typed = [phone_text(number) for number in [text.clean(form.phone), *split_phones(text.clean(form.other_phones))]]
    by_key: dict[str, str] = {}
    for number in typed:
        by_key.setdefault(normalise_phone(number), number)
    return [by_key[key] for key in keys]


def validate(actor: Staff, form: CustomerForm, today: datetime.date) -> list[str]:
    """Check a registration without saving it: its normalised numbers, or the refusal."""
    return vet(actor, draft(form, datetime.datetime.combine(today, datetime.time())), today, None)


KEY_QUERY_SIZE = 500  # phone keys asked about in one query (well below every engine's limit of parameters)


def registered_keys(keys: list[str]) -> set[str]:
    """Those of `keys` already registered to someone (one query for every KEY_QUERY_SIZE keys)."""
    taken: set[str] = set()
    for start in range(0, len(keys), KEY_QUERY_SIZE):
        taken.update(key for key, in CustomerPhone.select(CustomerPhone.phone_key).where(
            CustomerPhone.phone_key.in_(keys[start:start + KEY_QUERY_SIZE])).tuples())
    return taken


def vet(actor: Staff, one: Draft, today: datetime.date, taken: set[str] | None) -> list[str]:
    """The checks of a drafted registration that read the register: its household, and refused if one of its
    numbers is registered (`taken`: the registered keys among many drafts', found at once; None: ask now)."""
    _household_head(actor, one.form.household_of)
    if taken is None or taken & set(one.keys):
        _refuse_duplicates(actor, one.keys, None, today)
    return one.keys


def _refuse(actor: Staff, one: Draft, today: datetime.date, run: ImportRun | None = None) -> Customer | None:
    """Under the write lock: the draft's household head; refused if one of its numbers is registered now (or held
    by another desk's import)."""
    head = _household_head(actor, one.form.household_of)
    _refuse_duplicates(actor, one.keys, None, today, run)
    return head


def _store(actor: Staff, drafts: list[Draft], heads: list[Customer | None], now: datetime.datetime) -> list[Customer]:
    """Number and save checked drafts (inside the caller's transaction, which holds the write lock)."""
    prefix = f"KH{now.year}"
    first = _next_serial(prefix)
    rules = pool_rules.current()

    def until(one: Draft, head: Customer | None) -> datetime.date:
        return head.ownership_until if head else pool_rules.ownership_end(one.values["customer_grade"], now.date(),
                                                                          rules)

    customers = audit.create_many(actor, [
        Customer(number=f"{prefix}{first + index:06d}", registered_by=actor, registered_at=now,
                 owner=head.owner_id if head else actor.id, ownership_until=until(one, head), household=head,
                 **one.values)
        for index, (one, head) in enumerate(zip(drafts, heads, strict=True))])
    _store_keys(customers, drafts)
    for customer in customers:
        if customer.referrer_id is not None:
            referrals.store(actor, customer, customer.referrer_id, customer.referral_expected_on, now)
    return customers


def register(actor: Staff, form: CustomerForm, now: datetime.datetime | None = None) -> Customer:
    """Register a new customer: validated, refused if any of its numbers is already registered (first
    registration wins), numbered, owned by the registrant (or by the household's owner), audited."""
    auth.require(actor, "customers.register")
    now = now or clock.now()
    one = draft(form, now)
    with db.atomic():  # the duplicate check and the number are read holding the write lock (desktop/db.py)
        return _store(actor, [one], [_refuse(actor, one, now.date())], now)[0]


def _heads(actor: Staff, drafts: list[Draft], first: int, today: datetime.date,
           run: ImportRun | None) -> list[Customer | None]:
    """Under the write lock: the drafts' household heads, refusing the first draft whose number is registered now
    or held by another desk's import (one query each finds the numbers taken and held; only those drafts and the
    ones joining a household are looked at)."""
    keys = [key for one in drafts for key in one.keys]
    taken = registered_keys(keys) | set(reservations.holders(keys, run))
    heads = []
    for index, one in enumerate(drafts, start=first):
        try:
            heads.append(_refuse(actor, one, today, run) if taken & set(one.keys) or one.form.household_of.strip()
                         else None)
        except RuleError as error:
            raise RowRefused(index, error) from error
    return heads


def _withdraw(customers: list[Customer], run: ImportRun | None) -> None:
    """The rollback record of an unfinished register_many: take its saved batches out again, the last first; the
    import's numbers are released with the last (the first saved), so no desk finds one free while any is held."""
    for start in reversed(range(0, len(customers), BATCH)):
        ids = [customer.id for customer in customers[start:start + BATCH]]
        with db.atomic():
            audit.withdraw(Referral, [r for r, in Referral.select(Referral.id).where(Referral.customer.in_(ids))
                                      .tuples()])
            CustomerSearchKey.delete().where(CustomerSearchKey.customer.in_(ids)).execute()
            CustomerPhone.delete().where(CustomerPhone.customer.in_(ids)).execute()
            audit.withdraw(Customer, ids)
            if run is not None and start == 0:
                reservations.end(run, "taken_back")


def register_many(actor: Staff, drafts: list[Draft], now: datetime.datetime,
                  saved: Callable[[int], None] | None = None) -> list[Customer]:
    """Register drafted customers, all or none, in batches of BATCH: each batch is one short transaction that
    re-checks its numbers first, so other windows keep saving in between; `saved(count)` is called after each.
    More than one batch: the first transaction checks every draft's numbers and holds them all for this import
    (services.customers.reservations), so no desk registers one of them meanwhile and no desk counts a saved batch
    as registered before the last one is saved. If a batch is refused (RowRefused names the draft) or anything
    else stops the work (a cancel), the batches already saved are taken out again; a cancel after the last batch
    is saved comes too late and is ignored."""
    auth.require(actor, "customers.register")
    customers: list[Customer] = []
    run: ImportRun | None = None
    try:
        for start in range(0, len(drafts), BATCH):
            batch, last = drafts[start:start + BATCH], start + BATCH >= len(drafts)
            with db.atomic():
                if start == 0 and not last:
                    _heads(actor, drafts[BATCH:], BATCH, now.date(), None)
                    run = reservations.begin(actor, [key for one in drafts for key in one.keys], len(drafts))
                elif run is not None:
                    reservations.touch(run)
                customers += _store(actor, batch, _heads(actor, batch, start, now.date(), run), now)
                if last and run is not None:
                    reservations.end(run, "imported")
            if saved and not last:
                saved(len(customers))
    except BaseException:
        _withdraw(customers, run)
        raise
    if saved:
        with contextlib.suppress(Cancelled):
            saved(len(customers))
    return customers


def _require_edit(actor: Staff, customer: Customer) -> None:
    if customer.voided_at is not None:
        raise RuleError("该客户已作废，不能修改。")
    if customer.confidentiality in CONFIDENTIAL:
        auth.require(actor, "customers.confidential")
    if actor.id not in (customer.owner_id, customer.registered_by_id) and not auth.can(actor, "customers.edit_any"):
        raise PermissionDenied("只有归属业务员、登记人或班长以上可以修改该客户资料。")


def update(actor: Staff, customer: Customer, form: CustomerForm, today: datetime.date | None = None,
           reason: str | None = None) -> Customer:
    """Correct a customer's details (`reason` only for 撤销): checked as at registration, its phones re-checked
    against the register and its search keys rebuilt; ownership stays as it is."""
    _require_edit(actor, customer)
    today = today or clock.today()
    values, keys = _clean(form, customer.registered_at.date(), customer.referrer_id)
    values.update(_review_dates(values["credit_grade"], customer.credit_reviewed_on, customer.archive_checked_on,
                                customer.registered_at.date()))
    referral = (values["referrer"], values["referral_expected_on"])
    referred = referral != (customer.referrer_id, customer.referral_expected_on)
    with db.atomic():
        _refuse_duplicates(actor, keys, customer.id, today)
        if referred and values["referrer"] is not None \
                and (error := referrals.refusal(customer, *referral, today)) is not None:
            raise ValidationErrors({error.field or "referrer_id": error.message})
        audit.update(actor, customer, reason, **values)
        if referred:
            referrals.follow_customer(actor, customer, clock.now())
        CustomerPhone.delete().where(CustomerPhone.customer == customer).execute()
        CustomerSearchKey.delete().where(CustomerSearchKey.customer == customer).execute()
        _store_keys([customer], [_keyed(form, values, keys)])
    return customer


def undo_refusal(actor: Staff, customer: Customer, now: datetime.datetime | None = None) -> Text | None:
    """Why 撤销 cannot take back `actor`'s last correction of the customer now (services.undo holds the rule), or
    None when it can."""
    if customer.confidentiality in CONFIDENTIAL and not auth.can(actor, "customers.confidential"):
        return msg(UNDO_CONFIDENTIAL)
    refused = undo.refusal(actor, customer, now or clock.now())
    return None if refused is None else lines([refused, msg(UNDO_OTHERWISE)], "")


def undo_last_edit(actor: Staff, customer: Customer, now: datetime.datetime | None = None) -> Customer:
    """Put the customer back as it was before `actor`'s last correction, through update() so that its phones are
    re-checked against the register and its keys rebuilt (audited as 撤销上次修改)."""
    now = now or clock.now()
    with db.atomic():
        audit.reload(customer)
        _require_edit(actor, customer)
        if (refused := undo_refusal(actor, customer, now)) is not None:
            raise RuleError(refused)
        try:
            return update(actor, customer, form_of(undo.before_last_change(customer)), now.date(), undo.REASON)
        except RuleError as error:
            raise RuleError(UNDO_REFUSED, error.field, why=error.message.rstrip("。")) from error


def get(customer_id: int) -> Customer:
    """The stored record, to hand to a write function (which checks the actor's rights itself); to show a
    customer to a person use open_archive or visible."""
    return Customer.get_by_id(customer_id)


def form_of(customer: Customer) -> CustomerForm:
    """The form filled with a customer's stored values, for editing."""
    values = {f.name: getattr(customer, f.name) for f in fields(CustomerForm)
              if f.name not in ("referrer_id", "household_of")}
    return CustomerForm(**values, referrer_id=customer.referrer_id)


def void(actor: Staff, customer: Customer, reason: str) -> Customer:
    """Void a customer registered by mistake: kept with who/when/why; its numbers become free to register."""
    auth.require(actor, "customers.void")
    if Customer.select().where((Customer.household == customer) & Customer.voided_at.is_null()).exists():
        raise RuleError("该客户是家庭户主，请先解除其家庭成员的关联。")
    with db.atomic():
        audit.void(actor, customer, reason)
        # phone_key is a derived search key (not audited): renaming it frees the number for a new registration
        CustomerPhone.update(phone_key=Value(f"作废{customer.id}-").concat(CustomerPhone.phone_key)).where(
            CustomerPhone.customer == customer).execute()
    return customer


def archive(actor: Staff, customer: Customer, reason: str) -> Customer:
    """Archive (归档) a customer the office no longer serves; the record and its numbers stay."""
    auth.require(actor, "customers.void")
    reason = text.one_line(reason, "归档必须填写原因。")
    if customer.voided_at is not None or customer.archived:
        raise RuleError("该客户已作废或已归档。")
    return audit.update(actor, customer, reason=reason, archived=True)


def restore(actor: Staff, customer: Customer, reason: str) -> Customer:
    auth.require(actor, "customers.void")
    reason = text.one_line(reason, "恢复必须填写原因。")
    if not customer.archived or customer.voided_at is not None:
        raise RuleError("只有已归档的客户可以恢复。")
    return audit.update(actor, customer, reason=reason, archived=False)


def _head(customer: Customer) -> Customer:
    """The household's head, whose grade sets how long the whole household stays with its owner."""
    return Customer.get_by_id(customer.household_id) if customer.household_id else customer


def _set_owner(actor: Staff, customer: Customer, owner: Staff, until: datetime.date, reason: str) -> None:
    with db.atomic():
        for member in Customer.select().where(_household_query(customer)):
            audit.update(actor, member, reason=reason, owner=owner.id, ownership_until=until)
    customer.owner = owner.id
    customer.ownership_until = until


def reassign(actor: Staff, customer: Customer, new_owner: Staff | int, reason: str,
             today: datetime.date | None = None) -> Customer:
    """A supervisor gives the customer (and its household) to another person, who gets a fresh month."""
    auth.require(actor, "customers.reassign")
    new_owner = new_owner if isinstance(new_owner, Staff) else Staff.get_by_id(new_owner)
    reason = text.one_line(reason, "改派必须填写原因。")
    if not new_owner.active:
        raise RuleError("{new_owner} 已停用，不能接收客户。", "owner", new_owner=new_owner.name)
    if customer.voided_at is not None:
        raise RuleError("该客户已作废。")
    move_household(actor, customer, new_owner, f"{REASSIGN}{reason}", today or clock.today())
    return customer


def move_household(actor: Staff, customer: Customer, owner: Staff, reason: str, today: datetime.date) -> None:
    """Give the customer and its household to `owner` from `today` for a fresh period (the caller has checked
    who may: a reassignment, a hand-over)."""
    _set_owner(actor, customer, owner, pool_rules.ownership_end(_head(customer).customer_grade, today), reason)


def claim(actor: Staff, customer: Customer, today: datetime.date | None = None) -> Customer:
    """Take a customer from the open pool (its owner let it lapse or released it), as the pool rules allow."""
    auth.require(actor, "customers.register")
    if customer.confidentiality in CONFIDENTIAL:
        auth.require(actor, "customers.confidential")
    today = today or clock.today()
    with db.atomic():
        audit.reload(customer)
        pool_rules.refuse(pool_rules.Claim(actor, customer, today, owner_status(customer, today),
                                           in_pool(customer, today), pool_rules.current()))
        _set_owner(actor, customer, actor, pool_rules.ownership_end(_head(customer).customer_grade, today),
                   CLAIMED)
    return customer


def release(actor: Staff, customer: Customer, reason: str, today: datetime.date | None = None) -> Customer:
    """The owner gives the customer (and its household) back to the open pool from today, with a reason; the
    ownership ends yesterday, so the pool rules treat it like a lapse."""
    auth.require(actor, "customers.register")
    reason = text.one_line(reason, "释放客户必须填写原因。")
    today = today or clock.today()
    with db.atomic():
        audit.reload(customer)
        if customer.owner_id != actor.id or owner_status(customer, today) != STATUS_VALID:
            raise RuleError("只有归属业务员可以把归属有效的客户释放到公共池。")
        if spared := pool_rules.exemption_text(customer.id):
            raise RuleError("该客户{spared}，按客户规则不回公共池，不能释放；如需换人跟进请主任办理交接。",
                            spared=spared)
        _set_owner(actor, customer, actor, today - datetime.timedelta(days=1), f"{RELEASE}{reason}")
    return customer


def record_follow_up(actor: Staff, customer: Customer | int, when: datetime.datetime) -> None:
    """A contact with the customer was recorded (called by the contact log inside its own transaction).

    Moves 最近跟进 forward for the whole household; an owner whose month has not run out (or whose customer the
    pool rules exempt) keeps the customer for another month from `when`; a customer already back in the open pool
    stays there until claimed. Each member's
    change is audited under the person who recorded the contact."""
    customer = customer if isinstance(customer, Customer) else Customer.get_by_id(customer)
    until = pool_rules.ownership_end(_head(customer).customer_grade, when.date())
    for member in Customer.select().where(_household_query(customer)):
        changes: dict[str, Any] = {}
        if member.last_follow_up_at is None or member.last_follow_up_at < when:
            changes["last_follow_up_at"] = when
        if member.owner_id is not None and member.ownership_until is not None and member.ownership_until < until \
                and (when.date() <= member.ownership_until or pool_rules.is_exempt(member.id)):
            changes["ownership_until"] = until
        audit.update(actor, member, reason="跟进", **changes)


def record_credit_review(actor: Staff, customer: Customer, grade: str, on: datetime.date | None = None,
                         note: str = "") -> Customer:
    """A credit re-survey was done: the grade may change, and the next one is due by the grade's interval."""
    auth.require(actor, "customers.review")
    if grade not in GRADES:
        raise RuleError("请选择信用等级 A–D。", "credit_grade")
    on = on or clock.today()
    dates = _review_dates(grade, on, customer.archive_checked_on, customer.registered_at.date())
    return audit.update(actor, customer, reason=text.one_line(note, None, "note") or CREDIT_REVIEW, credit_grade=grade,
                        credit_reviewed_on=on, credit_review_due_on=dates["credit_review_due_on"])


def record_archive_check(actor: Staff, customer: Customer, on: datetime.date | None = None) -> Customer:
    """The quarterly re-verification of the archive was done."""
    auth.require(actor, "customers.review")
    on = on or clock.today()
    return audit.update(actor, customer, reason=ARCHIVE_CHECK, archive_checked_on=on,
                        archive_check_due_on=add_months(on, ARCHIVE_CHECK_MONTHS))


# ---------------------------------------------------------------------------------------------------- households
def link_household(actor: Staff, member: Customer, relative: Customer | str, reason: str = "") -> Customer:
    """Spouses, partners, parents and children count as one customer: `member` joins the household of
    `relative` (a customer, or its number or phone) and follows its owner. Linking customers of two different
    owners is a supervisor's decision."""
    auth.require(actor, "customers.register")
    if isinstance(relative, str):
        head = _household_head(actor, relative)
    else:
        head = Customer.get_by_id(relative.household_id) if relative.household_id else relative
    if head.id == member.id or member.household_id == head.id:
        raise RuleError("两位客户已在同一家庭中。", "household_of")
    if member.voided_at is not None or head.voided_at is not None:
        raise RuleError("已作废的客户不能关联家庭。", "household_of")
    if Customer.select().where(Customer.household == member).exists():
        raise RuleError("{member} 已是其他家庭成员的户主，不能再并入别的家庭。", "household_of", member=member.name)
    if member.owner_id != head.owner_id and not auth.can(actor, "customers.reassign"):
        raise PermissionDenied("两位客户归属不同业务员，关联家庭需由主任办理。")
    _require_edit(actor, member)
    return audit.update(actor, member, reason=text.one_line(reason, None) or f"并入 {head.number} {head.name} 的家庭",
                        household=head.id, owner=head.owner_id, ownership_until=head.ownership_until)


def unlink_household(actor: Staff, member: Customer, reason: str) -> Customer:
    _require_edit(actor, member)
    reason = text.one_line(reason, "解除家庭关联必须填写原因。")
    if member.household_id is None:
        raise RuleError("该客户不属于任何家庭。")
    return audit.update(actor, member, reason=reason, household=None)


def household_members(customer: Customer) -> list[Customer]:
    """The household head first, then the members by registration."""
    head = customer.household_id or customer.id
    return list(Customer.select().where(_household_query(customer) & Customer.voided_at.is_null())
                .order_by(Customer.id != head, Customer.registered_at))


def find_by_phone(text: str) -> Customer | None:
    """The customer (voided ones excluded) who has this number, in any of its written forms."""
    try:
        key = normalise_phone(text)
    except RuleError:
        return None
    phone = CustomerPhone.get_or_none(CustomerPhone.phone_key == key)
    return Customer.get_by_id(phone.customer_id) if phone else None
