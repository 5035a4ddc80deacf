"""The open pool's claim rules: the seeds' default (anyone claims a lapsed customer), the office's cool-down for a
previous owner and cap per person, each refusal saying why and until when; releasing a customer to the pool."""

import datetime

import pytest

from desktop.models import Staff
from desktop.services import clock, settings
from desktop.services.complaints import workflow
from desktop.services.customers import key_customers, lists, pool_rules, registration, timeline
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.paging import Page
from tests import complaint_world, contact_data
from tests.conftest import NOW


def _lapsed(owner: Staff, name: str, phone: str) -> object:
    """Registered 2026-09-01 by `owner` and never followed up: back in the pool since 2026-10-02."""
    clock.freeze(datetime.datetime(2026, 9, 1, 9, 0))
    customer = contact_data.customer(owner, name, phone)
    clock.freeze(NOW)
    return customer


def test_by_default_the_previous_owner_and_anyone_may_claim(clerk: Staff, office_data: dict) -> None:
    assert pool_rules.current() == pool_rules.PoolSettings(0, 0)
    customer = _lapsed(clerk, "林晓", "13900000011")
    registration.claim(clerk, customer)
    assert registration.get(customer.id).ownership_until == datetime.date(2026, 12, 18)


def test_a_previous_owner_waits_the_cool_down_and_is_told_until_when(supervisor: Staff, clerk: Staff,
                                                                    office_data: dict) -> None:
    pool_rules.save(supervisor, {pool_rules.RECLAIM_DAYS: "60", pool_rules.MAX_CUSTOMERS: "0"})
    customer = _lapsed(clerk, "周明", "13900000012")
    with pytest.raises(RuleError) as refused:
        registration.claim(clerk, customer)
    assert refused.value.message == ("您是该客户的原归属业务员，归属于 2026-10-02 回公共池，60 天内不能再申领；"
                                     "2026-12-01 起可以申领。")
    registration.claim(clerk, customer, today=datetime.date(2026, 12, 1))  # the first day allowed
    other = _lapsed(clerk, "吴芳", "13900000013")
    registration.claim(office_data["clerk2"], other)  # anyone else at once
    assert registration.get(other.id).owner_id == office_data["clerk2"].id


def test_a_cap_counts_households_once(supervisor: Staff, clerk: Staff, office_data: dict) -> None:
    pool_rules.save(supervisor, {pool_rules.RECLAIM_DAYS: 0, pool_rules.MAX_CUSTOMERS: 2})
    head = contact_data.customer(clerk, "郑伟", "13900000014")
    registration.link_household(clerk, contact_data.customer(clerk, "郑太太", "13900000015"), head)
    contact_data.customer(clerk, "钱亮", "13900000016")
    assert pool_rules.held_by(clerk, NOW.date()) == 2
    lapsed = _lapsed(office_data["clerk2"], "孙丽", "13900000017")
    with pytest.raises(RuleError) as refused:
        registration.claim(clerk, lapsed)
    assert refused.value.message == "每人最多持有 2 位客户（家庭计一位），您已持有 2 位；请先跟进或释放部分客户再申领。"


def test_every_failing_rule_is_listed(supervisor: Staff, clerk: Staff) -> None:
    pool_rules.save(supervisor, {pool_rules.RECLAIM_DAYS: 60, pool_rules.MAX_CUSTOMERS: 1})
    contact_data.customer(clerk, "钱亮", "13900000016")
    customer = _lapsed(clerk, "周明", "13900000012")
    claim = pool_rules.Claim(clerk, customer, NOW.date(), registration.owner_status(customer, NOW.date()),
                             True, pool_rules.current())
    assert [str(m)[:6] for m in pool_rules.check_claim(claim)] == ["您是该客户的", "每人最多持有"]


def test_a_customer_still_owned_is_not_claimed(clerk: Staff, office_data: dict) -> None:
    customer = contact_data.customer(clerk, "林晓", "13900000011")
    with pytest.raises(RuleError, match="该客户归属有效，不在公共池中，不能申领。"):
        registration.claim(office_data["clerk2"], customer)


