"""Staff, teams and shifts: saving through the form, the checks, deactivation and permissions."""

import datetime

import pytest

from desktop.models import AuditEntry, Staff, Team
from desktop.services import audit, auth
from desktop.services.errors import PermissionDenied, RuleError, ValidationErrors
from desktop.services.staffing import people
from tests.conftest import PASSWORD


def _form(**changes: object) -> people.StaffForm:
    values = {"code": "C100", "name": "陈新", "job_type": "客服专员", "team_id": None}
    values.update(changes)
    return people.StaffForm(**values)


def test_save_staff_creates_person_with_audit_row(supervisor: Staff, office_data: dict) -> None:
    person = people.save_staff(supervisor, _form(team_id=office_data["team1"].id, login="c100", password="abc123"))
    assert Staff.get_by_id(person.id).team_id == office_data["team1"].id
    assert auth.check_password("abc123", Staff.get_by_id(person.id).password_hash)
    [entry] = audit.history("staff", person.id)
    assert (entry.action, entry.actor_id) == ("create", supervisor.id)
    assert "password_hash" not in entry.after


def _form_of(person: Staff, **changes: object) -> people.StaffForm:
    """The staff form as the page fills it for `person`, with `changes` typed over it."""
    values = {"code": person.code, "name": person.name, "job_type": person.job_type,
              "skill_level": person.skill_level, "role": person.role, "team_id": person.team_id,
              "login": person.login or "", "active": person.active}
    values.update(changes)
    return people.StaffForm(**values)


def test_a_password_reset_alone_is_saved_and_audited_without_the_hash(admin: Staff, clerk: Staff) -> None:
    people.save_staff(admin, _form_of(clerk, password="new-pass1"), clerk)
    stored = Staff.get_by_id(clerk.id).password_hash
    assert auth.check_password("new-pass1", stored) and not auth.check_password(PASSWORD, stored)
    entry = audit.history("staff", clerk.id)[-1]
    assert (entry.action, entry.actor_id, entry.reason) == ("password", admin.id, "重设密码")
    assert audit.ACTION_TEXT["password"] == "修改密码"
    assert "pbkdf2" not in (entry.before or "") + (entry.after or "")


def test_save_staff_reports_empty_and_duplicate_code(supervisor: Staff) -> None:
    with pytest.raises(ValidationErrors) as empty:
        people.save_staff(supervisor, _form(code="  ", name=""))
    assert empty.value.errors == {"code": "请填写工号。", "name": "请填写姓名。"}
    with pytest.raises(ValidationErrors) as duplicate:
        people.save_staff(supervisor, _form(code="C001"))
    assert duplicate.value.errors["code"] == "工号 C001 已被使用。"


def test_staff_fields_are_cleaned_and_limited(supervisor: Staff) -> None:
    with pytest.raises(ValidationErrors) as refused:
        people.save_staff(supervisor, _form(code="\u200b\u200b", name="名" * 31, login="l" * 31, password="abc123"))
    assert refused.value.errors == {"code": "请填写工号。", "name": "不能超过 30 个字。", "login": "不能超过 30 个字。"}
    person = people.save_staff(supervisor, _form(code="C1\x0000", name="陈\ufeff新", login="c100\u200b",
                                                 password="abc123"))
    assert (person.code, person.name, person.login) == ("C100", "陈新", "c100")


def test_team_and_shift_names_are_cleaned_and_fit_the_roster(supervisor: Staff) -> None:
    with pytest.raises(RuleError) as team:
        people.save_team(supervisor, "\u200b", None)
    assert (team.value.field, team.value.message) == ("name", "请填写班组名称。")
    with pytest.raises(RuleError) as long_team:
        people.save_team(supervisor, "班" * 21, None)
    assert long_team.value.message == "不能超过 20 个字。"
    with pytest.raises(RuleError) as long_shift:
        people.save_shift(supervisor, "班" * 11, "07:00", "15:00")
    assert (long_shift.value.field, long_shift.value.message) == ("name", "不能超过 10 个字。")
    assert people.save_team(supervisor, "客服\x00三班", None).name == "客服三班"


