"""Complaint handling (DOMAIN §4): receive with a gap-free number, then each step of the workflow, who may take it,
and what it records in the complaint's history."""

import datetime
import re
from dataclasses import dataclass

from peewee import fn

from desktop.models import CallbackAttempt, Complaint, ComplaintEvent, ComplaintMeeting, Customer, Staff, db
from desktop.services import approval, audit, auth, calendar, clock, text
from desktop.services.calendar import date_problem
from desktop.services.complaints import deadlines, history
from desktop.services.customers import confidentiality, key_customers
from desktop.services.customers.search_keys import phone_text
from desktop.services.errors import PermissionDenied, RuleError, Text, ValidationErrors, msg

# states
RECEIVED = "received"
ASSESSED = "assessed"
DISPATCHED = "dispatched"
INVESTIGATED = "investigated"
PROPOSED = "proposed"
APPROVED = "approved"
REPLIED = "replied"
ESCALATED = "escalated"
CLOSED = "closed"
WAITING_CUSTOMER = "waiting_customer"
WAITING_THIRD_PARTY = "waiting_third_party"

STATUS_TEXT = {
    RECEIVED: "待判断",
    ASSESSED: "待派发",
    DISPATCHED: "调查中",
    INVESTIGATED: "待拟方案",
    PROPOSED: "待审批",
    APPROVED: "待答复",
    REPLIED: "待回访",
    ESCALATED: "退回主任",
    CLOSED: "已结案",
    WAITING_CUSTOMER: "等待客户",
    WAITING_THIRD_PARTY: "等待第三方",
}
HANDLING = (RECEIVED, ASSESSED, DISPATCHED, INVESTIGATED, PROPOSED, APPROVED)  # the handling deadline runs
WAITING = (WAITING_CUSTOMER, WAITING_THIRD_PARTY)  # the handling deadline stands still
PAUSED = "paused"  # the list's filter for either waiting state
OPEN = (*HANDLING, *WAITING, REPLIED, ESCALATED)

# the stored codes of the form's choices and the office's words for them (shown translated, printed as they are)
CHANNELS = {"phone": "电话", "walk_in": "来访", "letter": "信函", "online": "网络"}
CATEGORIES = {"quality": "产品质量", "service": "服务态度", "delivery": "交付", "price": "价格", "repair": "售后维修",
              "other": "其他"}
CAUSE_KINDS = ["质量异常", "非质量异常（人为因素）"]
ORDINARY, MAJOR, SERIOUS = "ordinary", "major", "serious"
SEVERITIES = {ORDINARY: "一般", MAJOR: "较大", SERIOUS: "严重"}
DEPARTMENTS = ["客服部", "业务部门", "质量管理部", "制造部门", "物流部", "研发部"]
SATISFACTION = ["满意", "基本满意", "不满意"]
# what fits the boxes of 客户投诉记录及处理意见表: a grid field holds two or three lines, the wide boxes run on
# across pages
LIMITS = {"complainant": 50, "contact": 100, "content": 2000, "request": 1000, "order_number": 50, "product": 100,
          "note": 1000}
MULTILINE = ("content", "request", "note")
STEP_LIMIT = 1000  # the text of each later step: 判断意见, 调查结果, 处理方案, 审批意见, 答复, 回访
PARTY_LIMIT = 50  # 责任人 as found by the investigation
# how a closed complaint was closed (closed_as)
CLOSED_INVALID = "不成立"
CLOSED_SOLVED = "已解决"
CLOSED_UNREACHABLE = "无法联系"
CLOSED_BY_SUPERVISOR = "主任结案"
CLOSED_MOVED = "转新单"
CLOSED_MERGED = "已合并"
CLOSED_AS = (  # the words of closed_as, shown translated
    CLOSED_INVALID, CLOSED_SOLVED, CLOSED_UNREACHABLE, CLOSED_BY_SUPERVISOR, CLOSED_MOVED, CLOSED_MERGED)

DEADLINE_DAYS = {ORDINARY: 1, MAJOR: 3, SERIOUS: 3}  # 001 第十一条(三)
MAX_DEADLINE_DAYS = 7  # special cases, with the supervisor's recorded approval
# 核决权限 (001 第九条(十)): who may approve the handling proposal of a complaint of each severity
APPROVAL_AUTHORITY = {ORDINARY: "complaint.approve", MAJOR: "complaint.approve_serious",
                      SERIOUS: "complaint.approve_serious"}
DISPATCH_LIMIT = datetime.timedelta(minutes=60)  # 000 三: dispatched within 60 minutes of receipt
CALLBACK_LIMIT = datetime.timedelta(hours=72)  # 000 四: callback within 72 hours of the reply
UNREACHABLE_AFTER = 3  # failed callback attempts after which the complaint may close as unreachable …
MAX_FAILED_CALLBACKS = 5  # … and after which no further attempt is recorded
SATISFIED = tuple(SATISFACTION[:2])
EXPECTED_ANSWER_DAYS = 3  # working days a pause proposes to wait for the customer's or third party's answer

