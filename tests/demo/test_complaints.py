"""Demo complaints: a year of them, gap-free numbers, open and closed ones, some overdue and some reopened."""

import datetime as dt

from peewee import fn

from desktop import demo
from desktop.models import CallbackAttempt, Complaint, ComplaintEvent
from desktop.services.complaints import lists
from desktop.services.complaints import workflow as c


def test_the_small_demo_has_complaints_in_many_states(fresh_db):
    today = dt.date(2026, 10, 12)
    demo.generate("small", today=today)
    assert Complaint.select().count() >= demo.SIZES["small"].complaints
    per_month = Complaint.select(Complaint.month, fn.COUNT(Complaint.id), fn.MAX(Complaint.serial)).group_by(
        Complaint.month).tuples()
    assert all(count == top for _, count, top in per_month)
    states = {row.status for row in Complaint.select(Complaint.status).distinct()}
    assert {c.CLOSED, c.REPLIED, c.ESCALATED} <= states and states & set(c.HANDLING)
    assert Complaint.select().where(Complaint.reopened_from.is_null(False)).exists()
    assert Complaint.select().where(Complaint.next_due_at < dt.datetime.combine(today, dt.time(23, 59))).exists()
    received_events = ComplaintEvent.select().where(ComplaintEvent.action == "receive").count()
    assert received_events == Complaint.select().count()
    assert CallbackAttempt.select().exists()
    oldest = Complaint.select(fn.MIN(Complaint.received_at)).scalar()
    assert oldest < dt.datetime(2025, 11, 1)
    reminded = [lists.detail(e.complaint_id) for e in ComplaintEvent.select().where(ComplaintEvent.action == "remind")]
    assert reminded and all(lists.reminder_notice(detail).count == 1 for detail in reminded)  # its 催办单 prints
