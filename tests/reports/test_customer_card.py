"""The printed 客户资料卡 carries the customer's record, grades, policy, owner and household."""

import datetime
import io

from pypdf import PdfReader

from desktop.models import Staff
from desktop.services.customers import archive, registration
from desktop.services.customers.registration import CustomerForm
from reports import customer_card

NOW = datetime.datetime(2026, 3, 10, 10, 0)


def pdf_text(customer: object) -> str:
    target = io.BytesIO()
    customer_card.build(target, customer, "测试分店", today=NOW.date())
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(target.getvalue())).pages)


def test_the_card_shows_the_record_and_the_household(clerk: Staff) -> None:
    head = registration.register(clerk, CustomerForm(
        name="杭州宏达科技有限公司", phone="0571-88886666", kind="单位", salutation="王经理", credit_grade="B",
        customer_grade="A", demand="办公设备 30 套", budget="120000", main_contact="王建国"), now=NOW)
    registration.register(clerk, CustomerForm(name="王建国", phone="13812345678", household_of=head.number), now=NOW)
    text = pdf_text(archive.open_archive(clerk, head))
    for expected in ["客户登记表", "KH2026000001", "杭州宏达科技有限公司", "0571-88886666", "办公设备 30 套",
                     "120,000.00", "■ A", "先设定一定额度", "张三", "归属有效", "家庭成员", "13812345678",
                     "业务主管审核", "测试分店"]:
        assert expected in text, expected
