"""Merging a duplicate into the older complaint of the same customer, undoing it, and splitting a second matter off."""

import datetime as dt

import pytest

from desktop.models import Complaint
from desktop.services.complaints import lists
from desktop.services.complaints import stats as complaint_stats
from desktop.services.complaints import workflow as c
from desktop.services.errors import PermissionDenied, RuleError
from tests.complaint_world import T0, form, take_to

LATER = T0 + dt.timedelta(hours=3)


@pytest.fixture
def pair(office_data):
    older = take_to(c.DISPATCHED, office_data)  # 202609-001, received 10:00
    newer = take_to(c.ASSESSED, office_data, received_at=T0 + dt.timedelta(hours=1))  # 202609-002
    return older, newer


def test_the_supervisor_merges_the_newer_into_the_older_whichever_is_picked_first(office_data, pair):
    older, newer = pair
    boss = office_data["supervisor"]
    c.merge(boss, newer, older, "客户重复来电，同一台热水器漏水", now=LATER)
    newer, older = Complaint.get_by_id(newer.id), Complaint.get_by_id(older.id)
    assert (newer.status, newer.closed_as, newer.merged_into_id) == (c.CLOSED, "已合并", older.id)
    assert newer.number == "202609-002" and newer.next_due_at is None and newer.closed_at == LATER
    assert c.status_text(newer) == "已合并"
    assert older.status == c.DISPATCHED  # the survivor goes on as it was
    survivor = lists.detail(older.id)
    assert [m.id for m in survivor.merged] == [newer.id]
    assert {e.complaint_id for e in survivor.events} == {older.id, newer.id}  # the duplicate's history shows
    assert survivor.events[-1].note == "合并重复投诉 202609-002：客户重复来电，同一台热水器漏水"
    duplicate = lists.detail(newer.id)
    assert duplicate.merged_into.id == older.id
    assert duplicate.events[-1].note == "并入投诉单 202609-001：客户重复来电，同一台热水器漏水"
    again = take_to(c.RECEIVED, office_data)
    assert again.number == "202609-003"  # numbers stay gap-free


def test_a_merge_is_refused_across_customers_closed_or_by_a_clerk(office_data, pair):
    older, newer = pair
    boss, clerk = office_data["supervisor"], office_data["clerk1"]
    with pytest.raises(PermissionDenied):
        c.merge(clerk, older, newer, "重复", now=LATER)
    other = take_to(c.RECEIVED, office_data, contact="13900139000", complainant="王女士")
    with pytest.raises(RuleError, match="同一客户"):
        c.merge(boss, older, other, "重复", now=LATER)
    with pytest.raises(RuleError, match="同一件"):
        c.merge(boss, older, older, "重复", now=LATER)
    with pytest.raises(RuleError) as error:
        c.merge(boss, older, newer, " ", now=LATER)
    assert error.value.field == "reason"
    assert [m.id for m in c.merge_candidates(older)] == [newer.id]
    assert Complaint.get_by_id(newer.id).status == c.ASSESSED


def test_a_merge_is_undone_while_the_survivor_is_open(office_data, pair):
    older, newer = pair
    boss = office_data["supervisor"]
    c.merge(boss, older, newer, "重复来电", now=LATER)
    newer = Complaint.get_by_id(newer.id)
    assert c.allowed_actions(boss, newer) == ["unmerge"]  # the customer's reopening goes on the survivor
    c.unmerge(boss, newer, "不是同一件事：另一台热水器", now=LATER + dt.timedelta(hours=1))
    newer = Complaint.get_by_id(newer.id)
    assert (newer.status, newer.closed_as, newer.closed_at, newer.merged_into_id) == (c.ASSESSED, None, None, None)
    assert newer.next_due_at == newer.due_at
    assert lists.detail(older.id).merged == []
    assert lists.detail(older.id).events[-1].note == "撤销合并 202609-002：不是同一件事：另一台热水器"
    c.merge(boss, older, newer, "确认重复", now=LATER + dt.timedelta(hours=2))
    older = Complaint.get_by_id(older.id)
    c.void(boss, older, "误登记", now=LATER + dt.timedelta(hours=3))
    error = c.refusal(boss, Complaint.get_by_id(newer.id), "unmerge")
    assert error is not None and "202609-001" in error.message


def test_the_monthly_statistics_count_a_merged_complaint_once(office_data, pair):
    older, newer = pair
    boss, clerk = office_data["supervisor"], office_data["clerk1"]
    c.merge(boss, older, newer, "重复来电", now=LATER)
    c.investigate(office_data["clerk2"], older, "密封圈老化", "供应商", now=LATER)
    c.propose(office_data["clerk2"], older, "更换", now=LATER)
    c.approve(office_data["leader1"], older, now=LATER)
    c.reply(clerk, older, "明天更换", now=LATER)
    c.record_callback(clerk, older, True, "满意", True, now=LATER + dt.timedelta(hours=1))
    stats = complaint_stats.monthly(2026, 9)
    assert (stats.received, stats.closed) == (1, 1)
    assert [(s.name, s.count) for s in stats.by_outcome] == [("已解决", 1)]


def test_a_second_matter_is_split_into_a_new_numbered_complaint(office_data, pair):
    older, _ = pair
    clerk = office_data["clerk1"]
    split_form = c.split_form(older)
    assert (split_form.complainant, split_form.contact, split_form.content) == ("陈先生", "13800138000", "")
    split_form.content = "安装师傅态度恶劣"
    split_form.category = "service"
    new = c.split(clerk, older, split_form, now=LATER)
    assert new.number == "202609-003" and new.split_from_id == older.id
    assert new.received_at == older.received_at and new.due_at == older.due_at  # the clock ran from the call
    assert new.status == c.RECEIVED
    assert lists.detail(new.id).split_from.id == older.id
    assert [s.id for s in lists.detail(older.id).splits] == [new.id]
    assert lists.detail(older.id).events[-1].note == "拆分出新投诉单 202609-003：安装师傅态度恶劣"
    assert "拆分自投诉单 202609-001" in lists.detail(new.id).events[0].note
    with pytest.raises(RuleError):
        c.split(clerk, older, form(content=" "), now=LATER)