def test_the_settings_are_checked_and_for_the_supervisor_only(supervisor: Staff, clerk: Staff) -> None:
    with pytest.raises(ValidationErrors) as refused:
        pool_rules.save(supervisor, {pool_rules.RECLAIM_DAYS: "七", pool_rules.MAX_CUSTOMERS: "-1"})
    assert set(refused.value.errors) == {pool_rules.RECLAIM_DAYS, pool_rules.MAX_CUSTOMERS}
    with pytest.raises(PermissionDenied):
        pool_rules.save(clerk, {pool_rules.RECLAIM_DAYS: 7, pool_rules.MAX_CUSTOMERS: 0})
    pool_rules.save(supervisor, {pool_rules.RECLAIM_DAYS: " 7 ", pool_rules.MAX_CUSTOMERS: ""})
    assert pool_rules.current() == pool_rules.PoolSettings(7, 0)
    assert settings.get(pool_rules.RECLAIM_DAYS) == "7"


def test_the_owner_releases_a_customer_to_the_pool_with_a_reason(supervisor: Staff, clerk: Staff,
                                                                 office_data: dict) -> None:
    customer = contact_data.customer(clerk, "林晓", "13900000011")
    with pytest.raises(RuleError, match="必须填写原因"):
        registration.release(clerk, customer, " ")
    with pytest.raises(RuleError, match="只有归属业务员"):
        registration.release(office_data["clerk2"], customer, "不是我的")
    clock.freeze(NOW + datetime.timedelta(hours=3))
    registration.release(clerk, customer, "客户已迁往外地")
    assert registration.in_pool(registration.get(customer.id), NOW.date())
    titles = [e.title for e in timeline.entries(clerk, customer, Page(0, 10), kinds=["ownership"])]
    assert titles[0] == "释放到公共池：客户已迁往外地"
    pool_rules.save(supervisor, {pool_rules.RECLAIM_DAYS: 30, pool_rules.MAX_CUSTOMERS: 0})
    with pytest.raises(RuleError, match="2026-12-18 起可以申领"):
        registration.claim(clerk, customer)
    registration.claim(office_data["clerk2"], customer)


def test_ownership_lasts_a_month_or_the_grade_s_days_across_a_make_up_month(supervisor: Staff, clerk: Staff,
                                                                             office_data: dict) -> None:
    """Sunday 2026-09-27 is a make-up working day before 国庆; the days are calendar days all the same."""
    pool_rules.save(supervisor, {pool_rules.LAPSE_DAYS["A"]: 60, pool_rules.LAPSE_DAYS["D"]: 15})
    clock.freeze(datetime.datetime(2026, 9, 27, 9, 0))
    grades = {grade: registration.register(clerk, registration.CustomerForm(
        name=f"客户{grade}", phone=f"1390000002{i}", customer_grade=grade)) for i, grade in enumerate("ACD")}
    assert registration.get(grades["D"].id).ownership_until == datetime.date(2026, 10, 12)
    clock.freeze(NOW)
    for customer in grades.values():
        contact_data.record(clerk, registration.get(customer.id), datetime.datetime(2026, 9, 28, 10, 0), kind="phone")
    until = {grade: registration.get(c.id).ownership_until for grade, c in grades.items()}
    assert until == {"A": datetime.date(2026, 11, 27), "C": datetime.date(2026, 10, 28),
                     "D": datetime.date(2026, 10, 13)}
    assert not registration.in_pool(registration.get(grades["A"].id), NOW.date())
    assert registration.in_pool(registration.get(grades["D"].id), NOW.date())


def test_the_warning_window_is_a_setting(supervisor: Staff, clerk: Staff) -> None:
    assert pool_rules.current().warning_days == 7
    pool_rules.save(supervisor, {pool_rules.WARNING_DAYS: 14})
    assert pool_rules.current().warning_days == 14


def _mark_key(supervisor: Staff, customer: object) -> None:
    key_customers.mark(supervisor, registration.get(customer.id),
                       key_customers.KeyCustomerForm("年采购额居前", "年销售额 500 万元", "每月拜访一次"))


