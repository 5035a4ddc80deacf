"""The complaint workflow: numbering, every step allowed or refused by role and state, callbacks, reopening."""

import datetime as dt
import threading

import pytest

from desktop.models import AuditEntry, Complaint, ComplaintEvent, Customer, db
from desktop.services import clock
from desktop.services.complaints import lists
from desktop.services.complaints import workflow as c
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from tests.complaint_world import MEETING, T0, form, minutes, take_to

# ---------------------------------------------------------------- numbering


def test_numbers_restart_each_month_and_a_voided_complaint_keeps_its_number(office_data):
    clerk, boss = office_data["clerk1"], office_data["supervisor"]
    october = [c.receive(clerk, form(received_at=dt.datetime(2026, 10, 31, 23, 58 + i)), now=dt.datetime(2026, 11, 2))
               for i in range(2)]
    november = c.receive(clerk, form(received_at=dt.datetime(2026, 11, 1, 0, 0)), now=dt.datetime(2026, 11, 2))
    assert [x.number for x in october] == ["202610-001", "202610-002"]
    assert november.number == "202611-001"
    c.void(boss, november, "重复登记", now=dt.datetime(2026, 11, 2))
    again = c.receive(clerk, form(received_at=dt.datetime(2026, 11, 1, 9)), now=dt.datetime(2026, 11, 2))
    assert again.number == "202611-002"
    assert Complaint.get_by_id(november.id).number == "202611-001"
    january = c.receive(clerk, form(received_at=dt.datetime(2027, 1, 1, 8)), now=dt.datetime(2027, 1, 1, 9))
    assert january.number == "202701-001"


