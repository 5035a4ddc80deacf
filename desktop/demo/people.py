"""Demo teams, staff with logins, the office's shifts and a roster."""

import datetime
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

from desktop.demo import DEMO_PASSWORD, DemoContext
from desktop.demo.names import person_name
from desktop.models import RosterEntry, Shift, Staff, Team
from desktop.services import auth, settings

TEAMS = ["客服一班", "客服二班", "客服三班", "销售一组", "销售二组", "回访质检组"]
SHIFTS = [("早班", "08:00", "16:00"), ("中班", "16:00", "00:00"), ("夜班", "00:00", "08:00"),
          ("白班", "09:00", "21:00")]


def generate(context: DemoContext) -> None:
    rng = context.rng
    settings.put(None, "branch_name", "华东区杭州分店")
    per_team = max(4, (context.size.staff - 2) // len(TEAMS))
    passwords = _hashes(2 + per_team * len(TEAMS))
    Staff.create(code="A001", name="系统管理员", job_type="管理员", skill_level="高级工", role="admin",
                 login="admin", password_hash=next(passwords))
    Staff.create(code="Z001", name="周建国", job_type="主任", skill_level="高级工", role="supervisor",
                 login="Z001", password_hash=next(passwords))
    shifts = [Shift.create(name=n, start=datetime.time.fromisoformat(s), end=datetime.time.fromisoformat(e))
              for n, s, e in SHIFTS]
    number = 1
    for team_name in TEAMS:
        team = Team.create(name=team_name)
        job = "业务员" if team_name.startswith("销售") else ("回访员" if "回访" in team_name else "客服专员")
        for index in range(per_team):
            code = f"{number:04d}"
            leader = index == 0
            person = Staff.create(
                code=code, name=person_name(rng), team=team, job_type=job,
                skill_level="高级工" if leader else rng.choice(["初级工", "中级工", "中级工", "高级工"]),
                role="team_leader" if leader else "staff", login=code, password_hash=next(passwords))
            if leader:
                team.leader = person
                team.save()
            number += 1
    _roster(context, shifts)


def _hashes(count: int) -> Iterator[str]:
    """The demo password hashed with its own salt for each account, side by side (PBKDF2 releases the GIL)."""
    with ThreadPoolExecutor() as pool:
        return iter(list(pool.map(auth.hash_password, [DEMO_PASSWORD] * count)))


def _roster(context: DemoContext, shifts: list[Shift]) -> None:
    """Each team rotates weekly early → night → middle → early, so every change of shift leaves at least eight hours'
    rest (the other way round a Sunday 中班 would run straight into a Monday 夜班); the sales teams work the day
    shift."""
    people = list(Staff.select().where(Staff.team.is_null(False)))
    first = context.today.replace(day=1) - datetime.timedelta(days=context.size.roster_days - 40)
    rows = []
    for offset in range(context.size.roster_days):
        day = first + datetime.timedelta(days=offset)
        week = (day.toordinal() - 1) // 7  # Monday-based weeks counted without the year's break
        for person in people:
            if (day.toordinal() + person.id) % 7 in (0, 1):
                continue  # two rest days a week, staggered
            if person.job_type == "业务员":
                shift = shifts[3]
            else:
                shift = shifts[-(week + person.team_id) % 3]
            rows.append({"staff": person.id, "day": day, "shift": shift.id})
    for start in range(0, len(rows), 5000):
        RosterEntry.insert_many(rows[start:start + 5000]).execute()
