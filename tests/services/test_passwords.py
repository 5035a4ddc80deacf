"""修改密码: everyone changes their own password (the old one asked again, the rules checked, audited); an account
whose password someone else set must change it at the next login."""

import pytest

from desktop.models import Staff
from desktop.services import audit, auth, passwords, settings
from desktop.services.errors import PermissionDenied, ValidationErrors
from desktop.services.staffing import people
from tests.conftest import PASSWORD


def test_a_clerk_changes_his_own_password(clerk: Staff) -> None:
    passwords.change_own(clerk, PASSWORD, "better-one")
    assert auth.login("c001", "better-one").id == clerk.id
    entry = audit.history("staff", clerk.id)[-1]
    assert (entry.action, entry.actor_id, entry.reason) == ("password", clerk.id, "本人修改密码")
    assert "pbkdf2" not in entry.before + entry.after


@pytest.mark.parametrize(("old", "new", "errors"), [
    ("wrong", "better-one", {"old_password": "原密码不正确。"}),
    (PASSWORD, "short", {"new_password": "密码至少需要 6 位。"}),
    (PASSWORD, PASSWORD, {"new_password": "新密码不能与原密码相同。"}),
])
def test_the_old_password_and_the_rules_are_checked(clerk: Staff, old: str, new: str, errors: dict) -> None:
    with pytest.raises(ValidationErrors) as refused:
        passwords.change_own(clerk, old, new)
    assert refused.value.errors == errors
    assert auth.check_password(PASSWORD, Staff.get_by_id(clerk.id).password_hash)
    assert audit.history("staff", clerk.id) == []


def test_a_deactivated_person_changes_nothing(clerk: Staff) -> None:
    Staff.update(active=False).where(Staff.id == clerk.id).execute()
    with pytest.raises(PermissionDenied):
        passwords.change_own(clerk, PASSWORD, "better-one")


def test_a_reset_or_new_account_must_change_at_next_login_until_changed(admin: Staff, clerk: Staff) -> None:
    form = people.StaffForm(code=clerk.code, name=clerk.name, job_type=clerk.job_type, skill_level=clerk.skill_level,
                            team_id=clerk.team_id, login=clerk.login, password="given-one")
    people.save_staff(admin, form, clerk)
    assert auth.login("c001", "given-one").must_change_password
    passwords.change_own(clerk, "given-one", "my-own-one")
    assert not auth.login("c001", "my-own-one").must_change_password
    created = people.save_staff(admin, people.StaffForm(code="C100", name="陈新", job_type="客服专员", login="c100",
                                                        password="given-two"))
    assert Staff.get_by_id(created.id).must_change_password


@pytest.mark.usefixtures("fresh_db")
def test_the_first_administrator_must_change_at_next_login() -> None:
    first = settings.first_run("杭州分店", "A001", "王管理", "wang", "abc12345")
    assert Staff.get_by_id(first.id).must_change_password
