"""A year of demo complaints in every state, with their histories and callbacks: some overdue, some reopened."""

import datetime
import random
from dataclasses import dataclass, field

from desktop.demo import DemoContext, bulk
from desktop.demo.names import mobile, person_name
from desktop.models import CallbackAttempt, Complaint, ComplaintEvent, Customer, Staff
from desktop.services.complaints import deadlines, history
from desktop.services.complaints import workflow as c
from desktop.services.errors import Text

CONTENTS = {  # by the codes of workflow.CATEGORIES, as stored
    "quality": ["热水器使用两周后漏水", "空调外机噪音过大", "新买的冰箱不制冷", "洗衣机脱水时剧烈晃动",
                "灶具点火困难"],
    "service": ["前台接待人员态度冷淡", "客服电话多次转接无人处理", "维修师傅上门迟到且态度差"],
    "delivery": ["约定送货日期未送达", "送货时外包装破损", "安装延误一周"],
    "price": ["购买后三天降价，要求补差价", "发票金额与合同不符"],
    "repair": ["维修后同一故障再次出现", "保修期内维修被收取费用"],
    "other": ["宣传资料与实际不符", "会员积分未到账"],
}
WEIGHTS = {"quality": 40, "service": 18, "delivery": 16, "price": 8, "repair": 12, "other": 6}


@dataclass
class Draft:
    received_at: datetime.datetime
    values: dict = field(default_factory=dict)
    events: list[tuple] = field(default_factory=list)  # (at, actor id, action, from, to, words)
    callbacks: list[dict] = field(default_factory=list)
    parent: "Draft | None" = None
    id: int = 0


class _People:
    def __init__(self) -> None:
        staff = list(Staff.select().where(Staff.active))
        self.clerks = [p for p in staff if p.role == "staff"] or staff
        self.leaders = [p for p in staff if p.role == "team_leader"] or staff
        self.supervisor = next((p for p in staff if p.role == "supervisor"), staff[0])
        self.callers = [p for p in staff if p.job_type == "回访员"] or self.clerks


def _customers(rng: random.Random) -> list[tuple[int, str, str]]:
    rows = list(Customer.select(Customer.id, Customer.name, Customer.phone).where(Customer.voided_at.is_null())
                .limit(5000).tuples())
    rng.shuffle(rows)
    return rows


