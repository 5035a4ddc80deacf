"""今日: what the logged-in person must do today, gathered from every area's rules in groups; a 班长 also sees
the team's, a 主任 the department's."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from peewee import JOIN

from desktop.models import Complaint, Contact, Customer, FollowUp, Handover, Leave, Referral, Staff, Swap
from desktop.services import auth, calendar, clock
from desktop.services.areas import AREAS, COMPLAINTS, CONTACTS, CUSTOMERS, FILES, STAFFING  # where a line opens
from desktop.services.complaints import deadlines, lists, workflow
from desktop.services.contacts import urgent_reports, visit_points
from desktop.services.customers import confidentiality, pool_rules, referrals
from desktop.services.errors import ShortDay, Text, lines, msg
from desktop.services.files import schedule
from desktop.services.paging import Page
from desktop.services.staffing import covers, leave, quality_report, shift_handover, swaps

SHOWN = 50  # lines shown in a group; its count still says how many there are
WEEK = 7



@dataclass(frozen=True)
class Item:
    text: str | Text  # what and who
    detail: str | Text  # what was promised, the time left …
    urgency: str  # deadlines.OK / CLOSE / OVERDUE, or "" when nothing runs
    area: str  # the tab that opens it
    record_id: int | tuple[str, int] | None  # the record it opens there (None: the tab itself); a tab holding
    # two kinds of record names the second with its kind, as ("leave", id) in 换班登记


@dataclass(frozen=True)
class Group:
    key: str
    title: str | Text  # in the office's Chinese until the interface translates it
    area: str
    count: int
    items: list[Item]
    empty_text: str | Text


@dataclass(frozen=True)
class Day:
    groups: list[Group]

    def waiting(self, area: str) -> int:
        """How many items wait for the person in the area's tab (its title shows the number)."""
        return sum(g.count for g in self.groups if g.area == area and g.key not in INFORMATION)


# shown to the person, but not counted as waiting for them in the tab titles
INFORMATION = {"follow_ups_week", "my_requests", "my_leave", "pool_soon", "referrals_lapsed", "referrals_expected",
               "team_follow_ups_overdue", "points_behind", "complaints_paused", "quality_reports_teams"}


def _team_ids(actor: Staff) -> list[int] | None:
    """Whose work a person oversees besides their own: a 班长 their team, a 主任 everyone (None)."""
    if auth.has_role(actor, "supervisor"):
        return None
    if auth.has_role(actor, "team_leader") and actor.team_id:
        return [s.id for s in Staff.select(Staff.id).where((Staff.team == actor.team_id) & Staff.active)]
    return [actor.id]


def _group(key: str, title: str | Text, area: str, query, item: Callable, empty: str | Text) -> Group:
    return Group(key, title, area, query.count(), [item(row) for row in query.limit(SHOWN)], empty)


# ── follow-ups ────────────────────────────────────────────────────────────────────────────────────────────────
def _follow_ups(staff_ids: list[int] | None, condition) -> object:
    query = (FollowUp.select(FollowUp, Customer, Contact, Staff)
             .join(Contact, on=(FollowUp.contact == Contact.id))
             .switch(FollowUp).join(Staff, on=(FollowUp.staff == Staff.id))
             .switch(FollowUp).join(Customer, JOIN.LEFT_OUTER, on=(FollowUp.customer == Customer.id))
             .where(FollowUp.closed_at.is_null() & condition))
    if staff_ids is not None:
        query = query.where(FollowUp.staff.in_(staff_ids))
    return query.order_by(FollowUp.due_on, FollowUp.id)


def _follow_up_item(actor: Staff, today: datetime.date, urgency: str) -> Callable[[FollowUp], Item]:
    def item(row: FollowUp) -> Item:
        who = row.customer.name if row.customer_id else (row.contact.caller_name or msg("（匿名来电）"))
        text = msg("{who}", who=who) if row.staff_id == actor.id else msg("{who}（{owner}）", who=who,
                                                                               owner=row.staff.name)
        promised = row.contact.promised.strip() or row.contact.purpose
        late = (today - row.due_on).days
        when = (msg("逾期 {days} 天", days=late) if late > 0 else
                msg("今天") if late == 0 else msg("{day}", day=ShortDay(row.due_on)))
        return Item(text, msg("{when}：{promised}", when=when, promised=promised), urgency, CONTACTS, row.contact_id)
    return item


