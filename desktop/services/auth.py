"""Passwords, login with slow-down after failures, roles and the permission table."""

import datetime
import hashlib
import hmac
import secrets

from desktop.models import LoginEvent, Staff, db
from desktop.services import clock, text
from desktop.services.errors import PermissionDenied, RuleError, Text, msg

ROLES: dict[str, str] = {
    "staff": "客服专员/业务员",
    "team_leader": "班长",
    "supervisor": "主任",
    "admin": "管理员",
}
RANK = {"staff": 0, "team_leader": 1, "supervisor": 2, "admin": 3}

# permission -> lowest role that holds it; the single place where "who may do what" is decided
PERMISSIONS: dict[str, str] = {
    "settings.open": "supervisor",
    "staff.manage": "supervisor",
    "calendar.edit": "supervisor",
    "roster.edit": "supervisor",
    "audit.view": "supervisor",
    "logins.view": "supervisor",
    "reports.view": "supervisor",
    "backup.make": "supervisor",
    "backup.restore": "supervisor",
    "password.change_own": "staff",
    "customers.register": "staff",
    "customers.edit_any": "team_leader",
    "customers.review": "team_leader",
    "customers.reassign": "supervisor",
    "customers.void": "supervisor",
    "customers.confidential": "supervisor",
    "customers.access_log": "supervisor",
    "customers.pool_rules": "supervisor",
    "customers.key": "supervisor",
    "customers.key_view": "team_leader",
    "customers.hand_over": "supervisor",
    "complaint.receive": "staff",
    "complaint.handle": "staff",
    "complaint.approve": "team_leader",
    "complaint.approve_serious": "supervisor",
    "complaint.remind": "team_leader",
    "complaint.extend": "supervisor",
    "complaint.decide": "supervisor",
    "complaint.void": "supervisor",
    "complaint.merge": "supervisor",
    "wording.manage": "supervisor",
    "swaps.enter_for_others": "team_leader",
    "swaps.approve": "team_leader",
    "swaps.withdraw_any": "supervisor",
    "covers.request": "team_leader",
    "covers.approve": "team_leader",
    "leave.apply": "staff",
    "leave.approve": "team_leader",
    "leave.manage": "team_leader",
    "handover.record": "staff",
    "handover.acknowledge": "staff",
    "handover.oversee": "team_leader",
    "duty_log.keep": "team_leader",
    "quality_report.write": "team_leader",
    "quality_report.receive": "supervisor",
    "duty.fairness": "team_leader",
    "contacts.record": "staff",
    "contacts.record_for_others": "team_leader",
    "contacts.manage": "team_leader",
    "follow_ups.view_all": "team_leader",
    "rotation.manage": "staff",
    "visit_plans.manage": "team_leader",
    "urgent.read": "supervisor",
}
PERMISSION_TEXT: dict[str, str] = {
    "settings.open": "打开设置",
    "staff.manage": "管理员工",
    "calendar.edit": "修改工作日历",
    "roster.edit": "编辑排班表",
    "audit.view": "查看操作日志",
    "logins.view": "查看登录日志",
    "reports.view": "查看报表",
    "backup.make": "备份数据库",
    "backup.restore": "恢复数据库",
    "password.change_own": "修改自己的密码",
    "customers.register": "登记客户",
    "customers.edit_any": "修改他人名下的客户",
    "customers.review": "记录信用复核和档案核定",
    "customers.reassign": "改派客户归属",
    "customers.void": "作废或归档客户",
    "customers.confidential": "查阅机密/绝密客户档案",
    "customers.access_log": "查看客户档案借阅记录",
    "customers.pool_rules": "修改客户规则（公共池）",
    "customers.key": "设定重点客户",
    "customers.key_view": "查看重点客户管理表",
    "customers.hand_over": "交接客户（在职、离职继承）",
    "complaint.receive": "受理投诉",
    "complaint.handle": "处理投诉",
    "complaint.approve": "审批一般投诉的处理方案",
    "complaint.approve_serious": "审批较大或严重投诉的处理方案",
    "complaint.remind": "开具催办单",
    "complaint.extend": "批准延长投诉处理期限",
    "complaint.decide": "处理退回主任的投诉",
    "complaint.void": "作废投诉单",
    "complaint.merge": "合并重复投诉、撤销合并",
    "wording.manage": "维护话术模板",
    "swaps.enter_for_others": "替他人登记换班",
    "swaps.approve": "审批换班",
    "swaps.withdraw_any": "撤销他人的换班申请",
    "covers.request": "安排他人顶班",
    "covers.approve": "审批顶班",
    "leave.apply": "申请请假",
    "leave.approve": "审批请假",
    "leave.manage": "代他人登记病假、记录交证明和作废请假",
    "handover.record": "填写交接日志",
    "handover.acknowledge": "确认接班",
    "handover.oversee": "查看未确认的交接、作废他人的交接日志",
    "duty_log.keep": "填写值班日志",
    "quality_report.write": "撰写服务质量分析报告",
    "quality_report.receive": "查收各班组的服务质量分析报告",
    "duty.fairness": "查看值班公平统计",
    "contacts.record": "登记拜访、来访和电话记录",
    "contacts.record_for_others": "代他人登记外出拜访",
    "contacts.manage": "修改或作废他人的拜访记录",
    "follow_ups.view_all": "查看所有人的待跟进",
    "rotation.manage": "安排来访接待",
    "visit_plans.manage": "制定他人的访问计划",
    "urgent.read": "阅处紧急报告",
}

