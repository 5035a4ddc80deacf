"""The shift-swap register (换班登记): submit, approve by both team leaders, withdraw, and the lists.

The rules themselves live in `swap_rules`; `check` is re-exported here for the form.
"""

import datetime
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, Case, fn

from desktop import engine
from desktop.models import RosterEntry, Shift, Staff, Swap, Team, db
from desktop.services import approval, audit, auth, calendar, clock, dates, text
from desktop.services.errors import PermissionDenied, RuleError, Text, lines, msg
from desktop.services.staffing import people, roster, swap_rules
from desktop.services.staffing.swap_rules import RuleFailure, RulesFailed, SwapDraft, check, day_text

__all__ = ["RuleFailure", "RulesFailed", "SwapDraft", "check"]

STATUS_TEXT = {"pending": "待审批", "approved": "已批准", "refused": "已驳回", "withdrawn": "已撤销",
               "completed": "已完成"}
DECISIONS = ("同意", "不同意")  # stored as the office writes them on the 换班申请单
AGREE, DISAGREE = DECISIONS
SIDES = ("applicant", "substitute")
SIDE_TEXT = {"applicant": "申请人", "substitute": "替班人"}

Applicant = Staff.alias("applicant")
Substitute = Staff.alias("substitute")
SwapShift = Shift.alias("swap_shift")
ReturnShift = Shift.alias("return_shift")
ApplicantLeader = Staff.alias("applicant_leader")
SubstituteLeader = Staff.alias("substitute_leader")
ApplicantTeam = Team.alias("applicant_team")
SubstituteTeam = Team.alias("substitute_team")


def status_of(swap: Swap, now: datetime.datetime | None = None) -> str:
    """The stored status, or `completed` once an approved swap's return shift has passed."""
    if swap.status == "approved" and swap.return_ends_at <= (now or clock.now()):
        return "completed"
    return swap.status


def status_text(swap: Swap, now: datetime.datetime | None = None) -> str:
    return STATUS_TEXT[status_of(swap, now)]


def draft_of(swap: Swap) -> SwapDraft:
    return SwapDraft(swap.applicant, swap.substitute, swap.swap_day, swap.swap_shift, swap.return_day,
                     swap.return_shift, swap.reason, swap.handover, swap.id)


# ── actions ────────────────────────────────────────────────────────────────────────────────────────────────────
def submit(actor: Staff, draft: SwapDraft, now: datetime.datetime | None = None) -> Swap:
    """Register a swap for approval; refused while any rule fails. Only team leaders may enter one for others."""
    if draft.applicant is not None and draft.applicant.id != actor.id:
        auth.require(actor, "swaps.enter_for_others")
    now = now or clock.now()
    failures = check(draft, now)
    if failures:
        raise RulesFailed(failures)
    _, return_ends = people.shift_span(draft.return_shift, draft.return_day)
    with db.atomic():
        return audit.create(actor, Swap(
            applicant=draft.applicant, substitute=draft.substitute, swap_day=draft.swap_day,
            swap_shift=draft.swap_shift, return_day=draft.return_day, return_shift=draft.return_shift,
            return_ends_at=return_ends, reason=text.clean(draft.reason, multiline=True),
            handover=text.clean(draft.handover, multiline=True),
            requested_by=actor, requested_at=now))


def _is_party(person: Staff | int, swap: Swap) -> bool:
    return getattr(person, "id", person) in (swap.applicant_id, swap.substitute_id)


def _decides_side(actor: Staff, swap: Swap, side: str) -> bool:
    """A side is decided by its team leader; when that leader is a party of the swap, a level up (four eyes)."""
    leader = people.team_leader_of(getattr(swap, side))
    if leader is None:
        return False
    if _is_party(leader, swap):
        return approval.may_approve(actor, leader, "team_leader")
    return leader.id == actor.id


def sides_decided_by(actor: Staff, swap: Swap) -> list[str]:
    """The sides of the swap (applicant, substitute) `actor` decides; a party of the swap decides none."""
    if _is_party(actor, swap):
        return []
    return [side for side in SIDES if _decides_side(actor, swap, side)]


