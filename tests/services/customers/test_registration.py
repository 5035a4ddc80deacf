"""Registration rules: phones, duplicates, first registration wins, households, ownership lapse,
reassignment, voiding and review dates."""

import datetime
import json
from pathlib import Path

import pytest

from bench import concurrency
from desktop.models import AuditEntry, Customer, CustomerPhone, Staff
from desktop.services import clock, undo
from desktop.services.customers import archive, lists, registration
from desktop.services.customers.lists import CustomerFilters
from desktop.services.customers.registration import CustomerForm
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.paging import Page
from desktop.services.staffing import people
from tests.conftest import NOW as FROZEN
from tests.customer_data import NOW, register


# ------------------------------------------------------------------------------------------------ phones
@pytest.mark.parametrize("typed", ["13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
                                   "0086-13812345678", "8613812345678", " 138 1234-5678 "])
def test_mobile_numbers_in_any_written_form_normalise_to_the_same_digits(typed: str) -> None:
    assert registration.normalise_phone(typed) == "13812345678"


@pytest.mark.parametrize("typed", ["13８１２３４５６７８", "١٣٨١٢٣٤٥٦٧٨", "۱۳۸۱۲۳۴۵۶۷۸", "१३८१२३४५६७८",
                                   "＋８６ １３８ １２３４ ５６７８"])
def test_digits_of_any_script_and_width_normalise_to_ascii(typed: str) -> None:
    assert registration.normalise_phone(typed) == "13812345678"


@pytest.mark.parametrize("typed, digits", [("0571-88886666", "057188886666"), ("010 1234 5678", "01012345678"),
                                           ("+86 571 8888 6666", "057188886666"), ("(0571)8888666", "05718888666")])
def test_landlines_keep_their_area_code(typed: str, digits: str) -> None:
    assert registration.normalise_phone(typed) == digits


@pytest.mark.parametrize("typed", ["", "12812345678", "1381234567", "88886666", "138123456789", "电话", "0571-123"])
def test_invalid_numbers_are_refused_on_the_phone_field(typed: str) -> None:
    with pytest.raises(RuleError) as refused:
        registration.normalise_phone(typed)
    assert refused.value.field == "phone"


# ------------------------------------------------------------------------------------------------ registration
def test_registration_numbers_the_customer_owns_it_and_stores_search_keys(clerk: Staff) -> None:
    first = register(clerk)
    second = register(clerk, "李四", "13900001111")
    assert (first.number, second.number) == ("KH2026000001", "KH2026000002")
    assert first.owner_id == clerk.id and first.registered_by_id == clerk.id
    assert first.name_pinyin == "zhangsan"
    assert registration.owner_status(first, NOW.date()) == "归属有效"
    entry = AuditEntry.get((AuditEntry.table_name == "customer") & (AuditEntry.record_id == str(first.id)))
    assert entry.action == "create" and json.loads(entry.after)["name"] == "张三"


def test_numbers_are_never_reused_after_a_void(clerk: Staff, supervisor: Staff) -> None:
    first = register(clerk)
    registration.void(supervisor, first, "重复录入")
    assert register(clerk, "王五", "13700000000").number == "KH2026000002"


def test_name_and_phone_are_required_and_every_wrong_field_is_reported(clerk: Staff) -> None:
    form = CustomerForm(name=" ", phone="", postcode="3100", founded_on="2020年13月", budget="很多",
                        wechat_email="a@b", employees="十个")
    with pytest.raises(ValidationErrors) as refused:
        registration.register(clerk, form, now=NOW)
    assert set(refused.value.errors) == {"name", "phone", "postcode", "founded_on", "budget", "wechat_email",
                                         "employees"}
    assert "联系电话" in refused.value.errors["phone"]


def test_a_refused_registration_saves_nothing(clerk: Staff) -> None:
    with pytest.raises(RuleError):
        register(clerk, "张三", "13812345678", other_phones="123")
    assert Customer.select().count() == 0 and CustomerPhone.select().count() == 0


