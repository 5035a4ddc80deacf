"""The tracking list reads only the fields it shows, colours and prints: what it shows is what a whole complaint
would show."""

import datetime as dt

from desktop.models import Complaint
from desktop.services.complaints import lists
from desktop.services.complaints import workflow as c
from tests.complaint_world import T0, minutes, take_to


def test_a_page_shows_colours_and_prints_each_complaint_as_the_whole_complaint_would(office_data):
    hour = dt.timedelta(hours=1)
    for number, state in enumerate([c.RECEIVED, c.DISPATCHED, c.APPROVED, c.REPLIED, c.DISPATCHED]):
        take_to(state, office_data, c.MAJOR if number % 2 else c.ORDINARY, received_at=T0 + number * hour)
    waiting = take_to(c.DISPATCHED, office_data, received_at=T0 + 6 * hour)
    c.pause(office_data["clerk2"], waiting, c.WAITING_CUSTOMER, "等客户寄回样品", dt.date(2026, 9, 18),
            now=minutes(500))
    voided = take_to(c.ASSESSED, office_data, received_at=T0 + 7 * hour)
    c.void(office_data["supervisor"], voided, "重复登记", now=minutes(520))

    listed = lists.page(lists.ComplaintFilter(include_voided=True), 0, 50)
    whole = [Complaint.get_by_id(complaint.id) for complaint in listed]
    assert len(listed) == 7 and {complaint.assignee_id for complaint in listed} > {None}
    for now in (minutes(30), minutes(600), dt.datetime(2026, 9, 18, 12, 0), dt.datetime(2026, 9, 30, 9, 0)):
        assert lists.tracking_rows(listed, now) == lists.tracking_rows(whole, now)
        assert [lists.time_left(x, now) for x in listed] == [lists.time_left(x, now) for x in whole]
        assert [lists.status_label(x, now) for x in listed] == [lists.status_label(x, now) for x in whole]
    assert "content" not in listed[0].__data__  # the long texts are left unread
