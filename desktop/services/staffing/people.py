"""Staff, teams and shift definitions: who works here, in which team, under which team leader."""

import datetime
from dataclasses import dataclass

from peewee import JOIN, Expression, IntegrityError, fn

from desktop.models import Shift, Staff, Team, db
from desktop.services import audit, auth, passwords, text
from desktop.services.errors import RuleError, Text, ValidationErrors, msg

JOB_TYPES = ["客服专员", "业务员", "质检员", "回访员", "班长", "主任", "管理员"]
SKILL_LEVELS = ["初级工", "中级工", "高级工"]
# 工号, 姓名 and 登录名 as the roster and the registers print them
LIMITS = {"code": 20, "name": 30, "login": auth.LOGIN_LIMIT}
TEAM_NAME_LIMIT = 20
SHIFT_NAME_LIMIT = 10  # a cell of the printed roster
# the names most offices give their shifts: a shift called so is shown by its translated name (a shift's name is
# the office's own word otherwise)
USUAL_SHIFT_NAMES = ("早班", "中班", "夜班", "白班", "晚班")


@dataclass
class StaffForm:
    code: str
    name: str
    job_type: str
    skill_level: str = "初级工"
    role: str = "staff"
    team_id: int | None = None
    login: str = ""
    password: str = ""  # empty: keep the current password
    active: bool = True


def _check_staff(form: StaffForm, person: Staff | None) -> dict[str, str]:
    """The cleaned 工号, 姓名 and 登录名, or every field error at once."""
    errors: dict[str, str] = {}
    values = text.cleaned({name: getattr(form, name) for name in LIMITS}, LIMITS, errors)
    other = Staff.id != (person.id if person else 0)
    if not values["code"]:
        errors["code"] = "请填写工号。"
    elif Staff.select().where((Staff.code == values["code"]) & other).exists():
        errors["code"] = msg("工号 {value} 已被使用。", value=values['code'])
    if not values["name"]:
        errors["name"] = "请填写姓名。"
    if form.job_type not in JOB_TYPES:
        errors["job_type"] = "请选择岗位/工种。"
    if form.skill_level not in SKILL_LEVELS:
        errors["skill_level"] = "请选择技能等级。"
    if form.role not in auth.ROLES:
        errors["role"] = "请选择角色。"
    login = values["login"]
    if login and Staff.select().where((Staff.login == login) & other).exists():
        errors["login"] = msg("登录名 {login} 已被使用。", login=login)
    if form.password and (problem := auth.password_problem(form.password)):
        errors["password"] = problem
    if login and not form.password and not (person and person.password_hash):
        errors["password"] = "有登录名的员工需要设置密码。"
    if errors:
        raise ValidationErrors(errors)
    return values


def _check_ceiling(actor: Staff, person: Staff | None, role: str | None = None) -> None:
    """Nobody grants, resets or removes a role above their own."""
    own = auth.RANK[actor.role]
    if person is not None and auth.RANK.get(person.role, -1) > own:
        raise RuleError("{person} 的角色（{value}）高于您，您不能修改或停用这个账号。",
                        "role", person=person.name, value=auth.ROLES[person.role])
    if role is not None and auth.RANK.get(role, -1) > own:
        raise RuleError("不能授予高于您自己的角色（{value}）。", "role", value=auth.ROLES[role])


def save_staff(actor: Staff, form: StaffForm, person: Staff | None = None) -> Staff:
    auth.require(actor, "staff.manage")
    _check_ceiling(actor, person, form.role)
    texts = _check_staff(form, person)
    values = {
        **texts, "job_type": form.job_type, "skill_level": form.skill_level, "role": form.role, "team": form.team_id,
        "login": texts["login"] or None, "active": form.active,
    }
    if person is not None and person.id == actor.id and (form.role != person.role or not form.active):
        raise RuleError("不能修改自己的角色或停用自己的账号。", "role")
    with db.atomic():
        if person is None:
            if form.password:
                values.update(passwords.stored(form.password))
            return audit.create(actor, Staff(**values))
        audit.update(actor, audit.reload(person), **values)  # as stored: a hand-over may have deactivated them
        if form.password:
            passwords.reset(actor, person, form.password)
    return person


def deactivate_staff(actor: Staff, person: Staff) -> Staff:
    """Staff leave by being marked inactive, never deleted: their records keep pointing at them (a person already
    deactivated, by a 离职继承 or another window, stays as they are)."""
    auth.require(actor, "staff.manage")
    if person.id == actor.id:
        raise RuleError("不能停用自己的账号。")
    _check_ceiling(actor, person)
    with db.atomic():
        return audit.update(actor, audit.reload(person), reason="停用", active=False)


def staff_list(actor: Staff, offset: int, limit: int) -> list[Staff]:
    """Everyone, active or not, by 工号, for the staff page (it shows logins and roles)."""
    auth.require(actor, "staff.manage")
    query = Staff.select(Staff, Team).join(Team, join_type=JOIN.LEFT_OUTER).order_by(Staff.code)
    return list(query.offset(offset).limit(limit))