def test_lengths_and_dates_are_checked(clerk: Staff) -> None:
    with pytest.raises(ValidationErrors) as refused:
        register(clerk, "张" * 51, founded_on=datetime.date(2030, 1, 1))
    assert set(refused.value.errors) == {"name", "founded_on"}


def test_invisible_characters_are_removed_and_a_name_of_them_is_no_name(clerk: Staff) -> None:
    with pytest.raises(ValidationErrors) as refused:
        register(clerk, "\u200b\u200b\u200c")
    assert refused.value.errors == {"name": "请填写客户名称（个人填姓名，单位填单位全称）。"}
    customer = register(clerk, "王\x00五\ufeff", phone="\ufeff138\u200b1234\x005678",
                        address="杭州\x1b市", note="第一行\r\n第二行\x07")
    assert (customer.name, customer.address, customer.note) == ("王五", "杭州市", "第一行\n第二行")
    assert customer.phone == "13812345678"


def test_a_date_in_1900_is_refused(clerk: Staff) -> None:
    with pytest.raises(ValidationErrors) as refused:
        register(clerk, founded_on=datetime.date(1900, 1, 1), referral_expected_on="2099-01-01")
    assert refused.value.errors["founded_on"] == "日期应在 1949-10-01 至 2031-03-10 之间。"
    assert refused.value.errors["referral_expected_on"] == "日期应在 2000-01-01 至 2031-03-10 之间。"


def test_dates_written_as_text_are_understood(clerk: Staff) -> None:
    customer = register(clerk, kind="单位", founded_on="2015/6/1", budget="50,000", employees="120")
    assert customer.founded_on == datetime.date(2015, 6, 1)
    assert customer.budget == 50000 and customer.employees == 120


def test_a_staff_referral_needs_the_expected_visit_date(clerk: Staff, office_data: dict) -> None:
    referrer = office_data["clerk2"].id
    with pytest.raises(ValidationErrors) as refused:
        register(clerk, source="转介绍", referrer_id=referrer)
    assert "预计来访日期" in refused.value.errors["referral_expected_on"]
    customer = register(clerk, source="转介绍", referrer_id=referrer, referral_expected_on="2026-03-12")
    assert customer.referral_expected_on == datetime.date(2026, 3, 12)


def test_a_referrer_who_has_left_stays_on_the_customer_but_may_not_refer_a_new_one(clerk: Staff, office_data: dict,
                                                                                   supervisor: Staff) -> None:
    referrer = office_data["clerk2"]
    customer = register(clerk, source="转介绍", referrer_id=referrer.id, referral_expected_on="2026-03-12")
    people.deactivate_staff(supervisor, referrer)
    edited = registration.form_of(customer)
    edited.note = "已来访"
    assert registration.update(clerk, customer, edited).referrer_id == referrer.id
    with pytest.raises(ValidationErrors) as refused:
        register(clerk, "李四", "13900001111", source="转介绍", referrer_id=referrer.id,
                 referral_expected_on="2026-03-12")
    assert refused.value.errors["referrer_id"] == "介绍人不是在职员工。"


# ------------------------------------------------------------------------------------------------ duplicates
@pytest.mark.parametrize("again", ["138 1234 5678", "+86-138-1234-5678", "0086 13812345678"])
def test_the_same_number_in_another_form_is_the_same_customer(clerk: Staff, office_data: dict, again: str) -> None:
    register(clerk)
    with pytest.raises(RuleError) as refused:
        register(office_data["clerk3"], "张三丰", again, now=NOW + datetime.timedelta(days=2))
    assert refused.value.field == "phone"
    assert "该客户已由 张三 于 2026-03-10 登记" in refused.value.message
    assert "KH2026000001" in refused.value.message


