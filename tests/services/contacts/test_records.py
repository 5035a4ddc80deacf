"""Recording, correcting and voiding contacts, and the filtered, keyset-paged list."""

import datetime

import pytest

from desktop.models import AuditEntry, Contact, Customer
from desktop.services import audit, undo
from desktop.services.contacts import records
from desktop.services.customers import registration
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.paging import Page
from desktop.services.staffing import people
from tests.conftest import NOW
from tests.contact_data import customer, form, record

DAY = datetime.datetime(2026, 10, 12, 10, 0)


@pytest.fixture
def sales(office_data: dict):
    return office_data["sales1"]


def _errors(call) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as refused:
        call()
    return refused.value.errors


def test_each_kind_is_recorded_and_audited(sales, clerk) -> None:
    buyer = customer(clerk)
    visit = record(sales, buyer, DAY, quality_rating="优良", service_rating="不好", awareness_rating="知道")
    reception = record(sales, buyer, DAY + datetime.timedelta(hours=2), "reception", actor=clerk)
    call = record(clerk, None, DAY, "phone", caller_name="王先生", caller_phone="0571-88886666")
    assert [c.kind for c in Contact.select().order_by(Contact.id)] == ["visit", "reception", "phone"]
    assert visit.service_rating == "不好" and reception.recorded_by_id == clerk.id
    assert call.customer_id is None and call.caller_name == "王先生"
    assert AuditEntry.select().where(AuditEntry.table_name == "contact").count() == 3
    assert Customer.get_by_id(buyer.id).last_follow_up_at == reception.started_at


def test_the_callers_phone_is_stored_in_ascii_digits(clerk) -> None:
    call = record(clerk, None, DAY, "phone", caller_name="王先生", caller_phone="０５７１-٨٨٨٨٦٦٦٦")
    assert Contact.get_by_id(call.id).caller_phone == "0571-88886666"
@pytest.mark.parametrize("typed", ["1234", "12345678", "0571", "138123"])
def test_a_callers_number_that_is_no_phone_is_refused_saying_how_to_write_an_extension(clerk, typed: str) -> None:
    errors = _errors(lambda: record(clerk, None, DAY, "phone", caller_name="王先生", caller_phone=typed))
    assert "分机 1234" in errors["caller_phone"] and "座机需带区号" in errors["caller_phone"]
    assert not Contact.select().exists()


@pytest.mark.parametrize(("typed", "stored"), [("分机 1234", "分机 1234"), ("分机1234", "分机 1234"),
                                               ("转 806", "分机 806"), ("138 1234 5678", "138 1234 5678")])
def test_an_extension_is_recorded_as_one_and_a_phone_as_typed(clerk, typed: str, stored: str) -> None:
    call = record(clerk, None, DAY, "phone", caller_name="王先生", caller_phone=typed)
    assert Contact.get_by_id(call.id).caller_phone == stored


def test_a_contact_moves_the_customers_follow_up_and_ownership_in_the_audit_log(sales, clerk) -> None:
    """最近跟进 and 归属有效至 are business fields: their change is logged with who and what was before."""
    buyer = customer(clerk)
    wife = customer(clerk, "李娟")
    registration.link_household(clerk, wife, buyer.number)
    before = datetime.date(2026, 11, 25)  # registered a while ago: the month runs out next week
    Customer.update(ownership_until=before).execute()
    visit = record(sales, buyer, NOW - datetime.timedelta(hours=2))
    for person in (buyer, wife):
        entry = audit.history("customer", person.id)[-1]
        moved = {change.field: (change.old, change.new) for change in audit.changes(entry)}
        assert entry.actor_id == sales.id and entry.reason == "跟进"
        assert moved["last_follow_up_at"] == (None, visit.started_at.isoformat())
        assert moved["ownership_until"] == (before.isoformat(), "2026-12-18")


def test_visits_and_receptions_need_a_customer_and_a_phone_record_needs_a_caller(sales, clerk) -> None:
    errors = _errors(lambda: record(sales, None, DAY))
    assert "必须选择客户" in errors["customer"]
    errors = _errors(lambda: record(clerk, None, DAY, "phone"))
    assert "来电人" in errors["caller_name"]


def test_field_rules_are_reported_together(sales, clerk) -> None:
    buyer = customer(clerk)
    errors = _errors(lambda: records.record(sales, form(
        sales, buyer, datetime.datetime(2026, 10, 12, 12, 0), assistant_id=sales.id, purpose="闲聊",
        handling="", promised="下周送样品", urgent=True, duration_minutes=0, quality_rating="很好"),
        now=datetime.datetime(2026, 10, 12, 11, 0)))
    assert errors == {
        "purpose": "请选择目的。",
        "quality_rating": "请从表中选择一项评价。",
        "urgent_category": "紧急报告请选择紧急事项的类别。",
        "assistant": "协助人不能与接待/拜访人是同一人。",
        "started_at": "日期时间不能晚于现在。",
        "duration_minutes": "时长应在 1 到 1440 分钟之间。",
        "next_follow_up_on": "答应了客户的事项需要跟进，请填写下次跟进日期。",
        "handling": "请至少填写一项内容：客户意见、市场行情、活动效果、处理经过或其他事项。",
    }
    errors = _errors(lambda: record(sales, buyer, DAY, next_follow_up_on=DAY.date()))
    assert errors == {"next_follow_up_on": "下次跟进日期应晚于本次联系的日期。"}


