"""The 交接清单 and the 重点客户管理表 on paper: what they carry, signature places, masking of confidential ones."""

import io

from pypdf import PdfReader

from desktop.models import Staff
from desktop.services.customers import handover, key_customers, registration
from reports import handover_list
from reports import key_customers as key_table
from tests import contact_data


def _text(target: io.BytesIO) -> str:
    return "".join(page.extract_text() for page in PdfReader(target).pages)


def test_the_hand_over_list_names_every_customer_and_has_three_signatures(supervisor: Staff, clerk: Staff,
                                                                        office_data: dict) -> None:
    plain = contact_data.customer(clerk, "林晓", "13900000041")
    secret = contact_data.customer(clerk, "秘书长", "13900000042")
    registration.update(supervisor, secret, registration.CustomerForm(
        **{**registration.form_of(secret).__dict__, "confidentiality": "机密"}))
    record = handover.leave_and_hand_over(supervisor, clerk, office_data["clerk2"], [plain.id, secret.id], "离职")
    target = io.BytesIO()
    handover_list.build(target, handover.sheet(supervisor, record.id), "测试分店")
    text = _text(target)
    for expected in ["客户交接清单", "JJ202611-001", "■ 离职继承", "张三", "李四", "林晓", "13900000041", "秘书长",
                     "移交人签字", "接收人签字", "监交人签字", "共 2 位客户"]:
        assert expected in text, expected


def test_the_key_customer_table_has_the_paper_s_columns(supervisor: Staff, clerk: Staff) -> None:
    customer = contact_data.customer(clerk, "杭州明远贸易")
    key_customers.mark(supervisor, customer, key_customers.KeyCustomerForm("年采购额居前三", "年销售额 500 万元",
                                                                           "每月拜访一次"))
    target = io.BytesIO()
    key_table.build(target, key_customers.rows(supervisor), "测试分店")
    text = _text(target).replace("\n", "").replace(" ", "")
    for expected in ["重点客户管理表", "重点管理客户", "销售额目标", "将其设为重点客户的原因", "实现目标的行动措施",
                     "客户服务部经理建议", "总经理建议", "杭州明远贸易", "年销售额500万元", "每月拜访一次"]:
        assert expected in text, expected


def test_every_page_of_a_long_hand_over_list_names_its_number(supervisor: Staff, clerk: Staff,
                                                               office_data: dict) -> None:
    held = [contact_data.customer(clerk, f"客户{index:02d}", f"139000001{index:02d}") for index in range(40)]
    record = handover.leave_and_hand_over(supervisor, clerk, office_data["clerk2"], [c.id for c in held], "离职")
    target = io.BytesIO()
    handover_list.build(target, handover.sheet(supervisor, record.id), "测试分店")
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) > 1 and all("交接单号 JJ202611-001" in page for page in pages)


def test_the_hand_over_lists_column_heads_fit_their_columns(supervisor: Staff, clerk: Staff, office_data: dict) -> None:
    plain = contact_data.customer(clerk, "林晓", "13900000041")
    record = handover.leave_and_hand_over(supervisor, clerk, office_data["clerk2"], [plain.id], "离职")
    target = io.BytesIO()
    handover_list.build(target, handover.sheet(supervisor, record.id), "测试分店")
    lines = PdfReader(target).pages[0].extract_text().splitlines()
    heads = {"序号", "客户编号", "客户名称", "等级", "联系电话", "未完成跟进", "备注（手写）"}
    assert heads <= {line.strip() for line in lines}