# action -> (states it starts from, what the person must hold, what it is called)
ACTIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "assess": ((RECEIVED,), "complaint.handle", "判断"),
    "dispatch": ((ASSESSED,), "complaint.handle", "派发"),
    "investigate": ((DISPATCHED,), "complaint.handle", "填写调查结果"),
    "propose": ((INVESTIGATED,), "complaint.handle", "提出处理方案"),
    "approve": ((PROPOSED,), "complaint.approve", "审批处理方案"),
    "send_back": ((PROPOSED,), "complaint.approve", "退回处理方案"),
    "reply": ((APPROVED,), "complaint.handle", "答复客户"),
    "callback": ((REPLIED,), "complaint.handle", "回访"),
    "close_unreachable": ((REPLIED,), "complaint.handle", "按无法联系结案"),
    "redo": ((ESCALATED,), "complaint.decide", "退回重新调查"),
    "decide_close": ((ESCALATED,), "complaint.decide", "主任结案"),
    "extend": (HANDLING, "complaint.extend", "延长处理期限"),
    "remind": (OPEN, "complaint.remind", "催办"),
    "reopen": ((CLOSED, ESCALATED), "complaint.receive", "客户不接受，另立新单"),
    "void": (OPEN, "complaint.void", "作废"),
    "pause": ((DISPATCHED, INVESTIGATED), "complaint.handle", "暂停等待"),
    "resume": (WAITING, "complaint.handle", "恢复处理"),
    "merge": (OPEN, "complaint.merge", "合并重复投诉"),
    "unmerge": ((CLOSED,), "complaint.merge", "撤销合并"),
    "split": (OPEN, "complaint.receive", "拆分为新投诉单"),
    "meeting": ((DISPATCHED, INVESTIGATED, PROPOSED), "complaint.decide", "记录管理层会议"),
}
MEETING_SEVERITY = SERIOUS  # 001 第十一条(二): these go to the management meeting before their plan is approved
HANDLER_ACTIONS = ("investigate", "propose", "pause", "resume")  # the responsible person, or a team leader and above
APPROVAL_ACTIONS = ("approve", "send_back")  # by APPROVAL_AUTHORITY, never by whoever proposed (four eyes)


@dataclass
class ComplaintForm:
    complainant: str
    contact: str
    content: str
    channel: str = "phone"  # a code of CHANNELS, or the office's word for it (电话)
    category: str = "quality"
    cause_kind: str = "质量异常"
    severity: str = ORDINARY
    request: str = ""
    customer_id: int | None = None
    received_at: datetime.datetime | None = None  # None: now
    promised_at: datetime.datetime | None = None  # None: the due time
    order_number: str = ""
    product: str = ""
    quantity: int | None = None
    shipped_on: datetime.date | None = None
    defect_quantity: int | None = None
    note: str = ""


CHOICES = {"channel": CHANNELS, "category": CATEGORIES, "severity": SEVERITIES}


def choice_code(field: str, value: str) -> str | None:
    """The stored code of a choice given as its code or as the office's word for it (电话, 较大), None when it is
    neither."""
    choices = CHOICES[field]
    if value in choices:
        return value
    return next((code for code, word in choices.items() if word == value), None)


def label(field: str, code: str) -> str:
    """The office's word for a stored choice (电话, 产品质量, 严重); a value that is no code as it is."""
    return CHOICES[field].get(code, code)


def status_text(complaint: Complaint) -> str:
    if complaint.voided_at:
        return "已作废"
    return CLOSED_MERGED if complaint.closed_as == CLOSED_MERGED else STATUS_TEXT[complaint.status]


def complainant_of(actor: Staff, customer_id: int) -> tuple[str, str]:
    """The 投诉人 and 联系方式 the form proposes for a registered customer, of what `actor` may see of them."""
    customer = confidentiality.visible(actor, customer_id)
    return customer.salutation or customer.name, confidentiality.shown(actor, customer.confidentiality,
                                                                       customer.phone, "")


def get(complaint_id: int) -> Complaint:
    return Complaint.get_by_id(complaint_id)


# ---------------------------------------------------------------- who may do what, and when

def _authority(complaint: Complaint, action: str) -> str:
    if action in APPROVAL_ACTIONS:
        return APPROVAL_AUTHORITY[complaint.severity]
    return ACTIONS[action][1]