def test_login_needs_a_password(supervisor: Staff) -> None:
    with pytest.raises(ValidationErrors) as error:
        people.save_staff(supervisor, _form(login="newbie"))
    assert "password" in error.value.errors


def test_editing_keeps_password_when_left_empty(supervisor: Staff, clerk: Staff) -> None:
    stored = clerk.password_hash
    form = _form(code=clerk.code, name="张三丰", login=clerk.login, team_id=clerk.team_id)
    people.save_staff(supervisor, form, clerk)
    again = Staff.get_by_id(clerk.id)
    assert (again.name, again.password_hash) == ("张三丰", stored)
    assert audit.history("staff", clerk.id)[-1].action == "update"


def test_nobody_changes_own_role(supervisor: Staff) -> None:
    form = _form(code=supervisor.code, name=supervisor.name, job_type="主任", role="admin", login=supervisor.login)
    with pytest.raises(RuleError) as error:
        people.save_staff(supervisor, form, supervisor)
    assert error.value.field == "role"


def test_nobody_grants_a_role_above_their_own(supervisor: Staff, admin: Staff) -> None:
    with pytest.raises(RuleError) as error:
        people.save_staff(supervisor, _form(role="admin", login="boss", password="chosen1"))
    assert (error.value.field, error.value.message) == ("role", "不能授予高于您自己的角色（管理员）。")
    assert not Staff.select().where(Staff.login == "boss").exists()
    assert people.save_staff(supervisor, _form(role="supervisor", job_type="主任")).role == "supervisor"
    assert people.save_staff(admin, _form(code="A100", role="admin")).role == "admin"


def test_nobody_resets_demotes_or_deactivates_someone_above_them(supervisor: Staff, admin: Staff) -> None:
    stored = admin.password_hash
    for form in (_form_of(admin, password="chosen1"), _form_of(admin, role="staff")):
        with pytest.raises(RuleError) as error:
            people.save_staff(supervisor, form, admin)
        assert error.value.message == "管理员 的角色（管理员）高于您，您不能修改或停用这个账号。"
    with pytest.raises(RuleError):
        people.deactivate_staff(supervisor, admin)
    kept = Staff.get_by_id(admin.id)
    assert (kept.password_hash, kept.role, kept.active) == (stored, "admin", True)
    assert audit.history("staff", admin.id) == []


def test_deactivate_keeps_the_person(supervisor: Staff, clerk: Staff) -> None:
    people.deactivate_staff(supervisor, clerk)
    assert Staff.get_by_id(clerk.id).active is False
    entry = audit.history("staff", clerk.id)[-1]
    assert (entry.action, entry.reason) == ("update", "停用")
    with pytest.raises(RuleError):
        people.deactivate_staff(supervisor, supervisor)


def test_clerk_and_team_leader_may_not_manage_staff(clerk: Staff, leader: Staff, office_data: dict) -> None:
    for person in (clerk, leader):
        with pytest.raises(PermissionDenied):
            people.save_staff(person, _form())
        with pytest.raises(PermissionDenied):
            people.deactivate_staff(person, office_data["clerk2"])
        with pytest.raises(PermissionDenied):
            people.staff_list(person, 0, 50)
        with pytest.raises(PermissionDenied):
            people.save_team(person, "新班组", None)
        with pytest.raises(PermissionDenied):
            people.team_list(person, 0, 50)
        with pytest.raises(PermissionDenied):
            people.save_shift(person, "晚班", "18:00", "22:00")
    assert not Team.select().where(Team.name == "新班组").exists()


def test_staff_list_pages_by_code(supervisor: Staff) -> None:
    first, rest = people.staff_list(supervisor, 0, 3), people.staff_list(supervisor, 3, 100)
    codes = [s.code for s in first + rest]
    assert codes == sorted(codes) and len(codes) == Staff.select().count()