ITERATIONS = 240_000
MIN_PASSWORD_LENGTH = 6
LOGIN_LIMIT = 30  # a 登录名 as the staff register holds it
FREE_FAILURES = 3  # failures allowed before each further one makes the person wait
MAX_WAIT = datetime.timedelta(minutes=5)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    algorithm, iterations, salt, digest = stored.split("$")
    if algorithm != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)


def password_problem(password: str) -> Text | None:
    """Why a new password is refused, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return msg("密码至少需要 {length} 位。", length=MIN_PASSWORD_LENGTH)
    if not password.strip():
        return msg("密码不能只有空格。")
    return None


def _wait_after(failures: int) -> datetime.timedelta:
    if failures < FREE_FAILURES:
        return datetime.timedelta(0)
    return min(datetime.timedelta(seconds=5 * 2 ** (failures - FREE_FAILURES)), MAX_WAIT)


def _decoy_hash() -> str:
    """What a missing account is checked against: no password matches, and checking costs the full count."""
    return f"pbkdf2_sha256${ITERATIONS}${'0' * 32}${'0' * 64}"


def _count_failure(person: Staff, now: datetime.datetime) -> None:
    """Add one failure in the database itself, since several windows may fail at once, and set the wait it earns."""
    with db.atomic():
        [counted] = (Staff.update(failed_logins=Staff.failed_logins + 1).where(Staff.id == person.id)
                     .returning(Staff.failed_logins).execute())
        wait = _wait_after(counted.failed_logins)
        Staff.update(locked_until=now + wait if wait else None).where(Staff.id == person.id).execute()


def _outcome(person: Staff | None, matches: bool, now: datetime.datetime) -> str:
    if person is None:
        return "unknown"
    if person.locked_until and person.locked_until > now:
        return "locked"
    if not person.active:
        return "inactive"
    return "ok" if matches else "wrong_password"


def login(login_name: str, password: str, now: datetime.datetime | None = None) -> Staff:
    """Return the active person with these credentials, or refuse; failures make the next try wait longer.
    Every try goes to the login log."""
    now = now or clock.now()
    name = text.clean(login_name)[:LOGIN_LIMIT]  # whatever was pasted, the log keeps a login's worth of it
    person = Staff.get_or_none(Staff.login == name)
    matches = check_password(password, person.password_hash if person and person.password_hash else _decoy_hash())
    outcome = _outcome(person, matches, now)
    with db.atomic():
        LoginEvent.create(at=now, login=name, staff=person, outcome=outcome)
        if person is not None and outcome in ("inactive", "wrong_password"):
            _count_failure(person, now)
    if outcome == "locked":
        seconds = int((person.locked_until - now).total_seconds()) + 1
        raise RuleError("密码错误次数过多，请 {seconds} 秒后再试。", "password", seconds=seconds)
    if outcome != "ok":
        raise RuleError("用户名或密码不正确。", "password")
    if person.failed_logins or person.locked_until:
        Staff.update(failed_logins=0, locked_until=None).where(Staff.id == person.id).execute()
        person.failed_logins, person.locked_until = 0, None
    return person


def unlock(locked_for: Staff, login_name: str, password: str) -> Staff:
    """Who may open a locked window: the person it is locked for, or a 主任 (who then works as themself)."""
    person = login(login_name, password)
    if person.id != locked_for.id and not has_role(person, "supervisor"):
        raise RuleError("只有 {locked_for} 本人或主任可以解锁。", "login", locked_for=locked_for.name)
    return person


def has_role(person: Staff, role: str) -> bool:
    return RANK.get(person.role, -1) >= RANK[role]


def _refresh(person: Staff) -> bool:
    """Read the person's role and active flag as they are now into the session object, in one query: a change
    made since login applies to the next action. False when the row is gone."""
    row = Staff.select(Staff.role, Staff.active).where(Staff.id == person.id).tuples().first()
    if row is None:
        return False
    person.role, person.active = row
    return True


def can(person: Staff | None, permission: str) -> bool:
    return person is not None and _refresh(person) and person.active and has_role(person, PERMISSIONS[permission])


def refusal(permission: str) -> Text:
    """Why someone without `permission` is refused, for the refusal and for the tooltip of what is not offered."""
    return msg("您没有权限{action}（需要{role}或以上）。", action=PERMISSION_TEXT[permission],
               role=ROLES[PERMISSIONS[permission]])


def require(person: Staff | None, permission: str) -> None:
    if not can(person, permission):
        if person is not None and not person.active:
            raise PermissionDenied("您的账号已停用，不能再进行操作。")
        raise PermissionDenied(refusal(permission))