def _apply_roster(actor: Staff, swap: Swap) -> None:
    reason = f"换班登记第 {swap.id} 号"
    roster.assign(actor, swap.applicant, swap.swap_day, None, reason, check=False)
    roster.assign(actor, swap.substitute, swap.swap_day, swap.swap_shift, reason, check=False)
    roster.assign(actor, swap.substitute, swap.return_day, None, reason, check=False)
    roster.assign(actor, swap.applicant, swap.return_day, swap.return_shift, reason, check=False)


def _decision(actor: Staff, swap: Swap, approve: bool, remark: str, now: datetime.datetime) -> dict[str, Any]:
    """The changes a leader's decision makes to the swap as stored, or the rule it breaks."""
    if swap.status != "pending":
        raise RuleError("该换班{value}，不能再审批。", value=STATUS_TEXT[status_of(swap, now)])
    if _is_party(actor, swap):
        raise RuleError("您是该换班的当事人，不能审批自己的换班，须由{value}审批。",
                        value=approval.who_approves(actor, 'team_leader'))
    led = sides_decided_by(actor, swap)
    if not led:
        names = lines([getattr(swap, side).name for side in SIDES], "、")
        raise PermissionDenied("您不是 {names} 的班长，班长只能审批本班组成员的换班。", names=names)
    open_sides = [side for side in led if getattr(swap, f"{side}_decision") is None]
    if not open_sides:
        raise RuleError("您已经审批过该换班，正在等待另一方班长。")
    remark = text.one_line(remark, None if approve else "不同意时请填写审批意见。", "remark")
    if approve:
        failures = check(draft_of(swap), now)
        if failures:
            raise RulesFailed(failures)
    changes: dict[str, Any] = {}
    for side in open_sides:
        changes.update({f"{side}_decision": AGREE if approve else DISAGREE, f"{side}_leader": actor,
                        f"{side}_decided_at": now, f"{side}_remark": remark})
    decided = {side: changes.get(f"{side}_decision", getattr(swap, f"{side}_decision")) for side in SIDES}
    if not approve:
        changes.update(status="refused", closed_at=now)
    elif all(value == AGREE for value in decided.values()):
        changes.update(status="approved", closed_at=now)
    return changes


def decide(actor: Staff, swap: Swap, approve: bool, remark: str = "",
           now: datetime.datetime | None = None) -> Swap:
    """A team leader's 同意/不同意 for their own team member's side (the 主任's, for a side whose team leader is a
    party of the swap); when both sides agree the roster changes for both dates in the same transaction. Approval
    re-checks every rule."""
    auth.require(actor, "swaps.approve")
    now = now or clock.now()
    with db.atomic():  # decided on the stored row under the write lock: the other leader's decision a moment ago counts
        changes = _decision(actor, audit.reload(swap), approve, remark, now)
        if changes.get("status") == "approved":
            _apply_roster(actor, swap)
        audit.update(actor, swap, reason="换班审批", **changes)
    return swap


def can_withdraw(actor: Staff, swap: Swap) -> bool:
    return swap.status == "pending" and (
        actor.id in (swap.applicant_id, swap.requested_by_id) or auth.can(actor, "swaps.withdraw_any"))


def withdraw(actor: Staff, swap: Swap, reason: str, now: datetime.datetime | None = None) -> Swap:
    """Withdraw a swap that is not approved yet: nothing on the roster changes; the record stays as 已撤销."""
    with db.atomic():  # checked on the stored row under the write lock: a leader may have just approved it
        if audit.reload(swap).status != "pending":
            raise RuleError("该换班{value}，只能撤销待审批的换班。", value=STATUS_TEXT[status_of(swap, now)])
        if not can_withdraw(actor, swap):
            raise PermissionDenied("只有申请人、登记人或主任可以撤销换班。")
        reason = text.one_line(reason, "撤销换班须填写原因。")
        return audit.update(actor, swap, reason=reason, status="withdrawn", closed_at=now or clock.now(),
                            withdraw_reason=reason)


# ── what the form offers ───────────────────────────────────────────────────────────────────────────────────────
def upcoming_shifts(person: Staff | int, start: datetime.date, days: int = 62,
                    now: datetime.datetime | None = None) -> list[tuple[datetime.date, Shift]]:
    """The person's rostered shifts from `start` on that have not begun at `now`, to pick the swap or return shift
    from (one that has begun can no longer be swapped or covered)."""
    now = now or clock.now()
    rows = (RosterEntry.select(RosterEntry, Shift).join(Shift)
            .where((RosterEntry.staff == person)
                   & RosterEntry.day.between(start, start + datetime.timedelta(days=days)))
            .order_by(RosterEntry.day))
    return [(row.day, row.shift) for row in rows if people.shift_span(row.shift, row.day)[0] > now]


