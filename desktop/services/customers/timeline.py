"""客户全貌's timeline: everything about one customer newest first — contacts, follow-ups, complaints, ownership
and grade changes, archive openings — as one SQL union paged by the database, then described page by page."""

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN, SQL, Expression, Select

from desktop import engine
from desktop.models import (
    ArchiveAccess,
    AuditEntry,
    Complaint,
    Contact,
    Customer,
    FollowUp,
    KeyCustomer,
    Referral,
    Staff,
)
from desktop.services import auth, clock
from desktop.services.complaints.workflow import label as complaint_word
from desktop.services.complaints.workflow import status_text
from desktop.services.contacts import records
from desktop.services.contacts.follow_ups import CANCELLED_NOTE, VOIDED_NOTE
from desktop.services.contacts.options import RATING_TITLES, kind_label, score
from desktop.services.customers import card, confidentiality, pool_rules
from desktop.services.customers.archive import EDIT_PURPOSE, OPEN_PURPOSE, PAGE_PURPOSE
from desktop.services.customers.handover import IN_SERVICE, LEAVER
from desktop.services.customers.referrals import REGISTERED
from desktop.services.customers.registration import ARCHIVE_CHECK, CLAIMED, CREDIT_REVIEW, REASSIGN, RELEASE, SOURCES
from desktop.services.errors import Text, lines, msg
from desktop.services.paging import Page

KINDS = {"contact": "拜访记录", "follow_up": "跟进", "complaint": "投诉", "ownership": "归属",
         "grade": "等级", "key": "重点客户", "referral": "员工介绍", "access": "借阅"}
EXCERPT = 60
NOBODY = "（无）"
GRADE_FIELDS = {"customer_grade": "客户等级", "credit_grade": "信用等级"}
# the audit reasons the program writes before what a person typed, each shown as a template of its own
PREFIXED = {RELEASE: "释放到公共池：{rest}", REASSIGN: "改派：{rest}", IN_SERVICE + "：": "在职继承：{rest}",
            LEAVER + "：": "离职继承：{rest}"}
# the reasons, purposes and notes the program writes whole: marked for translation, shown translated
STORED_WORDS = (CLAIMED, CREDIT_REVIEW, ARCHIVE_CHECK, REGISTERED, OPEN_PURPOSE, PAGE_PURPOSE, EDIT_PURPOSE,
                card.PURPOSE, records.VIEW_PURPOSE, records.PRINT_PURPOSE, VOIDED_NOTE, CANCELLED_NOTE)


@dataclass(frozen=True)
class Entry:
    at: datetime.datetime
    kind: str  # a key of KINDS
    title: Text
    detail: Text
    record_id: int  # the contact, follow-up, complaint, customer, audit entry or borrowing-card line
    dated: bool = False  # of a day (a follow-up due, a lapse), not of a moment


def kinds_for(actor: Staff) -> dict[str, str]:
    """The kinds `actor` may see: archive openings only for those who may read the borrowing card."""
    return {k: v for k, v in KINDS.items() if k != "access" or auth.can(actor, "customers.access_log")}


def shows_history(actor: Staff, customer: Customer) -> bool:
    """A 机密/绝密 customer's story is part of the archive `actor` may not open."""
    return not confidentiality.hides(actor, customer.confidentiality)


def _changed(field: str) -> Expression:
    """The audited update changed `field` of the customer (two NULLs are the same value)."""
    return engine.differs(engine.json_text(AuditEntry.before, field), engine.json_text(AuditEntry.after, field))


def _customer_audit(customer_id: int) -> Expression:
    return (AuditEntry.table_name == Customer._meta.table_name) & (AuditEntry.record_id == str(customer_id))


def _select(model: type, at: object, tag: str, rank: object = SQL("1")) -> Select:
    """(at, tag, id, rank): `tag` tells the describer which sort of row `id` is; of two entries at the same
    moment the registration (rank 0) is the older."""
    return model.select(at, SQL(f"'{tag}'"), model.id, rank)