def follow_up_groups(actor: Staff, today: datetime.date) -> list[Group]:
    mine = [actor.id]
    week = today + datetime.timedelta(days=WEEK)
    groups = [
        _group("follow_ups_overdue", "我的跟进：已逾期", CONTACTS, _follow_ups(mine, FollowUp.due_on < today),
               _follow_up_item(actor, today, deadlines.OVERDUE), "没有逾期的跟进。"),
        _group("follow_ups_today", "我的跟进：今天到期", CONTACTS, _follow_ups(mine, FollowUp.due_on == today),
               _follow_up_item(actor, today, deadlines.CLOSE), "今天没有到期的跟进。"),
        _group("follow_ups_week", "我的跟进：未来7天", CONTACTS,
               _follow_ups(mine, FollowUp.due_on.between(today + datetime.timedelta(days=1), week)),
               _follow_up_item(actor, today, ""), "未来7天没有跟进。"),
    ]
    overseen = _team_ids(actor)
    if overseen != mine:
        others = FollowUp.staff != actor.id
        title = "全部门逾期跟进" if overseen is None else "本班组逾期跟进"
        groups.append(_group("team_follow_ups_overdue", title, CONTACTS,
                             _follow_ups(overseen, (FollowUp.due_on < today) & others),
                             _follow_up_item(actor, today, deadlines.OVERDUE), "没有逾期的跟进。"))
    return groups


# ── complaints ────────────────────────────────────────────────────────────────────────────────────────────────
def _complaints(condition) -> object:
    return (Complaint.select().where(Complaint.voided_at.is_null() & condition)
            .order_by(Complaint.next_due_at.asc(nulls="LAST"), Complaint.id))


def _complaint_text(complaint: Complaint) -> Text:
    return msg("{number} {complainant}：{category}", number=complaint.number, complainant=complaint.complainant,
               category=workflow.label("category", complaint.category))


def _complaint_item(now: datetime.datetime) -> Callable[[Complaint], Item]:
    def item(complaint: Complaint) -> Item:
        left = lists.time_left(complaint, now)
        status = lists.status_label(complaint, now)
        return Item(_complaint_text(complaint), lines(filter(None, [status, left.text]), "　"), left.urgency,
                    COMPLAINTS, complaint.id)
    return item