def test_texts_are_cleaned_and_dates_kept_in_a_sensible_range(sales, clerk) -> None:
    buyer = customer(clerk)
    typed = form(sales, buyer, datetime.datetime(1900, 1, 1, 9), handling="\u200b\x00",
                 next_follow_up_on=datetime.date(2099, 1, 1))
    errors = _errors(lambda: records.record(sales, typed, now=DAY))
    assert errors == {
        "started_at": "日期应在 2000-01-01 至 2031-10-12 之间。",
        "next_follow_up_on": "日期应在 2000-01-01 至 2031-10-12 之间。",
        "handling": "请至少填写一项内容：客户意见、市场行情、活动效果、处理经过或其他事项。",
    }
    visit = record(sales, buyer, DAY, visited_person="王\x00经理\ufeff", handling="第一行\r\n第二行\x1b")
    assert (visit.visited_person, visit.handling) == ("王经理", "第一行\n第二行")


def test_a_visit_is_recorded_by_the_visitor_or_a_team_leader(sales, clerk, leader) -> None:
    buyer = customer(clerk)
    with pytest.raises(PermissionDenied, match="本人登记"):
        record(sales, buyer, DAY, actor=clerk)
    assert record(sales, buyer, DAY, actor=leader).staff_id == sales.id


def test_urgent_category_is_dropped_when_not_urgent(sales, clerk) -> None:
    contact = record(sales, customer(clerk), DAY, urgent=False, urgent_category="同行新产品上市")
    assert contact.urgent_category is None


def test_correcting_keeps_kind_and_customer_and_is_audited(sales, clerk, office_data) -> None:
    buyer = customer(clerk)
    contact = record(sales, buyer, DAY)
    changed = records.form_of(contact)
    changed.handling = "客户要求下周报价。"
    records.update(sales, contact, changed)
    assert Contact.get_by_id(contact.id).handling == "客户要求下周报价。"
    assert AuditEntry.select().where((AuditEntry.table_name == "contact") & (AuditEntry.action == "update")).count()
    changed.kind = "reception"
    with pytest.raises(RuleError, match="方式和客户不能修改"):
        records.update(sales, contact, changed)
    with pytest.raises(PermissionDenied):
        records.update(office_data["clerk2"], contact, records.form_of(contact))


def test_a_contact_of_someone_who_has_left_may_be_corrected_but_not_recorded(sales, clerk, leader,
                                                                              supervisor) -> None:
    contact = record(sales, customer(clerk), DAY)
    people.deactivate_staff(supervisor, sales)
    changed = records.form_of(contact)
    changed.handling = "客户要求下周报价。"
    assert records.update(leader, contact, changed).staff_id == sales.id
    errors = _errors(lambda: records.record(leader, form(sales, customer(clerk), DAY)))
    assert errors["staff"] == "请选择接待/拜访人。"


def test_void_needs_a_reason_and_the_right_person(sales, clerk, leader, office_data) -> None:
    contact = record(sales, customer(clerk), DAY)
    with pytest.raises(PermissionDenied):
        records.void(office_data["clerk2"], contact, "重复")
    with pytest.raises(RuleError, match="原因"):
        records.void(sales, contact, " ")
    records.void(leader, contact, "重复登记")
    assert Contact.get_by_id(contact.id).void_reason == "重复登记"
    with pytest.raises(RuleError, match="已经作废"):
        records.update(sales, contact, records.form_of(contact))


def _all(filters: records.ContactFilters, limit: int = 2, descending: bool = True) -> list[records.ContactRow]:
    rows: list[records.ContactRow] = []
    while True:
        page = Page(len(rows), limit, rows[-1] if rows else None, None if descending else "started_at", descending)
        batch = records.fetch(page, filters)
        rows += batch
        if len(batch) < limit:
            return rows