def colleagues(applicant: Staff) -> list[Staff]:
    """Everyone who works shifts (has a team) besides the applicant; the rules say which of them fit."""
    return list(Staff.select(Staff, Team).join(Team)
                .where(Staff.active & (Staff.id != applicant.id))
                .order_by(Team.id, Staff.code))


@dataclass(frozen=True)
class Partner:
    person: Staff
    problems: tuple[str, ...]  # why they cannot take the shift; empty: they qualify

    @property
    def qualifies(self) -> bool:
        return not self.problems


def partners(applicant: Staff, swap_day: datetime.date | None = None) -> list[Partner]:
    """The 替班人 to offer: first those who qualify (swap_rules.partner_problems), the applicant's own team first,
    then the others with why they do not."""
    found = [Partner(person, tuple(swap_rules.partner_problems(applicant, person, swap_day)))
             for person in colleagues(applicant)]
    return sorted(found, key=lambda p: (not p.qualifies, p.person.team_id != applicant.team_id, len(p.problems),
                                        p.person.code))


def shift_choice_text(day: datetime.date, shift: Shift) -> Text:
    return msg("{day:%Y-%m-%d} {weekday} {shift}", day=day, weekday=dates.WEEKDAY_NAMES[day.weekday()],
               shift=people.shift_label(shift))


# ── lists ──────────────────────────────────────────────────────────────────────────────────────────────────────
@dataclass
class SwapFilter:
    year: int | None = None
    month: int | None = None
    team_id: int | None = None
    person_id: int | None = None
    status: str | None = None  # a STATUS_TEXT key


def _register_query():
    return (
        Swap.select(Swap, Applicant, Substitute, SwapShift, ReturnShift, ApplicantLeader, SubstituteLeader,
                    ApplicantTeam, SubstituteTeam)
        .join_from(Swap, Applicant, on=(Swap.applicant == Applicant.id), attr="applicant")
        .join_from(Applicant, ApplicantTeam, JOIN.LEFT_OUTER, on=(Applicant.team == ApplicantTeam.id), attr="team")
        .join_from(Swap, Substitute, on=(Swap.substitute == Substitute.id), attr="substitute")
        .join_from(Substitute, SubstituteTeam, JOIN.LEFT_OUTER, on=(Substitute.team == SubstituteTeam.id),
                   attr="team")
        .join_from(Swap, SwapShift, on=(Swap.swap_shift == SwapShift.id), attr="swap_shift")
        .join_from(Swap, ReturnShift, on=(Swap.return_shift == ReturnShift.id), attr="return_shift")
        .join_from(Swap, ApplicantLeader, JOIN.LEFT_OUTER, on=(Swap.applicant_leader == ApplicantLeader.id),
                   attr="applicant_leader")
        .join_from(Swap, SubstituteLeader, JOIN.LEFT_OUTER, on=(Swap.substitute_leader == SubstituteLeader.id),
                   attr="substitute_leader")
    )


def _filtered(filters: SwapFilter, now: datetime.datetime):
    query = _register_query()
    if filters.year and filters.month:
        query = query.where(Swap.swap_day.between(*calendar.month_bounds(filters.year, filters.month)))
    if filters.team_id is not None:
        query = query.where((Applicant.team == filters.team_id) | (Substitute.team == filters.team_id))
    if filters.person_id is not None:
        query = query.where((Swap.applicant == filters.person_id) | (Swap.substitute == filters.person_id))
    if filters.status == "completed":
        query = query.where((Swap.status == "approved") & (Swap.return_ends_at <= now))
    elif filters.status == "approved":
        query = query.where((Swap.status == "approved") & (Swap.return_ends_at > now))
    elif filters.status is not None:
        query = query.where(Swap.status == filters.status)
    return query


def _after(query, after: Swap | None):
    """Keyset paging on (swap_day, id), newest first."""
    if after is None:
        return query
    return query.where((Swap.swap_day < after.swap_day) | ((Swap.swap_day == after.swap_day) & (Swap.id < after.id)))


