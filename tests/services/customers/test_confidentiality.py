"""Who sees what of a customer: every path that returns or prints customer data, walked as a clerk, shows a
机密/绝密 customer by name and number only; the supervisor sees it all, and each opening goes on the borrowing card."""

import dataclasses
import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.models import ArchiveAccess, Customer, Staff
from desktop.services.complaints import workflow
from desktop.services.contacts import follow_ups, records, visit_points
from desktop.services.customers import card, confidentiality, excel_import, lists, registration
from desktop.services.customers.lists import CustomerFilters
from desktop.services.customers.registration import CustomerForm, DuplicateCustomer
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.files import excel
from desktop.services.paging import Page
from reports import visit_report
from tests.contact_data import record
from tests.customer_data import NOW, register

SECRET = dict(salutation="王董", other_phones="0571-88886666", wechat_email="wangdong@example.com",
              address="西湖区文三路100号", postcode="310012", kind="单位", legal_person="王大海", industry="精密机械",
              bank_account="工行文三支行6222", main_contact="钱经理", main_contact_title="采购总监",
              decision_maker="孙总工", demand="专用设备五十台", budget="888888", customer_grade="A",
              credit_grade="B", note="董事长亲自对接")
HIDDEN = ["13900001111", "1390000", "88886666", "王董", "wangdong", "文三路", "310012", "王大海", "精密机械",
          "6222", "钱经理", "采购总监", "孙总工", "专用设备", "888888", "董事长", "周主任"]
VISIT = datetime.datetime(2026, 11, 16, 10, 0)


@pytest.fixture
def secret(clerk: Staff, supervisor: Staff) -> Customer:
    """A 绝密 customer the supervisor registered, in the household of one of the clerk's customers."""
    head = register(clerk, "王家", "13812345678")
    return register(supervisor, "王总", "13900001111", confidentiality="绝密", household_of=head.number, **SECRET)


def _leaks(value: Any) -> list[str]:
    text = repr(value)
    return [hidden for hidden in HIDDEN if hidden in text]


def _fields(value: Any) -> dict[str, Any]:
    """A returned value as its fields: a dataclass, or a model instance's stored columns."""
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)
    return dict(value.__data__)


def _exported(tmp_path: Path, rows: list[Any]) -> list[tuple]:
    target = tmp_path / "export.xlsx"
    excel.write_sheet(target, "导出", list(_fields(rows[0])), [[str(v) for v in _fields(r).values()] for r in rows])
    return list(load_workbook(target).active.values)


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_search_finds_a_masked_customer_by_name_or_number_only(clerk: Staff, supervisor: Staff,
                                                              secret: Customer) -> None:
    for text in ["王总", "wz", "wangzong", secret.number, secret.number[2:]]:
        found = lists.search(clerk, text)
        assert [c.id for c in found] == [secret.id], text
        assert not _leaks(_fields(found[0])), text
    for text in ["139", "1390000", "13900001111", "1111", "00001111", "0571888", "88886666"]:
        assert secret.id not in [c.id for c in lists.search(clerk, text)], text
        assert secret.id not in [r.id for r in lists.fetch(clerk, Page(), CustomerFilters(text=text))], text
        assert lists.count(clerk, CustomerFilters(text=text), cap=1000) == (0, 0), text
    assert [c.id for c in lists.search(supervisor, "1390000")] == [secret.id]
    assert [r.id for r in lists.fetch(supervisor, Page(), CustomerFilters(text="1390000"))] == [secret.id]
    for text in ["王总", secret.number, secret.number[:6], secret.number[2:]]:  # found in the list as in the box
        assert secret.id in [r.id for r in lists.fetch(clerk, Page(), CustomerFilters(text=text))], text


def test_the_customer_list_neither_shows_nor_filters_by_hidden_fields(clerk: Staff, supervisor: Staff,
                                                                     secret: Customer, tmp_path: Path) -> None:
    rows = [r for r in lists.fetch(clerk, Page(), CustomerFilters()) if r.id == secret.id]
    assert rows[0].masked and rows[0].status == confidentiality.MASK and rows[0].owner_name == ""
    assert not _leaks(rows) and not _leaks(_exported(tmp_path, rows))
    today = datetime.date(2027, 1, 1)
    for hidden in [CustomerFilters(customer_grade="A"), CustomerFilters(credit_grade="B"),
                   CustomerFilters(status=registration.STATUS_POOL),
                   CustomerFilters(owner_id=clerk.id), CustomerFilters(due="archive"), CustomerFilters(due="credit")]:
        assert secret.id not in [r.id for r in lists.fetch(clerk, Page(), hidden, today)], hidden
        assert secret.id in [r.id for r in lists.fetch(supervisor, Page(), hidden, today)], hidden
    assert secret.id not in [r.id for r in lists.fetch(clerk, Page(), CustomerFilters(mine=True), today)]


def test_claiming_a_masked_customer_is_refused_without_telling_its_ownership(clerk: Staff, secret: Customer) -> None:
    with pytest.raises(PermissionDenied) as refused:
        registration.claim(clerk, registration.get(secret.id), today=datetime.date(2027, 1, 1))
    assert "公共池" not in refused.value.message