def test_list_pages_newest_first_and_filters(sales, clerk, office_data) -> None:
    buyer, other = customer(clerk), customer(clerk, "宁波海天")
    same_time = [record(sales, buyer, DAY) for _ in range(3)]
    call = record(clerk, other, DAY + datetime.timedelta(days=1), "phone", purpose="售后服务")
    urgent = record(sales, other, DAY - datetime.timedelta(days=5), urgent=True, urgent_category="同行新产品上市",
                    market="对手降价一成")
    voided = record(sales, buyer, DAY - datetime.timedelta(days=1))
    records.void(sales, voided, "录错")

    everything = _all(records.ContactFilters())
    assert [r.id for r in everything] == [call.id, *sorted((c.id for c in same_time), reverse=True), urgent.id]
    oldest_first = _all(records.ContactFilters(), descending=False)
    assert [r.id for r in oldest_first] == [r.id for r in reversed(everything)]
    assert [r.id for r in _all(records.ContactFilters(include_voided=True))].count(voided.id) == 1
    assert [r.id for r in _all(records.ContactFilters(kind="phone"))] == [call.id]
    assert [r.id for r in _all(records.ContactFilters(purpose="售后服务"))] == [call.id]
    assert [r.id for r in _all(records.ContactFilters(staff_id=clerk.id))] == [call.id]
    assert [r.id for r in _all(records.ContactFilters(customer_id=other.id))] == [call.id, urgent.id]
    assert [r.id for r in _all(records.ContactFilters(urgent_only=True))] == [urgent.id]
    in_range = records.ContactFilters(date_from=DAY.date() - datetime.timedelta(days=5), date_to=DAY.date())
    assert [r.id for r in _all(in_range)] == [*sorted((c.id for c in same_time), reverse=True), urgent.id]
    row = _all(records.ContactFilters(urgent_only=True))[0]
    assert (row.customer_name, row.staff_name, row.summary, row.urgent_category) == (
        "宁波海天", sales.name, "介绍新产品，客户有意向。", "同行新产品上市")


def test_anonymous_callers_show_their_name_and_number(clerk) -> None:
    record(clerk, None, DAY, "phone", caller_name="", caller_phone="13900001111")
    assert records.fetch(Page(0, 10, None, None, True), records.ContactFilters())[0].customer_name == "13900001111"


def test_late_report_is_more_than_two_days_after(sales, clerk) -> None:
    contact = record(sales, customer(clerk), DAY)
    contact.recorded_at = DAY + datetime.timedelta(days=3)
    assert records.is_late(contact)
    contact.recorded_at = DAY + datetime.timedelta(days=2)
    assert not records.is_late(contact)


@pytest.mark.parametrize("kind", ["reception", "phone"])
def test_only_a_visit_carries_the_report_ratings(sales, clerk, kind: str) -> None:
    buyer = customer(clerk) if kind == "reception" else None
    errors = _errors(lambda: record(sales, buyer, DAY, kind, actor=clerk, caller_name="王先生",
                                    quality_rating="优良"))
    assert errors == {"quality_rating": "只有外出拜访填写走访客户报告单的评价。"}
    assert Contact.select().count() == 0
    assert not records.takes_ratings(kind) and records.takes_ratings("visit")


def test_the_next_follow_up_defaults_to_three_days_after_the_contact() -> None:
    assert records.default_follow_up(DAY) == datetime.date(2026, 10, 15)
    assert records.default_follow_up(None) == datetime.date(2026, 11, 21)  # three days after the frozen NOW


def test_ones_own_last_correction_is_taken_back_with_undo(sales, clerk) -> None:
    buyer = customer(clerk)
    contact = record(sales, buyer, DAY, next_follow_up_on=datetime.date(2026, 10, 15))
    changed = records.form_of(contact)
    changed.handling, changed.duration_minutes, changed.next_follow_up_on = "客户改约下周", 90, None
    records.update(sales, contact, changed, now=NOW)
    assert records.can_undo(sales, contact, NOW) and not records.can_undo(clerk, contact, NOW)
    records.undo_last_edit(sales, Contact.get_by_id(contact.id), NOW)
    back = Contact.get_by_id(contact.id)
    assert (back.handling, back.duration_minutes, back.next_follow_up_on) == (
        "介绍新产品，客户有意向。", 30, datetime.date(2026, 10, 15))
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().reason == "撤销上次修改"


def test_undo_is_refused_for_an_old_a_foreign_or_a_first_entry(sales, clerk, office_data) -> None:
    contact = record(sales, customer(clerk), DAY)
    with pytest.raises(RuleError, match="作废"):  # nothing corrected yet: a wrong record is voided
        records.undo_last_edit(sales, contact, NOW)
    changed = records.form_of(contact)
    changed.handling = "改过"
    records.update(office_data["leader2"], contact, changed, now=NOW)
    with pytest.raises(RuleError):  # the last change is someone else's
        records.undo_last_edit(sales, contact, NOW)
    records.update(sales, contact, _changed(contact, "再改"), now=NOW)
    with pytest.raises(RuleError):
        records.undo_last_edit(sales, contact, NOW + undo.WINDOW + datetime.timedelta(minutes=1))


def _changed(contact: Contact, handling: str) -> records.ContactForm:
    changed = records.form_of(contact)
    changed.handling = handling
    return changed
