"""Reply wording (话术): placeholders filled from the record as the actor may see it, versions that keep what was
sent, uses recorded with the saved form and nothing recorded for a form refused."""

import pytest

from desktop.models import AuditEntry, Complaint, WordingTemplate, WordingUse, WordingVersion
from desktop.services import wording
from desktop.services.complaints import workflow
from desktop.services.customers import registration
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.wording import Pick, WordingForm
from tests import complaint_world, contact_data
from tests.conftest import NOW

REPLY = "{客户称呼}您好，投诉单 {编号} 的处理结果：{处理结果}。如有疑问请在 {期限} 前联系{经办人}。"


def _template(data: dict, body: str = REPLY, category: str = "reply", title: str = "测试答复") -> WordingTemplate:
    return wording.save(data["supervisor"], WordingForm(category, title, body), now=NOW)


def _offered(actor, category: str, title: str) -> WordingVersion:
    return next(v for v in wording.offered(actor, category) if v.title == title)


def test_a_new_database_offers_the_seed_templates_of_each_category(office_data: dict) -> None:
    clerk = office_data["clerk1"]
    for category in wording.CATEGORIES:
        assert wording.offered(clerk, category), category
    invalid = wording.offered(clerk, "invalid")[0]
    assert "谅解" in invalid.body and "{不成立原因}" in invalid.body
    assert invalid.edited_by is None


def test_placeholders_are_filled_from_the_complaint(office_data: dict) -> None:
    _template(office_data)
    complaint = complaint_world.take_to(workflow.APPROVED, office_data)
    clerk = office_data["clerk1"]
    filled = wording.fill(clerk, _offered(clerk, "reply", "测试答复"), complaint, now=NOW)
    due = complaint.due_at
    assert filled.text == (f"陈先生您好，投诉单 {complaint.number} 的处理结果：免费更换密封圈。如有疑问请在 "
                           f"{due.year}年{due.month}月{due.day}日 {due:%H:%M} 前联系张三。")
    assert filled.missing == [] and filled.hidden == []


def test_a_value_the_record_lacks_stays_marked_and_typed_words_fill_it(office_data: dict) -> None:
    complaint = complaint_world.take_to(workflow.RECEIVED, office_data, received_at=NOW)
    clerk = office_data["clerk1"]
    invalid = _offered(clerk, "invalid", "婉转说明，取得谅解")
    blank = wording.fill(clerk, invalid, complaint, now=NOW)
    assert "【不成立原因】" in blank.text and blank.missing == ["不成立原因"]
    typed = wording.fill(clerk, invalid, complaint, typed={"不成立原因": "该型号不在保修范围内。"}, now=NOW)
    assert "经核实，该型号不在保修范围内。" in typed.text and typed.missing == []


def test_a_confidential_customer_s_phone_is_not_filled_for_a_clerk(office_data: dict) -> None:
    boss, clerk = office_data["supervisor"], office_data["clerk1"]
    customer = registration.register(boss, registration.CustomerForm(
        name="绝密集团", phone="13912345678", salutation="钱总", confidentiality="绝密"))
    _template(office_data, "{客户称呼}，回电 {联系电话}。", "visit", "回电")
    version = _offered(clerk, "visit", "回电")
    seen_by_clerk = wording.fill(clerk, version, customer_id=customer.id, now=NOW)
    assert seen_by_clerk.text == "绝密集团，回电 【联系电话】。"  # the salutation is hidden too: only name shows
    assert seen_by_clerk.hidden == ["联系电话"] and "13912345678" not in seen_by_clerk.text
    assert wording.fill(boss, version, customer_id=customer.id, now=NOW).text == "钱总，回电 13912345678。"


def test_unknown_and_wrong_category_placeholders_are_refused_under_the_body(office_data: dict) -> None:
    with pytest.raises(ValidationErrors) as refused:
        _template(office_data, "您好 {客户姓名}")
    assert "{客户姓名}" in refused.value.errors["body"]
    with pytest.raises(ValidationErrors) as visit:
        _template(office_data, "投诉单 {编号}", "visit")  # a visit report has no complaint number
    assert "{编号}" in visit.value.errors["body"]
    with pytest.raises(ValidationErrors) as empty:
        wording.save(office_data["supervisor"], WordingForm("reply", "  ", ""))
    assert set(empty.value.errors) == {"title", "body"}


