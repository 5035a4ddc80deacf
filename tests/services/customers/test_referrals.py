"""员工介绍客户 (`001 第7篇`): registered before the first visit with the expected day; kept when the customer
comes that day, lapsed when the day passes, then registered again; shown on the referrer's 今日 and the timeline."""

import datetime

import pytest

from desktop.models import Customer, Referral, Staff
from desktop.services import clock, today
from desktop.services.contacts import records
from desktop.services.customers import referrals, registration, timeline
from desktop.services.errors import RuleError, ValidationErrors
from desktop.services.paging import Page
from tests import contact_data
from tests.conftest import NOW

DAY = datetime.timedelta(days=1)


def _referred(clerk: Staff, referrer: Staff, expected: datetime.date, name: str = "林晓") -> object:
    return registration.register(clerk, registration.CustomerForm(
        name=name, phone="13900000031" if name == "林晓" else "13900000032", source="转介绍",
        referrer_id=referrer.id, referral_expected_on=expected))


def _groups(person: Staff, now: datetime.datetime) -> dict[str, today.Group]:
    return {g.key: g for g in today.my_day(person, now).groups}


def test_a_referral_is_kept_when_the_customer_comes_that_day(clerk: Staff, office_data: dict) -> None:
    referrer = office_data["sales1"]
    customer = _referred(clerk, referrer, datetime.date(2026, 11, 20))
    [referral] = customer.referrals
    assert referrals.state(referral, NOW.date()) == referrals.PENDING
    assert str(_groups(referrer, NOW)["referrals_expected"].items[0].detail).startswith("预计 11月20日 来访")
    contact_data.record(clerk, customer, datetime.datetime(2026, 11, 20, 10, 0), kind="reception")
    referral = referrals.current(customer.id)
    assert referrals.state(referral, datetime.date(2026, 11, 25)) == referrals.CONFIRMED
    assert _groups(referrer, datetime.datetime(2026, 11, 25, 9, 0))["referrals_lapsed"].count == 0
    shown = timeline.entries(clerk, registration.get(customer.id), Page(0, 50), kinds=["referral"],
                             today=datetime.date(2026, 11, 25))
    assert [e.title for e in shown] == [f"介绍有效：{referrer.name} 介绍", f"员工介绍登记：介绍人 {referrer.name}"]
    with pytest.raises(RuleError, match="已确认为"):
        referrals.register(clerk, registration.get(customer.id), office_data["leader2"].id,
                           datetime.date(2026, 11, 30), now=datetime.datetime(2026, 11, 25, 9, 0))


def test_a_referral_lapses_when_the_day_passes_and_may_be_registered_again(clerk: Staff, office_data: dict) -> None:
    referrer = office_data["sales1"]
    customer = _referred(clerk, referrer, datetime.date(2026, 11, 19))
    contact_data.record(clerk, customer, datetime.datetime(2026, 11, 18, 9, 0), kind="phone")  # a call is no visit
    later = datetime.datetime(2026, 11, 21, 9, 0)
    clock.freeze(later)
    lapsed = _groups(referrer, later)["referrals_lapsed"]
    assert [item.text for item in lapsed.items] == [f"{customer.number} 林晓"]
    assert "未如期来访，介绍登记已失效" in str(lapsed.items[0].detail)
    [entry] = [e for e in timeline.entries(clerk, registration.get(customer.id), Page(0, 50), kinds=["referral"])
               if e.dated]
    assert entry.title == "介绍失效" and entry.at == datetime.datetime(2026, 11, 20)
    referrals.register(referrer, registration.get(customer.id), referrer.id, datetime.date(2026, 11, 23))
    assert _groups(referrer, later)["referrals_lapsed"].count == 0
    assert registration.get(customer.id).referral_expected_on == datetime.date(2026, 11, 23)


def test_a_referral_comes_before_the_first_visit(clerk: Staff, office_data: dict) -> None:
    customer = contact_data.customer(clerk, "周明")
    contact_data.record(clerk, customer, NOW - DAY, kind="reception")
    with pytest.raises(RuleError, match="员工介绍须在客户首次来访前登记"):
        referrals.register(office_data["sales1"], registration.get(customer.id), office_data["sales1"].id,
                           NOW.date() + DAY)
    with pytest.raises(ValidationErrors) as refused:
        registration.update(clerk, registration.get(customer.id), registration.CustomerForm(
            **{**registration.form_of(customer).__dict__, "referrer_id": office_data["sales1"].id,
               "referral_expected_on": NOW.date() + DAY}))
    assert "首次来访前登记" in refused.value.errors["referrer_id"]


def test_another_colleague_s_pending_referral_stands(clerk: Staff, office_data: dict) -> None:
    customer = _referred(clerk, office_data["sales1"], datetime.date(2026, 11, 22))
    with pytest.raises(RuleError, match="该日过后未来访方可重新登记"):
        referrals.register(clerk, registration.get(customer.id), office_data["leader2"].id, datetime.date(2026, 11, 23))


def test_voiding_the_reception_undoes_the_confirmation(clerk: Staff, supervisor: Staff, office_data: dict) -> None:
    customer = _referred(clerk, office_data["sales1"], NOW.date())
    visit = contact_data.record(clerk, customer, NOW - datetime.timedelta(hours=1), kind="reception")
    assert referrals.state(referrals.current(customer.id), NOW.date()) == referrals.CONFIRMED
    records.void(supervisor, visit, "录错客户")
    assert referrals.state(referrals.current(customer.id), NOW.date()) == referrals.PENDING


def test_an_import_refused_later_takes_its_referrals_out_again(clerk: Staff, office_data: dict,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registration, "BATCH", 1)
    taken = contact_data.customer(clerk, "先登记", "13900000061")
    drafts = [registration.draft(registration.CustomerForm(
        name="被介绍", phone="13900000062", referrer_id=office_data["sales1"].id,
        referral_expected_on=NOW.date() + DAY), NOW),
        registration.draft(registration.CustomerForm(name="重复", phone="13900000061"), NOW)]
    with pytest.raises(registration.RowRefused):
        registration.register_many(clerk, drafts, NOW)
    assert [c.id for c in Customer.select()] == [taken.id] and Referral.select().count() == 0