@pytest.mark.parametrize("again", ["13８１２３４５６７８", "١٣٨١٢٣٤٥٦٧٨"])
def test_unicode_digits_do_not_bypass_the_duplicate_rule(clerk: Staff, office_data: dict, again: str) -> None:
    register(clerk)
    with pytest.raises(RuleError) as refused:
        register(office_data["clerk3"], "张三丰", again)
    assert "KH2026000001" in refused.value.message
    with pytest.raises(RuleError) as refused:
        register(office_data["clerk3"], "张三丰", "13900001111", other_phones=again)
    assert refused.value.field == "other_phones"


def test_numbers_are_stored_in_ascii_digits_as_laid_out(clerk: Staff) -> None:
    customer = register(clerk, phone="138 １２３４ ５６７８", other_phones="٠٥٧١-٨٨٨٨٦٦٦٦，１３９ ０００１ １１１１")
    stored = Customer.get_by_id(customer.id)
    assert (stored.phone, stored.other_phones) == ("138 1234 5678", "0571-88886666,139 0001 1111")
    assert sorted(p.number for p in CustomerPhone.select()) == ["0571-88886666", "138 1234 5678", "139 0001 1111"]


def test_first_registration_wins_and_the_later_one_saves_nothing(clerk: Staff, office_data: dict) -> None:
    first = register(clerk)
    with pytest.raises(RuleError):
        register(office_data["clerk3"], "张太太", "13900009999", other_phones="13812345678")
    assert Customer.select().count() == 1
    assert Customer.get_by_id(first.id).owner_id == clerk.id


def test_an_other_number_already_registered_is_refused_on_its_field(clerk: Staff) -> None:
    register(clerk, other_phones="0571-88886666")
    with pytest.raises(RuleError) as refused:
        register(clerk, "李四", "057188886666")
    assert refused.value.field == "phone"
    with pytest.raises(RuleError) as refused:
        register(clerk, "李四", "13900000000", other_phones="0571 8888 6666")
    assert refused.value.field == "other_phones"


def test_find_by_phone_reads_any_written_form(clerk: Staff) -> None:
    customer = register(clerk, other_phones="0571-88886666")
    assert registration.find_by_phone("+86 138 1234 5678").id == customer.id
    assert registration.find_by_phone("057188886666").id == customer.id
    assert registration.find_by_phone("１３８-１２３４-５６７８").id == customer.id
    assert registration.find_by_phone("13900000000") is None
    assert registration.find_by_phone("不是号码") is None


# ------------------------------------------------------------------------------------------------ households
def test_a_family_member_joins_the_household_and_its_owner(clerk: Staff, office_data: dict) -> None:
    husband = register(clerk)
    wife = register(office_data["clerk3"], "李娟", "13900001111", household_of=husband.number)
    assert wife.household_id == husband.id and wife.owner_id == clerk.id
    assert [c.id for c in registration.household_members(wife)] == [husband.id, wife.id]
    assert lists.count(clerk, CustomerFilters()) == (2, 1)


def test_household_of_accepts_a_phone_and_refuses_an_unknown_member(clerk: Staff) -> None:
    husband = register(clerk)
    assert register(clerk, "李娟", "13900001111", household_of="138-1234-5678").household_id == husband.id
    with pytest.raises(RuleError) as refused:
        register(clerk, "张小明", "13900002222", household_of="KH2099000001")
    assert refused.value.field == "household_of"


def test_linking_customers_of_two_owners_is_for_the_supervisor(clerk: Staff, office_data: dict,
                                                               supervisor: Staff) -> None:
    husband = register(clerk)
    wife = register(office_data["clerk3"], "李娟", "13900001111")
    with pytest.raises(PermissionDenied):
        registration.link_household(office_data["clerk3"], wife, husband)
    registration.link_household(supervisor, wife, husband, "夫妻")
    wife = Customer.get_by_id(wife.id)
    assert wife.household_id == husband.id and wife.owner_id == clerk.id
    registration.unlink_household(supervisor, wife, "离异")
    assert Customer.get_by_id(wife.id).household_id is None


