"""What the printed 客户资料卡 carries: the record opened through the confidentiality rules, with its people's names,
its grades' policy, the owner's status and the household, as plain data."""

import datetime
from decimal import Decimal

import pytest

from desktop.models import ArchiveAccess, Staff
from desktop.services.customers import card
from desktop.services.customers.confidentiality import MASK
from desktop.services.errors import PermissionDenied
from tests.customer_data import NOW, register


def test_the_card_of_a_company_with_its_household(clerk: Staff) -> None:
    head = register(clerk, "杭州宏达科技有限公司", "0571-88886666", kind="单位", salutation="王经理", credit_grade="B",
                    customer_grade="A", demand="办公设备 30 套", budget="120000", main_contact="王建国")
    member = register(clerk, "王建国", "13812345678", household_of=head.number)
    shown = card.build(clerk, head, now=NOW)
    assert (shown.number, shown.name, shown.phone, shown.budget) == (
        head.number, "杭州宏达科技有限公司", "0571-88886666", Decimal("120000.00"))
    assert shown.company is not None and shown.company.main_contact == "王建国"
    assert (shown.owner_name, shown.registrant_name, shown.referrer_name) == ("张三", "张三", "")
    assert shown.owner_status == "归属有效"
    assert shown.credit_policy.startswith("B 级：先设定一定额度")
    assert shown.members == [card.HouseholdMember(member.number, "王建国", "", "13812345678")]


def test_a_private_person_has_no_company_block(clerk: Staff) -> None:
    assert card.build(clerk, register(clerk), now=NOW).company is None


def test_the_owner_status_is_the_one_on_the_day_printed(clerk: Staff) -> None:
    customer = register(clerk)
    later = NOW + datetime.timedelta(days=40)
    assert card.build(clerk, customer, now=later).owner_status == "已回公共池"


def test_a_confidential_card_is_for_the_supervisor_and_written_on_the_borrowing_card(clerk: Staff,
                                                                                     supervisor: Staff) -> None:
    secret = register(clerk, "王总", "13900001111", confidentiality="机密")
    with pytest.raises(PermissionDenied):
        card.build(clerk, secret, now=NOW)
    assert card.build(supervisor, secret.id, now=NOW).phone == "13900001111"
    assert [(a.staff.name, a.purpose) for a in ArchiveAccess.select()] == [("周主任", "打印资料卡")]


def test_a_confidential_member_is_masked_on_a_relative_s_card(clerk: Staff, supervisor: Staff) -> None:
    head = register(clerk, "张家", "13812345678")
    secret = register(clerk, "张总", "13900001111", household_of=head.number, confidentiality="绝密",
                      salutation="张总")
    assert card.build(clerk, head, now=NOW).members == [card.HouseholdMember(secret.number, "张总", "", MASK)]
    assert card.build(supervisor, head, now=NOW).members[0].phone == "13900001111"