def refusal(actor: Staff, complaint: Complaint, action: str,
            now: datetime.datetime | None = None) -> RuleError | None:
    """Why `actor` may not take `action` on `complaint` at `now`, or None when they may."""
    states, _, name = ACTIONS[action]
    if complaint.voided_at is not None:
        return RuleError("投诉单 {number} 已作废，不能{name}。", number=complaint.number, name=name)
    if complaint.status not in states:
        return RuleError("投诉单 {number} 当前为「{value}」，不能{name}。",
                         number=complaint.number, value=STATUS_TEXT[complaint.status], name=name)
    permission = _authority(complaint, action)
    if not auth.can(actor, permission):
        needed = auth.ROLES[auth.PERMISSIONS[permission]]
        if action in APPROVAL_ACTIONS:
            return PermissionDenied("{severity}投诉的处理方案须由{needed}或以上审批，您无权{name}。",
                                    severity=SEVERITIES[complaint.severity], needed=needed, name=name)
        return PermissionDenied("您没有权限{name}（需要{needed}或以上）。", name=name, needed=needed)
    if action in HANDLER_ACTIONS and complaint.assignee_id not in (None, actor.id) \
            and not auth.has_role(actor, "team_leader"):
        return PermissionDenied("只有责任人{name}或班长以上有权{name2}。", name=complaint.assignee.name, name2=name)
    if action in APPROVAL_ACTIONS:
        return _four_eyes(actor, complaint, auth.PERMISSIONS[permission], name) \
            or _meeting_refusal(complaint, action, name)
    if action == "meeting" and complaint.severity != MEETING_SEVERITY:
        return RuleError("只有{MEETING_SEVERITY}投诉需要提交管理层会议，不能{name}。",
                         MEETING_SEVERITY=SEVERITIES[MEETING_SEVERITY], name=name)
    if action == "remind" and not is_overdue(complaint, now):
        return RuleError("投诉单 {number} 没有超期，不需要催办。", number=complaint.number)
    return _merge_refusal(complaint, action, name)


def _meeting_refusal(complaint: Complaint, action: str, name: str) -> RuleError | None:
    if action != "approve" or complaint.severity != MEETING_SEVERITY:
        return None
    if ComplaintMeeting.select().where(ComplaintMeeting.complaint == complaint).exists():
        return None
    return RuleError("{MEETING_SEVERITY}投诉须先记录管理层会议（日期、出席人、决议、负责人），才能{name}。",
                     MEETING_SEVERITY=SEVERITIES[MEETING_SEVERITY], name=name)


def _proposer(complaint: Complaint) -> Staff | None:
    """Who put forward the handling plan waiting for approval (the latest 提出处理方案)."""
    event = (ComplaintEvent.select().where((ComplaintEvent.complaint == complaint)
                                           & (ComplaintEvent.action == "propose"))
             .order_by(ComplaintEvent.at.desc(), ComplaintEvent.id.desc()).first())
    return event.actor if event else None


def _four_eyes(actor: Staff, complaint: Complaint, role: str, name: str) -> PermissionDenied | None:
    proposer = _proposer(complaint)
    if proposer is None or approval.may_approve(actor, proposer, role):
        return None
    who = "您本人" if proposer.id == actor.id else proposer.name
    return PermissionDenied("处理方案由{who}提出，须由{value}审批，您无权{name}。",
                            who=who, value=approval.who_approves(proposer, role), name=name)


def allowed_actions(actor: Staff, complaint: Complaint, now: datetime.datetime | None = None) -> list[str]:
    return [action for action in ACTIONS if refusal(actor, complaint, action, now) is None]


def _check(actor: Staff, complaint: Complaint, action: str, now: datetime.datetime | None = None) -> None:
    error = refusal(actor, complaint, action, now)
    if error is not None:
        raise error


def _now(now: datetime.datetime | None) -> datetime.datetime:
    return (now or clock.now()).replace(microsecond=0)


def _step(actor: Staff, complaint: Complaint, action: str, words: Text, now: datetime.datetime,
          **changes: object) -> Complaint:
    """Apply `changes` and write the history event saying `words`, in one transaction."""
    before = complaint.status
    with db.atomic():
        audit.update(actor, complaint, **changes)
        audit.create(actor, ComplaintEvent(complaint=complaint, at=now, actor=actor, action=action,
                                           from_status=before, to_status=complaint.status, **history.stored(words)))
    return complaint


def _text(value: str, field: str, limit: int = STEP_LIMIT) -> str:
    """A step's text, cleaned; refused when longer than its box."""
    value = text.clean(value, multiline=True)
    if problem := text.limited(value, limit):
        raise RuleError(problem, field)
    return value


def _required(value: str, field: str, message: str) -> str:
    value = _text(value, field)
    if not value:
        raise RuleError(message, field)
    return value


# ---------------------------------------------------------------- 受理

def _check_dates(form: ComplaintForm, received: datetime.datetime, now: datetime.datetime,
                 errors: dict[str, str]) -> None:
    for field, day in (("received_at", received), ("promised_at", form.promised_at), ("shipped_on", form.shipped_on)):
        if day is not None and (problem := date_problem(day, now.date())):
            errors[field] = problem
    if received > now + datetime.timedelta(minutes=5):
        errors["received_at"] = "受理时间不能晚于现在。"