def _sources(customer_id: int, today: datetime.date) -> dict[str, list[Select]]:
    """Per kind, the selects of its entries."""
    audit = _customer_audit(customer_id)
    updated = AuditEntry.action == "update"
    before_until = engine.json_text(AuditEntry.before, "ownership_until")
    referred = (Referral.customer == customer_id) & Referral.voided_at.is_null()
    return {
        "contact": [_select(Contact, Contact.started_at, "contact").where(
            (Contact.customer == customer_id) & Contact.voided_at.is_null())],
        "follow_up": [
            _select(FollowUp, engine.moment_of_day(FollowUp.due_on, 0), "due").where(
                (FollowUp.customer == customer_id) & FollowUp.closed_at.is_null()),
            _select(FollowUp, FollowUp.closed_at, "done").where(
                (FollowUp.customer == customer_id) & FollowUp.closed_at.is_null(False))],
        "complaint": [_select(Complaint, Complaint.received_at, "complaint").where(
            (Complaint.customer == customer_id) & Complaint.voided_at.is_null())],
        "ownership": [
            _select(Customer, Customer.registered_at, "registered", SQL("0")).where(Customer.id == customer_id),
            _select(AuditEntry, AuditEntry.at, "owner").where(audit & updated & _changed("owner")),
            _select(AuditEntry, AuditEntry.at, "released").where(audit & updated
                                                                 & AuditEntry.reason.startswith(RELEASE)),
            _select(AuditEntry, engine.moment_of_day(before_until, 1), "lapsed").where(
                audit & updated & _changed("owner") & (engine.day(before_until) < engine.day(AuditEntry.at))),
            _select(Customer, engine.moment_of_day(Customer.ownership_until, 1), "pool").where(
                (Customer.id == customer_id) & Customer.owner.is_null(False) & pool_rules.lapsed(today)
                & Customer.voided_at.is_null() & (Customer.archived == False))],  # noqa: E712 (SQL from ==)
        "grade": [_select(AuditEntry, AuditEntry.at, "grade").where(
            audit & updated & (_changed("customer_grade") | _changed("credit_grade")))],
        "key": [
            _select(KeyCustomer, KeyCustomer.marked_at, "key_marked").where(KeyCustomer.customer == customer_id),
            _select(KeyCustomer, KeyCustomer.voided_at, "key_unmarked").where(
                (KeyCustomer.customer == customer_id) & KeyCustomer.voided_at.is_null(False))],
        "referral": [
            _select(Referral, Referral.registered_at, "referral").where(referred),
            Referral.select(Contact.started_at, SQL("'referral_kept'"), Referral.id, SQL("1"))
            .join(Contact, on=Referral.confirmed_by_contact == Contact.id).where(referred),
            _select(Referral, engine.moment_of_day(Referral.expected_on, 1), "referral_lapsed").where(
                referred & Referral.confirmed_by_contact.is_null() & (Referral.expected_on < today))],
        "access": [_select(ArchiveAccess, ArchiveAccess.at, "access").where(ArchiveAccess.customer == customer_id)],
    }


def entries(actor: Staff, customer: Customer, page: Page, kinds: Iterable[str] | None = None,
            today: datetime.date | None = None) -> list[Entry]:
    """One page of the customer's timeline as `actor` may see it, newest first (nothing of a masked customer)."""
    if not shows_history(actor, customer):
        return []
    allowed = kinds_for(actor)
    chosen = [k for k in (kinds if kinds is not None else allowed) if k in allowed]
    selects = [s for kind, found in _sources(customer.id, today or clock.today()).items() if kind in chosen
               for s in found]
    if not selects:
        return []
    union = selects[0]
    for select in selects[1:]:
        union = union + select  # UNION ALL
    rows = [row[:3] for row in union.order_by(SQL("1 DESC"), SQL("4 DESC"), SQL("3 DESC"))
            .limit(page.limit).offset(page.offset).tuples()]
    described = _describe(customer, rows)
    return [described[(tag, record_id)] for _, tag, record_id in rows]


# ---------------------------------------------------------------------------------------------------- describing
def _ids(rows: list[tuple], *tags: str) -> list[int]:
    return [record_id for _, tag, record_id in rows if tag in tags]


def _names(ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    return dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(wanted)).tuples()) if wanted else {}