def test_two_windows_saving_at_the_same_moment_get_consecutive_numbers(office_data):
    """Several threads, each with its own connection to the same file, save at once."""
    clerks = [office_data["clerk1"], office_data["clerk2"], office_data["clerk3"], office_data["leader1"]]
    start = threading.Barrier(len(clerks))
    errors: list[Exception] = []

    def save_many(person):
        try:
            start.wait()
            for i in range(8):
                c.receive(person, form(received_at=T0 + dt.timedelta(seconds=i)), now=T0 + dt.timedelta(hours=1))
        except Exception as error:  # reported to the main thread below
            errors.append(error)
        finally:
            db.close()

    threads = [threading.Thread(target=save_many, args=(person,)) for person in clerks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    serials = sorted(x.serial for x in Complaint.select().where(Complaint.month == "202609"))
    assert serials == list(range(1, 33))
    assert Complaint.select(Complaint.number).distinct().count() == 32


# ---------------------------------------------------------------- 受理


def test_receive_records_the_form_the_deadline_and_the_first_event(office_data):
    clerk = office_data["clerk1"]
    customer = Customer.create(number="K0001", name="陈建国", phone="13800138000", registered_by=clerk,
                               registered_at=clock.now())
    complaint = c.receive(clerk, form("major", customer_id=customer.id, order_number="SO-1",
                                      promised_at=dt.datetime(2026, 9, 17, 12)), now=T0)
    assert complaint.number == "202609-001"
    assert complaint.status == c.RECEIVED
    assert complaint.deadline_days == 3
    assert complaint.due_at == dt.datetime(2026, 9, 18, 10)
    assert complaint.next_due_at == complaint.due_at
    assert complaint.customer_id == customer.id
    event = ComplaintEvent.get(ComplaintEvent.complaint == complaint)
    assert (event.action, event.actor_id, event.to_status) == ("receive", clerk.id, c.RECEIVED)
    assert "09-17 12:00" in event.note
    assert AuditEntry.select().where(AuditEntry.table_name == "complaint").count() == 1


def test_the_form_previews_the_deadline_receive_will_give(office_data):
    for severity in ("ordinary", "major", "serious"):
        preview = c.deadline_for(severity, T0)
        complaint = c.receive(office_data["clerk1"], form(severity), now=T0)
        assert (preview.days, preview.due_at) == (complaint.deadline_days, complaint.due_at)
    assert c.deadline_for("ordinary", T0) == c.Deadline(1, dt.datetime(2026, 9, 16, 10))


def test_receive_refuses_an_incomplete_form(office_data):
    with pytest.raises(ValidationErrors) as refused:
        c.receive(office_data["clerk1"], form(complainant=" ", contact="", content=""), now=T0)
    assert set(refused.value.errors) == {"complainant", "contact", "content"}
    with pytest.raises(RuleError) as late_promise:
        c.receive(office_data["clerk1"], form(promised_at=dt.datetime(2026, 9, 20)), now=T0)
    assert late_promise.value.field == "promised_at"
    assert Complaint.select().count() == 0


def test_the_contact_is_stored_in_ascii_digits(office_data):
    complaint = c.receive(office_data["clerk1"], form(contact="１３８ ٠٠١٣ ٨٠٠٠"), now=T0)
    assert Complaint.get_by_id(complaint.id).contact == "138 0013 8000"


def test_receive_cleans_the_text_and_refuses_what_does_not_fit_the_form(office_data):
    clerk = office_data["clerk1"]
    with pytest.raises(ValidationErrors) as refused:
        c.receive(clerk, form(complainant="\u200b\u200b", content="漏" * 2001, request="要" * 1001, product="品" * 101,
                              category="随便写的分类", channel="飞鸽"), now=T0)
    assert refused.value.errors == {
        "complainant": "请填写投诉人。", "content": "不能超过 2000 个字。", "request": "不能超过 1000 个字。",
        "product": "不能超过 100 个字。",
        "category": "请选择分类：产品质量 / 服务态度 / 交付 / 价格 / 售后维修 / 其他。",
        "channel": "请选择投诉渠道。"}
    complaint = c.receive(clerk, form(complainant="陈\x00先生", content="漏水\r\n\x1b严重\ufeff"), now=T0)
    assert (complaint.complainant, complaint.content) == ("陈先生", "漏水\n严重")


def test_receive_refuses_dates_outside_the_sensible_range(office_data):
    with pytest.raises(ValidationErrors) as refused:
        c.receive(office_data["clerk1"], form(received_at=dt.datetime(1900, 1, 1, 9), shipped_on=dt.date(1900, 1, 1)),
                  now=T0)
    assert refused.value.errors == {"received_at": "日期应在 2000-01-01 至 2031-09-15 之间。",
                                    "shipped_on": "日期应在 2000-01-01 至 2031-09-15 之间。"}


def test_every_step_cleans_its_text_and_refuses_it_too_long(office_data):
    clerk = office_data["clerk1"]
    complaint = take_to(c.ASSESSED, office_data)
    with pytest.raises(RuleError) as unknown:
        c.dispatch(clerk, complaint, "随便哪个部门", None, now=minutes(30))
    assert unknown.value.field == "department"
    with pytest.raises(RuleError) as long_note:
        c.dispatch(clerk, complaint, "客服部", None, "注" * 1001, now=minutes(30))
    assert (long_note.value.field, long_note.value.message) == ("note", "不能超过 1000 个字。")
    c.dispatch(clerk, complaint, "客服部", None, now=minutes(30))
    with pytest.raises(RuleError) as long_finding:
        c.investigate(clerk, complaint, "查" * 1001, "供应商", now=minutes(40))
    assert long_finding.value.field == "finding"
    with pytest.raises(RuleError) as only_invisible:
        c.investigate(clerk, complaint, "\u200b\u2060", "供应商", now=minutes(40))
    assert only_invisible.value.message == "请填写调查结果与原因。"
    c.investigate(clerk, complaint, "密封圈\x00老化", "供应商\x07", now=minutes(40))
    assert (complaint.finding, complaint.responsible_party) == ("密封圈老化", "供应商")


def test_a_percent_sign_in_a_search_matches_only_itself(office_data):
    clerk = office_data["clerk1"]
    c.receive(clerk, form(complainant="陈先生"), now=T0)
    c.receive(clerk, form(complainant="百分之100%公司"), now=T0)
    assert [x.complainant for x in lists.page(lists.ComplaintFilter(text="%"), 0, 10, now=T0)] == ["百分之100%公司"]
    assert lists.page(lists.ComplaintFilter(text="_"), 0, 10, now=T0) == []
    assert len(lists.page(lists.ComplaintFilter(text="陈"), 0, 10, now=T0)) == 1


# ---------------------------------------------------------------- the whole life


def test_an_ordinary_complaint_from_receipt_to_closure(office_data):
    complaint = take_to(c.REPLIED, office_data)
    clerk = office_data["clerk1"]
    c.record_callback(clerk, complaint, reached=True, satisfaction="满意", solved=True, now=minutes(600))
    assert complaint.status == c.CLOSED
    assert complaint.closed_as == "已解决"
    assert complaint.next_due_at is None
    actions = [e.action for e in lists.detail(complaint.id).events]
    assert actions == ["receive", "assess", "dispatch", "investigate", "propose", "approve", "reply", "close"]
    assert complaint.handling_days == pytest.approx(0.08, abs=0.01)  # two hours of a working day


def test_an_invalid_complaint_closes_with_the_reason_and_the_reply(office_data):
    complaint = c.receive(office_data["clerk1"], form(), now=T0)
    with pytest.raises(RuleError) as missing:
        c.assess(office_data["clerk1"], complaint, False, "超过保修期", now=minutes(10))
    assert missing.value.field == "reply"
    c.assess(office_data["clerk1"], complaint, False, "超过保修期", "已说明收费维修办法，客户表示理解", now=minutes(10))
    assert (complaint.status, complaint.closed_as) == (c.CLOSED, "不成立")
    assert complaint.reply.startswith("已说明")


def test_dispatch_later_than_sixty_minutes_is_flagged(office_data):
    clerk = office_data["clerk1"]
    on_time = take_to(c.ASSESSED, office_data)
    c.dispatch(clerk, on_time, "客服部", None, now=minutes(60))
    assert not on_time.dispatch_late
    late = take_to(c.ASSESSED, office_data)
    assert lists.status_label(late, now=minutes(61)) == "待派发·派发超时"
    c.dispatch(clerk, late, "质量管理部", office_data["clerk2"].id, now=minutes(61))
    assert late.dispatch_late
    assert "超过 60 分钟" in ComplaintEvent.get((ComplaintEvent.complaint == late)
                                           & (ComplaintEvent.action == "dispatch")).note


# ---------------------------------------------------------------- who may do what

ROLE_CASES = [
    # action, state it starts from, severity, who, allowed
    ("assess", c.RECEIVED, "ordinary", "clerk1", True),
    ("dispatch", c.ASSESSED, "ordinary", "clerk1", True),
    ("investigate", c.DISPATCHED, "ordinary", "clerk2", True),  # the responsible person
    ("investigate", c.DISPATCHED, "ordinary", "clerk1", False),  # a clerk who is not
    ("investigate", c.DISPATCHED, "ordinary", "leader1", True),
    ("propose", c.INVESTIGATED, "ordinary", "clerk2", True),
    ("propose", c.INVESTIGATED, "ordinary", "clerk3", False),
    ("propose", c.INVESTIGATED, "ordinary", "supervisor", True),
    ("approve", c.PROPOSED, "ordinary", "clerk1", False),
    ("approve", c.PROPOSED, "ordinary", "leader1", True),
    ("approve", c.PROPOSED, "ordinary", "supervisor", True),
    ("approve", c.PROPOSED, "major", "clerk1", False),
    ("approve", c.PROPOSED, "major", "leader1", False),
    ("approve", c.PROPOSED, "serious", "leader2", False),
    ("approve", c.PROPOSED, "major", "supervisor", True),
    ("approve", c.PROPOSED, "serious", "supervisor", True),
    ("send_back", c.PROPOSED, "ordinary", "clerk1", False),
    ("send_back", c.PROPOSED, "ordinary", "leader1", True),
    ("send_back", c.PROPOSED, "major", "leader1", False),
    ("send_back", c.PROPOSED, "major", "supervisor", True),
    ("reply", c.APPROVED, "ordinary", "clerk1", True),
    ("callback", c.REPLIED, "ordinary", "clerk3", True),
    ("close_unreachable", c.REPLIED, "ordinary", "clerk1", True),
    ("extend", c.DISPATCHED, "ordinary", "clerk1", False),
    ("extend", c.DISPATCHED, "ordinary", "leader1", False),
    ("extend", c.DISPATCHED, "ordinary", "supervisor", True),
    ("remind", c.DISPATCHED, "ordinary", "clerk1", False),
    ("remind", c.DISPATCHED, "ordinary", "leader1", True),
    ("void", c.RECEIVED, "ordinary", "leader1", False),
    ("void", c.RECEIVED, "ordinary", "supervisor", True),
    ("redo", c.ESCALATED, "ordinary", "leader1", False),
    ("redo", c.ESCALATED, "ordinary", "supervisor", True),
    ("decide_close", c.ESCALATED, "ordinary", "clerk1", False),
    ("decide_close", c.ESCALATED, "ordinary", "supervisor", True),
    ("reopen", c.CLOSED, "ordinary", "clerk1", True),
    ("pause", c.DISPATCHED, "ordinary", "clerk2", True),  # the responsible person
    ("pause", c.DISPATCHED, "ordinary", "clerk3", False),
    ("pause", c.INVESTIGATED, "ordinary", "leader1", True),
    ("resume", c.WAITING_CUSTOMER, "ordinary", "clerk2", True),
    ("resume", c.WAITING_CUSTOMER, "ordinary", "clerk3", False),
    ("resume", c.WAITING_THIRD_PARTY, "ordinary", "supervisor", True),
]

LATER = dt.datetime(2026, 9, 30, 9, 0)  # after every deadline of a complaint received at T0


def _do(action: str, person, complaint):
    calls = {
        "assess": lambda: c.assess(person, complaint, True, "成立", now=LATER),
        "dispatch": lambda: c.dispatch(person, complaint, "客服部", None, now=LATER),
        "investigate": lambda: c.investigate(person, complaint, "原因已查明", "张三", now=LATER),
        "propose": lambda: c.propose(person, complaint, "赔偿 100 元", now=LATER),
        "approve": lambda: c.approve(person, complaint, now=LATER),
        "send_back": lambda: c.send_back(person, complaint, "方案不足", now=LATER),
        "reply": lambda: c.reply(person, complaint, "已答复", now=LATER),
        "callback": lambda: c.record_callback(person, complaint, reached=False, now=LATER),
        "close_unreachable": lambda: c.close_unreachable(person, complaint, now=LATER),
        "extend": lambda: c.extend(person, complaint, 3, "需要厂家检测", now=LATER),
        "remind": lambda: c.remind(person, complaint, now=LATER),
        "void": lambda: c.void(person, complaint, "重复登记", now=LATER),
        "redo": lambda: c.redo(person, complaint, "重新调查", now=LATER),
        "decide_close": lambda: c.decide_close(person, complaint, "已与客户协商一致", now=LATER),
        "reopen": lambda: c.reopen(person, complaint, form(content="不接受处理结论", received_at=LATER), now=LATER),
        "pause": lambda: c.pause(person, complaint, c.WAITING_CUSTOMER, "等客户寄回样品", dt.date(2026, 10, 9),
                                 now=LATER),
        "resume": lambda: c.resume(person, complaint, "样品已收到", now=LATER),
        "merge": lambda: c.merge(person, complaint, complaint, "重复来电", now=LATER),
        "unmerge": lambda: c.unmerge(person, complaint, "不是同一件事", now=LATER),
        "meeting": lambda: c.record_meeting(person, complaint, MEETING, now=LATER),
        "split": lambda: c.split(person, complaint, form(content="另一件事", received_at=LATER), now=LATER),
    }
    return calls[action]()


def _complaint_in(state: str, data: dict, severity: str) -> Complaint:
    if state == c.ESCALATED:
        complaint = take_to(c.REPLIED, data, severity)
        c.record_callback(data["clerk1"], complaint, True, "不满意", False, now=minutes(600))
        return complaint
    if state == c.CLOSED:
        complaint = take_to(c.REPLIED, data, severity)
        c.record_callback(data["clerk1"], complaint, True, "满意", True, now=minutes(600))
        return complaint
    if state in c.WAITING:
        complaint = take_to(c.DISPATCHED, data, severity)
        c.pause(data["clerk2"], complaint, state, "等待回复", dt.date(2026, 9, 18), now=minutes(90))
        return complaint
    return take_to(state, data, severity)


@pytest.mark.parametrize(("action", "state", "severity", "who", "allowed"), ROLE_CASES)
def test_each_step_by_role(office_data, action, state, severity, who, allowed):
    if action == "close_unreachable":
        complaint = take_to(c.REPLIED, office_data, severity)
        for n in range(3):
            c.record_callback(office_data["clerk1"], complaint, reached=False, now=minutes(500 + n))
    else:
        complaint = _complaint_in(state, office_data, severity)
    person = office_data[who]
    events_before = ComplaintEvent.select().where(ComplaintEvent.complaint == complaint).count()
    assert (action in c.allowed_actions(person, complaint)) == allowed
    if allowed:
        _do(action, person, complaint)
        events_after = ComplaintEvent.select().where(ComplaintEvent.complaint == complaint).count()
        assert events_after == events_before + 1
        assert ComplaintEvent.select().where(ComplaintEvent.actor == person).exists()
    else:
        with pytest.raises(PermissionDenied) as refused:
            _do(action, person, complaint)
        assert "权" in refused.value.message
        assert ComplaintEvent.select().where(ComplaintEvent.complaint == complaint).count() == events_before


def test_a_clerk_is_told_who_approves(office_data):
    complaint = take_to(c.PROPOSED, office_data, "serious")
    with pytest.raises(PermissionDenied) as refused:
        c.approve(office_data["leader1"], complaint)
    assert refused.value.message == "严重投诉的处理方案须由主任或以上审批，您无权审批处理方案。"


def test_whoever_proposes_does_not_approve_and_a_team_leaders_proposal_goes_to_the_supervisor(office_data):
    """Four eyes: 李班长 proposed the plan himself; neither he nor his fellow 班长 approves it, the 主任 does."""
    complaint = take_to(c.INVESTIGATED, office_data)
    leader = office_data["leader1"]
    c.propose(leader, complaint, "上门更换热水器", now=minutes(100))
    assert "approve" not in c.allowed_actions(leader, complaint)
    with pytest.raises(PermissionDenied, match="您本人提出.*主任"):
        c.approve(leader, complaint, now=minutes(110))
    with pytest.raises(PermissionDenied, match="李班长提出.*主任"):
        c.approve(office_data["leader2"], complaint, now=minutes(110))
    c.approve(office_data["supervisor"], complaint, now=minutes(120))
    assert complaint.approved_by_id == office_data["supervisor"].id


def test_a_supervisors_own_proposal_needs_another_supervisor(office_data):
    complaint = take_to(c.INVESTIGATED, office_data, "serious")
    boss = office_data["supervisor"]
    c.propose(boss, complaint, "退货并赔偿", now=minutes(100))
    with pytest.raises(PermissionDenied, match="另一位主任"):
        c.send_back(boss, complaint, "再想想", now=minutes(110))
    c.record_meeting(boss, complaint, MEETING, now=minutes(115))
    c.approve(office_data["admin"], complaint, now=minutes(120))
    assert complaint.status == c.APPROVED


@pytest.mark.parametrize("action", sorted(c.ACTIONS))
def test_every_step_is_refused_from_a_state_it_does_not_start_from(office_data, action):
    boss = office_data["supervisor"]
    states, _, name = c.ACTIONS[action]
    for state in [s for s in c.STATUS_TEXT if s not in states]:
        complaint = _complaint_in(state, office_data, "ordinary")
        error = c.refusal(boss, complaint, action)
        assert error is not None and not isinstance(error, PermissionDenied)
        assert f"当前为「{c.STATUS_TEXT[state]}」，不能{name}" in error.message
    complaint = _complaint_in(c.RECEIVED if c.RECEIVED not in states else c.CLOSED, office_data, "ordinary")
    with pytest.raises(RuleError, match="不能"):
        _do(action, boss, complaint)


def test_a_voided_complaint_takes_no_further_step(office_data):
    complaint = take_to(c.DISPATCHED, office_data)
    c.void(office_data["supervisor"], complaint, "客户撤回，误登记", now=minutes(90))
    assert c.allowed_actions(office_data["supervisor"], complaint) == []
    assert lists.time_left(complaint).text == ""


# ---------------------------------------------------------------- deadlines, reminders


def test_a_special_case_may_be_extended_to_seven_working_days_by_the_supervisor(office_data):
    boss = office_data["supervisor"]
    received = dt.datetime(2026, 9, 30, 15, 20)
    complaint = take_to(c.DISPATCHED, office_data, received_at=received)
    assert complaint.due_at == dt.datetime(2026, 10, 8, 15, 20)
    later = received + dt.timedelta(hours=2)
    with pytest.raises(RuleError):
        c.extend(boss, complaint, 8, "需要厂家检测", now=later)
    with pytest.raises(RuleError):
        c.extend(boss, complaint, 5, " ", now=later)
    c.extend(boss, complaint, 3, "需要厂家检测", now=later)
    assert complaint.due_at == dt.datetime(2026, 10, 10, 15, 20)  # 10-08, 10-09, make-up Saturday 10-10
    assert complaint.next_due_at == complaint.due_at
    assert "主任批准延长至 3 个工作日" in lists.detail(complaint.id).events[-1].note


def test_an_overdue_complaint_gets_a_recorded_reminder(office_data):
    leader = office_data["leader1"]
    complaint = take_to(c.DISPATCHED, office_data)
    with pytest.raises(RuleError, match="没有超期"):
        c.remind(leader, complaint, now=minutes(120))
    overdue = lists.ComplaintFilter(overdue=True)
    assert lists.count(overdue, now=minutes(120)) == 0
    next_day = dt.datetime(2026, 9, 16, 12, 0)
    assert lists.count(overdue, now=next_day) == 1
    c.remind(leader, complaint, "请今天下班前答复", now=next_day)
    c.remind(leader, complaint, now=next_day + dt.timedelta(hours=1))
    assert complaint.reminders == 2
    notes = [e.note for e in lists.detail(complaint.id).events if e.action == "remind"]
    assert notes[0].startswith("第 1 次催办（超期 2小时0分）")


def test_a_reminder_is_offered_only_once_the_complaint_is_overdue(office_data):
    leader = office_data["leader1"]
    complaint = take_to(c.DISPATCHED, office_data)
    assert "remind" not in c.allowed_actions(leader, complaint, now=minutes(120))
    assert "没有超期" in c.refusal(leader, complaint, "remind", now=minutes(120)).message
    assert "remind" in c.allowed_actions(leader, complaint, now=dt.datetime(2026, 9, 16, 12, 0))


def test_the_notice_is_the_latest_reminder_with_who_issued_it_and_its_count(office_data):
    leader, boss = office_data["leader1"], office_data["supervisor"]
    complaint = take_to(c.DISPATCHED, office_data)
    with pytest.raises(RuleError, match="尚未催办"):
        lists.reminder_notice(lists.detail(complaint.id))
    next_day = dt.datetime(2026, 9, 16, 12, 0)
    c.remind(leader, complaint, "请今天下班前答复", now=next_day)
    c.remind(boss, complaint, "", now=next_day + dt.timedelta(hours=3))
    notice = lists.reminder_notice(lists.detail(complaint.id))
    assert (notice.count, notice.issuer, notice.issued_at) == (2, "周主任", next_day + dt.timedelta(hours=3))
    assert (notice.overdue, notice.opinion) == ("5小时0分", "")
    c.extend(boss, complaint, 3, "需要厂家检测", now=next_day + dt.timedelta(hours=4))
    first = lists.reminder_notice(lists.detail(complaint.id), 0)
    assert (first.count, first.issuer, first.overdue, first.opinion) == (1, "李班长", "2小时0分", "请今天下班前答复")


# ---------------------------------------------------------------- callbacks


def test_the_callback_is_due_72_hours_after_the_reply(office_data):
    complaint = take_to(c.REPLIED, office_data)
    replied = complaint.replied_at
    assert complaint.callback_due_at == replied + dt.timedelta(hours=72)
    assert complaint.next_due_at == complaint.callback_due_at
    assert not c.is_overdue(complaint, replied + dt.timedelta(hours=72))
    assert c.is_overdue(complaint, replied + dt.timedelta(hours=72, minutes=1))
    left = lists.time_left(complaint, replied + dt.timedelta(hours=60))
    assert (left.text, left.urgency) == ("剩 12小时0分", "close")


def test_unreachable_closure_needs_three_failed_attempts(office_data):
    clerk = office_data["clerk1"]
    complaint = take_to(c.REPLIED, office_data)
    for n in range(2):
        c.record_callback(clerk, complaint, reached=False, note="无人接听", now=minutes(300 + n * 60))
    with pytest.raises(RuleError, match="目前 2 次"):
        c.close_unreachable(clerk, complaint, now=minutes(500))
    c.record_callback(clerk, complaint, reached=False, now=minutes(600))
    c.close_unreachable(clerk, complaint, now=minutes(700))
    assert (complaint.status, complaint.closed_as) == (c.CLOSED, "无法联系")
    assert lists.detail(complaint.id).failed_callbacks == 3


def test_after_five_failed_attempts_no_more_are_recorded(office_data):
    clerk = office_data["clerk1"]
    complaint = take_to(c.REPLIED, office_data)
    for n in range(5):
        c.record_callback(clerk, complaint, reached=False, now=minutes(300 + n))
    with pytest.raises(RuleError, match="已 5 次联系不上"):
        c.record_callback(clerk, complaint, reached=False, now=minutes(400))


def test_wrong_contact_data_allows_unreachable_closure_at_once(office_data):
    clerk = office_data["clerk1"]
    complaint = take_to(c.REPLIED, office_data)
    c.record_callback(clerk, complaint, reached=True, wrong_contact=True, note="空号", now=minutes(300))
    c.close_unreachable(clerk, complaint, now=minutes(310))
    assert complaint.closed_as == "无法联系"


@pytest.mark.parametrize(("satisfaction", "solved"), [("不满意", True), ("基本满意", False), ("不满意", False)])
def test_dissatisfied_or_unsolved_goes_back_to_the_supervisor(office_data, satisfaction, solved):
    complaint = take_to(c.REPLIED, office_data)
    c.record_callback(office_data["clerk3"], complaint, True, satisfaction, solved, now=minutes(300))
    assert complaint.status == c.ESCALATED
    assert complaint.closed_at is None
    assert complaint.satisfaction == satisfaction
    boss = office_data["supervisor"]
    c.redo(boss, complaint, "请质量部重新检测", now=dt.datetime(2026, 9, 18, 9, 0))
    assert complaint.status == c.DISPATCHED
    assert complaint.due_at == dt.datetime(2026, 9, 20, 9, 0)  # 一般: 1 working day, the make-up Sunday


def test_a_reached_callback_needs_satisfaction_and_solved(office_data):
    complaint = take_to(c.REPLIED, office_data)
    with pytest.raises(RuleError) as refused:
        c.record_callback(office_data["clerk1"], complaint, True, None, True, now=minutes(300))
    assert refused.value.field == "satisfaction"
    with pytest.raises(RuleError) as refused:
        c.record_callback(office_data["clerk1"], complaint, True, "满意", None, now=minutes(300))
    assert refused.value.field == "solved"


# ---------------------------------------------------------------- reopen


def test_reopening_links_both_forms(office_data):
    clerk = office_data["clerk1"]
    original = _complaint_in(c.CLOSED, office_data, "ordinary")
    starting = c.reopen_form(original)
    assert (starting.complainant, starting.severity) == ("陈先生", "major")
    starting.content = "对更换密封圈的结论不接受，要求换新机"
    new = c.reopen(clerk, original, starting, now=LATER)
    assert new.reopened_from_id == original.id
    assert new.number == "202609-002"
    assert [x.id for x in lists.detail(original.id).reopenings] == [new.id]
    assert lists.detail(new.id).reopened_from.id == original.id
    assert original.status == c.CLOSED and original.closed_as == "已解决"
    assert f"另立新单 {new.number}" in lists.detail(original.id).events[-1].note


def test_reopening_an_escalated_complaint_closes_it_as_moved(office_data):
    original = _complaint_in(c.ESCALATED, office_data, "ordinary")
    new = c.reopen(office_data["clerk1"], original, form(content="要求退货", received_at=LATER), now=LATER)
    assert (original.status, original.closed_as) == (c.CLOSED, "转新单")
    assert new.status == c.RECEIVED


# ---------------------------------------------------------------- 等待客户 / 等待第三方


def test_a_pause_stops_the_handling_clock_and_the_resume_moves_the_due_time(office_data):
    handler = office_data["clerk2"]
    complaint = take_to(c.DISPATCHED, office_data)  # received Tuesday 09-15 10:00, due Wednesday 10:00
    assert complaint.due_at == dt.datetime(2026, 9, 16, 10, 0)
    c.pause(handler, complaint, c.WAITING_CUSTOMER, "请客户拍照发来漏水部位", dt.date(2026, 9, 17),
            now=minutes(120))
    assert complaint.status == c.WAITING_CUSTOMER
    assert complaint.next_due_at is None  # nothing runs while the office waits
    assert not c.is_overdue(complaint, dt.datetime(2026, 9, 17, 12))
    c.resume(handler, complaint, "客户已发来照片", now=dt.datetime(2026, 9, 17, 12, 0))
    assert complaint.status == c.DISPATCHED
    assert complaint.due_at == dt.datetime(2026, 9, 18, 10, 0)  # 09-16 10:00 + the 48 working hours waited
    assert complaint.next_due_at == complaint.due_at
    assert complaint.waited_days == 2.0
    events = [(e.action, e.actor.name, e.note) for e in lists.detail(complaint.id).events[-2:]]
    assert events[0][:2] == ("pause", handler.name)
    assert "请客户拍照发来漏水部位" in events[0][2] and "预计 09-17" in events[0][2]
    assert events[1][:2] == ("resume", handler.name)
    assert "客户已发来照片" in events[1][2] and "等待 2 个工作日" in events[1][2]
    assert "新期限 2026-09-18 10:00" in events[1][2]


def test_a_pause_from_the_plan_returns_to_the_plan(office_data):
    complaint = take_to(c.INVESTIGATED, office_data)
    c.pause(office_data["clerk2"], complaint, c.WAITING_THIRD_PARTY, "等供应商出检测报告", dt.date(2026, 9, 18),
            now=minutes(120))
    assert c.status_text(complaint) == "等待第三方"
    c.resume(office_data["supervisor"], complaint, "主任：不再等报告，先按质量问题处理", now=minutes(180))
    assert complaint.status == c.INVESTIGATED
    assert complaint.due_at == dt.datetime(2026, 9, 16, 11, 0)


def test_a_pause_needs_its_kind_reason_and_a_sensible_expected_date(office_data):
    handler = office_data["clerk2"]
    complaint = take_to(c.DISPATCHED, office_data)
    now = minutes(120)
    with pytest.raises(RuleError, match="等待") as error:
        c.pause(handler, complaint, c.CLOSED, "等待", dt.date(2026, 9, 17), now=now)
    assert error.value.field == "kind"
    with pytest.raises(RuleError) as error:
        c.pause(handler, complaint, c.WAITING_CUSTOMER, " ", dt.date(2026, 9, 17), now=now)
    assert error.value.field == "reason"
    with pytest.raises(RuleError, match="不能早于今天") as error:
        c.pause(handler, complaint, c.WAITING_CUSTOMER, "等照片", dt.date(2026, 9, 14), now=now)
    assert error.value.field == "expected_on"
    with pytest.raises(RuleError) as error:
        c.pause(handler, complaint, c.WAITING_CUSTOMER, "等照片", None, now=now)
    assert error.value.field == "expected_on"
    with pytest.raises(RuleError) as error:
        c.resume(handler, complaint, "客户来电", now=now)
    assert complaint.status == c.DISPATCHED and complaint.next_due_at == complaint.due_at
    assert ComplaintEvent.select().where(ComplaintEvent.action == "pause").count() == 0


def test_a_resume_needs_a_reason(office_data):
    complaint = _complaint_in(c.WAITING_CUSTOMER, office_data, "ordinary")
    with pytest.raises(RuleError) as error:
        c.resume(office_data["clerk2"], complaint, "", now=minutes(200))
    assert error.value.field == "reason"
    assert complaint.status == c.WAITING_CUSTOMER


def test_pausing_an_overdue_complaint_keeps_it_late(office_data):
    handler = office_data["clerk2"]
    complaint = take_to(c.DISPATCHED, office_data)  # due 09-16 10:00
    c.pause(handler, complaint, c.WAITING_CUSTOMER, "等照片", dt.date(2026, 9, 17), now=dt.datetime(2026, 9, 16, 12))
    c.resume(handler, complaint, "照片已到", now=dt.datetime(2026, 9, 16, 18))
    assert c.is_overdue(complaint, dt.datetime(2026, 9, 16, 18))  # still the same two hours late
    assert lists.time_left(complaint, dt.datetime(2026, 9, 16, 18)).text == "超期 2小时0分"


def test_the_dispatch_and_callback_clocks_never_pause(office_data):
    clerk, handler, leader = office_data["clerk1"], office_data["clerk2"], office_data["leader1"]
    complaint = c.receive(clerk, form(), now=T0)
    late = T0 + dt.timedelta(minutes=61)
    assert c.refusal(handler, complaint, "pause") is not None  # no pause before dispatch
    c.assess(clerk, complaint, True, "成立", now=minutes(10))
    c.dispatch(clerk, complaint, "质量管理部", handler.id, now=late)
    assert complaint.dispatch_late
    c.pause(handler, complaint, c.WAITING_CUSTOMER, "等照片", dt.date(2026, 9, 16), now=minutes(70))
    c.resume(handler, complaint, "照片已到", now=minutes(600))
    assert complaint.dispatch_late and str(lists.status_label(complaint)).endswith("派发超时")
    c.investigate(handler, complaint, "密封圈老化", "供应商", now=minutes(610))
    c.propose(handler, complaint, "更换", now=minutes(620))
    c.approve(leader, complaint, now=minutes(630))
    c.reply(clerk, complaint, "明天更换", now=minutes(640))
    assert complaint.callback_due_at == minutes(640) + dt.timedelta(hours=72)
    assert c.refusal(handler, complaint, "pause") is not None  # nor while the callback clock runs


def test_a_pause_past_its_expected_date_shows_red(office_data):
    complaint = _complaint_in(c.WAITING_CUSTOMER, office_data, "ordinary")  # expected back 09-18
    before = lists.time_left(complaint, dt.datetime(2026, 9, 17, 17))
    assert (before.due, before.text, before.urgency) == (None, "预计 09-18 答复", "ok")
    on_the_day = lists.time_left(complaint, dt.datetime(2026, 9, 18, 17))
    assert (on_the_day.text, on_the_day.urgency) == ("预计 09-18 答复", "close")
    late = lists.time_left(complaint, dt.datetime(2026, 9, 21, 9))
    assert (late.text, late.urgency) == ("超过预计答复日 3 天", "overdue")
    assert lists.status_label(complaint) == "等待客户"


def test_the_list_shows_every_paused_complaint(office_data):
    _complaint_in(c.WAITING_CUSTOMER, office_data, "ordinary")
    _complaint_in(c.WAITING_THIRD_PARTY, office_data, "ordinary")
    take_to(c.DISPATCHED, office_data)
    assert lists.count(lists.ComplaintFilter(status=c.PAUSED)) == 2
    assert lists.count(lists.ComplaintFilter(status="open")) == 3
