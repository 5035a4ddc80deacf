"""The login log: every try, successful or not, with what happened; only the supervisor and above read it."""

import datetime

import pytest

from desktop.models import LoginEvent, Staff
from desktop.services import auth, login_log
from desktop.services.errors import PermissionDenied, RuleError
from tests.conftest import NOW, PASSWORD


def _try(name: str, password: str, now: datetime.datetime = NOW) -> None:
    try:
        auth.login(name, password, now)
    except RuleError:
        pass


def test_each_try_is_logged_with_its_outcome(office_data: dict) -> None:
    clerk, leaver = office_data["clerk1"], office_data["clerk2"]
    Staff.update(active=False).where(Staff.id == leaver.id).execute()
    _try("c001", PASSWORD)
    _try("nobody", PASSWORD)
    _try("c002", PASSWORD)
    for _ in range(auth.FREE_FAILURES):
        _try("c001", "wrong")
    _try("c001", PASSWORD)  # still waiting after the failures
    rows = list(LoginEvent.select().order_by(LoginEvent.id).tuples())
    assert [row[1:] for row in rows] == [
        (NOW, "c001", clerk.id, "ok"), (NOW, "nobody", None, "unknown"), (NOW, "c002", leaver.id, "inactive"),
        *[(NOW, "c001", clerk.id, "wrong_password")] * auth.FREE_FAILURES, (NOW, "c001", clerk.id, "locked")]


def test_the_supervisor_pages_through_the_log_newest_first(supervisor: Staff) -> None:
    for minute in range(5):
        _try("z001", "wrong" if minute % 2 else PASSWORD, NOW + datetime.timedelta(minutes=minute))
    seen, after = [], None
    while batch := login_log.entries(supervisor, 2, after):
        seen += batch
        after = batch[-1]
    assert [event.at.minute for event in seen] == [34, 33, 32, 31, 30]
    assert [login_log.OUTCOME_TEXT[event.outcome] for event in seen[:2]] == ["登录成功", "密码错误"]
    assert seen[0].staff.name == "周主任"


@pytest.mark.parametrize("person", ["clerk1", "leader1"])
def test_below_the_supervisor_nobody_reads_it(office_data: dict, person: str) -> None:
    with pytest.raises(PermissionDenied):
        login_log.entries(office_data[person], 10)
