"""Reading complaints: the tracking list (客户抱怨案件登记追踪表) page by page with its filters, and one complaint
with its whole history."""

import datetime
from dataclasses import dataclass, field

from peewee import JOIN, Field, ModelSelect

from desktop.models import CallbackAttempt, Complaint, ComplaintEvent, ComplaintMeeting, Staff
from desktop.services import clock, text
from desktop.services.complaints import deadlines, workflow
from desktop.services.dates import moment_text
from desktop.services.errors import RuleError, Text, msg

Assignee = Staff.alias("assignee")

SORTS = {  # sort key -> columns, the last one unique
    "received": (Complaint.received_at, Complaint.id),
    "number": (Complaint.month, Complaint.serial),
    "due": (Complaint.next_due_at, Complaint.id),
    "status": (Complaint.status, Complaint.id),
}


@dataclass(frozen=True)
class ComplaintFilter:
    status: str | None = None  # a state, "open", workflow.PAUSED, or None for all
    overdue: bool = False
    assignee_id: int | None = None  # "mine"
    category: str | None = None  # a code of workflow.CATEGORIES
    month: str | None = None  # YYYYMM
    text: str = ""  # part of the number, the complainant or the contact
    include_voided: bool = False


# What the tracking list shows, colours its rows by and prints (`time_left`, `status_label`, `tracking_rows`) and
# pages by: a page of 200 read whole was 60 fields a row, most of the list's time to open. `detail` reads one whole.
LISTED = (Complaint.id, Complaint.number, Complaint.month, Complaint.serial, Complaint.status, Complaint.received_at,
          Complaint.complainant, Complaint.category, Complaint.severity, Complaint.deadline_days,
          Complaint.next_due_at, Complaint.dispatch_late, Complaint.department, Complaint.assignee,
          Complaint.closed_as, Complaint.pause_expected_on, Complaint.voided_at)


def _query(filters: ComplaintFilter, now: datetime.datetime) -> ModelSelect:
    query = (Complaint.select(*LISTED, Assignee.id, Assignee.name)
             .join(Assignee, JOIN.LEFT_OUTER, on=(Complaint.assignee == Assignee.id), attr="assignee"))
    if not filters.include_voided:
        query = query.where(Complaint.voided_at.is_null())
    if filters.status == "open":
        query = query.where(Complaint.status.in_(workflow.OPEN))
    elif filters.status == workflow.PAUSED:
        query = query.where(Complaint.status.in_(workflow.WAITING))
    elif filters.status:
        query = query.where(Complaint.status == filters.status)
    if filters.overdue:
        query = query.where(Complaint.next_due_at < now)
    if filters.assignee_id is not None:
        query = query.where(Complaint.assignee == filters.assignee_id)
    if filters.category:  # a code of workflow.CATEGORIES (or the office's word for it)
        category = workflow.choice_code("category", filters.category) or filters.category
        query = query.where(Complaint.category == category)
    if filters.month:
        query = query.where(Complaint.month == filters.month)
    typed = text.clean(filters.text)
    if typed:
        query = query.where(Complaint.number.contains(typed) | Complaint.complainant.contains(typed)
                            | Complaint.contact.contains(typed))
    return query


def page(filters: ComplaintFilter, offset: int, limit: int, sort_key: str | None = None, descending: bool = True,
         after: Complaint | None = None, now: datetime.datetime | None = None) -> list[Complaint]:
    """One page of the list, newest first by default; keyset paging on (received_at, id) when `after` is given.
    Each complaint holds the LISTED fields only (and its assignee's name)."""
    now = now or clock.now()
    query = _query(filters, now)
    columns = SORTS.get(sort_key or "received", SORTS["received"])
    nulls = "LAST"  # complaints without a running deadline sort after those with one, either way
    order = [c.desc(nulls=nulls) for c in columns] if descending else [c.asc(nulls=nulls) for c in columns]
    if after is not None and columns == SORTS["received"]:
        first, last = columns
        key = (after.received_at, after.id)
        if descending:
            query = query.where((first < key[0]) | ((first == key[0]) & (last < key[1])))
        else:
            query = query.where((first > key[0]) | ((first == key[0]) & (last > key[1])))
        return list(query.order_by(*order).limit(limit))
    return list(query.order_by(*order).offset(offset).limit(limit))


def count(filters: ComplaintFilter, now: datetime.datetime | None = None) -> int:
    return _query(filters, now or clock.now()).count()


def months() -> list[str]:
    """The months that have complaints, newest first (for the filter)."""
    rows = Complaint.select(Complaint.month).distinct().order_by(Complaint.month.desc())
    return [row.month for row in rows]


@dataclass
class TimeLeft:
    due: datetime.datetime | None
    text: str | Text  # '剩 3小时20分' / '超期 1天2小时' / '预计 11-20 答复' / ''
    urgency: str  # deadlines.OK / CLOSE / OVERDUE, or '' when no deadline runs


def waiting_left(complaint: Complaint, today: datetime.date) -> TimeLeft:
    """A paused complaint: no deadline runs; amber on the day the answer is expected, red once it is later."""
    expected = complaint.pause_expected_on
    late = (today - expected).days
    if late > 0:
        return TimeLeft(None, msg("超过预计答复日 {late} 天", late=late), deadlines.OVERDUE)
    return TimeLeft(None, msg("预计 {expected:%m-%d} 答复", expected=expected),
                    deadlines.CLOSE if late == 0 else deadlines.OK)