def test_team_leader_must_hold_the_role(supervisor: Staff, office_data: dict) -> None:
    with pytest.raises(RuleError) as error:
        people.save_team(supervisor, "客服三班", office_data["clerk1"].id)
    assert error.value.field == "leader"
    team = people.save_team(supervisor, "客服三班", office_data["leader2"].id)
    assert Team.get_by_id(team.id).leader_id == office_data["leader2"].id
    assert AuditEntry.select().where((AuditEntry.table_name == "team") & (AuditEntry.action == "create")).exists()


def test_team_names_are_unique(supervisor: Staff) -> None:
    with pytest.raises(RuleError) as error:
        people.save_team(supervisor, "客服一班", None)
    assert (error.value.field, error.value.message) == ("name", "班组 客服一班 已存在。")


def test_leader_candidates_are_team_leaders_or_higher(office_data: dict) -> None:
    codes = {p.code for p in people.leader_candidates()}
    assert codes == {"A001", "Z001", "L001", "L002"}


def test_choices_keep_the_people_a_record_names_after_they_have_left(supervisor: Staff, office_data: dict) -> None:
    people.deactivate_staff(supervisor, office_data["leader2"])
    assert "L002" not in {p.code for p in people.active_staff()}
    assert "L002" in {p.code for p in people.active_staff(None, office_data["leader2"].id)}
    assert {p.code for p in people.leader_candidates(office_data["leader2"].id)} == {"A001", "Z001", "L001", "L002"}


def test_team_list_counts_active_members(supervisor: Staff, office_data: dict) -> None:
    people.deactivate_staff(supervisor, office_data["clerk2"])
    listed = {t.name: t for t in people.team_list(supervisor, 0, 50)}
    assert listed["客服一班"].member_count == 2  # 李班长 and 张三; 李四 has left
    assert listed["客服二班"].leader.name == "王班长"


def test_shift_may_cross_midnight(supervisor: Staff) -> None:
    shift = people.save_shift(supervisor, "晚班", "20:00", "08:00")
    start, end = people.shift_span(shift, datetime.date(2026, 3, 1))
    assert (start, end) == (datetime.datetime(2026, 3, 1, 20), datetime.datetime(2026, 3, 2, 8))
    assert people.shift_label(shift) == "晚班 20:00–次日08:00"
    day = people.save_shift(supervisor, "白班", "09:00", "21:00")
    assert people.shift_span(day, datetime.date(2026, 3, 1))[1] == datetime.datetime(2026, 3, 1, 21)
    assert "次日" not in str(people.shift_label(day))


def test_shift_times_are_checked(supervisor: Staff, office_data: dict) -> None:
    with pytest.raises(RuleError) as bad:
        people.save_shift(supervisor, "晚班", "8点", "16:00")
    assert bad.value.field == "start"
    with pytest.raises(RuleError) as same:
        people.save_shift(supervisor, "晚班", "08:00", "08:00")
    assert same.value.field == "end"
    with pytest.raises(RuleError) as duplicate:
        people.save_shift(supervisor, "早班", "07:00", "15:00")
    assert duplicate.value.field == "name"


def test_editing_a_shift_is_audited(supervisor: Staff, office_data: dict) -> None:
    early = office_data["shifts"]["早班"]
    people.save_shift(supervisor, "早班", "07:30", "15:30", early, active=False)
    entry = audit.history("shift", early.id)[-1]
    assert entry.action == "update"
    assert [c.field for c in audit.changes(entry)] == ["start", "end", "active"]
    assert people.shifts() == [s for s in people.shifts(include_inactive=True) if s.active]


def test_shift_workers_are_the_active_people_of_a_team(office_data: dict) -> None:
    from desktop.services.staffing import people as register

    office_data["clerk3"].active = False
    office_data["clerk3"].save()
    names = [person.name for person in register.shift_workers()]
    assert "张三" in names and "王五" not in names and "周主任" not in names and "管理员" not in names