# ------------------------------------------------------------------------------------------------ ownership lapse
def test_ownership_lapses_one_month_after_the_last_follow_up(clerk: Staff) -> None:
    customer = register(clerk)
    assert registration.owner_status(customer, datetime.date(2026, 4, 10)) == "归属有效"
    assert registration.owner_status(customer, datetime.date(2026, 4, 11)) == "已回公共池"
    registration.record_follow_up(clerk, customer, datetime.datetime(2026, 4, 1, 15, 0))
    customer = Customer.get_by_id(customer.id)
    assert customer.last_follow_up_at == datetime.datetime(2026, 4, 1, 15, 0)
    assert registration.owner_status(customer, datetime.date(2026, 5, 1)) == "归属有效"
    assert registration.owner_status(customer, datetime.date(2026, 5, 2)) == "已回公共池"


def test_an_older_follow_up_does_not_move_the_date_back(clerk: Staff) -> None:
    customer = register(clerk)
    registration.record_follow_up(clerk, customer, datetime.datetime(2026, 4, 1, 9, 0))
    registration.record_follow_up(clerk, customer, datetime.datetime(2026, 3, 20, 9, 0))
    assert Customer.get_by_id(customer.id).last_follow_up_at == datetime.datetime(2026, 4, 1, 9, 0)


def test_a_lapsed_customer_stays_in_the_pool_until_claimed(clerk: Staff, office_data: dict) -> None:
    customer = register(clerk)
    registration.record_follow_up(clerk, customer, datetime.datetime(2026, 5, 1, 9, 0))
    customer = Customer.get_by_id(customer.id)
    assert registration.owner_status(customer, datetime.date(2026, 5, 2)) == "已回公共池"
    with pytest.raises(RuleError):
        registration.claim(office_data["clerk3"], customer, today=datetime.date(2026, 3, 20))
    registration.claim(office_data["clerk3"], customer, today=datetime.date(2026, 5, 2))
    customer = Customer.get_by_id(customer.id)
    assert customer.owner_id == office_data["clerk3"].id
    assert registration.owner_status(customer, datetime.date(2026, 6, 2)) == "归属有效"


def test_a_follow_up_counts_for_the_whole_household(clerk: Staff) -> None:
    husband = register(clerk)
    wife = register(clerk, "李娟", "13900001111", household_of=husband.number)
    registration.record_follow_up(clerk, wife, datetime.datetime(2026, 4, 1, 9, 0))
    assert Customer.get_by_id(husband.id).ownership_until == datetime.date(2026, 5, 1)


def test_pool_and_mine_filters(clerk: Staff, office_data: dict) -> None:
    mine = register(clerk)
    register(office_data["clerk3"], "李四", "13900001111", now=NOW - datetime.timedelta(days=60))
    today = NOW.date()
    pool = lists.fetch(clerk, Page(), CustomerFilters(status="已回公共池"), today)
    assert [row.name for row in pool] == ["李四"]
    assert [row.id for row in lists.fetch(clerk, Page(), CustomerFilters(mine=True), today)] == [mine.id]


# ------------------------------------------------------------------------------------------------ supervisor actions
def test_only_a_supervisor_reassigns_and_the_reason_is_audited(clerk: Staff, leader: Staff, supervisor: Staff,
                                                               office_data: dict) -> None:
    customer = register(clerk)
    with pytest.raises(PermissionDenied):
        registration.reassign(leader, customer, office_data["clerk3"], "调整")
    with pytest.raises(RuleError):
        registration.reassign(supervisor, customer, office_data["clerk3"], " ")
    registration.reassign(supervisor, customer, office_data["clerk3"], "原业务员调岗", today=datetime.date(2026, 6, 1))
    customer = Customer.get_by_id(customer.id)
    assert customer.owner_id == office_data["clerk3"].id and customer.ownership_until == datetime.date(2026, 7, 1)
    last = AuditEntry.select().where(AuditEntry.table_name == "customer").order_by(AuditEntry.id.desc()).get()
    assert last.actor_id == supervisor.id and last.reason == "改派：原业务员调岗"


