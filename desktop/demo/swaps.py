"""Demo leave records and shift swaps in every state, kept consistent with the demo roster and the swap rules."""

import datetime
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from peewee import EXCLUDED

from desktop.demo import DemoContext
from desktop.models import Leave, RosterEntry, Shift, Staff, Swap, Team
from desktop.services import calendar
from desktop.services.staffing import people
from desktop.services.staffing.swap_rules import MONTHLY_LIMIT, adjacent_days, min_rest, short_rest

ONE_DAY = datetime.timedelta(days=1)
LEAVE_KINDS = ["sick"] * 4 + ["personal"] * 4 + ["annual"] * 3 + ["marriage", "bereavement", "other"]  # codes
REASONS = ["孩子开家长会", "陪家人看病", "办理房产手续", "参加同学婚礼", "回老家办事", "驾照考试", "搬家",
           "身体不适需复查", "参加职称考试", "家中老人过生日"]
HANDOVERS = ["未结工单 2 张已交接，客户回电时间已写在交接日志。", "3 位客户约了回访，名单已放在机台抽屉。",
             "系统优惠政策变更已口头交代，详见最新通告。", "无遗留事项。",
             "一起投诉待客户确认，处理进度已写入交接日志。"]
PAST_STATES = ["approved"] * 8 + ["refused", "withdrawn"]
FUTURE_STATES = ["pending", "half", "approved", "refused", "pending", "withdrawn", "approved", "half"]
BATCH = 2000
RETURN_WITHIN = 8  # days
FUTURE_SHARE = 0.4  # of the swaps placed after today, so every state shows


@dataclass
class World:
    """The roster and registers in memory, so thousands of swaps are placed without a query each."""

    roster: dict[tuple[int, datetime.date], int]  # (staff id, day) -> shift id
    shifts: dict[int, Shift]
    leave_days: set[tuple[int, datetime.date]] = field(default_factory=set)
    swap_days: dict[int, list[datetime.date]] = field(default_factory=lambda: defaultdict(list))
    per_month: Counter = field(default_factory=Counter)  # (staff id, year, month) -> swaps

    def schedule(self, person_id: int, day: datetime.date) -> dict[datetime.date, Shift]:
        days = [day + datetime.timedelta(days=offset) for offset in range(-2, 3)]
        return {d: self.shifts[self.roster[(person_id, d)]] for d in days if (person_id, d) in self.roster}


def generate(context: DemoContext) -> None:
    staff = list(Staff.select().where(Staff.team.is_null(False) & Staff.active))
    leaders = {team.id: team.leader_id for team in Team.select()}
    supervisor = Staff.get_or_none(Staff.role == "supervisor")
    entries = RosterEntry.select(RosterEntry.staff, RosterEntry.day, RosterEntry.shift).where(
        RosterEntry.shift.is_null(False)).tuples()
    world = World({(staff_id, day): shift_id for staff_id, day, shift_id in entries},
                  {shift.id: shift for shift in Shift.select()})
    if not world.roster:
        return
    days = sorted({day for _, day in world.roster})
    _leave(context, world, staff, leaders, supervisor, days[0], days[-1])
    _swaps(context, world, [p for p in staff if p.id not in leaders.values()], leaders, days[0], days[-1])


