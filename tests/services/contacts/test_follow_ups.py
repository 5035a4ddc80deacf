"""下次跟进: due buckets, closing by a later contact, reopening on void, and the count after a visit."""

import datetime

import pytest

from desktop.models import FollowUp
from desktop.services.contacts import follow_ups, records
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.paging import Page
from tests.contact_data import customer, record

TODAY = datetime.date(2026, 10, 20)
DAY = datetime.datetime(2026, 10, 12, 10, 0)
PAGE = Page(0, 100, None, None, False)


@pytest.fixture
def sales(office_data: dict):
    return office_data["sales1"]


def _due(actor, bucket: str, staff_id: int | None) -> list[follow_ups.FollowUpRow]:
    return follow_ups.fetch(actor, PAGE, bucket, staff_id, today=TODAY)


def test_buckets_overdue_today_and_next_seven_days(sales, clerk, supervisor) -> None:
    buyer = customer(clerk)
    dates = [TODAY - datetime.timedelta(days=1), TODAY, TODAY + datetime.timedelta(days=1),
             TODAY + datetime.timedelta(days=7), TODAY + datetime.timedelta(days=8)]
    made = [record(sales, customer(clerk, f"客户{i}"), DAY + datetime.timedelta(minutes=i), next_follow_up_on=d)
            for i, d in enumerate(dates)]
    record(clerk, buyer, DAY, "phone", next_follow_up_on=TODAY)
    assert [r.contact_id for r in _due(sales, "overdue", sales.id)] == [made[0].id]
    assert [r.contact_id for r in _due(sales, "today", sales.id)] == [made[1].id]
    assert [r.contact_id for r in _due(sales, "week", sales.id)] == [made[2].id, made[3].id]
    assert follow_ups.summary(sales, sales.id, TODAY) == {"overdue": 1, "today": 1, "week": 2}
    assert follow_ups.summary(supervisor, None, TODAY) == {"overdue": 1, "today": 2, "week": 2}
    assert {r.staff_name for r in _due(supervisor, "today", None)} == {sales.name, clerk.name}


def test_a_person_sees_only_their_own_follow_ups(sales, clerk) -> None:
    with pytest.raises(PermissionDenied):
        _due(clerk, "today", None)
    with pytest.raises(PermissionDenied):
        follow_ups.summary(clerk, sales.id, TODAY)


def test_a_later_contact_closes_the_due_follow_up_an_earlier_one_does_not(sales, clerk) -> None:
    buyer = customer(clerk)
    first = record(sales, buyer, DAY, next_follow_up_on=TODAY)
    record(clerk, buyer, DAY - datetime.timedelta(days=2), "phone")  # entered late, happened before
    assert [r.contact_id for r in _due(sales, "today", sales.id)] == [first.id]
    call = record(clerk, buyer, DAY + datetime.timedelta(days=3), "phone")
    assert _due(sales, "today", sales.id) == []
    closed = FollowUp.get(FollowUp.contact == first.id)
    assert closed.closed_by_contact_id == call.id and closed.closed_at == call.started_at


def test_a_follow_up_recorded_after_its_follow_up_happened_is_closed_at_once(sales, clerk) -> None:
    buyer = customer(clerk)
    later = record(clerk, buyer, DAY + datetime.timedelta(days=1), "phone")
    first = record(sales, buyer, DAY, next_follow_up_on=TODAY)
    assert FollowUp.get(FollowUp.contact == first.id).closed_by_contact_id == later.id


def test_voiding_the_closing_contact_passes_the_follow_up_on_or_reopens_it(sales, clerk) -> None:
    buyer = customer(clerk)
    first = record(sales, buyer, DAY, next_follow_up_on=TODAY)
    second = record(clerk, buyer, DAY + datetime.timedelta(days=1), "phone")
    third = record(clerk, buyer, DAY + datetime.timedelta(days=2), "phone")
    records.void(clerk, second, "录错客户")
    assert FollowUp.get(FollowUp.contact == first.id).closed_by_contact_id == third.id
    records.void(clerk, third, "录错客户")
    assert [r.contact_id for r in _due(sales, "today", sales.id)] == [first.id]


