"""What an office sets up before its first day (开始使用清单): teams, staff with logins, shifts, the roster, next
year's holidays and a first backup, each with whether it is done, what is there, and what to do next."""

import datetime
from dataclasses import dataclass

from peewee import fn

from desktop.models import CalendarDay, RosterEntry, Shift, Staff, Team, db
from desktop.services import auth, calendar, clock, settings
from desktop.services.errors import Text, lines, msg
from desktop.services.files import schedule

TEAMS, STAFF, SHIFTS, ROSTER, HOLIDAYS, BACKUP = "teams", "staff", "shifts", "roster", "calendar", "backup"


@dataclass(frozen=True)
class SetupStep:
    key: str  # also the 设置 page that does it (BACKUP: 文件 → 备份)
    title: Text
    done: bool
    state: Text  # what is there now, or what to do next


def _teams() -> SetupStep:
    teams = list(Team.select().where(Team.active))
    leaderless = [team.name for team in teams if team.leader_id is None]
    if not teams:
        return SetupStep(TEAMS, msg("班组"), False,
                         msg("还没有班组：在 设置 → 班组 中新建（如 客服一班），并指定班长。"))
    if leaderless:
        return SetupStep(TEAMS, msg("班组"), False, msg("{teams} 还没有班长：换班、请假须经班长审批。",
                                                           teams=lines(leaderless, "、")))
    return SetupStep(TEAMS, msg("班组"), True, msg("{count} 个班组，都已指定班长。", count=len(teams)))


def _staff() -> SetupStep:
    people = Staff.select().where(Staff.active & (Staff.role != "admin"))
    total = people.count()
    without_login = people.where(Staff.login.is_null() | (Staff.login == "")).count()
    without_team = people.where(Staff.team.is_null() & (Staff.role != "supervisor")).count()
    if not total:
        return SetupStep(STAFF, msg("员工和登录账号"), False,
                         msg("还没有员工：在 设置 → 员工 中添加每位员工，填写工号、工种、技术等级、班组和登录名。"))
    missing = [msg("{count} 人没有登录名", count=without_login) if without_login else None,
               msg("{count} 人没有班组", count=without_team) if without_team else None]
    missing = [m for m in missing if m]
    if missing:
        return SetupStep(STAFF, msg("员工和登录账号"), False, msg("{total} 位员工，其中 {missing}。", total=total,
                                                                       missing=lines(missing, "，")))
    return SetupStep(STAFF, msg("员工和登录账号"), True, msg("{total} 位员工，都有登录名和班组。", total=total))


def _shifts() -> SetupStep:
    shifts = Shift.select().where(Shift.active).count()
    if not shifts:
        return SetupStep(SHIFTS, msg("班次"), False, msg("还没有班次：在 设置 → 班次 中添加（如 早班 08:00–16:00）。"))
    return SetupStep(SHIFTS, msg("班次"), True, msg("{count} 个班次。", count=shifts))


def _roster(today: datetime.date) -> SetupStep:
    _, last = calendar.month_bounds(today.year, today.month)
    days = (RosterEntry.select(fn.COUNT(fn.DISTINCT(RosterEntry.day)))
            .where(RosterEntry.day.between(today, last) & RosterEntry.shift.is_null(False)).scalar())
    if not days:
        return SetupStep(ROSTER, msg("排班表"), False,
                         msg("{month}月 还没有排班：在 设置 → 排班表 中排好本月的班（可以按周复制）。",
                             month=today.month))
    return SetupStep(ROSTER, msg("排班表"), True, msg("{month}月 从今天起已排 {days} 天。", month=today.month,
                                                                days=days))


def _holidays(today: datetime.date) -> SetupStep:
    year = today.year + 1
    title = msg("{year}年节假日", year=year)
    rows = CalendarDay.select().where(CalendarDay.day.between(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
    holidays = rows.where(CalendarDay.kind == calendar.HOLIDAY).count()
    workdays = rows.where(CalendarDay.kind == calendar.WORKDAY).count()
    if not holidays:
        return SetupStep(HOLIDAYS, title, False, msg(
            "工作日历里还没有 {year} 年的节假日：国务院公布放假安排后，在 设置 → 工作日历 中录入或更新。", year=year))
    found = msg("{holidays} 天节假日、{workdays} 天调休上班", holidays=holidays, workdays=workdays)
    checked = settings.get(_checked_key(year))
    if not checked:
        return SetupStep(HOLIDAYS, title, False, msg(
            "日历中有 {found}（来自节假日库）：请对照国务院放假通知核对，无误后点“已核对”。", found=found))
    return SetupStep(HOLIDAYS, title, True, msg("{found}，{checked} 已核对。", found=found, checked=checked))


def _checked_key(year: int) -> str:
    return f"holidays_checked_{year}"


def confirm_holidays(actor: Staff, year: int, now: datetime.datetime | None = None) -> None:
    """The person compared `year`'s calendar with the official notice (kept with who and when, audited)."""
    auth.require(actor, "calendar.edit")
    now = now or clock.now()
    with db.atomic():
        settings.put(actor, _checked_key(year), f"{now:%Y-%m-%d} {actor.name}")


def _backup() -> SetupStep:
    last, place = schedule.last_backup()
    if last is None:
        return SetupStep(BACKUP, msg("备份"), False, msg("还没有备份过：插入U盘，点击 文件 → 备份到U盘/文件夹。"))
    return SetupStep(BACKUP, msg("备份"), True, msg("上次备份：{at:%Y-%m-%d %H:%M}，{place}", at=last, place=place))


def steps(actor: Staff, today: datetime.date | None = None) -> list[SetupStep]:
    """The checklist for whoever sets the office up (the 设置 dialog's people), each step's state read now."""
    auth.require(actor, "settings.open")
    today = today or clock.today()
    return [_teams(), _staff(), _shifts(), _roster(today), _holidays(today), _backup()]