def _check_form(form: ComplaintForm, received: datetime.datetime, now: datetime.datetime) -> dict[str, str]:
    """The form's cleaned texts and the codes of its choices, or every field error at once."""
    errors: dict[str, str] = {}
    values = text.cleaned({name: getattr(form, name) for name in LIMITS}, LIMITS, errors, MULTILINE)
    values["contact"] = phone_text(values["contact"])
    if not values["complainant"]:
        errors["complainant"] = "请填写投诉人。"
    if not values["contact"]:
        errors["contact"] = "请填写联系方式，回访时要用。"
    if not values["content"]:
        errors["content"] = "请填写投诉内容。"
    values.update({field: choice_code(field, getattr(form, field)) for field in CHOICES})
    if values["channel"] is None:
        errors["channel"] = "请选择投诉渠道。"
    if values["category"] is None:
        errors["category"] = msg("请选择分类：{value}。", value=" / ".join(CATEGORIES.values()))
    if form.cause_kind not in CAUSE_KINDS:
        errors["cause_kind"] = "请选择原因类别。"
    if values["severity"] is None:
        errors["severity"] = "请选择严重程度。"
    _check_dates(form, received, now, errors)
    if form.customer_id is not None and Customer.get_or_none(Customer.id == form.customer_id) is None:
        errors["customer"] = "所选客户不存在。"
    for field in ("quantity", "defect_quantity"):
        if (getattr(form, field) or 0) < 0:
            errors[field] = "数量不能为负数。"
    if errors:
        raise ValidationErrors(errors)
    return values


def next_serial(month: str) -> int:
    return (Complaint.select(fn.MAX(Complaint.serial)).where(Complaint.month == month).scalar() or 0) + 1


@dataclass(frozen=True)
class Deadline:
    days: int  # working days allowed
    due_at: datetime.datetime


def deadline_for(severity: str, received_at: datetime.datetime) -> Deadline:
    """The working-day deadline a complaint of this severity (a code of SEVERITIES) received at `received_at` gets
    on 受理."""
    days = DEADLINE_DAYS[severity]
    return Deadline(days, deadlines.due_at(received_at.replace(microsecond=0), days))


def receive(actor: Staff, form: ComplaintForm, now: datetime.datetime | None = None,
            reopened_from: Complaint | None = None, split_from: Complaint | None = None) -> Complaint:
    """受理: record the complaint under the next number of its month and start its deadline."""
    auth.require(actor, "complaint.receive")
    now = _now(now)
    received = (form.received_at or now).replace(microsecond=0)
    values = _check_form(form, received, now)
    deadline = deadline_for(values["severity"], received)
    days, due = deadline.days, deadline.due_at
    promised = form.promised_at or due
    if promised > due:
        raise RuleError("承诺答复时间不能晚于处理期限 {due:%Y-%m-%d %H:%M}。", "promised_at", due=due)
    if promised < received:
        raise RuleError("承诺答复时间不能早于受理时间。", "promised_at")
    month = f"{received:%Y%m}"
    with db.atomic():  # holds the write lock before the last serial is read (desktop/db.py)
        serial = next_serial(month)
        complaint = audit.create(actor, Complaint(
            number=f"{month}-{serial:03d}", month=month, serial=serial, status=RECEIVED, received_at=received,
            received_by=actor, customer=form.customer_id, cause_kind=form.cause_kind, promised_at=promised,
            quantity=form.quantity,
            shipped_on=form.shipped_on, defect_quantity=form.defect_quantity, deadline_days=days, due_at=due,
            next_due_at=due, reopened_from=reopened_from, split_from=split_from, **values))
        words = history.received(promised, reopened_from and reopened_from.number, split_from and split_from.number)
        audit.create(actor, ComplaintEvent(complaint=complaint, at=now, actor=actor, action="receive",
                                           to_status=RECEIVED, **history.stored(words)))
    return complaint


# ---------------------------------------------------------------- 判断 派发 调查 方案 审批 答复

def _finish_handling(complaint: Complaint, now: datetime.datetime) -> dict:
    return {"replied_at": now, "handling_days": deadlines.working_days_elapsed(complaint.received_at, now)}


def assess(actor: Staff, complaint: Complaint, valid: bool, note: str, reply: str = "",
           now: datetime.datetime | None = None) -> Complaint:
    """判断: a valid complaint waits for dispatch; an invalid one closes as 不成立 with the reason and the reply —
    a 重点客户's waits for its callback first, closing as 不成立 once the customer was called back."""
    _check(actor, complaint, "assess")
    now = _now(now)
    if valid:
        note = _text(note, "note")
        return _step(actor, complaint, "assess", history.valid(note), now, status=ASSESSED,
                     assessment=note)
    reason = _required(note, "note", "投诉不成立时必须写明原因。")
    answer = _required(reply, "reply", "请填写给客户的答复（婉转说明，取得谅解）。")
    if key_customers.is_key(complaint.customer_id):  # 002 3.4.2: every complaint of a 重点客户 is called back
        callback_due = now + CALLBACK_LIMIT
        return _step(actor, complaint, "assess", history.not_valid(reason, answer, True), now,
                     status=REPLIED, assessment=reason, reply=answer, replied_by=actor, callback_due_at=callback_due,
                     next_due_at=callback_due, **_finish_handling(complaint, now))
    return _step(actor, complaint, "assess", history.not_valid(reason, answer, False), now, status=CLOSED,
                 assessment=reason, reply=answer, replied_by=actor, closed_at=now, closed_as=CLOSED_INVALID,
                 next_due_at=None, **_finish_handling(complaint, now))