def time_left(complaint: Complaint, now: datetime.datetime | None = None) -> TimeLeft:
    """The deadline running now: handling until the reply, then the 72-hour callback; or how long a pause runs."""
    now = now or clock.now()
    if complaint.status in workflow.WAITING and complaint.voided_at is None:
        return waiting_left(complaint, now.date())
    due = complaint.next_due_at
    if due is None or complaint.voided_at is not None:
        return TimeLeft(None, "", "")
    if complaint.status == workflow.REPLIED:
        allowed = workflow.CALLBACK_LIMIT
    else:
        allowed = datetime.timedelta(days=complaint.deadline_days)
    return TimeLeft(due, deadlines.describe_left(due, now), deadlines.urgency(due, allowed, now))


def status_label(complaint: Complaint, now: datetime.datetime | None = None) -> str | Text:
    """The status, with the 60-minute dispatch flag while it waits to be dispatched or once dispatched late."""
    text = workflow.status_text(complaint)
    now = now or clock.now()
    waiting = complaint.status in (workflow.RECEIVED, workflow.ASSESSED) and complaint.voided_at is None
    if complaint.dispatch_late or (waiting and workflow.is_dispatch_late(complaint, now)):
        return msg("{status}·派发超时", status=text)
    return text


@dataclass
class ComplaintDetail:
    complaint: Complaint
    events: list[ComplaintEvent]
    callbacks: list[CallbackAttempt]
    reopened_from: Complaint | None
    reopenings: list[Complaint] = field(default_factory=list)
    merged_into: Complaint | None = None  # the survivor a duplicate was merged into
    merged: list[Complaint] = field(default_factory=list)  # the duplicates merged into this one
    split_from: Complaint | None = None
    splits: list[Complaint] = field(default_factory=list)
    meetings: list[ComplaintMeeting] = field(default_factory=list)  # a 严重 complaint's management meetings

    @property
    def reminders(self) -> list[ComplaintEvent]:
        return [event for event in self.events if event.action == "remind"]

    @property
    def failed_callbacks(self) -> int:
        return sum(1 for attempt in self.callbacks if not attempt.reached)


def _linked(column: Field, complaint: Complaint) -> list[Complaint]:
    return list(Complaint.select().where(column == complaint).order_by(Complaint.id))


def _one(complaint_id: int | None) -> Complaint | None:
    return Complaint.get_by_id(complaint_id) if complaint_id else None


def detail(complaint_id: int) -> ComplaintDetail:
    """One complaint with its history; a survivor's history and callbacks include its merged duplicates'."""
    complaint = Complaint.get_by_id(complaint_id)
    merged = _linked(Complaint.merged_into, complaint)
    records = [complaint, *merged]
    events = list(ComplaintEvent.select(ComplaintEvent, Staff).join(Staff)
                  .where(ComplaintEvent.complaint.in_(records)).order_by(ComplaintEvent.at, ComplaintEvent.id))
    callbacks = list(CallbackAttempt.select(CallbackAttempt, Staff).join(Staff)
                     .where(CallbackAttempt.complaint.in_(records))
                     .order_by(CallbackAttempt.at, CallbackAttempt.id))
    return ComplaintDetail(complaint, events, callbacks, _one(complaint.reopened_from_id),
                           _linked(Complaint.reopened_from, complaint), _one(complaint.merged_into_id), merged,
                           _one(complaint.split_from_id), _linked(Complaint.split_from, complaint),
                           list(complaint.meetings.order_by(ComplaintMeeting.held_on, ComplaintMeeting.id)))


@dataclass(frozen=True)
class ReminderNotice:
    """What a 催办单 prints of one recorded reminder."""

    count: int  # 第 n 次
    issuer: str
    issued_at: datetime.datetime
    overdue: str  # how late the complaint was when it was issued: '2小时0分'
    opinion: str


def reminder_notice(detail: ComplaintDetail, index: int = -1) -> ReminderNotice:
    """The `index`-th recorded reminder of `detail`'s complaint (the latest by default); a complaint never reminded
    has no notice to print."""
    if not detail.reminders:
        raise RuleError("投诉单 {number} 尚未催办：投诉超期后先办理「催办」，再打印催办单。",
                        number=detail.complaint.number)
    event = detail.reminders[index]
    count, overdue, opinion = workflow.reminder_parts(event.note)
    return ReminderNotice(count, event.actor.name, event.at, overdue, opinion)


def reminder_print_refusal(actor: Staff, detail: ComplaintDetail,
                           now: datetime.datetime | None = None) -> RuleError | None:
    """Why there is no 催办单 to print for `detail`: None once one is recorded or while `actor` may issue one."""
    if detail.reminders:
        return None
    return workflow.refusal(actor, detail.complaint, "remind", now)


def tracking_rows(items: list[Complaint], now: datetime.datetime | None = None) -> list[list[str]]:
    """The tracking list's printed/exported columns for `items`."""
    now = now or clock.now()
    rows = []
    for c in items:
        left = time_left(c, now)
        rows.append([c.number, moment_text(c.received_at), c.complainant, workflow.label("category", c.category),
                     workflow.label("severity", c.severity),
                     status_label(c, now), c.department + (f" {c.assignee.name}" if c.assignee_id else ""),
                     moment_text(left.due), left.text])
    return rows


TRACKING_HEADERS = ["编号", "受理时间", "客户", "分类", "严重程度", "状态", "责任部门/责任人", "期限", "剩余时间"]
