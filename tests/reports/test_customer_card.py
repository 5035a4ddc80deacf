"""The printed 客户资料卡 carries the customer's record, grades, policy, owner and household, and prints only
what it is given."""

import datetime
import io

from pypdf import PdfReader

from desktop.models import Staff
from desktop.services.customers import card, registration
from desktop.services.customers.card import CustomerCard, HouseholdMember
from desktop.services.customers.registration import CustomerForm
from reports import customer_card

NOW = datetime.datetime(2026, 3, 10, 10, 0)


def pdf_text(shown: CustomerCard) -> str:
    target = io.BytesIO()
    customer_card.build(target, shown, "测试分店")
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages)


def test_the_card_shows_the_record_and_the_household(clerk: Staff) -> None:
    head = registration.register(clerk, CustomerForm(
        name="杭州宏达科技有限公司", phone="0571-88886666", kind="organisation", salutation="王经理", credit_grade="B",
        customer_grade="A", demand="办公设备 30 套", budget="120000", main_contact="王建国"), now=NOW)
    registration.register(clerk, CustomerForm(name="王建国", phone="13812345678", household_of=head.number), now=NOW)
    text = pdf_text(card.build(clerk, head, now=NOW))
    for expected in ["客户登记表", "KH2026000001", "杭州宏达科技有限公司", "0571-88886666", "办公设备 30 套",
                     "120,000.00", "■ A", "先设定一定额度", "张三", "归属有效", "家庭成员", "13812345678",
                     "业务主管审核", "测试分店"]:
        assert expected in text, expected


def test_the_card_prints_what_it_is_given_without_a_database() -> None:
    given = CustomerCard(
        number="KH2026000099", kind="person", name="李女士", salutation="李女士", phone="13700001111", other_phones="",
        wechat_email="", postcode="", address="杭州市西湖区", company=None, demand="净水器", budget=None,
        referrer_name="赵六", referral_expected_on=datetime.date(2026, 3, 12), source="referral", customer_grade="B",
        credit_grade="C", credit_policy="现款现货", credit_reviewed_on=None, credit_review_due_on=None,
        archive_checked_on=None, archive_check_due_on=None, confidentiality="secret", owner_name="钱七",
        owner_status="已回公共池", registrant_name="孙八", registered_at=NOW, last_follow_up_at=None,
        ownership_until=None, members=[HouseholdMember("KH2026000100", "李先生", "", "（保密）")], note="只在晚上联系")
    text = pdf_text(given)
    for expected in ["KH2026000099", "李女士", "杭州市西湖区", "赵六", "2026年3月12日", "■ 转介绍", "现款现货", "钱七",
                     "已回公共池", "孙八", "2026年3月10日 10:00", "尚无", "李先生", "（保密）", "只在晚上联系",
                     "■ 个人", "■ 秘密", "密级：秘密"]:  # stored as codes, printed as the office writes them
        assert expected in text, expected
    assert "单位信息" not in text


def test_a_long_card_names_the_customer_and_its_secrecy_on_every_page_and_its_labels_fit(clerk: Staff) -> None:
    head = registration.register(clerk, CustomerForm(
        name="杭州宏达科技有限公司", phone="0571-88886666", kind="organisation", bank_account="工行 1202 0000 1234",
        demand="办公设备 30 套，" * 150, note="每周一上午联系，" * 200), now=NOW)
    target = io.BytesIO()
    customer_card.build(target, card.build(clerk, head, now=NOW), "测试分店")
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages]
    assert len(pages) > 1 and all("客户编号 KH2026000001" in page and "密级：秘密" in page for page in pages)
    assert all(line.strip() != "号" for line in pages[0].splitlines())  # 开户银行/账号 stays on one line
