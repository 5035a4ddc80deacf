"""客户全貌's timeline: every kind of entry, newest first, masked for a confidential customer, paged on thousands."""

import datetime

from desktop.models import Contact, Customer, Staff
from desktop.services import audit, clock
from desktop.services.complaints import workflow
from desktop.services.customers import archive, registration, timeline
from desktop.services.paging import Page
from tests import complaint_world, contact_data
from tests.conftest import NOW

DAY = datetime.timedelta(days=1)


def _story(clerk: Staff, supervisor: Staff, office_data: dict) -> Customer:
    """Registered 10-01, visited 10-05 with a promise, a complaint 10-10 judged unfounded the same day (an open one
    would keep the customer from lapsing), lapsed 11-06 and claimed 11-17."""
    start = datetime.datetime(2026, 10, 1, 9, 0)
    clock.freeze(start)
    customer = contact_data.customer(clerk, "林晓")
    contact_data.record(clerk, customer, start + 4 * DAY, quality_rating="优良", promised="送样品",
                        next_follow_up_on=datetime.date(2026, 10, 12))
    clock.freeze(start + 9 * DAY)
    complaint = workflow.receive(clerk, complaint_world.form(received_at=start + 9 * DAY, customer_id=customer.id))
    workflow.assess(supervisor, complaint, False, "非本公司产品", "已向客户说明")
    clock.freeze(datetime.datetime(2026, 10, 20, 9, 0))
    registration.record_credit_review(supervisor, registration.get(customer.id), "A")
    clock.freeze(datetime.datetime(2026, 11, 17, 9, 0))
    registration.claim(office_data["clerk2"], registration.get(customer.id))
    clock.freeze(NOW)
    return customer


def test_the_timeline_tells_the_whole_story_newest_first(clerk: Staff, supervisor: Staff, office_data: dict) -> None:
    customer = _story(clerk, supervisor, office_data)
    shown = timeline.entries(clerk, customer, Page(0, 50))
    assert [e.kind for e in shown] == ["ownership", "ownership", "grade", "follow_up", "complaint", "contact",
                                       "ownership"]
    claim, lapse, grade, follow_up, complaint, contact, registered = shown
    assert claim.at == datetime.datetime(2026, 11, 17, 9, 0)
    assert claim.title == "从公共池申领"
    assert str(claim.detail).startswith(f"{clerk.name} → {office_data['clerk2'].name}")
    assert lapse.title == "回公共池" and lapse.at == datetime.datetime(2026, 11, 6)
    assert grade.detail == "信用等级 C → A"
    assert str(follow_up.title).startswith("逾期未跟进") and "送样品" in str(follow_up.detail)
    assert complaint.title == "投诉 202610-001　已结案"
    assert "产品质量：优良（90分）" in str(contact.detail) and "下次跟进 2026年10月12日" in str(contact.detail)
    assert registered.title == "登记" and registered.at == datetime.datetime(2026, 10, 1, 9, 0)
    assert [e.at for e in shown] == sorted((e.at for e in shown), reverse=True)


def test_a_kind_filter_and_a_customer_back_in_the_pool(clerk: Staff) -> None:
    clock.freeze(datetime.datetime(2026, 9, 1, 9, 0))
    customer = contact_data.customer(clerk, "周明")
    clock.freeze(NOW)
    shown = timeline.entries(clerk, registration.get(customer.id), Page(0, 50), kinds=["ownership"])
    assert [(e.title, e.at) for e in shown] == [("回公共池", datetime.datetime(2026, 10, 2)),
                                                ("登记", datetime.datetime(2026, 9, 1, 9, 0))]


def test_a_voided_contact_leaves_the_timeline(clerk: Staff, supervisor: Staff) -> None:
    customer = contact_data.customer(clerk, "吴芳")
    contact = contact_data.record(clerk, customer, datetime.datetime(2026, 11, 17, 9, 0))
    audit.void(supervisor, Contact.get_by_id(contact.id), "录错客户")
    assert timeline.entries(clerk, customer, Page(0, 50), kinds=["contact"]) == []


def test_a_confidential_customer_shows_no_story_below_the_supervisor(clerk: Staff, supervisor: Staff) -> None:
    customer = contact_data.customer(clerk, "秘书长")
    registration.update(supervisor, customer, registration.CustomerForm(
        **{**registration.form_of(customer).__dict__, "confidentiality": "机密"}))
    contact_data.record(clerk, customer, datetime.datetime(2026, 11, 17, 9, 0))
    assert not timeline.shows_history(clerk, customer)
    assert timeline.entries(clerk, customer, Page(0, 50)) == []
    archive.open_archive(supervisor, customer.id)
    kinds = [e.kind for e in timeline.entries(supervisor, customer, Page(0, 50))]
    assert "contact" in kinds and "access" in kinds
    assert "access" not in timeline.kinds_for(clerk)


def test_five_thousand_entries_page_in_order(clerk: Staff) -> None:
    customer = contact_data.customer(clerk, "大客户")
    start = datetime.datetime(2025, 1, 1, 8, 0)
    rows = [dict(kind="phone", customer=customer.id, staff=clerk.id, started_at=start + datetime.timedelta(hours=i),
                 purpose="客户保养-联络感情", recorded_by=clerk.id, recorded_at=start) for i in range(5000)]
    for first in range(0, len(rows), 500):
        Contact.insert_many(rows[first:first + 500]).execute()
    pages = [timeline.entries(clerk, customer, Page(offset, 200)) for offset in range(0, 5200, 200)]
    shown = [e for page in pages for e in page]
    assert len(shown) == 5001  # and the registration
    assert shown[0].title == "登记" and shown[1].at == start + datetime.timedelta(hours=4999)
    assert [e.at for e in shown] == sorted((e.at for e in shown), reverse=True)
    assert shown[-1].at == start
