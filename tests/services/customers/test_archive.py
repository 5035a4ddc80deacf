"""Confidential customers: masked below 主任, and every opening of their archive on the borrowing card."""


import pytest

from desktop.models import ArchiveAccess, Staff
from desktop.services.customers import archive as customer_archive
from desktop.services.customers import lists, registration
from desktop.services.customers.lists import CustomerFilters
from desktop.services.errors import PermissionDenied
from desktop.services.paging import Page
from tests.customer_data import register


# ------------------------------------------------------------------------------------------------ confidentiality
def test_confidential_customers_show_only_name_and_number_below_supervisor(clerk: Staff, leader: Staff,
                                                                          supervisor: Staff) -> None:
    register(clerk, "王总", "13900001111", confidentiality="机密", customer_grade="A")
    row = lists.fetch(leader, Page(), CustomerFilters())[0]
    assert row.masked and row.name == "王总" and row.phone == "（保密）" and row.customer_grade == ""
    assert lists.search(leader, "wz")[0].phone == "（保密）"
    assert lists.fetch(supervisor, Page(), CustomerFilters())[0].phone == "13900001111"


def test_opening_a_confidential_archive_is_for_supervisors_and_logged(clerk: Staff, supervisor: Staff) -> None:
    secret = register(clerk, "王总", "13900001111", confidentiality="绝密")
    with pytest.raises(PermissionDenied):
        customer_archive.open_archive(clerk, secret)
    with pytest.raises(PermissionDenied):
        registration.update(clerk, secret, registration.form_of(secret))
    assert ArchiveAccess.select().count() == 0
    assert customer_archive.open_archive(supervisor, secret, "核对合同").phone == "13900001111"
    log = customer_archive.access_log(supervisor, Page())
    assert [(r.staff_name, r.customer_number, r.purpose) for r in log] == [("周主任", secret.number, "核对合同")]
    with pytest.raises(PermissionDenied):
        customer_archive.access_log(clerk, Page())


def test_an_ordinary_archive_opens_without_a_card_entry(clerk: Staff) -> None:
    customer = register(clerk)
    assert customer_archive.open_archive(clerk, customer).phone == "13812345678"
    assert ArchiveAccess.select().count() == 0