def test_an_open_complaint_keeps_the_customer_with_its_owner_until_it_closes(supervisor: Staff, clerk: Staff,
                                                                           office_data: dict) -> None:
    customer = _lapsed(clerk, "冯刚", "13900000021")
    complaint = workflow.receive(clerk, complaint_world.form(received_at=NOW, customer_id=customer.id), now=NOW)
    assert registration.owner_status(registration.get(customer.id), NOW.date()) == registration.STATUS_VALID
    assert "有未结案投诉，不回公共池" in str(registration.ownership_text(registration.get(customer.id), NOW.date()))
    with pytest.raises(RuleError, match="不在公共池中"):
        registration.claim(office_data["clerk2"], registration.get(customer.id))
    with pytest.raises(RuleError, match="有未结案投诉，按客户规则不回公共池，不能释放"):
        registration.release(clerk, registration.get(customer.id), "客户不再需要")
    mine = lists.CustomerFilters(status=registration.STATUS_VALID, mine=True)
    assert [row.status for row in lists.fetch(clerk, Page(), mine)] == [registration.STATUS_VALID]
    assert lists.fetch(clerk, Page(), lists.CustomerFilters(status=registration.STATUS_POOL)) == []
    workflow.assess(supervisor, complaint, False, "非本公司产品", "已向客户说明", now=NOW)
    assert registration.in_pool(registration.get(customer.id), NOW.date())
    registration.claim(office_data["clerk2"], registration.get(customer.id))


def test_a_key_customer_never_lapses_and_a_follow_up_keeps_its_date_moving(supervisor: Staff, clerk: Staff,
                                                                          office_data: dict) -> None:
    customer = _lapsed(clerk, "褚颖", "13900000022")
    _mark_key(supervisor, customer)
    assert registration.owner_status(registration.get(customer.id), NOW.date()) == registration.STATUS_VALID
    assert pool_rules.held_by(clerk, NOW.date()) == 1
    contact_data.record(clerk, registration.get(customer.id), NOW - datetime.timedelta(hours=2))
    assert registration.get(customer.id).ownership_until == datetime.date(2026, 12, 18)
    assert not timeline.entries(clerk, registration.get(customer.id), Page(0, 50), kinds=["ownership"])[0].dated


def test_the_exemptions_are_settings_that_may_be_turned_off(supervisor: Staff, clerk: Staff) -> None:
    customer = _lapsed(clerk, "卫东", "13900000023")
    _mark_key(supervisor, customer)
    workflow.receive(clerk, complaint_world.form(received_at=NOW, customer_id=customer.id), now=NOW)
    pool_rules.save(supervisor, {pool_rules.EXEMPT_KEY: "0"})
    assert registration.owner_status(registration.get(customer.id), NOW.date()) == registration.STATUS_VALID
    assert pool_rules.exemption_text(customer.id) == "有未结案投诉"
    pool_rules.save(supervisor, {pool_rules.EXEMPT_COMPLAINT: "0"})
    assert registration.in_pool(registration.get(customer.id), NOW.date())
    with pytest.raises(ValidationErrors) as refused:
        pool_rules.save(supervisor, {pool_rules.EXEMPT_KEY: "2"})
    assert refused.value.errors == {pool_rules.EXEMPT_KEY: "请填写 0 到 1 的整数。"}


def test_exempt_customers_are_not_warned_of_lapsing(supervisor: Staff, clerk: Staff) -> None:
    clock.freeze(datetime.datetime(2026, 10, 20, 9, 0))
    soon = contact_data.customer(clerk, "蒋欣", "13900000024")
    spared = contact_data.customer(clerk, "沈静", "13900000025")
    clock.freeze(NOW)
    _mark_key(supervisor, spared)
    lapsing = lists.CustomerFilters(status=lists.STATUS_SOON)
    assert [row.name for row in lists.fetch(clerk, Page(), lapsing)] == [soon.name]


@pytest.mark.parametrize("typed", ["²", "3\x00", "1e3", "-1"])
def test_a_setting_that_is_no_plain_whole_number_is_refused_under_its_field(supervisor: Staff, typed: str) -> None:
    with pytest.raises(ValidationErrors) as refused:
        pool_rules.save(supervisor, {pool_rules.WARNING_DAYS: typed})
    assert refused.value.errors[pool_rules.WARNING_DAYS].startswith("请填写 0 到")