def test_reasons_are_cleaned_and_one_line_long_at_most(clerk: Staff, supervisor: Staff, office_data: dict) -> None:
    customer = register(clerk)
    for call in (lambda reason: registration.archive(supervisor, customer, reason),
                 lambda reason: registration.reassign(supervisor, customer, office_data["clerk3"], reason)):
        with pytest.raises(RuleError, match="原因"):
            call("\u200b\x00")
        with pytest.raises(RuleError, match="不能超过 200 个字"):
            call("因" * 201)
    with pytest.raises(RuleError, match="不能超过 200 个字"):
        registration.record_credit_review(supervisor, customer, "B", note="注" * 201)
    registration.archive(supervisor, customer, "客户\x00迁走\ufeff")
    last = AuditEntry.select().where(AuditEntry.table_name == "customer").order_by(AuditEntry.id.desc()).get()
    assert last.reason == "客户迁走"


def test_void_keeps_the_record_and_frees_its_number(clerk: Staff, supervisor: Staff) -> None:
    customer = register(clerk)
    with pytest.raises(PermissionDenied):
        registration.void(clerk, customer, "录错")
    registration.void(supervisor, customer, "录错")
    voided = Customer.get_by_id(customer.id)
    assert voided.void_reason == "录错" and voided.voided_by_id == supervisor.id
    assert lists.search(clerk, "张三") == []
    assert [r.id for r in lists.fetch(clerk, Page(), CustomerFilters(status="已作废"))] == [customer.id]
    assert register(clerk, "张三", "13812345678").id != customer.id


def test_archive_and_restore_need_a_reason(clerk: Staff, supervisor: Staff) -> None:
    customer = register(clerk)
    with pytest.raises(RuleError):
        registration.archive(supervisor, customer, "")
    registration.archive(supervisor, customer, "客户已迁居外地")
    assert registration.owner_status(customer, NOW.date()) == "已归档"
    assert lists.fetch(clerk, Page(), CustomerFilters(), NOW.date()) == []
    registration.restore(supervisor, customer, "客户回来了")
    assert not Customer.get_by_id(customer.id).archived


def test_another_clerk_may_not_edit_but_the_team_leader_may(clerk: Staff, leader: Staff, office_data: dict) -> None:
    customer = register(clerk)
    form = registration.form_of(customer)
    form.address = "杭州市文三路 1 号"
    with pytest.raises(PermissionDenied):
        registration.update(office_data["clerk3"], customer, form)
    registration.update(leader, customer, form)
    assert Customer.get_by_id(customer.id).address == "杭州市文三路 1 号"


def test_changing_the_phone_moves_the_duplicate_key(clerk: Staff) -> None:
    customer = register(clerk)
    form = registration.form_of(customer)
    form.phone = "139 0000 1111"
    registration.update(clerk, customer, form)
    assert registration.find_by_phone("13812345678") is None
    assert registration.find_by_phone("13900001111").id == customer.id
    assert [c.id for c in lists.search(clerk, "1111")] == [customer.id]


# ------------------------------------------------------------------------------------------------ grades and reviews
@pytest.mark.parametrize("grade, due", [("A", datetime.date(2026, 9, 10)), ("B", datetime.date(2026, 6, 10)),
                                        ("C", datetime.date(2026, 4, 10)), ("D", datetime.date(2026, 4, 10))])
def test_credit_review_is_due_by_grade(clerk: Staff, grade: str, due: datetime.date) -> None:
    customer = register(clerk, credit_grade=grade)
    assert customer.credit_review_due_on == due
    assert customer.archive_check_due_on == datetime.date(2026, 6, 10)