def _dispatch_item(now: datetime.datetime) -> Callable[[Complaint], Item]:
    """A new complaint, with the 60-minute dispatch clock."""
    def item(complaint: Complaint) -> Item:
        left = complaint.received_at + workflow.DISPATCH_LIMIT - now
        minutes = int(left.total_seconds() // 60)
        urgency = deadlines.OVERDUE if minutes < 0 else (deadlines.CLOSE if minutes <= 15 else deadlines.OK)
        clock_text = (msg("派发超时 {minutes} 分钟", minutes=-minutes) if minutes < 0 else
                      msg("派发还剩 {minutes} 分钟", minutes=minutes))
        return Item(_complaint_text(complaint), lines([workflow.status_text(complaint), clock_text], "　"), urgency,
                    COMPLAINTS, complaint.id)
    return item


def _paused(condition) -> object:
    """Complaints waiting on the customer or a third party, the longest past their expected answer first."""
    return (Complaint.select().where(Complaint.voided_at.is_null() & Complaint.status.in_(workflow.WAITING)
                                     & condition)
            .order_by(Complaint.pause_expected_on, Complaint.id))


def _waiting_late_group(actor: Staff, now: datetime.datetime) -> Group:
    """A pause longer than its expected answer date is the handler's to chase."""
    late = (Complaint.pause_expected_on < now.date()) & (Complaint.assignee == actor.id)
    return _group("complaints_waiting_late", "我的投诉：等待超过预计日期", COMPLAINTS, _paused(late),
                  _complaint_item(now), "没有等待超期的投诉。")


def _paused_group(now: datetime.datetime) -> Group:
    """The supervisor sees every pause, and may end it."""
    return _group("complaints_paused", "全部门等待中的投诉（暂停计时）", COMPLAINTS, _paused(True),
                  _complaint_item(now), "没有暂停计时的投诉。")


def complaint_groups(actor: Staff, now: datetime.datetime) -> list[Group]:
    item = _complaint_item(now)
    mine = Complaint.assignee == actor.id
    new = Complaint.status.in_((workflow.RECEIVED, workflow.ASSESSED))
    if not auth.has_role(actor, "team_leader"):
        new &= Complaint.received_by == actor.id
    groups = [
        _group("complaints_mine", "指派给我的投诉", COMPLAINTS,
               _complaints(mine & Complaint.status.in_((workflow.DISPATCHED, workflow.INVESTIGATED))), item,
               "没有指派给我、待我调查或拟方案的投诉。"),
        _waiting_late_group(actor, now),
        _group("complaints_new", "新投诉：待判断、待派发", COMPLAINTS, _complaints(new), _dispatch_item(now),
               "没有等待派发的新投诉。"),
        _group("callbacks_due", "待回访", COMPLAINTS,
               _complaints((Complaint.status == workflow.REPLIED)
                           & ((Complaint.replied_by == actor.id) | (Complaint.received_by == actor.id))), item,
               "没有待我回访的投诉。"),
    ]
    if auth.can(actor, "complaint.approve"):
        mine = [complaint for complaint in _complaints(Complaint.status == workflow.PROPOSED)
                if workflow.refusal(actor, complaint, "approve") is None]  # the authority and four eyes decide
        groups.append(Group("complaints_approval", "待我审批的处理方案", COMPLAINTS, len(mine),
                            [item(complaint) for complaint in mine[:SHOWN]], "没有待审批的处理方案。"))
    if auth.can(actor, "complaint.decide"):
        groups.append(_group("complaints_escalated", "退回主任的投诉", COMPLAINTS,
                             _complaints(Complaint.status == workflow.ESCALATED), item, "没有退回主任的投诉。"))
        groups.append(_group("complaints_overdue", "全部门超期投诉", COMPLAINTS,
                             _complaints(Complaint.status.in_(workflow.OPEN) & (Complaint.next_due_at < now)), item,
                             "没有超期的投诉。"))
        groups.append(_paused_group(now))
    return groups


# ── swaps ─────────────────────────────────────────────────────────────────────────────────────────────────────
def _swap_item(swap: Swap) -> Item:
    return Item(swaps.one_line(swap), swaps.approvals_text(swap), "", STAFFING, swap.id)


def swap_groups(actor: Staff) -> list[Group]:
    mine = (Swap.status == "pending") & ((Swap.applicant == actor.id) | (Swap.substitute == actor.id))
    own = Swap.select().where(mine).order_by(Swap.swap_day, Swap.id)
    groups = [_group("my_requests", "我的换班申请（待审批）", STAFFING, own, _swap_item, "没有待审批的换班申请。")]
    if auth.can(actor, "swaps.approve"):
        waiting = swaps.waiting_for(actor, limit=SHOWN)
        groups.insert(0, Group("swaps_approval", "待我审批的换班", STAFFING, len(waiting),
                               [_swap_item(s) for s in waiting], "没有待我审批的换班。"))
    if auth.can(actor, "covers.approve"):
        asked = covers.waiting_for(actor)
        groups.insert(1, Group("covers_approval", "待我审批的顶班", STAFFING, len(asked),
                               [Item(covers.one_line(c), c.reason, "", STAFFING, covers.today_key(c))
                                for c in asked[:SHOWN]], "没有待我审批的顶班。"))
    return groups


# ── leave ─────────────────────────────────────────────────────────────────────────────────────────────────────
def _leave_item(record: Leave) -> Item:
    steps = leave.steps_text(record)
    if record.late_notice:
        return Item(leave.one_line(record), lines([steps, msg("迟报：{notice}", notice=record.late_notice)], "　"),
                    deadlines.CLOSE, STAFFING, leave.today_key(record))
    return Item(leave.one_line(record), steps, "", STAFFING, leave.today_key(record))


def _certificate_item(today: datetime.date) -> Callable[[Leave], Item]:
    def item(record: Leave) -> Item:
        return Item(leave.one_line(record), msg("病假已于 {day} 结束，尚未交医疗证明", day=ShortDay(record.end)),
                    deadlines.OVERDUE if (today - record.end).days > 1 else deadlines.CLOSE, STAFFING,
                    leave.today_key(record))
    return item


def leave_groups(actor: Staff, today: datetime.date) -> list[Group]:
    """The person's own requests, leave waiting for their decision at their level, and for a 班长 sick leave
    missing its certificate."""
    own = leave.my_pending(actor)
    groups = [Group("my_leave", "我的请假申请（待审批）", STAFFING, len(own), [_leave_item(r) for r in own[:SHOWN]],
                    "没有待审批的请假申请。")]
    if auth.can(actor, "leave.approve"):
        waiting = leave.waiting_for(actor)
        groups.insert(0, Group("leave_approval", "待我审批的请假", STAFFING, len(waiting),
                               [_leave_item(r) for r in waiting[:SHOWN]], "没有待我审批的请假。"))
    if auth.can(actor, "leave.manage"):
        missing = leave.missing_certificates(actor, today)
        groups.append(Group("leave_certificates", "病假未交证明", STAFFING, len(missing),
                            [_certificate_item(today)(r) for r in missing[:SHOWN]], "没有缺少证明的病假。"))
    return groups


# ── the shift books: 交接日志, 服务质量分析报告 ─────────────────────────────────────────────────────────────────────
def _handover_item(now: datetime.datetime, late_after: datetime.timedelta | None = None) -> Callable[[Handover], Item]:
    def item(record: Handover) -> Item:
        cases = shift_handover.case_texts(record)
        said = [msg("设备：{equipment}", equipment=record.equipment)]
        if cases:
            said.append(msg("疑难问题 {count} 个", count=len(cases)))
        urgency = deadlines.CLOSE
        if late_after is not None:
            begun = now - shift_handover.begins(record)
            urgency = deadlines.OVERDUE if begun > late_after else deadlines.CLOSE
            said.insert(0, msg("接班已开始 {minutes} 分钟，无人确认", minutes=int(begun.total_seconds() // 60)))
        detail = lines(said, "　")
        return Item(shift_handover.one_line(record), detail, urgency, STAFFING, shift_handover.today_key(record))
    return item


def _report_item(state: quality_report.TeamState) -> Item:
    text = msg("{month}月服务质量分析报告（{team}）", month=state.month, team=state.team.name)
    return Item(text, state.state.text, state.state.urgency, STAFFING, quality_report.today_key(state))


def shift_book_groups(actor: Staff, now: datetime.datetime) -> list[Group]:
    """The handovers waiting for the person to take over their shift; for a 班长 those nobody acknowledged and the
    month's quality report, for a 主任 every team's report."""
    mine = shift_handover.awaiting_me(actor, now)
    groups = [Group("handover_ack", "待我确认接班的交接日志", STAFFING, len(mine),
                    [_handover_item(now)(h) for h in mine[:SHOWN]], "没有待我确认的交接日志。")]
    if auth.can(actor, "handover.oversee"):
        open_ones = shift_handover.unacknowledged(actor, now)
        groups.append(Group("handover_unacknowledged", "接班未确认的交接日志", STAFFING, len(open_ones),
                            [_handover_item(now, shift_handover.LATE)(h) for h in open_ones[:SHOWN]],
                            "所有交接日志都已确认接班。"))
    if (own := quality_report.my_state(actor, now.date())) is not None:
        due = [] if own.state.key in (quality_report.SUBMITTED, quality_report.SUBMITTED_LATE) else [own]
        groups.append(Group("quality_report", "服务质量分析报告（交主任）", STAFFING, len(due),
                            [_report_item(s) for s in due],
                            msg("{month}月报告已交主任：{state}。", month=own.month, state=own.state.text)))
    if auth.can(actor, "quality_report.receive"):
        states = quality_report.team_states(actor, now.date())
        groups.append(Group("quality_reports_teams", "各班组服务质量分析报告", STAFFING, len(states),
                            [_report_item(s) for s in states], "没有班组。"))
    return groups


# ── customers ─────────────────────────────────────────────────────────────────────────────────────────────────
def _customers(actor: Staff, condition) -> object:
    """Customers in service; ownership and review dates are hidden fields of a confidential customer."""
    query = Customer.select().where(Customer.voided_at.is_null() & ~Customer.archived & condition)
    hidden = confidentiality.found_by_hidden_fields(actor)
    return query if hidden is None else query.where(hidden)


def _pool_item(today: datetime.date) -> Callable[[Customer], Item]:
    def item(customer: Customer) -> Item:
        days = (customer.ownership_until - today).days  # owned to the end of ownership_until, in the pool after
        urgency = deadlines.CLOSE if days <= 2 else ""
        detail = (msg("今天是归属的最后一天，明天回公共池") if days == 0 else
                  msg("归属至 {until}，{days} 天后回公共池", until=customer.ownership_until, days=days + 1))
        return Item(f"{customer.number} {customer.name}", detail, urgency, CUSTOMERS, customer.id)
    return item


def _review_item(today: datetime.date) -> Callable[[Customer], Item]:
    def item(customer: Customer) -> Item:
        due = [msg(template, day=ShortDay(day)) for template, day in (
            ("信用复核 {day}", customer.credit_review_due_on), ("档案核定 {day}", customer.archive_check_due_on))
            if day and day <= today]
        return Item(f"{customer.number} {customer.name}", msg("{due} 到期", due=lines(due, "、")), deadlines.CLOSE,
                    CUSTOMERS, customer.id)
    return item


def customer_groups(actor: Staff, today: datetime.date) -> list[Group]:
    rules = pool_rules.current()
    mine = Customer.owner == actor.id
    groups = [_group("pool_soon", msg("我的客户：{days}天内将回公共池", days=rules.warning_days), CUSTOMERS,
                     _customers(actor, mine & pool_rules.lapsing_soon(today, rules))
                     .order_by(Customer.ownership_until, Customer.id), _pool_item(today),
                     msg("{days}天内没有将回公共池的客户。", days=rules.warning_days))]
    groups += referral_groups(actor, today)
    if auth.can(actor, "customers.review"):
        due = (Customer.credit_review_due_on <= today) | (Customer.archive_check_due_on <= today)
        overseen = _team_ids(actor)
        scope = due if overseen is None else due & Customer.owner.in_(overseen)
        groups.append(_group("reviews_due", "信用复核、档案核定到期", CUSTOMERS,
                             _customers(actor, scope).order_by(Customer.credit_review_due_on, Customer.id),
                             _review_item(today), "没有到期的复核。"))
    return groups


def _referral_item(today: datetime.date) -> Callable[[Referral], Item]:
    def item(referral: Referral) -> Item:
        customer = referral.customer
        day = ShortDay(referral.expected_on)
        if referral.expected_on < today:
            detail = msg("预计 {day} 来访，未如期来访，介绍登记已失效；可重新登记", day=day)
            urgency = deadlines.CLOSE
        elif referral.expected_on == today:
            detail, urgency = msg("预计今天来访；请陪同客户到接待台登记或提前电话通知"), ""
        else:
            detail, urgency = msg("预计 {day} 来访；请陪同客户到接待台登记或提前电话通知", day=day), ""
        return Item(f"{customer.number} {customer.name}", detail, urgency, CUSTOMERS, customer.id)
    return item


def referral_groups(actor: Staff, today: datetime.date) -> list[Group]:
    """The referrer's own referrals (001 第7篇): those still expected, and those that lapsed lately."""
    item = _referral_item(today)
    return [_group("referrals_expected", "我介绍的客户：待来访", CUSTOMERS, referrals.expected_for(actor, today), item,
                   "没有待来访的介绍客户。"),
            _group("referrals_lapsed", msg("我介绍的客户：{days}天内介绍失效", days=referrals.LAPSED_SHOWN_DAYS),
                   CUSTOMERS,
                   referrals.lapsed_for(actor, today), item, "没有失效的介绍登记。")]


# ── the 主任's desk ──────────────────────────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True)
class Pace:
    expected: int  # points a salesperson should have by now
    passed: int  # working days of the month before today
    total: int  # working days in the month


def pace(today: datetime.date) -> Pace:
    """30 points a month, spread over its working days: on the 1st nobody is behind yet, on the last working day
    everyone should be within a day's points of 30."""
    first, last = calendar.month_bounds(today.year, today.month)
    days = [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
    working = [day for day in days if calendar.is_working_day(day)]
    passed = sum(1 for day in working if day < today)
    expected = visit_points.TARGET * passed // len(working) if working else 0
    return Pace(expected, passed, len(working))


def _points_item(expected: int) -> Callable[[visit_points.PointsRow], Item]:
    def item(row: visit_points.PointsRow) -> Item:
        return Item(row.name, msg("{points} 分，按进度应有 {expected} 分", points=row.points, expected=expected),
                    deadlines.CLOSE, CONTACTS, None)
    return item


def supervisor_groups(actor: Staff, now: datetime.datetime) -> list[Group]:
    groups = []
    if auth.can(actor, "urgent.read"):
        rows = urgent_reports.unread(actor, Page(limit=SHOWN, descending=True))
        groups.append(Group("urgent_unread", "未读紧急报告", CONTACTS, urgent_reports.unread_count(actor),
                            [Item(msg("{customer}（{staff}）", customer=r.customer_name, staff=r.staff_name),
                                  msg("{category}：{summary}", category=r.category, summary=r.summary),
                                  deadlines.OVERDUE, CONTACTS, r.contact_id) for r in rows], "没有未读的紧急报告。"))
    if auth.can(actor, "visit_plans.manage") and auth.has_role(actor, "supervisor"):
        expected = pace(now.date()).expected
        behind = [r for r in visit_points.month_points(now.year, now.month) if r.points < expected]
        groups.append(Group("points_behind", "拜访积分落后于进度", CONTACTS, len(behind),
                            [_points_item(expected)(r) for r in behind[:SHOWN]], "没有落后于进度的业务员。"))
    reminder = schedule.reminder(actor, now)
    if auth.can(actor, "backup.make"):
        items = [Item("备份提醒", reminder, deadlines.CLOSE, FILES, None)] if reminder else []
        groups.append(Group("backup", "备份", FILES, len(items), items, "备份按时，不需要提醒。"))
    return groups


def my_day(actor: Staff, now: datetime.datetime | None = None) -> Day:
    """Every group of the person's day, in the order the 今日 tab shows them."""
    now = now or clock.now()
    today = now.date()
    return Day([*follow_up_groups(actor, today), *complaint_groups(actor, now), *swap_groups(actor),
                *leave_groups(actor, today), *shift_book_groups(actor, now),
                *customer_groups(actor, today), *supervisor_groups(actor, now)])


# what is worth a reminder while the program runs: a line that appears in these groups, or turns more urgent
REMINDING = {"follow_ups_overdue", "follow_ups_today", "complaints_mine", "complaints_new", "callbacks_due",
             "complaints_approval", "swaps_approval", "covers_approval", "leave_approval", "complaints_escalated",
             "urgent_unread", "handover_ack", "handover_unacknowledged"}
LEVEL = {"": 0, deadlines.OK: 0, deadlines.CLOSE: 1, deadlines.OVERDUE: 2}


def news(before: Day, after: Day) -> list[Text]:
    """What arrived or turned amber or overdue since `before`, each said once: an approval to give, a follow-up
    falling due, a complaint of mine running out of time."""
    known = {(g.key, i.record_id): LEVEL[i.urgency] for g in before.groups if g.key in REMINDING for i in g.items}
    said: list[Text] = []
    for group in after.groups:
        if group.key not in REMINDING:
            continue
        for item in group.items:
            level = known.get((group.key, item.record_id))
            if level is None or LEVEL[item.urgency] > level:
                said.append(msg("{title}：{text}（{detail}）", title=group.title, text=item.text, detail=item.detail))
    return said


def counts(actor: Staff, now: datetime.datetime | None = None) -> dict[str, int]:
    """How many items wait for the person in each main tab."""
    day = my_day(actor, now)
    return {area: day.waiting(area) for area in AREAS}