def _active_or(keep: tuple[int | None, ...]) -> Expression:
    """Active people, and those of `keep`: the ones a stored record names, who may have left since."""
    return Staff.active | Staff.id.in_([person for person in keep if person is not None])


def leader_candidates(*keep: int | None) -> list[Staff]:
    """Active people whose role is 班长 or higher: the ones a team can have as its 班长."""
    roles = [role for role, rank in auth.RANK.items() if rank >= auth.RANK["team_leader"]]
    return list(Staff.select().where(_active_or(keep) & Staff.role.in_(roles)).order_by(Staff.code))


def active_staff(*keep: int | None) -> list[Staff]:
    return list(Staff.select().where(_active_or(keep)).order_by(Staff.code))


def all_staff() -> list[Staff]:
    return list(Staff.select(Staff, Team).join(Team, join_type=JOIN.LEFT_OUTER).order_by(Staff.code))


def shift_workers() -> list[Staff]:
    """Who works shifts, and so may swap, cover or ask for leave: the active people of a team."""
    return list(Staff.select(Staff, Team).join(Team).where(Staff.active).order_by(Staff.code))


def teams() -> list[Team]:
    return list(Team.select().order_by(Team.name))


def save_team(actor: Staff, name: str, leader_id: int | None, team: Team | None = None, active: bool = True) -> Team:
    auth.require(actor, "staff.manage")
    name = text.one_line(name, "请填写班组名称。", "name", TEAM_NAME_LIMIT)
    if leader_id is not None:
        leader = Staff.get_by_id(leader_id)
        if not auth.has_role(leader, "team_leader"):
            raise RuleError("{leader} 的角色不是班长，不能担任班组班长。", "leader", leader=leader.name)
    try:
        with db.atomic():
            if team is None:
                return audit.create(actor, Team(name=name, leader=leader_id, active=active))
            return audit.update(actor, team, name=name, leader=leader_id, active=active)
    except IntegrityError as error:
        raise RuleError("班组 {name} 已存在。", "name", name=name) from error


def team_list(actor: Staff, offset: int, limit: int) -> list[Team]:
    """Teams with their 班长 loaded and `member_count` (active members), in one grouped query."""
    auth.require(actor, "staff.manage")
    leader, member = Staff.alias(), Staff.alias()
    query = (
        Team.select(Team, leader, fn.COUNT(member.id).alias("member_count"))
        .join(leader, JOIN.LEFT_OUTER, on=(Team.leader == leader.id), attr="leader")
        .switch(Team)
        .join(member, JOIN.LEFT_OUTER, on=((member.team == Team.id) & member.active))
        .group_by(Team.id, leader.id)
        .order_by(Team.name)
    )
    return list(query.offset(offset).limit(limit))


def director_candidates() -> list[Staff]:
    """Who may be named 客服中心主任: an active 主任 or administrator."""
    return list(Staff.select().where(Staff.active & Staff.role.in_(["supervisor", "admin"])).order_by(Staff.code))


def team_leader_of(person: Staff) -> Staff | None:
    """The 班长 who approves for `person`: the leader of the person's team."""
    if person.team_id is None:
        return None
    team = Team.get_by_id(person.team_id)
    return Staff.get_by_id(team.leader_id) if team.leader_id else None


def shifts(include_inactive: bool = False) -> list[Shift]:
    query = Shift.select().order_by(Shift.start)
    if not include_inactive:
        query = query.where(Shift.active)
    return list(query)


def parse_time(typed: str, field: str) -> datetime.time:
    try:
        return datetime.datetime.strptime(typed.strip(), "%H:%M").time()
    except ValueError as error:
        raise RuleError("时间格式应为 时:分，例如 08:00。", field) from error


def save_shift(actor: Staff, name: str, start: str, end: str, shift: Shift | None = None,
               active: bool = True) -> Shift:
    auth.require(actor, "staff.manage")
    name = text.one_line(name, "请填写班次名称。", "name", SHIFT_NAME_LIMIT)
    start_time, end_time = parse_time(start, "start"), parse_time(end, "end")
    if start_time == end_time:
        raise RuleError("上班和下班时间不能相同。", "end")
    try:
        with db.atomic():
            if shift is None:
                return audit.create(actor, Shift(name=name, start=start_time, end=end_time, active=active))
            return audit.update(actor, shift, name=name, start=start_time, end=end_time, active=active)
    except IntegrityError as error:
        raise RuleError("班次 {name} 已存在。", "name", name=name) from error


def shift_span(shift: Shift, day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """When a shift worked on `day` starts and ends; a shift whose end is not after its start ends next day."""
    start = datetime.datetime.combine(day, shift.start)
    end = datetime.datetime.combine(day, shift.end)
    if end <= start:
        end += datetime.timedelta(days=1)
    return start, end


def shift_label(shift: Shift) -> Text:
    """早班 08:00–16:00, 中班 16:00–次日00:00."""
    if shift.end <= shift.start:
        return msg("{name} {start:%H:%M}–次日{end:%H:%M}", name=shift.name, start=shift.start, end=shift.end)
    return msg("{name} {start:%H:%M}–{end:%H:%M}", name=shift.name, start=shift.start, end=shift.end)