def test_the_due_list_and_recording_a_review(clerk: Staff, leader: Staff) -> None:
    customer = register(clerk, credit_grade="B")
    register(clerk, "李四", "13900001111", credit_grade="A")
    due = lists.fetch(clerk, Page(), CustomerFilters(due="credit"), datetime.date(2026, 6, 10))
    assert [row.name for row in due] == ["张三"]
    with pytest.raises(PermissionDenied):
        registration.record_credit_review(clerk, customer, "A", datetime.date(2026, 6, 10))
    registration.record_credit_review(leader, customer, "A", datetime.date(2026, 6, 10))
    assert Customer.get_by_id(customer.id).credit_review_due_on == datetime.date(2026, 12, 10)
    assert lists.fetch(clerk, Page(), CustomerFilters(due="credit"), datetime.date(2026, 6, 10)) == []
    registration.record_archive_check(leader, customer, datetime.date(2026, 6, 10))
    assert Customer.get_by_id(customer.id).archive_check_due_on == datetime.date(2026, 9, 10)


def test_month_arithmetic_clamps_to_the_end_of_the_month() -> None:
    assert registration.add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert registration.add_months(datetime.date(2026, 8, 31), 6) == datetime.date(2027, 2, 28)


# ------------------------------------------------------------------------------------------------ two windows at once
def test_two_windows_registering_at_once_wait_for_each_other(office_data: dict, db_target: Path) -> None:
    outcomes = concurrency.race(db_target, 30)
    assert [outcome.failure for outcome in outcomes if outcome.failure] == []
    assert len({outcome.number for outcome in outcomes}) == 60 == Customer.select().count()


def test_the_loser_of_a_race_for_one_phone_hears_who_registered_it_first(office_data: dict, db_target: Path) -> None:
    outcomes = concurrency.race(db_target, 20, same_phones=True)
    assert [outcome.failure for outcome in outcomes if outcome.failure] == []
    for phone in {outcome.phone for outcome in outcomes}:
        winner, = (outcome for outcome in outcomes if outcome.phone == phone and outcome.number)
        loser, = (outcome for outcome in outcomes if outcome.phone == phone and outcome.refusal)
        first = Customer.get(Customer.number == winner.number)
        assert f"该客户已由 {first.registered_by.name} 于" in loser.refusal and first.number in loser.refusal


@pytest.mark.parametrize(("written", "amount"), [
    ("50000", 50000), ("5,000", 5000), ("5，000", 5000), ("5万", 50000), ("5.5万元", 55000), ("¥3千", 3000),
    ("５万", 50000), ("1.2亿", None), ("12 万 元", 120000), ("8w", 80000),
])
def test_a_budget_is_understood_as_clerks_write_it(written: str, amount: int | None) -> None:
    if amount is None:  # over the register's limit
        with pytest.raises(RuleError, match="0 到 99,999,999.99"):
            registration.budget_amount(written)
        return
    assert registration.budget_amount(written) == amount


@pytest.mark.parametrize("written", ["很多", "5万万", "万", "-5万"])
def test_a_budget_that_is_no_amount_is_refused_saying_how_to_write_one(written: str) -> None:
    with pytest.raises(RuleError) as refused:
        registration.budget_amount(written)
    assert refused.value.field == "budget"


def test_a_registration_with_a_budget_in_wan_keeps_the_amount_in_yuan(clerk: Staff) -> None:
    customer = registration.register(clerk, CustomerForm(name="张三", phone="13812345678", budget="5万"))
    assert customer.budget == 50000


# ------------------------------------------------------------------------------------------------ 撤销
def _edit(actor: Staff, customer: Customer, **changes: object) -> Customer:
    form = registration.form_of(Customer.get_by_id(customer.id))
    for name, value in changes.items():
        setattr(form, name, value)
    return registration.update(actor, Customer.get_by_id(customer.id), form)


def test_undo_puts_back_the_customer_with_its_phones_keys_and_initials(clerk: Staff) -> None:
    customer = register(clerk, budget="5万", founded_on="2001-05-01")
    _edit(clerk, customer, name="李丽", phone="13900002222", budget="8万", founded_on="")
    assert registration.undo_refusal(clerk, Customer.get_by_id(customer.id)) is None
    back = registration.undo_last_edit(clerk, Customer.get_by_id(customer.id))
    assert (back.name, back.phone, back.name_initials, back.budget, back.founded_on) == (
        "张三", "13812345678", "zs", 50000, datetime.date(2001, 5, 1))
    assert back.owner_id == clerk.id
    assert registration.find_by_phone("13812345678").id == customer.id
    assert registration.find_by_phone("13900002222") is None
    assert [row.id for row in lists.fetch(clerk, Page(0, 10), CustomerFilters(text="zs"))] == [customer.id]
    assert lists.fetch(clerk, Page(0, 10), CustomerFilters(text="ll")) == []
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (last.actor_id, last.reason) == (clerk.id, "撤销上次修改")


