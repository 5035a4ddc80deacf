"""The audit log as the supervisor reads it: the office's names for tables and fields, the records' own numbers,
values as printed, and each filter."""

import dataclasses
import datetime as dt

import pytest

from desktop.models import AuditEntry, Staff
from desktop.services import audit, audit_view, clock
from desktop.services.audit_view import AuditFilter
from desktop.services.complaints import workflow as c
from desktop.services.customers import registration
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.staffing import people
from tests.complaint_world import take_to


def _all(actor: Staff, **filters: object) -> list[audit_view.AuditLine]:
    return audit_view.lines(actor, 500, filters=AuditFilter(**filters))


def test_a_change_is_told_in_the_offices_words(supervisor: Staff, office_data: dict) -> None:
    complaint = take_to(c.DISPATCHED, office_data)
    found = _all(supervisor, table_name="complaint", action="update")
    [dispatch] = [line for line in found if any(change.field == "责任部门" for change in line.changes)]
    assert (dispatch.table, dispatch.record, dispatch.action, dispatch.who) == ("投诉单", complaint.number, "修改",
                                                                                "张三")
    changes = {change.field: (change.old, change.new) for change in dispatch.changes}
    assert changes["状态"] == ("待派发", "调查中")
    assert changes["责任部门"] == ("（空）", "质量管理部")
    assert changes["责任人"] == ("（空）", "C002 李四")
    assert changes["派发时间"] == ("（空）", "2026-09-15 10:40")
    event = next(line for line in _all(supervisor, table_name="complaint_event"))
    assert (event.table, event.record) == ("投诉处理经过", complaint.number)


def test_a_customers_budget_and_dates_are_written_as_on_the_card(supervisor: Staff, clerk: Staff) -> None:
    form = registration.CustomerForm(name="杭州宏达科技有限公司", phone="0571-88886666", kind="单位", budget="50000")
    customer = registration.register(clerk, form)
    registration.update(supervisor, customer, dataclasses.replace(form, budget="120000"))
    [changed] = _all(supervisor, table_name="customer", action="update")
    assert changed.record == f"{customer.number} 杭州宏达科技有限公司"
    assert [(x.field, x.old, x.new) for x in changed.changes] == [("预算", "50,000.00", "120,000.00")]
    assert "预算：50,000.00 → 120,000.00" in changed.summary
    [created] = _all(supervisor, table_name="customer", action="create")
    assert "客户编号" in {x.field for x in created.changes} and "序号" not in {x.field for x in created.changes}


def test_filter_by_person_and_by_dates(supervisor: Staff, office_data: dict) -> None:
    clock.freeze(dt.datetime(2026, 11, 2, 9, 0))
    people.save_shift(supervisor, "深夜班", "22:00", "06:00")
    clock.freeze(dt.datetime(2026, 11, 18, 9, 0))
    people.save_team(supervisor, "客服三班", None)
    mine = _all(supervisor, actor_id=supervisor.id)
    assert mine and all(line.who == "周主任" for line in mine)
    early = _all(supervisor, start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 2))
    assert [line.record for line in early] == ["深夜班"]
    assert [line.record for line in _all(supervisor, start=dt.date(2026, 11, 18), end=dt.date(2026, 11, 18),
                                         table_name="team")] == ["客服三班"]
    with pytest.raises(RuleError) as refused:
        _all(supervisor, start=dt.date(2026, 11, 18), end=dt.date(2026, 11, 1))
    assert refused.value.field == "end"


def test_filter_by_record_gathers_everything_that_happened_to_it(supervisor: Staff, office_data: dict) -> None:
    first = take_to(c.DISPATCHED, office_data)
    take_to(c.ASSESSED, office_data)
    found = _all(supervisor, record=first.number)
    assert {line.table for line in found} == {"投诉单", "投诉处理经过"}
    assert {line.record for line in found} == {first.number}
    customer = registration.register(office_data["clerk1"], registration.CustomerForm(name="王建国",
                                                                                      phone="13812345678"))
    assert {line.record for line in _all(supervisor, record=customer.number.lower())} == {
        f"{customer.number} 王建国"}
    assert {line.action for line in _all(supervisor, record="C001")} <= {"新建", "修改"}
    with pytest.raises(RuleError) as refused:
        _all(supervisor, record="KH2099999999")
    assert refused.value.field == "record"


def test_filter_by_kind(supervisor: Staff, office_data: dict) -> None:
    complaint = take_to(c.RECEIVED, office_data)
    c.void(supervisor, complaint, "重复登记")
    [voided] = _all(supervisor, action="void")
    assert (voided.action, voided.record, voided.reason) == ("作废", complaint.number, "重复登记")


def test_lines_page_through_everything_newest_first(supervisor: Staff) -> None:
    for number in range(7):
        people.save_shift(supervisor, f"班{number}", f"0{number}:00", f"1{number}:00")
    seen, after = [], None
    while batch := audit_view.lines(supervisor, 3, after):
        seen += batch
        after = batch[-1]
    assert len(seen) == len({line.id for line in seen}) == AuditEntry.select().count()
    assert [line.id for line in seen] == sorted((line.id for line in seen), reverse=True)


def test_a_clerk_may_not_read_the_log(clerk: Staff) -> None:
    with pytest.raises(PermissionDenied):
        _all(clerk)
    with pytest.raises(PermissionDenied):
        audit.table_names(clerk)


# the log itself, the login log, search keys, and an unfinished import's hold on its phones (the customers it saves
# are audited; the hold is a lock that lives as long as the import)
NOT_AUDITED = {"audit_entry", "login_event", "customer_search_key", "import_run", "import_reservation"}
NEVER_SHOWN = {"id", "name_pinyin", "name_initials", "password_hash", "note_words"}


def test_every_audited_table_record_and_column_has_the_offices_name() -> None:
    unnamed = []
    for table, model in audit_view.MODELS.items():
        if table in NOT_AUDITED:
            continue
        if table not in audit_view.TABLES or table not in audit_view.LABELS:
            unnamed.append(table)
        unnamed += [f"{table}.{name}" for name in model._meta.fields
                    if name not in NEVER_SHOWN and audit_view.field_text(table, name) == name]
    assert not unnamed, unnamed


def test_a_customer_hand_over_reads_in_the_offices_words(supervisor: Staff, office_data: dict) -> None:
    from desktop.services.customers import handover
    from tests import contact_data

    clerk = office_data["clerk1"]
    customer = contact_data.customer(clerk, "林晓", "13900000041")
    record = handover.leave_and_hand_over(supervisor, clerk, office_data["clerk2"], [customer.id], "离职")
    [sheet] = _all(supervisor, table_name="hand_over")
    assert (sheet.table, sheet.record) == ("客户交接", record.number)
    [line] = _all(supervisor, table_name="hand_over_line")
    assert line.table == "客户交接明细" and line.record == f"{record.number} {customer.number}"
    changes = {change.field: change.new for change in sheet.changes}
    assert changes["移交人"] == "C001 张三" and changes["接收人"] == "C002 李四"