def test_voiding_the_promising_contact_drops_its_follow_up(sales, clerk) -> None:
    first = record(sales, customer(clerk), DAY, next_follow_up_on=TODAY)
    records.void(sales, first, "重复")
    assert _due(sales, "today", sales.id) == []
    assert FollowUp.get(FollowUp.contact == first.id).closed_note == follow_ups.VOIDED_NOTE


def test_editing_the_date_moves_or_cancels_the_follow_up(sales, clerk) -> None:
    first = record(sales, customer(clerk), DAY, next_follow_up_on=TODAY)
    form = records.form_of(first)
    form.next_follow_up_on = TODAY + datetime.timedelta(days=2)
    records.update(sales, first, form)
    assert [r.contact_id for r in _due(sales, "week", sales.id)] == [first.id]
    form.next_follow_up_on = None
    records.update(sales, first, form)
    assert follow_ups.summary(sales, sales.id, TODAY) == {"overdue": 0, "today": 0, "week": 0}


def test_closing_by_hand_needs_a_note(sales, clerk) -> None:
    call = record(clerk, None, DAY, "phone", caller_name="刘女士", next_follow_up_on=TODAY)
    follow_up = FollowUp.get(FollowUp.contact == call.id)
    assert _due(clerk, "today", clerk.id)[0].customer_name == "刘女士"
    for empty in ("", "\u200b"):
        with pytest.raises(RuleError, match="原因"):
            follow_ups.close(clerk, follow_up, empty)
    with pytest.raises(RuleError, match="不能超过 200 个字"):
        follow_ups.close(clerk, follow_up, "因" * 201)
    with pytest.raises(PermissionDenied):
        follow_ups.close(sales, follow_up, "客户不需要")
    follow_ups.close(clerk, follow_up, "客户不需要了")
    assert _due(clerk, "today", clerk.id) == []


def test_a_follow_up_another_window_closed_meanwhile_is_not_closed_again(clerk) -> None:
    call = record(clerk, None, DAY, "phone", caller_name="刘女士", next_follow_up_on=TODAY)
    shown_here, shown_there = (FollowUp.get(FollowUp.contact == call.id) for _ in range(2))
    follow_ups.close(clerk, shown_there, "客户不需要了")
    with pytest.raises(RuleError, match="已经完成"):
        follow_ups.close(clerk, shown_here, "已电话确认")
    assert FollowUp.get(FollowUp.contact == call.id).closed_note == "客户不需要了"


def test_follow_ups_after_the_visit_are_counted_and_the_third_is_visible(sales, clerk) -> None:
    buyer, company = customer(clerk), customer(clerk, "温州远大")
    record(clerk, buyer, DAY - datetime.timedelta(days=30), "phone")  # before the walk-in: not a follow-up
    record(sales, buyer, DAY, "reception", actor=clerk)
    for days in (1, 3):
        record(clerk, buyer, DAY + datetime.timedelta(days=days), "phone")
    assert follow_ups.counts_after_visit({buyer.id}) == {buyer.id: 2}
    promised = record(sales, buyer, DAY + datetime.timedelta(days=5), next_follow_up_on=TODAY)
    voided = record(clerk, buyer, DAY + datetime.timedelta(days=6), "phone")
    records.void(clerk, voided, "重复")
    assert follow_ups.counts_after_visit({buyer.id}) == {buyer.id: 3}
    assert follow_ups.after_visit_text(3) == "已跟进 3 次（已满 3 次）"
    assert _due(sales, "today", sales.id)[0].after_visit == 3
    assert promised.id == _due(sales, "today", sales.id)[0].contact_id

    record(sales, company, DAY)  # never walked in: counted from the first contact
    record(sales, company, DAY + datetime.timedelta(days=1))
    assert follow_ups.counts_after_visit({company.id}) == {company.id: 1}
    record(sales, buyer, DAY + datetime.timedelta(days=9), "reception", actor=clerk)  # a new walk-in starts again
    assert follow_ups.counts_after_visit({buyer.id}).get(buyer.id, 0) == 0
