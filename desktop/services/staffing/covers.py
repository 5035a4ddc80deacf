"""顶班/代班: a team leader asks someone to take a missing person's shift, or a colleague offers to; the absent
person's team leader approves, the roster changes, and each approved cover earns 主动顶班 points (加分标准)."""

import datetime

from peewee import fn

from desktop.models import Cover, Shift, Staff, db
from desktop.services import approval, audit, auth, calendar, clock, text
from desktop.services.errors import PermissionDenied, RuleError, Text, lines, msg
from desktop.services.staffing import people, roster
from desktop.services.staffing.cover_rules import CoverDraft, check
from desktop.services.staffing.rule_failures import RulesFailed, day_text

__all__ = ["CoverDraft", "check"]

RECORD = "cover"
POINTS = 5  # 加分标准: 主动顶班 5分/次
STATUS_TEXT = {"pending": "待审批", "approved": "已批准", "refused": "已驳回", "withdrawn": "已撤销"}


def submit(actor: Staff, draft: CoverDraft, now: datetime.datetime | None = None) -> Cover:
    """A colleague offers himself (主动顶班); anyone else entering a cover is a team leader asking for it."""
    offered = draft.cover is not None and draft.cover.id == actor.id
    if not offered:
        auth.require(actor, "covers.request")
    draft.offered = offered
    now = now or clock.now()
    if failures := check(draft, now):
        raise RulesFailed(failures)
    with db.atomic():
        return audit.create(actor, Cover(absent=draft.absent, cover=draft.cover, day=draft.day, shift=draft.shift,
                                         offered=offered, reason=text.clean(draft.reason, multiline=True),
                                         requested_by=actor, requested_at=now))


def approver_refusal(actor: Staff, cover: Cover) -> str | None:
    """The absent person's team leader approves; when that leader is a party, a level up (four eyes)."""
    if actor.id in (cover.absent_id, cover.cover_id):
        return msg("您是该顶班的当事人，须由{value}审批。", value=approval.who_approves(actor, 'team_leader'))
    leader = people.team_leader_of(cover.absent)
    if leader is not None and leader.id in (cover.absent_id, cover.cover_id):
        return None if approval.may_approve(actor, leader, "team_leader") else "须由主任审批。"
    if leader is None or leader.id != actor.id:
        return msg("顶班须由 {name} 的班长审批。", name=cover.absent.name)
    return None


def decide(actor: Staff, cover: Cover, approve: bool, remark: str = "",
           now: datetime.datetime | None = None) -> Cover:
    auth.require(actor, "covers.approve")
    now = now or clock.now()
    with db.atomic():
        if audit.reload(cover).status != "pending":
            raise RuleError("该顶班{value}，不能再审批。", value=STATUS_TEXT[cover.status])
        if problem := approver_refusal(actor, cover):
            raise PermissionDenied(problem)
        remark = text.one_line(remark, None if approve else "不同意时请填写审批意见。", "remark")
        if approve:
            if failures := check(draft_of(cover), now):
                raise RulesFailed(failures)
            reason = f"顶班登记第 {cover.id} 号"
            roster.assign(actor, cover.absent, cover.day, None, reason, check=False)
            roster.assign(actor, cover.cover, cover.day, cover.shift, reason, check=False)
        return audit.update(actor, cover, reason="顶班审批", status="approved" if approve else "refused",
                            leader=actor, decided_at=now, remark=remark)


def withdraw(actor: Staff, cover: Cover, reason: str) -> Cover:
    with db.atomic():
        if audit.reload(cover).status != "pending":
            raise RuleError("该顶班{value}，只能撤销待审批的顶班。", value=STATUS_TEXT[cover.status])
        if actor.id not in (cover.requested_by_id, cover.cover_id):
            raise PermissionDenied("只有登记人或顶班人可以撤销顶班。")
        return audit.update(actor, cover, reason=text.one_line(reason, "撤销顶班须填写原因。"), status="withdrawn")


def draft_of(cover: Cover) -> CoverDraft:
    return CoverDraft(cover.absent, cover.cover, cover.day, cover.shift, cover.offered, cover.reason, cover.id)


# ── lists ──────────────────────────────────────────────────────────────────────────────────────────────────────
def month(year: int, month_number: int) -> list[Cover]:
    first, last = calendar.month_bounds(year, month_number)
    return list(Cover.select(Cover, Shift).join(Shift).where(Cover.day.between(first, last))
                .order_by(Cover.day.desc(), Cover.id.desc()))


def get(cover_id: int) -> Cover | None:
    return Cover.get_or_none(Cover.id == cover_id)


def waiting_for(actor: Staff) -> list[Cover]:
    if not auth.can(actor, "covers.approve"):
        return []
    pending = Cover.select().where(Cover.status == "pending").order_by(Cover.day, Cover.id)
    return [cover for cover in pending if approver_refusal(actor, cover) is None]


def month_points(year: int, month_number: int) -> dict[int, int]:
    """Staff id -> 主动顶班 points of the month's approved covers (5 a time)."""
    first, last = calendar.month_bounds(year, month_number)
    rows = (Cover.select(Cover.cover, fn.COUNT(Cover.id)).where((Cover.status == "approved")
                                                                & Cover.day.between(first, last))
            .group_by(Cover.cover).tuples())
    return {staff_id: count * POINTS for staff_id, count in rows}


def today_key(cover: Cover) -> tuple[str, int]:
    """How a line of 今日 names a cover inside the 换班登记 tab."""
    return (RECORD, cover.id)


def points_text(year: int, month_number: int) -> Text:
    """本月主动顶班加分：李四 10、王五 5 (points, most first)."""
    points = month_points(year, month_number)
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name).where(Staff.id.in_(list(points)))}
    ranked = sorted(points.items(), key=lambda item: (-item[1], names[item[0]]))
    if not ranked:
        return msg("本月主动顶班加分：无")
    return msg("本月主动顶班加分（分）：{points}", points=lines([msg("{name} {points}", name=names[i], points=p)
                                                                for i, p in ranked], "、"))


def one_line(cover: Cover) -> Text:
    """李四 顶 张三 11月27日早班（主动顶班）."""
    return msg("{cover} 顶 {absent} {day}{shift}（{how}）", cover=cover.cover.name, absent=cover.absent.name,
               day=day_text(cover.day), shift=cover.shift.name, how=msg("主动顶班" if cover.offered else "班长安排"))