def page(filters: SwapFilter, limit: int, after: Swap | None = None,
         now: datetime.datetime | None = None) -> list[Swap]:
    query = _after(_filtered(filters, now or clock.now()), after)
    return list(query.order_by(Swap.swap_day.desc(), Swap.id.desc()).limit(limit))


def _undecided_side(actor: Staff, team: Any, decision: Any) -> Any:
    """In SQL, as `_decides_side`: the side is undecided and `actor` is its team leader, or — when that leader is
    a party of the swap — holds the level above a 班长."""
    leader_is_party = (team.leader == Swap.applicant) | (team.leader == Swap.substitute)
    mine = (team.leader == actor.id) & ~leader_is_party
    if auth.has_role(actor, approval.level_above("team_leader")):
        mine = mine | leader_is_party
    return decision.is_null() & mine


def waiting_for(leader: Staff, limit: int = 200, after: Swap | None = None) -> list[Swap]:
    """Pending swaps with a side that `leader` decides and has not decided yet: 待我审批."""
    mine = (_undecided_side(leader, ApplicantTeam, Swap.applicant_decision)
            | _undecided_side(leader, SubstituteTeam, Swap.substitute_decision))
    not_party = (Swap.applicant != leader.id) & (Swap.substitute != leader.id)
    query = _after(_register_query().where((Swap.status == "pending") & not_party & mine), after)
    return list(query.order_by(Swap.swap_day.desc(), Swap.id.desc()).limit(limit))


def month_register(year: int, month: int, team_id: int | None = None,
                   now: datetime.datetime | None = None) -> list[Swap]:
    """Every swap whose swap day falls in the month, in date order, for the printed register."""
    filters = SwapFilter(year=year, month=month, team_id=team_id)
    return list(_filtered(filters, now or clock.now()).order_by(Swap.swap_day, Swap.id))


def get(swap_id: int) -> Swap:
    return _register_query().where(Swap.id == swap_id).get()


def decision_text(swap: Swap, side: str) -> str | Text:
    decision = getattr(swap, f"{side}_decision")
    if decision is None:
        return msg("待审批") if swap.status == "pending" else "—"
    leader = getattr(swap, f"{side}_leader")
    return msg("{decision}（{leader}）", decision=decision, leader=leader.name) if leader else decision


def approvals_text(swap: Swap) -> Text:
    """申请人班长：同意（李班长）；替班人班长：待审批."""
    return msg("申请人班长：{applicant}；替班人班长：{substitute}", applicant=decision_text(swap, "applicant"),
               substitute=decision_text(swap, "substitute"))


def one_line(swap: Swap) -> Text:
    """张三 11月25日早班 ⇄ 王五 11月26日早班."""
    return msg("{applicant} {day}{shift} ⇄ {substitute} {day2}{shift2}", applicant=swap.applicant.name,
               day=day_text(swap.swap_day), shift=swap.swap_shift.name, substitute=swap.substitute.name,
               day2=day_text(swap.return_day), shift2=swap.return_shift.name)


def month_counts(year: int, month: int, team_id: int | None = None,
                 now: datetime.datetime | None = None) -> dict[str, int]:
    """How many of the month's swaps are in each status (待审批, 已批准, 已完成 …), counted in SQL."""
    now = now or clock.now()
    status = Case(None, [((Swap.status == "approved") & (Swap.return_ends_at <= now), "completed")], Swap.status)
    query = (_filtered(SwapFilter(year=year, month=month, team_id=team_id), now)
             .select(status.alias("key"), fn.COUNT(Swap.id).alias("count")).group_by(status).order_by())
    return {row["key"]: row["count"] for row in query.dicts()}


# ── the reports ────────────────────────────────────────────────────────────────────────────────────────────────
def approved_between(start: datetime.datetime, end: datetime.datetime) -> list[Swap]:
    """Swaps whose second approval fell in [start, end), in the order they were approved."""
    return list(_register_query().where((Swap.status == "approved") & (Swap.closed_at >= start)
                                        & (Swap.closed_at < end)).order_by(Swap.closed_at, Swap.id))


def approved_by_day(start: datetime.datetime, end: datetime.datetime) -> dict[datetime.date, int]:
    day = engine.day(Swap.closed_at)
    query = (Swap.select(day, fn.COUNT(Swap.id))
             .where((Swap.status == "approved") & (Swap.closed_at >= start) & (Swap.closed_at < end))
             .group_by(day).tuples())
    return dict(query)
