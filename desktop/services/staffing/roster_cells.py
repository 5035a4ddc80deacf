"""What one roster cell shows — a shift, leave or the mark of an approved swap — decided once for the 设置 editor,
the 换班 tab's roster and the printed roster."""

import datetime
from dataclasses import dataclass
from enum import Enum

from desktop.models import Cover, Shift, Swap
from desktop.services.errors import Text, lines, msg
from desktop.services.staffing import people
from desktop.services.staffing.leave_rules import KINDS

LEAVE_MARK = "假"
REST = "休息"

Cell = tuple[int, datetime.date]  # (staff id, day)


class CellKind(Enum):
    """What the views colour a cell by, most telling first: leave, then a swap, then a plain shift."""

    LEAVE = "leave"
    SWAPPED = "swapped"
    SHIFT = "shift"
    EMPTY = "empty"


@dataclass(frozen=True)
class RosterCell:
    text: str  # the shift's first character, 假, or nothing
    kind: CellKind
    tooltip: str | Text


def describe(shift: Shift | None, leave_kind: str | None, swap_mark: str | Text | None) -> RosterCell:
    """A shift left on a leave day keeps its letter (on the leave colour): someone still has to cover it. 假, not
    病 or 事, marks leave on a day without a shift: the roster is posted, the kind of leave (a code of
    leave_rules.KINDS) shows only in the tooltip, as the office's word.

    >>> cell = describe(None, "sick", None)
    >>> cell.text, cell.kind, str(cell.tooltip)
    ('假', <CellKind.LEAVE: 'leave'>, '请假：病假')
    """
    said: list[str | Text] = [people.shift_label(shift)] if shift else []
    if leave_kind:
        said.append(msg("请假：{kind}", kind=KINDS.get(leave_kind, leave_kind)))
    if swap_mark:
        said.append(swap_mark)
    text = shift.name[:1] if shift else (LEAVE_MARK if leave_kind else "")
    return RosterCell(text, _kind(shift, leave_kind, swap_mark), lines(said) if said else REST)


def _kind(shift: Shift | None, leave_kind: str | None, swap_mark: str | Text | None) -> CellKind:
    if leave_kind:
        return CellKind.LEAVE
    if swap_mark:
        return CellKind.SWAPPED
    return CellKind.SHIFT if shift else CellKind.EMPTY


def swap_marks(first: datetime.date, last: datetime.date) -> dict[Cell, Text]:
    """替班 / 还班 / 换出 with the register number, for each cell an approved swap changed between the dates, and
    顶班 / 被顶班 for an approved cover."""
    approved = Swap.select(Swap.id, Swap.applicant, Swap.substitute, Swap.swap_day, Swap.return_day).where(
        (Swap.status == "approved") & (Swap.swap_day.between(first, last) | Swap.return_day.between(first, last)))
    marks = {}
    for swap in approved:
        marks[(swap.substitute_id, swap.swap_day)] = msg("替班（第 {number} 号）", number=swap.id)
        marks[(swap.applicant_id, swap.return_day)] = msg("还班（第 {number} 号）", number=swap.id)
        marks[(swap.applicant_id, swap.swap_day)] = msg("换出（第 {number} 号）", number=swap.id)
        marks[(swap.substitute_id, swap.return_day)] = msg("换出（第 {number} 号）", number=swap.id)
    covers = Cover.select(Cover.id, Cover.absent, Cover.cover, Cover.day).where(
        (Cover.status == "approved") & Cover.day.between(first, last))
    for cover in covers:
        marks[(cover.cover_id, cover.day)] = msg("顶班（顶班登记第 {number} 号）", number=cover.id)
        marks[(cover.absent_id, cover.day)] = msg("被顶班（顶班登记第 {number} 号）", number=cover.id)
    return marks