def _excerpt(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= EXCERPT else value[:EXCERPT] + "…"


def _joined(parts: list[Text]) -> Text:
    return lines(parts, "　") if parts else msg("")


def reason_words(reason: str | None, otherwise: str = "") -> Text:
    """An audit reason in the reader's language: the words the program wrote (从公共池申领, 改派：…, 在职继承：…)
    translated, what a person typed after them kept as typed; `otherwise` when there is none."""
    if not reason:
        return msg(otherwise)
    for prefix, template in PREFIXED.items():
        if reason.startswith(prefix):
            return msg(template, rest=reason[len(prefix):])
    return msg("{reason}", reason=reason)  # a stored word of the program is translated as an argument


def _contact_entry(contact: Contact, names: dict[int, str]) -> Entry:
    parts = [msg("{label}：{rating}（{score}分）", label=label, rating=getattr(contact, field),
                 score=score(field, getattr(contact, field)))
             for field, label in RATING_TITLES.items() if getattr(contact, field)]
    if contact.promised:
        parts.append(msg("答应：{promised}", promised=_excerpt(contact.promised)))
    if contact.next_follow_up_on:
        parts.append(msg("下次跟进 {day}", day=contact.next_follow_up_on))
    if contact.opinions:
        parts.append(msg("意见：{opinions}", opinions=_excerpt(contact.opinions)))
    title = msg("【紧急】{kind}·{purpose}（{name}）" if contact.urgent else "{kind}·{purpose}（{name}）",
                kind=kind_label(contact.kind), purpose=contact.purpose, name=names.get(contact.staff_id, ""))
    return Entry(contact.started_at, "contact", title, _joined(parts), contact.id)


def _follow_up_entry(tag: str, follow_up: FollowUp, promised: str, names: dict[int, str],
                     today: datetime.date) -> Entry:
    who = names.get(follow_up.staff_id, "")
    if tag == "done":
        detail = msg("应于 {day} 跟进　{note}" if follow_up.closed_note else "应于 {day} 跟进",
                     day=follow_up.due_on, note=follow_up.closed_note)
        return Entry(follow_up.closed_at, "follow_up", msg("跟进完成（{name}）", name=who), detail, follow_up.id)
    title = msg("逾期未跟进（{name}）" if follow_up.due_on < today else "待跟进（{name}）", name=who)
    detail = msg("答应：{promised}", promised=_excerpt(promised)) if promised else msg("")
    return Entry(datetime.datetime.combine(follow_up.due_on, datetime.time()), "follow_up", title, detail,
                 follow_up.id, dated=True)


def _complaint_entry(complaint: Complaint) -> Entry:
    return Entry(complaint.received_at, "complaint",
                 msg("投诉 {number}　{status}", number=complaint.number, status=status_text(complaint)),
                 msg("{category}·{severity}　{content}", category=complaint_word("category", complaint.category),
                     severity=complaint_word("severity", complaint.severity), content=_excerpt(complaint.content)),
                 complaint.id)


def _registered_entry(customer: Customer, names: dict[int, str]) -> Entry:
    return Entry(customer.registered_at, "ownership", msg("登记"),
                 msg("登记人 {name}（先登记者为准），来源 {source}", name=names.get(customer.registered_by_id, ""),
                     source=SOURCES.get(customer.source, customer.source)), customer.id)


def _owner_entry(entry: AuditEntry, names: dict[int, str]) -> Entry:
    before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
    return Entry(entry.at, "ownership", reason_words(entry.reason, "归属变更"),
                 msg("{was} → {owner}（经办 {actor}）", was=names.get(before.get("owner"), NOBODY),
                     owner=names.get(after.get("owner"), NOBODY), actor=names.get(entry.actor_id, "")), entry.id)


def _released_entry(entry: AuditEntry, names: dict[int, str]) -> Entry:
    return Entry(entry.at, "ownership", reason_words(entry.reason, "释放到公共池"),
                 msg("{name} 释放，当天起在公共池", name=names.get(entry.actor_id, "")), entry.id)


def _back_in_pool(until: datetime.date, detail: Text, record_id: int) -> Entry:
    return Entry(datetime.datetime.combine(until + datetime.timedelta(days=1), datetime.time()), "ownership",
                 msg("回公共池"), detail, record_id, dated=True)


def _lapse_entry(entry: AuditEntry, names: dict[int, str]) -> Entry:
    before = json.loads(entry.before or "{}")
    until = datetime.date.fromisoformat(before["ownership_until"])
    return _back_in_pool(until, msg("{owner} 的归属于 {day} 到期", owner=names.get(before.get("owner"), NOBODY),
                                    day=until), entry.id)


def _pool_entry(customer: Customer, names: dict[int, str]) -> Entry:
    until = customer.ownership_until
    return _back_in_pool(until, msg("{owner} 的归属于 {day} 到期，可申领", owner=names.get(customer.owner_id, NOBODY),
                                    day=until), customer.id)


def _grade_entry(entry: AuditEntry) -> Entry:
    before, after = json.loads(entry.before or "{}"), json.loads(entry.after or "{}")
    parts = [msg("{label} {was} → {now}", label=label, was=before.get(field), now=after.get(field))
             for field, label in GRADE_FIELDS.items() if before.get(field) != after.get(field)]
    return Entry(entry.at, "grade", reason_words(entry.reason, "等级变更"), lines(parts, "；"), entry.id)


def _access_entry(access: ArchiveAccess, names: dict[int, str]) -> Entry:
    return Entry(access.at, "access", msg("档案借阅（{name}）", name=names.get(access.staff_id, "")),
                 msg("{purpose}", purpose=access.purpose), access.id)


def _key_entry(tag: str, mark: KeyCustomer, names: dict[int, str]) -> Entry:
    if tag == "key_unmarked":
        return Entry(mark.voided_at, "key", msg("取消重点客户"), msg("{reason}（经办 {name}）", reason=mark.void_reason,
                                                                  name=names.get(mark.voided_by_id, "")), mark.id)
    return Entry(mark.marked_at, "key", msg("设为重点客户"),
                 msg("原因：{reason}　销售额目标：{target}　行动措施：{plan}", reason=_excerpt(mark.reason),
                     target=mark.target, plan=_excerpt(mark.action_plan)), mark.id)


def _referral_entry(tag: str, referral: Referral, names: dict[int, str]) -> Entry:
    referrer = names.get(referral.referrer_id, "")
    if tag == "referral_kept":
        contact = referral.confirmed_by_contact
        return Entry(contact.started_at, "referral", msg("介绍有效：{referrer} 介绍", referrer=referrer),
                     msg("{day} 如期来访，接待 {name}", day=referral.expected_on,
                         name=names.get(contact.staff_id, "")), referral.id)
    if tag == "referral_lapsed":
        return Entry(datetime.datetime.combine(referral.expected_on + datetime.timedelta(days=1), datetime.time()),
                     "referral", msg("介绍失效"), msg("{referrer} 介绍的客户未在 {day} 来访，介绍登记失效",
                                                      referrer=referrer, day=referral.expected_on),
                     referral.id, dated=True)
    return Entry(referral.registered_at, "referral", msg("员工介绍登记：介绍人 {referrer}", referrer=referrer),
                 msg("预计 {day} 来访（登记 {name}）", day=referral.expected_on,
                     name=names.get(referral.registered_by_id, "")), referral.id)


def _describe(customer: Customer, rows: list[tuple]) -> dict[tuple[str, int], Entry]:
    """Each row of the page as an Entry, loading each sort of record in one query."""
    today = clock.today()
    contacts = list(Contact.select().where(Contact.id.in_(_ids(rows, "contact"))))
    follow_ups = list(FollowUp.select(FollowUp, Contact.promised).join(Contact, on=FollowUp.contact == Contact.id)
                      .where(FollowUp.id.in_(_ids(rows, "due", "done"))))
    audits = {a.id: a for a in AuditEntry.select().where(
        AuditEntry.id.in_(_ids(rows, "owner", "released", "lapsed", "grade")))}
    accesses = list(ArchiveAccess.select().where(ArchiveAccess.id.in_(_ids(rows, "access"))))
    staff_ids: list[int | None] = [customer.owner_id, customer.registered_by_id]
    staff_ids += [c.staff_id for c in contacts] + [f.staff_id for f in follow_ups] + [a.staff_id for a in accesses]
    for audit in audits.values():
        staff_ids.append(audit.actor_id)
        staff_ids += [json.loads(side or "{}").get("owner") for side in (audit.before, audit.after)]
    marks = {m.id: m for m in KeyCustomer.select().where(KeyCustomer.id.in_(_ids(rows, "key_marked",
                                                                                   "key_unmarked")))}
    referred = {r.id: r for r in Referral.select(Referral, Contact).join(
        Contact, JOIN.LEFT_OUTER, on=Referral.confirmed_by_contact == Contact.id).where(
        Referral.id.in_(_ids(rows, "referral", "referral_kept", "referral_lapsed")))}
    staff_ids += [m.voided_by_id for m in marks.values()]
    for r in referred.values():
        staff_ids += [r.referrer_id, r.registered_by_id, r.confirmed_by_contact.staff_id
                      if r.confirmed_by_contact_id else None]
    names = _names(staff_ids)
    out: dict[tuple[str, int], Entry] = {("contact", c.id): _contact_entry(c, names) for c in contacts}
    for f in follow_ups:
        tag = "done" if f.closed_at is not None else "due"
        out[(tag, f.id)] = _follow_up_entry(tag, f, f.contact.promised, names, today)
    for c in Complaint.select().where(Complaint.id.in_(_ids(rows, "complaint"))):
        out[("complaint", c.id)] = _complaint_entry(c)
    for _, tag, record_id in rows:
        if tag == "owner":
            out[(tag, record_id)] = _owner_entry(audits[record_id], names)
        elif tag == "released":
            out[(tag, record_id)] = _released_entry(audits[record_id], names)
        elif tag == "lapsed":
            out[(tag, record_id)] = _lapse_entry(audits[record_id], names)
        elif tag == "grade":
            out[(tag, record_id)] = _grade_entry(audits[record_id])
        elif tag == "registered":
            out[(tag, record_id)] = _registered_entry(customer, names)
        elif tag == "pool":
            out[(tag, record_id)] = _pool_entry(customer, names)
        elif tag in ("key_marked", "key_unmarked"):
            out[(tag, record_id)] = _key_entry(tag, marks[record_id], names)
        elif tag.startswith("referral"):
            out[(tag, record_id)] = _referral_entry(tag, referred[record_id], names)
    out.update({("access", a.id): _access_entry(a, names) for a in accesses})
    return out
