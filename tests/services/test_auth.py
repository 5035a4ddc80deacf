"""Passwords, login with slow-down after failures, and the permission table."""

import datetime
import hashlib
import subprocess
import sys

import pytest

from desktop.models import Staff
from desktop.services import auth
from desktop.services.errors import PermissionDenied, RuleError
from desktop.services.staffing import people
from tests.conftest import PASSWORD
from tests.customer_data import register

NOW = datetime.datetime(2026, 11, 25, 9, 0)


def test_password_hash_is_salted_and_checks() -> None:
    first, second = auth.hash_password("abc123"), auth.hash_password("abc123")
    assert first != second and "abc123" not in first
    assert auth.check_password("abc123", first)
    assert not auth.check_password("abc124", first)


def test_the_program_hashes_at_full_strength_and_reads_any_stored_strength() -> None:
    """The suite hashes with few rounds (conftest); the program itself, started afresh, must not."""
    code = "from desktop.services import auth; print(auth.ITERATIONS, auth.hash_password('abc123').split('$')[1])"
    printed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert printed == ["240000", "240000"]
    salt = "00112233445566778899aabbccddeeff"
    digest = hashlib.pbkdf2_hmac("sha256", b"abc123", bytes.fromhex(salt), 240_000).hex()
    strong = f"pbkdf2_sha256$240000${salt}${digest}"
    assert auth.check_password("abc123", strong) and not auth.check_password("abc12", strong)


@pytest.mark.parametrize("password, problem", [
    ("12345", "密码至少需要 6 位。"), ("123456", None),
    ("      ", "密码不能只有空格。"), (" \t \u3000  ", "密码不能只有空格。")])
def test_the_password_rule(password: str, problem: str | None) -> None:
    assert str(auth.password_problem(password) or "") == (problem or "")


def test_login_with_the_right_password(clerk: Staff) -> None:
    assert auth.login("c001", PASSWORD, NOW).id == clerk.id


def test_wrong_password_and_unknown_login_give_the_same_message(clerk: Staff) -> None:
    with pytest.raises(RuleError) as wrong:
        auth.login("c001", "nope", NOW)
    with pytest.raises(RuleError) as unknown:
        auth.login("nobody", PASSWORD, NOW)
    assert wrong.value.message == unknown.value.message == "用户名或密码不正确。"
    assert wrong.value.field == "password"


def test_repeated_failures_make_the_next_try_wait(clerk: Staff) -> None:
    for _ in range(auth.FREE_FAILURES):
        with pytest.raises(RuleError):
            auth.login("c001", "nope", NOW)
    with pytest.raises(RuleError) as locked:
        auth.login("c001", PASSWORD, NOW + datetime.timedelta(seconds=1))
    assert "秒后再试" in locked.value.message
    later = NOW + datetime.timedelta(seconds=10)
    assert auth.login("c001", PASSWORD, later).id == clerk.id
    assert Staff.get_by_id(clerk.id).failed_logins == 0


def test_a_missing_or_inactive_account_costs_the_same_as_a_wrong_password(
        office_data: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """Timing must not tell which accounts exist: every refusal derives one key at the full count."""
    Staff.update(active=False).where(Staff.id == office_data["clerk2"].id).execute()
    derive = hashlib.pbkdf2_hmac
    rounds: list[int] = []
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *args: rounds.append(args[3]) or derive(*args))
    for name in ("c001", "nobody", "c002"):
        with pytest.raises(RuleError, match="用户名或密码不正确"):
            auth.login(name, "wrong-one", NOW)
    assert rounds == [auth.ITERATIONS] * 3


def test_failures_from_several_windows_at_once_are_all_counted(
        clerk: Staff, monkeypatch: pytest.MonkeyPatch) -> None:
    check = auth.check_password

    def another_window_fails_meanwhile(password: str, stored: str | None) -> bool:
        monkeypatch.setattr(auth, "check_password", check)
        with pytest.raises(RuleError):
            auth.login("c001", "also wrong", NOW)
        return check(password, stored)

    monkeypatch.setattr(auth, "check_password", another_window_fails_meanwhile)
    with pytest.raises(RuleError):
        auth.login("c001", "nope", NOW)
    assert Staff.get_by_id(clerk.id).failed_logins == 2


def test_waits_grow_with_each_failure_and_are_capped() -> None:
    waits = [auth._wait_after(n).total_seconds() for n in range(auth.FREE_FAILURES, auth.FREE_FAILURES + 10)]
    assert waits[:3] == [5, 10, 20]
    assert max(waits) == auth.MAX_WAIT.total_seconds()


def test_inactive_person_cannot_log_in(clerk: Staff) -> None:
    clerk.active = False
    clerk.save()
    with pytest.raises(RuleError):
        auth.login("c001", PASSWORD, NOW)


@pytest.mark.parametrize(("person", "allowed"), [
    ("clerk1", False), ("leader1", False), ("supervisor", True), ("admin", True)])
def test_settings_only_for_supervisor_and_administrator(office_data: dict, person: str, allowed: bool) -> None:
    someone = office_data[person]
    assert auth.can(someone, "settings.open") is allowed
    if allowed:
        auth.require(someone, "settings.open")
    else:
        with pytest.raises(PermissionDenied, match="需要主任或以上"):
            auth.require(someone, "settings.open")


def test_a_clerk_deactivated_after_login_is_refused_at_the_next_action(clerk: Staff) -> None:
    session = auth.login("c001", PASSWORD, NOW)
    Staff.update(active=False).where(Staff.id == clerk.id).execute()
    with pytest.raises(PermissionDenied, match="您的账号已停用"):
        register(session)
    assert session.active is False


def test_a_supervisor_demoted_after_login_acts_with_the_role_he_has_now(supervisor: Staff) -> None:
    session = auth.login("z001", PASSWORD, NOW)
    Staff.update(role="staff").where(Staff.id == supervisor.id).execute()
    form = people.StaffForm(code="A100", name="新管理", job_type="管理员", role="admin", login="new", password="abc123")
    with pytest.raises(PermissionDenied, match="需要主任或以上"):
        people.save_staff(session, form)
    assert session.role == "staff"
    assert not auth.can(session, "settings.open")
    assert not Staff.select().where(Staff.login == "new").exists()


def test_a_promotion_applies_to_the_open_session(clerk: Staff) -> None:
    session = auth.login("c001", PASSWORD, NOW)
    Staff.update(role="team_leader").where(Staff.id == clerk.id).execute()
    assert auth.can(session, "swaps.approve") and session.role == "team_leader"


def test_a_pasted_login_name_is_logged_cleaned_and_no_longer_than_a_login_can_be(clerk: Staff) -> None:
    from desktop.models import LoginEvent
    from desktop.services.staffing import people

    with pytest.raises(RuleError):
        auth.login("x\x00" * 5_000, "whatever")
    logged = LoginEvent.select().order_by(LoginEvent.id.desc()).get().login
    assert "\x00" not in logged and len(logged) <= people.LIMITS["login"]
    assert auth.login("\u200bc001\x00 ", PASSWORD).id == clerk.id  # an invisible character does not lock one out