def test_the_list_sorted_by_a_hidden_column_does_not_rank_masked_customers(clerk: Staff, supervisor: Staff,
                                                                          secret: Customer) -> None:
    for grade in "BCD":
        register(clerk, f"客户{grade}", f"1370000000{'BCD'.index(grade)}", customer_grade=grade)
    ranked = [r.id for r in lists.fetch(clerk, Page(sort_key="customer_grade"), CustomerFilters())]
    assert ranked[0] == secret.id  # an unknown grade sorts first, not by its grade A
    assert [r.id for r in lists.fetch(clerk, Page(sort_key="customer_grade", descending=True),
                                      CustomerFilters())][-1] == secret.id


def test_a_contact_its_follow_up_and_its_printed_report_show_the_customer_masked(clerk: Staff, secret: Customer,
                                                                               tmp_path: Path) -> None:
    contact = record(clerk, confidentiality.visible(clerk, secret.id), VISIT,
                     next_follow_up_on=datetime.date(2026, 11, 18))
    opened = records.get(clerk, contact.id)
    assert opened.customer.name == "王总" and not _leaks(_fields(opened.customer))
    target = tmp_path / "visit.pdf"
    visit_report.build(target, opened, "测试分店")
    text = _pdf_text(target)
    assert "王总" in text and secret.number in text and not _leaks(text)
    rows = follow_ups.fetch(clerk, Page(), "today", clerk.id)
    assert [r.customer_name for r in rows] == ["王总"] and not _leaks(rows)
    assert not _leaks(_exported(tmp_path, rows))
    assert ArchiveAccess.select().count() == 0


def test_the_visit_plan_rows_show_the_customer_masked(clerk: Staff, secret: Customer, tmp_path: Path) -> None:
    record(clerk, confidentiality.visible(clerk, secret.id), VISIT)
    visit_points.set_plan(clerk, clerk, secret.id, 2026, 11, 2)
    rows = visit_points.plan_year(clerk, clerk.id, 2026)
    assert [r.customer_name for r in rows] == ["王总"] and not _leaks(rows)
    assert not _leaks(_exported(tmp_path, rows))


def test_the_household_on_a_relative_s_card_shows_the_member_masked(clerk: Staff, secret: Customer) -> None:
    shown = card.build(clerk, secret.household_id, now=NOW)
    assert [m.name for m in shown.members] == ["王总"] and not _leaks(shown)


def test_a_complaint_form_proposes_no_hidden_contact(clerk: Staff, secret: Customer) -> None:
    assert workflow.complainant_of(clerk, secret.id) == ("王总", "")


def test_refusing_a_duplicate_names_no_hidden_field(clerk: Staff, secret: Customer, tmp_path: Path) -> None:
    for phone in ["13900001111", "0571-88886666"]:
        with pytest.raises(DuplicateCustomer) as refused:
            registration.register(clerk, CustomerForm(name="王某", phone=phone))
        assert not _leaks(refused.value.message) and "不能重复登记" in refused.value.message
        assert refused.value.customer_id is None  # the refusal offers no way to open the masked customer
    sheet = excel_import.Sheet("客户", ["名称", "电话"], [["王某", "13900001111"]])
    checked = excel_import.check(clerk, sheet, excel_import.guess_mapping(sheet.headers))
    assert not checked[0].ok and not _leaks(checked[0].message())


def test_the_supervisor_sees_everything_and_each_opening_goes_on_the_borrowing_card(
        clerk: Staff, supervisor: Staff, secret: Customer, tmp_path: Path) -> None:
    contact = record(clerk, confidentiality.visible(clerk, secret.id), VISIT)
    assert lists.search(supervisor, "王总")[0].phone == "13900001111"
    opened = records.get(supervisor, contact.id, records.PRINT_PURPOSE)
    assert opened.customer.address == "西湖区文三路100号"
    assert card.build(supervisor, secret.household_id, now=NOW).members[0].phone == "13900001111"
    assert [(a.staff.name, a.customer_id, a.purpose) for a in ArchiveAccess.select().order_by(ArchiveAccess.id)] == [
        ("周主任", secret.id, "打印走访客户报告单"), ("周主任", secret.id, "打印资料卡")]
    with pytest.raises(DuplicateCustomer) as refused:
        registration.register(supervisor, CustomerForm(name="王某", phone="13900001111"))
    assert secret.number in refused.value.message and "周主任" in refused.value.message
    assert refused.value.customer_id == secret.id


def test_a_household_is_joined_by_a_masked_customer_s_number_never_its_phone(clerk: Staff, supervisor: Staff,
                                                                           secret: Customer) -> None:
    with pytest.raises(RuleError) as refused:
        registration.register(clerk, CustomerForm(name="王小", phone="13700001234", household_of="13900001111"))
    assert refused.value.message == "找不到该家庭成员，请填写已登记家庭成员的客户编号或电话。"
    member = register(clerk, "王小", "13700001234")
    with pytest.raises(RuleError):
        registration.link_household(clerk, member, "0571-88886666")
    assert registration.link_household(clerk, member, secret.number).household_id == secret.household_id
    other = register(supervisor, "王二", "13700005678", household_of="13900001111")
    assert other.household_id == secret.household_id