def _leave(context: DemoContext, world: World, staff: list[Staff], leaders: dict[int, int],
           supervisor: Staff | None, first: datetime.date, last: datetime.date) -> None:
    rng = context.rng
    rows = []
    for _ in range(len(staff) * (last - first).days // 45):
        person = rng.choice(staff)
        kind = rng.choice(LEAVE_KINDS)
        length = rng.randint(3, 7) if kind in ("annual", "marriage") else rng.choice([1, 1, 1, 2, 3])
        start = first + datetime.timedelta(days=rng.randrange((last - first).days - length))
        span = [start + datetime.timedelta(days=i) for i in range(length)]
        if any((person.id, day) in world.leave_days for day in span):
            continue
        world.leave_days.update((person.id, day) for day in span)
        own_leader = leaders.get(person.team_id)
        # more than a day, or a 班长's own leave (four eyes): the 主任 approves
        approver = supervisor.id if supervisor and (length > 1 or own_leader == person.id) else own_leader
        rows.append({"person": person.id, "start": start, "end": span[-1], "kind": kind, "approver": approver,
                     "reason": "" if kind == "sick" else rng.choice(REASONS), "recorded_by": approver or person.id,
                     "recorded_at": min(datetime.datetime.combine(start - ONE_DAY, datetime.time(9, 30)),
                                        context.now - datetime.timedelta(days=rng.randint(1, 5)))})
    for start in range(0, len(rows), BATCH):
        Leave.insert_many(rows[start:start + BATCH]).execute()


def _free(world: World, person_id: int, day: datetime.date) -> bool:
    return (person_id, day) not in world.roster and (person_id, day) not in world.leave_days


def _can_swap(world: World, person_id: int, day: datetime.date) -> bool:
    return world.per_month[(person_id, day.year, day.month)] < MONTHLY_LIMIT and _not_near(world, person_id, day)


def _not_near(world: World, person_id: int, day: datetime.date) -> bool:
    low, high = adjacent_days(day)
    return not any(low <= other <= high for other in world.swap_days[person_id])


def _rested(world: World, person_id: int, day: datetime.date, shift_id: int, drop: datetime.date,
            rest: datetime.timedelta) -> bool:
    schedule = world.schedule(person_id, day)
    schedule.pop(drop, None)
    schedule[day] = world.shifts[shift_id]
    return short_rest(schedule, day, rest) is None


def _find(rng: random.Random, world: World, applicant: Staff, mates: list[Staff], day: datetime.date,
          rest: datetime.timedelta) -> tuple[Staff, datetime.date] | None:
    """A colleague off on `day` who works a shift the applicant can take within the next `RETURN_WITHIN` days."""
    shift_id = world.roster.get((applicant.id, day))
    if shift_id is None or (applicant.id, day) in world.leave_days or calendar.is_holiday(day):
        return None
    if not _can_swap(world, applicant.id, day):
        return None
    levels = people.SKILL_LEVELS
    for substitute in rng.sample(mates, len(mates)):
        if (substitute.id == applicant.id or substitute.job_type != applicant.job_type
                or abs(levels.index(substitute.skill_level) - levels.index(applicant.skill_level)) > 1
                or not _free(world, substitute.id, day) or not _can_swap(world, substitute.id, day)):
            continue
        for offset in range(2, RETURN_WITHIN + 1):
            back = day + datetime.timedelta(days=offset)
            back_shift = world.roster.get((substitute.id, back))
            if (back_shift is None or (substitute.id, back) in world.leave_days
                    or not _free(world, applicant.id, back) or calendar.is_holiday(back)
                    or not _not_near(world, applicant.id, back) or not _not_near(world, substitute.id, back)):
                continue
            if (_rested(world, substitute.id, day, shift_id, back, rest)
                    and _rested(world, applicant.id, back, back_shift, day, rest)):
                return substitute, back
    return None


def _swaps(context: DemoContext, world: World, staff: list[Staff], leaders: dict[int, int],
           first: datetime.date, last: datetime.date) -> None:
    rng = context.rng
    now = datetime.datetime.combine(context.today, datetime.time(9, 0))
    rest = min_rest()
    by_job: dict[str, list[Staff]] = defaultdict(list)  # colleagues of the same job type, in any team
    for person in staff:
        by_job[person.job_type].append(person)
    rows, roster_rows = [], []
    past = future = 0
    past_span = (last - first).days - RETURN_WITHIN - 2
    soon = context.today + ONE_DAY
    future_span = (last - soon).days - RETURN_WITHIN
    for _ in range(context.size.swaps * 100):  # rules and caps refuse many tries
        if len(rows) >= context.size.swaps:
            break
        applicant = rng.choice(staff)
        if future_span > 0 and rng.random() < FUTURE_SHARE:
            day = soon + datetime.timedelta(days=rng.randrange(future_span))
        else:
            day = first + datetime.timedelta(days=2 + rng.randrange(past_span))
        found = _find(rng, world, applicant, by_job[applicant.job_type], day, rest)
        if found is None:
            continue
        substitute, back = found
        swap_shift, back_shift = world.roster[(applicant.id, day)], world.roster[(substitute.id, back)]
        _, ends = people.shift_span(world.shifts[back_shift], back)
        starts, _ = people.shift_span(world.shifts[swap_shift], day)
        if ends <= now:
            state, past = PAST_STATES[past % len(PAST_STATES)], past + 1
        elif starts > now:
            state, future = FUTURE_STATES[future % len(FUTURE_STATES)], future + 1
        else:
            state = "approved"
        requested = datetime.datetime.combine(day - datetime.timedelta(days=rng.randint(3, 10)),
                                              datetime.time(rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
        rows.append(_row(rng, applicant, substitute, day, swap_shift, back, back_shift, ends, requested, state,
                         leaders))
        for person in (applicant, substitute):
            world.swap_days[person.id] += [day, back]
            world.per_month[(person.id, day.year, day.month)] += 1
        if state == "approved":
            del world.roster[(applicant.id, day)], world.roster[(substitute.id, back)]
            world.roster[(substitute.id, day)], world.roster[(applicant.id, back)] = swap_shift, back_shift
            roster_rows += [(applicant.id, day, None), (substitute.id, day, swap_shift),
                            (substitute.id, back, None), (applicant.id, back, back_shift)]
    for start in range(0, len(rows), BATCH):
        Swap.insert_many(rows[start:start + BATCH]).execute()
    upserts = [{"staff": s, "day": d, "shift": shift} for s, d, shift in roster_rows]
    for start in range(0, len(upserts), BATCH):
        (RosterEntry.insert_many(upserts[start:start + BATCH])
         .on_conflict(conflict_target=[RosterEntry.staff, RosterEntry.day],
                      update={RosterEntry.shift: EXCLUDED.shift_id})
         .execute())


def _row(rng: random.Random, applicant: Staff, substitute: Staff, day: datetime.date, swap_shift: int,
         back: datetime.date, back_shift: int, ends: datetime.datetime, requested: datetime.datetime, state: str,
         leaders: dict[int, int]) -> dict:
    row = {"applicant": applicant.id, "substitute": substitute.id, "swap_day": day, "swap_shift": swap_shift,
           "return_day": back, "return_shift": back_shift, "return_ends_at": ends, "reason": rng.choice(REASONS),
           "handover": rng.choice(HANDOVERS), "status": "pending" if state == "half" else state,
           "requested_by": applicant.id, "requested_at": requested, "closed_at": None, "withdraw_reason": ""}
    for side in ("applicant", "substitute"):  # every row has every key: insert_many takes its columns from the first
        row.update({f"{side}_decision": None, f"{side}_leader": None, f"{side}_decided_at": None,
                    f"{side}_remark": ""})
    decided = requested + datetime.timedelta(hours=rng.randint(1, 20))
    sides = {"applicant": applicant, "substitute": substitute}
    one_leader = leaders[applicant.team_id] == leaders[substitute.team_id]
    if state in ("approved", "half", "refused") and not (state == "half" and one_leader):
        agreeing = ["applicant"] if state != "approved" else ["applicant", "substitute"]
        for side in agreeing:
            row.update({f"{side}_decision": "同意", f"{side}_leader": leaders[sides[side].team_id],
                        f"{side}_decided_at": decided})
    if state == "refused":  # a leader of both sides refuses for both
        if one_leader:
            row.update(applicant_decision="不同意")
        row.update(substitute_decision="不同意", substitute_leader=leaders[substitute.team_id],
                   substitute_decided_at=decided, substitute_remark="当班人手不足，不同意换班", closed_at=decided)
    if state == "approved":
        row["closed_at"] = decided
    if state == "withdrawn":
        row.update(closed_at=decided, withdraw_reason="事情已另行安排，不再换班")
    return row