def test_undo_is_refused_before_any_edit_and_after_a_follow_up(clerk: Staff) -> None:
    customer = register(clerk)
    with pytest.raises(RuleError, match="还没有修改过"):
        registration.undo_last_edit(clerk, customer)
    _edit(clerk, customer, demand="想买两台")
    registration.record_follow_up(clerk, customer, clock.now())
    with pytest.raises(RuleError, match="「跟进」"):
        registration.undo_last_edit(clerk, Customer.get_by_id(customer.id))


def test_undo_is_refused_when_someone_else_edited_since(clerk: Staff, leader: Staff) -> None:
    customer = register(clerk)
    _edit(clerk, customer, demand="想买两台")
    _edit(leader, customer, demand="想买三台")
    assert "李班长 于 11-18 10:30 修改" in str(registration.undo_refusal(clerk, Customer.get_by_id(customer.id)))
    with pytest.raises(RuleError, match="只能撤销自己"):
        registration.undo_last_edit(clerk, Customer.get_by_id(customer.id))
    assert Customer.get_by_id(customer.id).demand == "想买三台"


def test_undo_is_refused_after_thirty_minutes(clerk: Staff) -> None:
    customer = register(clerk)
    _edit(clerk, customer, demand="想买两台")
    assert registration.undo_refusal(clerk, customer, FROZEN + undo.WINDOW) is None
    clock.freeze(FROZEN + undo.WINDOW + datetime.timedelta(minutes=1))
    with pytest.raises(RuleError, match="已超过 30 分钟"):
        registration.undo_last_edit(clerk, Customer.get_by_id(customer.id))


def test_undo_is_refused_when_the_customer_is_now_confidential_beyond_the_actor(clerk: Staff) -> None:
    customer = register(clerk)
    _edit(clerk, customer, confidentiality="机密")
    assert "机密/绝密客户" in str(registration.undo_refusal(clerk, Customer.get_by_id(customer.id)))
    with pytest.raises(PermissionDenied):
        registration.undo_last_edit(clerk, Customer.get_by_id(customer.id))
    assert Customer.get_by_id(customer.id).confidentiality == "confidential"


def test_undo_is_refused_when_the_old_number_was_registered_meanwhile(clerk: Staff, office_data: dict) -> None:
    customer = register(clerk)
    _edit(clerk, customer, phone="13900002222")
    other = register(office_data["clerk2"], "王五", "13812345678")
    with pytest.raises(RuleError, match="不能撤销：修改前的资料现在不能保存（该客户已由 李四") as refused:
        registration.undo_last_edit(clerk, Customer.get_by_id(customer.id))
    assert refused.value.field == "phone"
    assert registration.find_by_phone("13812345678").id == other.id
    assert Customer.get_by_id(customer.id).phone == "13900002222"


def test_a_void_or_an_opened_archive_leaves_nothing_to_undo_or_changes_nothing(clerk: Staff,
                                                                              supervisor: Staff) -> None:
    customer = register(clerk, confidentiality="秘密")
    _edit(supervisor, customer, demand="想买两台", confidentiality="机密")
    archive.open_archive(supervisor, customer.id)  # a 查阅 is logged, and is no change
    assert registration.undo_refusal(supervisor, Customer.get_by_id(customer.id)) is None
    registration.void(supervisor, Customer.get_by_id(customer.id), "登记错误")
    assert "已作废" in str(registration.undo_refusal(supervisor, Customer.get_by_id(customer.id)))