def is_dispatch_late(complaint: Complaint, at: datetime.datetime) -> bool:
    return at - complaint.received_at > DISPATCH_LIMIT


def dispatch(actor: Staff, complaint: Complaint, department: str, assignee_id: int | None, note: str = "",
             now: datetime.datetime | None = None) -> Complaint:
    """派发 to the responsible department (and person); flagged when later than 60 minutes after receipt."""
    _check(actor, complaint, "dispatch")
    now = _now(now)
    if department not in DEPARTMENTS:
        raise RuleError("请选择责任部门。", "department")
    note = _text(note, "note")
    assignee = Staff.get_or_none(Staff.id == assignee_id) if assignee_id is not None else None
    if assignee_id is not None and (assignee is None or not assignee.active):
        raise RuleError("责任人不存在或已停用。", "assignee")
    late = is_dispatch_late(complaint, now)
    minutes = int((now - complaint.received_at).total_seconds() // 60) if late else None
    summary = history.dispatched(department, assignee.name if assignee else None, minutes, note)
    return _step(actor, complaint, "dispatch", summary, now, status=DISPATCHED, dispatched_at=now,
                 dispatch_late=late, department=department, assignee=assignee)


def investigate(actor: Staff, complaint: Complaint, finding: str, responsible_party: str,
                cause_kind: str | None = None, now: datetime.datetime | None = None) -> Complaint:
    _check(actor, complaint, "investigate")
    now = _now(now)
    finding = _required(finding, "finding", "请填写调查结果与原因。")
    cause_kind = cause_kind or complaint.cause_kind
    if cause_kind not in CAUSE_KINDS:
        raise RuleError("请选择原因类别。", "cause_kind")
    party = _text(responsible_party, "responsible_party", PARTY_LIMIT)
    return _step(actor, complaint, "investigate", history.investigated(finding, cause_kind, party), now,
                 status=INVESTIGATED, finding=finding, responsible_party=party, cause_kind=cause_kind)


def propose(actor: Staff, complaint: Complaint, proposal: str, now: datetime.datetime | None = None) -> Complaint:
    _check(actor, complaint, "propose")
    proposal = _required(proposal, "proposal", "请填写处理方案。")
    return _step(actor, complaint, "propose", history.typed(proposal), _now(now), status=PROPOSED, proposal=proposal)


def approve(actor: Staff, complaint: Complaint, note: str = "", now: datetime.datetime | None = None) -> Complaint:
    """审批 by the authority the severity needs: 班长 for 一般, 主任 for 较大 and 严重."""
    _check(actor, complaint, "approve")
    now = _now(now)
    note = _text(note, "note")
    return _step(actor, complaint, "approve", history.approved(note), now, status=APPROVED, approved_by=actor,
                 approved_at=now, approval_note=note)


def send_back(actor: Staff, complaint: Complaint, note: str, now: datetime.datetime | None = None) -> Complaint:
    _check(actor, complaint, "send_back")
    note = _required(note, "note", "退回时必须写明意见。")
    return _step(actor, complaint, "send_back", history.sent_back(note), _now(now), status=INVESTIGATED,
                 approval_note=note)


def reply(actor: Staff, complaint: Complaint, text: str, now: datetime.datetime | None = None) -> Complaint:
    """答复客户 with the approved decision; the 72-hour callback clock starts."""
    _check(actor, complaint, "reply")
    now = _now(now)
    text = _required(text, "reply", "请填写告知客户的处理结果。")
    callback_due = now + CALLBACK_LIMIT
    return _step(actor, complaint, "reply", history.typed(text), now, status=REPLIED, reply=text, replied_by=actor,
                 callback_due_at=callback_due, next_due_at=callback_due, **_finish_handling(complaint, now))


# ---------------------------------------------------------------- 回访 结案

def failed_callbacks(complaint: Complaint) -> int:
    return CallbackAttempt.select().where((CallbackAttempt.complaint == complaint)
                                          & ~CallbackAttempt.reached).count()


def _wrong_contact(complaint: Complaint) -> bool:
    return CallbackAttempt.select().where((CallbackAttempt.complaint == complaint)
                                          & CallbackAttempt.wrong_contact).exists()


def record_callback(actor: Staff, complaint: Complaint, reached: bool, satisfaction: str | None = None,
                    solved: bool | None = None, wrong_contact: bool = False, note: str = "",
                    now: datetime.datetime | None = None) -> Complaint:
    """One callback attempt. Reached and satisfied and solved: closed. Reached but 不满意 or not solved: back to
    the supervisor. Not reached: counted towards closing as unreachable."""
    _check(actor, complaint, "callback")
    now = _now(now)
    note = _text(note, "note")
    reached = reached and not wrong_contact
    if not reached:
        failures = failed_callbacks(complaint)
        if failures >= MAX_FAILED_CALLBACKS:
            raise RuleError("已 {failures} 次联系不上，请按「无法联系」结案。", failures=failures)
        attempt = CallbackAttempt(complaint=complaint, at=now, staff=actor, reached=False,
                                  wrong_contact=wrong_contact, note=note)
        with db.atomic():
            audit.create(actor, attempt)
            said = history.not_reached(None if wrong_contact else failures + 1, note)
            return _step(actor, complaint, "callback", said, now)
    if satisfaction not in SATISFACTION:
        raise RuleError("请选择客户满意度。", "satisfaction")
    if solved is None:
        raise RuleError("请选择问题是否已解决。", "solved")
    attempt = CallbackAttempt(complaint=complaint, at=now, staff=actor, reached=True, satisfaction=satisfaction,
                              solved=solved, note=note)
    with db.atomic():
        audit.create(actor, attempt)
        if satisfaction in SATISFIED and solved:
            return _step(actor, complaint, "close", history.called_back(satisfaction, solved, note, True), now,
                         status=CLOSED, satisfaction=satisfaction, closed_at=now, next_due_at=None,
                         closed_as=CLOSED_INVALID if complaint.dispatched_at is None else CLOSED_SOLVED)
        return _step(actor, complaint, "escalate", history.called_back(satisfaction, solved, note, False), now,
                     status=ESCALATED, satisfaction=satisfaction, next_due_at=None)


def close_unreachable(actor: Staff, complaint: Complaint, note: str = "",
                      now: datetime.datetime | None = None) -> Complaint:
    _check(actor, complaint, "close_unreachable")
    failures = failed_callbacks(complaint)
    if failures < UNREACHABLE_AFTER and not _wrong_contact(complaint):
        raise RuleError("回访联系不上满 {UNREACHABLE_AFTER} 次或联系方式有误，"
                        "才能按无法联系结案（目前 {failures} 次）。",
                        UNREACHABLE_AFTER=UNREACHABLE_AFTER, failures=failures)
    now = _now(now)
    summary = history.unreachable(failures, _text(note, "note"))
    return _step(actor, complaint, "close", summary, now, status=CLOSED, closed_at=now, closed_as=CLOSED_UNREACHABLE,
                 next_due_at=None)


def redo(actor: Staff, complaint: Complaint, note: str, now: datetime.datetime | None = None) -> Complaint:
    """The supervisor sends an escalated complaint back for investigation, with a fresh deadline."""
    _check(actor, complaint, "redo")
    now = _now(now)
    note = _required(note, "note", "请写明退回重新调查的意见。")
    due = deadlines.due_at(now, complaint.deadline_days)
    return _step(actor, complaint, "redo", history.redone(note, due), now, status=DISPATCHED,
                 due_at=due, next_due_at=due, callback_due_at=None)


def decide_close(actor: Staff, complaint: Complaint, note: str, now: datetime.datetime | None = None) -> Complaint:
    _check(actor, complaint, "decide_close")
    now = _now(now)
    note = _required(note, "note", "请写明结案意见。")
    return _step(actor, complaint, "close", history.closed_by_supervisor(note), now, status=CLOSED, closed_at=now,
                 closed_as=CLOSED_BY_SUPERVISOR, next_due_at=None)


# ---------------------------------------------------------------- 等待客户 / 等待第三方

def expected_answer(today: datetime.date) -> datetime.date:
    """The answer date a pause proposes: EXPECTED_ANSWER_DAYS working days on."""
    return calendar.add_working_days(today, EXPECTED_ANSWER_DAYS)


def pause(actor: Staff, complaint: Complaint, kind: str, reason: str, expected_on: datetime.date | None,
          now: datetime.datetime | None = None) -> Complaint:
    """The office waits on the customer or a third party: the handling clock stops until `resume`."""
    _check(actor, complaint, "pause")
    now = _now(now)
    if kind not in WAITING:
        raise RuleError("请选择等待客户或等待第三方。", "kind")
    reason = _required(reason, "reason", "请写明在等待什么。")
    if expected_on is None:
        raise RuleError("请填写预计答复日期。", "expected_on")
    if problem := date_problem(expected_on, now.date()):
        raise RuleError(problem, "expected_on")
    if expected_on < now.date():
        raise RuleError("预计答复日期不能早于今天。", "expected_on")
    summary = history.paused(STATUS_TEXT[kind], reason, expected_on)
    return _step(actor, complaint, "pause", summary, now, status=kind, paused_at=now, paused_from=complaint.status,
                 pause_reason=reason, pause_expected_on=expected_on, next_due_at=None)


def resume(actor: Staff, complaint: Complaint, reason: str, now: datetime.datetime | None = None) -> Complaint:
    """The answer came (or the supervisor stops the wait): the due time moves by the working time waited."""
    _check(actor, complaint, "resume")
    now = _now(now)
    reason = _required(reason, "reason", "请写明恢复处理的原因。")
    due = deadlines.due_after_pause(complaint.due_at, complaint.paused_at, now)
    waited = deadlines.working_days_elapsed(complaint.paused_at, now)
    summary = history.resumed(reason, waited, due)
    return _step(actor, complaint, "resume", summary, now, status=complaint.paused_from, due_at=due,
                 next_due_at=due, waited_days=round(complaint.waited_days + waited, 2), paused_at=None,
                 paused_from=None, pause_reason="", pause_expected_on=None)


# ---------------------------------------------------------------- 管理层会议

@dataclass
class MeetingForm:
    held_on: datetime.date | None
    attendees: str
    decision: str
    responsible: str


def record_meeting(actor: Staff, complaint: Complaint, form: MeetingForm,
                   now: datetime.datetime | None = None) -> ComplaintMeeting:
    """The management meeting on a 严重 complaint: date, attendees, decision, responsible person."""
    _check(actor, complaint, "meeting")
    now = _now(now)
    attendees = _required(form.attendees, "attendees", "请填写出席人。")
    decision = _required(form.decision, "decision", "请填写会议决议。")
    responsible = text.one_line(form.responsible, "请填写负责人。", "responsible")
    if form.held_on is None:
        raise RuleError("请填写会议日期。", "held_on")
    if problem := date_problem(form.held_on, now.date()):
        raise RuleError(problem, "held_on")
    if form.held_on > now.date():
        raise RuleError("会议日期不能晚于今天。", "held_on")
    if form.held_on < complaint.received_at.date():
        raise RuleError("会议日期不能早于受理日期。", "held_on")
    with db.atomic():
        meeting = audit.create(actor, ComplaintMeeting(
            complaint=complaint, held_on=form.held_on, attendees=attendees, decision=decision,
            responsible=responsible, recorded_by=actor, recorded_at=now))
        _step(actor, complaint, "meeting", history.meeting(form.held_on, decision, responsible), now)
    return meeting


# ---------------------------------------------------------------- 合并 拆分

def _merge_refusal(complaint: Complaint, action: str, name: str) -> RuleError | None:
    """A merged complaint is undone while its survivor is open, and is otherwise reopened through the survivor."""
    merged = complaint.closed_as == CLOSED_MERGED
    if action == "reopen" and merged:
        return RuleError("投诉单 {number} 已并入 {number2}，请在该单上另立新单。",
                         number=complaint.number, number2=complaint.merged_into.number)
    if action != "unmerge":
        return None
    if not merged:
        return RuleError("投诉单 {number} 不是合并结案的，不能{name}。", number=complaint.number, name=name)
    survivor = complaint.merged_into
    if survivor.voided_at is not None or survivor.status not in OPEN:
        return RuleError("合并后的投诉单 {number} 已结案或作废，不能{name}。", number=survivor.number, name=name)
    return None


def _same_customer(one: Complaint, other: Complaint) -> bool:
    if one.customer_id is not None or other.customer_id is not None:
        return one.customer_id == other.customer_id
    return phone_text(one.contact) == phone_text(other.contact)


def merge_candidates(complaint: Complaint) -> list[Complaint]:
    """The other open complaints of the same customer (or, unregistered, the same contact), oldest first."""
    query = Complaint.select().where(Complaint.voided_at.is_null() & Complaint.status.in_(OPEN)
                                     & (Complaint.id != complaint.id))
    if complaint.customer_id is not None:
        query = query.where(Complaint.customer == complaint.customer_id)
    else:
        query = query.where(Complaint.customer.is_null() & (Complaint.contact == complaint.contact))
    return list(query.order_by(Complaint.received_at, Complaint.id))


def merge(actor: Staff, one: Complaint, other: Complaint, reason: str,
          now: datetime.datetime | None = None) -> Complaint:
    """The supervisor merges two complaints of one customer about one matter into the older: the newer keeps its
    number and closes as 已合并, its history showing on the survivor. Returns the survivor."""
    _check(actor, one, "merge")
    _check(actor, other, "merge")
    if one.id == other.id:
        raise RuleError("同一件投诉单不能与自己合并。", "other")
    if not _same_customer(one, other):
        raise RuleError("不是同一客户的投诉，不能合并。", "other")
    survivor, duplicate = sorted((one, other), key=lambda c: (c.received_at, c.id))
    reason = _required(reason, "reason", "请写明合并的理由。")
    now = _now(now)
    with db.atomic():
        _step(actor, duplicate, "merge", history.merged_into(survivor.number, reason), now, status=CLOSED,
              merged_into=survivor, merged_from_status=duplicate.status, closed_at=now, closed_as=CLOSED_MERGED,
              next_due_at=None)
        _step(actor, survivor, "merge", history.merged(duplicate.number, reason), now)
    return survivor


def _running_due(complaint: Complaint) -> datetime.datetime | None:
    """The deadline that runs in the complaint's state: handling, the callback, or none."""
    if complaint.status in HANDLING:
        return complaint.due_at
    return complaint.callback_due_at if complaint.status == REPLIED else None


def unmerge(actor: Staff, duplicate: Complaint, reason: str, now: datetime.datetime | None = None) -> Complaint:
    """Undo a merge while the survivor is open: the duplicate returns to the state it was merged from."""
    _check(actor, duplicate, "unmerge")
    reason = _required(reason, "reason", "请写明撤销合并的理由。")
    now = _now(now)
    survivor = duplicate.merged_into
    with db.atomic():
        _step(actor, survivor, "unmerge", history.unmerged(duplicate.number, reason), now)
        duplicate.status = duplicate.merged_from_status
        _step(actor, duplicate, "unmerge", history.unmerged_from(survivor.number, reason), now, status=duplicate.status,
              merged_into=None, merged_from_status=None, closed_at=None, closed_as=None,
              next_due_at=_running_due(duplicate))
    return duplicate


def split_form(original: Complaint) -> ComplaintForm:
    """The second matter's form: the same customer and call, its own content, category and severity."""
    return ComplaintForm(
        complainant=original.complainant, contact=original.contact, customer_id=original.customer_id, content="",
        channel=original.channel, category=original.category, cause_kind=original.cause_kind,
        severity=original.severity, order_number=original.order_number, product=original.product,
        received_at=original.received_at)


def split(actor: Staff, original: Complaint, form: ComplaintForm, now: datetime.datetime | None = None) -> Complaint:
    """A complaint covering two matters: the second becomes a new numbered complaint received with the first."""
    _check(actor, original, "split")
    now = _now(now)
    form.received_at, form.promised_at = original.received_at, None
    with db.atomic():
        new = receive(actor, form, now, split_from=original)
        _step(actor, original, "split", history.split(new.number, new.content), now)
    return new


# ---------------------------------------------------------------- 期限 催办 另立新单 作废

def extend(actor: Staff, complaint: Complaint, days: int, reason: str,
           now: datetime.datetime | None = None) -> Complaint:
    """A special case: the supervisor allows up to 7 working days in all; the approval is recorded."""
    _check(actor, complaint, "extend")
    reason = text.one_line(reason, "延长期限必须写明特殊情况。")
    if not complaint.deadline_days < days <= MAX_DEADLINE_DAYS:
        raise RuleError("处理期限只能延长到 {value}–{MAX_DEADLINE_DAYS} 个工作日。",
                        "days", value=complaint.deadline_days + 1, MAX_DEADLINE_DAYS=MAX_DEADLINE_DAYS)
    due = deadlines.due_at(complaint.due_at, days - complaint.deadline_days)
    summary = history.extended(days, due, reason)
    return _step(actor, complaint, "extend", summary, _now(now), deadline_days=days, due_at=due, next_due_at=due)


def is_overdue(complaint: Complaint, now: datetime.datetime | None = None) -> bool:
    return complaint.next_due_at is not None and complaint.next_due_at < _now(now) and complaint.voided_at is None


def remind(actor: Staff, complaint: Complaint, note: str = "", now: datetime.datetime | None = None) -> Complaint:
    """Record a 催办单 for an overdue complaint (the notice itself is printed by reports.reminder_notice)."""
    now = _now(now)
    _check(actor, complaint, "remind", now)
    count = complaint.reminders + 1
    late = deadlines.span_text(now - complaint.next_due_at)
    summary = history.reminded(count, late, _text(note, "note"))
    return _step(actor, complaint, "remind", summary, now, reminders=count)


REMINDER_SUMMARY = re.compile(r"第 (\d+) 次催办（超期 ([^）]*)）(?:。(.*))?", re.S)


def reminder_parts(summary: str) -> tuple[int, str, str]:
    """A reminder's history note as `remind` wrote it, read back: its count, how late it was, the opinion."""
    match = REMINDER_SUMMARY.fullmatch(summary)
    if match is None:
        raise ValueError(summary)
    return int(match[1]), match[2], match[3] or ""


def reopen(actor: Staff, original: Complaint, form: ComplaintForm,
           now: datetime.datetime | None = None) -> Complaint:
    """The customer does not accept the decision: a new complaint linked to the original."""
    _check(actor, original, "reopen")
    now = _now(now)
    with db.atomic():
        new = receive(actor, form, now, reopened_from=original)
        changes = {"closed_at": now, "closed_as": CLOSED_MOVED, "status": CLOSED} if original.status != CLOSED else {}
        _step(actor, original, "reopen", history.reopened(new.number), now, **changes)
    return new


def reopen_form(original: Complaint) -> ComplaintForm:
    """The new form's starting values: same customer and matter, 较大 at least."""
    return ComplaintForm(
        complainant=original.complainant, contact=original.contact, customer_id=original.customer_id,
        content="", request=original.request, channel=original.channel, category=original.category,
        cause_kind=original.cause_kind, severity=MAJOR if original.severity == ORDINARY else original.severity,
        order_number=original.order_number, product=original.product)


def void(actor: Staff, complaint: Complaint, reason: str, now: datetime.datetime | None = None) -> Complaint:
    """Void a complaint entered by mistake; it keeps its number, so the month's numbers stay gap-free."""
    _check(actor, complaint, "void")
    reason = text.one_line(reason, "作废必须填写原因。")
    now = _now(now)
    with db.atomic():
        audit.void(actor, complaint, reason)
        _step(actor, complaint, "void", history.voided(reason), now, next_due_at=None)
    return complaint