def test_an_edit_makes_a_new_version_and_what_was_sent_keeps_its_words(office_data: dict) -> None:
    template = _template(office_data)
    complaint = complaint_world.take_to(workflow.APPROVED, office_data)
    clerk = office_data["clerk1"]
    first = _offered(clerk, "reply", "测试答复")
    filled = wording.fill(clerk, first, complaint, now=NOW)
    wording.save_with_uses(clerk, [Pick(first.id, "reply", filled.text)],
                           lambda: workflow.reply(clerk, complaint, filled.text, now=NOW))

    edited = wording.save(office_data["supervisor"], WordingForm("reply", "测试答复", "{客户称呼}：已处理。"),
                          template, seen_version=1, now=NOW)
    assert edited.version == 2
    assert [v.number for v in wording.versions(office_data["supervisor"], template)] == [2, 1]
    assert _offered(clerk, "reply", "测试答复").body == "{客户称呼}：已处理。"
    use = WordingUse.get()
    assert use.version.id == first.id and use.version.number == 1 and use.version.body == REPLY
    assert use.complaint.id == complaint.id and use.text == filled.text == Complaint.get_by_id(complaint.id).reply


def test_saving_unchanged_words_makes_no_version_and_a_stale_edit_is_refused(office_data: dict) -> None:
    boss = office_data["supervisor"]
    template = _template(office_data)
    assert wording.save(boss, WordingForm("reply", "测试答复", REPLY), template, seen_version=1).version == 1
    wording.save(boss, WordingForm("reply", "测试答复", "第二版 {编号}"), template, seen_version=1)
    other_window = WordingTemplate.get_by_id(template.id)
    with pytest.raises(RuleError, match="第 2 版"):
        wording.save(boss, WordingForm("reply", "测试答复", "第三版"), other_window, seen_version=1)
    with pytest.raises(RuleError, match="类别"):
        wording.save(boss, WordingForm("visit", "测试答复", "拜访"), template, seen_version=2)


def test_a_refused_step_records_no_use(office_data: dict) -> None:
    complaint = complaint_world.take_to(workflow.APPROVED, office_data)
    clerk = office_data["clerk1"]
    version = wording.offered(clerk, "reply")[0]
    with pytest.raises(RuleError):
        wording.save_with_uses(clerk, [Pick(version.id, "reply", "x")],
                               lambda: workflow.reply(clerk, complaint, "   ", now=NOW))
    assert WordingUse.select().count() == 0


def test_a_use_on_a_contact_points_at_the_contact(office_data: dict) -> None:
    sales = office_data["sales1"]
    customer = contact_data.customer(sales, "宁波港城贸易")
    version = _offered(sales, "visit", "走访经过")
    filled = wording.fill(sales, version, customer_id=customer.id, now=NOW)
    assert "宁波港城贸易" in filled.text
    contact = wording.save_with_uses(sales, [Pick(version.id, "handling", filled.text)], lambda: contact_data.record(
        sales, customer, NOW.replace(hour=9), handling=filled.text))
    assert [(u.version.id, u.field) for u in wording.uses_of(contact)] == [(version.id, "handling")]


def test_retired_templates_leave_the_pickers_and_only_the_supervisor_keeps_them(office_data: dict) -> None:
    boss, leader = office_data["supervisor"], office_data["leader1"]
    template = _template(office_data)
    with pytest.raises(PermissionDenied):
        wording.save(leader, WordingForm("reply", "班长的", "您好"))
    wording.retire(boss, template, "措辞过时")
    assert "测试答复" not in [v.title for v in wording.offered(leader, "reply")]
    assert AuditEntry.select().where((AuditEntry.table_name == "wording_template") & (AuditEntry.action == "void")
                                     ).count() == 1
    with pytest.raises(RuleError, match="停用"):
        wording.save(boss, WordingForm("reply", "测试答复", "新的"), template)
    assert _template(office_data).id != template.id  # its title is free again for a new one


def test_the_words_a_use_records_are_cleaned_and_a_paste_beyond_any_box_is_refused(office_data: dict) -> None:
    sales = office_data["sales1"]
    customer = contact_data.customer(sales, "宁波港城贸易")
    version = _offered(sales, "visit", "走访经过")
    contact = wording.save_with_uses(sales, [Pick(version.id, "handling", "客户\x00满意\u200b")],
                                     lambda: contact_data.record(sales, customer, NOW.replace(hour=9)))
    assert [u.text for u in wording.uses_of(contact)] == ["客户满意"]
    with pytest.raises(RuleError):
        wording.save_with_uses(sales, [Pick(version.id, "handling", "长" * 10_000)],
                               lambda: contact_data.record(sales, customer, NOW.replace(hour=10)))
    assert WordingUse.select().count() == 1