class _Life:
    """Walks one complaint through its steps until `now`, recording each event."""

    def __init__(self, draft: Draft, rng: random.Random, who: _People, now: datetime.datetime, slow: bool) -> None:
        self.d, self.rng, self.who, self.now, self.slow = draft, rng, who, now, slow
        self.at = draft.received_at
        self.status = c.RECEIVED

    def wait(self, low_minutes: float, high_minutes: float) -> bool:
        factor = 6 if self.slow else 1
        self.at += datetime.timedelta(minutes=self.rng.uniform(low_minutes, high_minutes) * factor)
        return self.at <= self.now

    def step(self, actor: Staff, action: str, to: str, words: Text, **values: object) -> None:
        self.d.events.append((self.at, actor.id, action, self.status, to, words))
        self.d.values.update(values)
        self.status = to
        self.d.values["status"] = to

    def run(self) -> None:
        rng, who, v = self.rng, self.who, self.d.values
        clerk = rng.choice(who.clerks)
        if not self.wait(2, 15):
            return
        if rng.random() < 0.07:
            reply = "已向客户说明原因，客户表示理解"
            self.step(clerk, "assess", c.CLOSED, history.not_valid("不属于本公司责任", reply, False),
                      assessment="不属于本公司责任", reply=reply, replied_by=clerk.id, replied_at=self.at,
                      closed_at=self.at, closed_as=c.CLOSED_INVALID, next_due_at=None,
                      handling_days=deadlines.working_days_elapsed(self.d.received_at, self.at))
            return
        self.step(clerk, "assess", c.ASSESSED, history.valid(""), assessment="理由充分")
        if not self.wait(5, 48):
            return
        department = rng.choice(c.DEPARTMENTS)
        assignee = rng.choice(who.clerks)
        late = self.at - self.d.received_at > c.DISPATCH_LIMIT
        minutes = int((self.at - self.d.received_at).total_seconds() // 60) if late else None
        self.step(clerk, "dispatch", c.DISPATCHED, history.dispatched(department, assignee.name, minutes),
                  dispatched_at=self.at, dispatch_late=late, department=department, assignee=assignee.id)
        if not self.wait(60, 600):
            return
        finding, party = "经核实情况属实，原因已查明", person_name(rng)
        self.step(assignee, "investigate", c.INVESTIGATED, history.investigated(finding, v["cause_kind"], party),
                  finding=finding, responsible_party=party)
        if not self.wait(30, 240):
            return
        proposal = rng.choice(["免费上门维修", "更换新品", "退还差价", "赔偿误工费 200 元", "书面致歉并加强培训"])
        self.step(assignee, "propose", c.PROPOSED, history.typed(proposal), proposal=proposal)
        if not self.wait(20, 300):
            return
        approver = rng.choice(who.leaders) if v["severity"] == c.ORDINARY else who.supervisor
        self.step(approver, "approve", c.APPROVED, history.approved(""), approved_by=approver.id, approved_at=self.at)
        if not self.wait(20, 240):
            return
        reply = f"已告知客户：{proposal}"
        callback_due = self.at + c.CALLBACK_LIMIT
        self.step(clerk, "reply", c.REPLIED, history.typed(reply), reply=reply, replied_by=clerk.id, replied_at=self.at,
                  callback_due_at=callback_due, next_due_at=callback_due,
                  handling_days=deadlines.working_days_elapsed(self.d.received_at, self.at))
        self.callbacks()

    def callbacks(self) -> None:
        rng = self.rng
        failures = rng.choice([0] * 12 + [1, 2, 3, 4])
        for _ in range(failures):
            if not self.wait(120, 1500):
                return
            self.attempt(False)
        if failures >= 3 and rng.random() < 0.7:
            if self.wait(10, 60):
                self.step(rng.choice(self.who.callers), "close", c.CLOSED,
                          history.unreachable(failures), closed_at=self.at,
                          closed_as=c.CLOSED_UNREACHABLE, next_due_at=None)
            return
        if not self.wait(120, 2400):
            return
        satisfaction = rng.choices(c.SATISFACTION, [70, 22, 8])[0]
        solved = satisfaction != "不满意" and rng.random() < 0.96
        caller = self.attempt(True, satisfaction, solved)
        if satisfaction in c.SATISFIED and solved:
            self.step(caller, "close", c.CLOSED, history.called_back(satisfaction, solved, "", True),
                      satisfaction=satisfaction, closed_at=self.at, closed_as="已解决", next_due_at=None)
            return
        self.step(caller, "escalate", c.ESCALATED, history.called_back(satisfaction, solved, "", False),
                  satisfaction=satisfaction, next_due_at=None)
        if rng.random() < 0.6 and self.wait(240, 2000):
            self.step(self.who.supervisor, "close", c.CLOSED, history.closed_by_supervisor("已与客户协商一致"),
                      closed_at=self.at, closed_as="主任结案")

    def attempt(self, reached: bool, satisfaction: str | None = None, solved: bool | None = None) -> Staff:
        caller = self.rng.choice(self.who.callers)
        self.d.callbacks.append({"at": self.at, "staff": caller.id, "reached": reached, "wrong_contact": False,
                                 "satisfaction": satisfaction, "solved": solved, "note": "" if reached else "无人接听"})
        if not reached:
            count = sum(not attempt["reached"] for attempt in self.d.callbacks)
            self.d.events.append((self.at, caller.id, "callback", self.status, self.status,
                                  history.not_reached(count)))
        return caller


def _draft(rng: random.Random, received: datetime.datetime, customers: list[tuple[int, str, str]],
           who: _People) -> Draft:
    category = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    severity = rng.choices(list(c.SEVERITIES), [72, 21, 7])[0]
    days = c.DEADLINE_DAYS[severity]
    due = deadlines.due_at(received, days)
    if customers and rng.random() < 0.6:
        customer_id, name, phone = rng.choice(customers)
    else:
        customer_id, name, phone = None, person_name(rng), mobile(rng)
    clerk = rng.choice(who.clerks)
    values = {
        "status": c.RECEIVED, "received_at": received, "received_by": clerk.id, "channel": rng.choice(list(c.CHANNELS)),
        "customer": customer_id, "complainant": name, "contact": phone, "content": rng.choice(CONTENTS[category]),
        "request": rng.choice(["尽快处理", "上门维修", "退换货", "赔偿损失", "给个说法"]), "category": category,
        "cause_kind": c.CAUSE_KINDS[0] if category in ("quality", "repair") else c.CAUSE_KINDS[1],
        "severity": severity, "promised_at": due, "deadline_days": days, "due_at": due, "next_due_at": due,
        "order_number": f"SO-{received:%y%m}{rng.randrange(10000):04d}" if category != "service" else "",
        "product": "", "note": "",
        "assessment": "", "dispatch_late": False, "department": "", "finding": "", "responsible_party": "",
        "proposal": "", "approval_note": "", "reply": "", "reminders": 0,
    }
    draft = Draft(received, values)
    draft.events.append((received, clerk.id, "receive", None, c.RECEIVED, history.received(due)))
    return draft


def _received_times(context: DemoContext, now: datetime.datetime) -> list[datetime.datetime]:
    """Office hours of the past year, more in the last weeks so that the open list is lively."""
    rng = context.rng
    times = []
    for index in range(context.size.complaints):
        if index < 3:  # just received: the list shows complaints waiting to be assessed and dispatched
            times.append(now - datetime.timedelta(minutes=rng.randrange(5, 90)))
            continue
        back = rng.uniform(0, 7) if index % 5 == 0 and index < 2000 else rng.uniform(0, 365)
        day = now - datetime.timedelta(days=back)
        moment = day.replace(hour=rng.randrange(8, 21), minute=rng.randrange(60), second=0, microsecond=0)
        times.append(min(moment, now - datetime.timedelta(minutes=rng.randrange(5, 600))))
    return times


def _reopen(rng: random.Random, parent: Draft, now: datetime.datetime, customers: list, who: _People) -> Draft | None:
    closed = parent.values.get("closed_at")
    if closed is None:
        return None
    received = closed + datetime.timedelta(hours=rng.uniform(2, 72))
    if received >= now:
        return None
    child = _draft(rng, received.replace(second=0, microsecond=0), customers, who)
    for key in ("customer", "complainant", "contact", "category", "cause_kind", "order_number"):
        child.values[key] = parent.values[key]
    child.values["content"] = "客户不接受原处理结论：" + parent.values["content"]
    child.parent = parent
    return child


def _remind(rng: random.Random, draft: Draft, who: _People, now: datetime.datetime) -> None:
    """Half of the overdue open complaints have had a 催办单."""
    due = draft.values["next_due_at"]
    if draft.values["status"] not in c.HANDLING or due >= now or rng.random() < 0.5:
        return
    at = min(now, due + datetime.timedelta(hours=rng.uniform(1, 24)))
    status = draft.values["status"]
    said = history.reminded(1, deadlines.span_text(at - due), "请尽快处理并回复")
    draft.events.append((at, rng.choice(who.leaders).id, "remind", status, status, said))
    draft.values["reminders"] = 1


def generate(context: DemoContext) -> None:
    rng = context.rng
    now = context.now
    who = _People()
    customers = _customers(rng)
    drafts = []
    for received in _received_times(context, now):
        draft = _draft(rng, received, customers, who)
        recent = received > now - datetime.timedelta(days=7)
        _Life(draft, rng, who, now, slow=rng.random() < (0.4 if recent else 0.05)).run()
        _remind(rng, draft, who, now)
        drafts.append(draft)
    for parent in [d for d in drafts if d.values["status"] == c.CLOSED and d.values.get("closed_as") != "无法联系"]:
        if rng.random() < 0.03:
            child = _reopen(rng, parent, now, customers, who)
            if child is not None:
                _Life(child, rng, who, now, slow=False).run()
                parent.events.append((child.received_at, child.values["received_by"], "reopen", c.CLOSED, c.CLOSED,
                                      history.reopened(None)))
                drafts.append(child)
    _insert(sorted(drafts, key=lambda d: d.received_at))


def _insert(drafts: list[Draft]) -> None:
    first_id = (Complaint.select(Complaint.id).order_by(Complaint.id.desc()).scalar() or 0) + 1
    serials: dict[str, int] = {}
    rows, events, attempts = [], [], []
    for offset, draft in enumerate(drafts):
        draft.id = first_id + offset
        month = f"{draft.received_at:%Y%m}"
        serials[month] = serials.get(month, 0) + 1
        row = dict(draft.values, id=draft.id, month=month, serial=serials[month],
                   number=f"{month}-{serials[month]:03d}", reopened_from=draft.parent.id if draft.parent else None)
        rows.append(row)
        events += [{"complaint": draft.id, "at": at, "actor": actor, "action": action, "from_status": old,
                    "to_status": new, **history.stored(words)} for at, actor, action, old, new, words in draft.events]
        attempts += [dict(attempt, complaint=draft.id) for attempt in draft.callbacks]
    columns = {name for row in rows for name in row}
    rows = [{name: row.get(name) for name in columns} for row in rows]
    for model, data in ((Complaint, rows), (ComplaintEvent, events), (CallbackAttempt, attempts)):
        bulk.insert(model, data)
