"""What each step of a complaint writes in its history (处理经过): the program's words as a message, so they can be
said in the reader's language, with what the person typed (a reason, an opinion) inside them as typed. The event
keeps the Chinese too, for the printed forms and for the rows written before the words were kept."""

import datetime

from desktop.models import ComplaintEvent
from desktop.services.errors import Text, lines, msg, text_from_json, text_json


def stored(words: Text) -> dict[str, str]:
    """The event's columns for `words`: the Chinese, and the message to say again in another language."""
    return {"note": str(words), "note_words": text_json(words)}


def words(event: ComplaintEvent) -> "Text | str":
    """What the event says: its message, or the Chinese of a row written before messages were kept."""
    return text_from_json(event.note_words) if event.note_words else event.note


def _together(*parts: Text | None) -> Text:
    return lines([part for part in parts if part is not None], "")


def _opinion(note: str) -> Text | None:
    """A typed opinion after the program's words."""
    return msg("。{note}", note=note) if note else None


def received(promised: datetime.datetime, reopened_from: str | None = None, split_from: str | None = None) -> Text:
    return _together(msg("承诺 {promised:%m-%d %H:%M} 前答复客户", promised=promised),
                     msg("；客户不接受原投诉单 {number} 的处理结论", number=reopened_from) if reopened_from else None,
                     msg("；拆分自投诉单 {number}", number=split_from) if split_from else None)


def valid(note: str) -> Text:
    return msg("投诉成立。{note}", note=note)


def not_valid(reason: str, answer: str, key_customer: bool) -> Text:
    if key_customer:
        return msg("投诉不成立：{reason}；答复客户：{answer}；重点客户，待回访", reason=reason, answer=answer)
    return msg("投诉不成立：{reason}；答复客户：{answer}", reason=reason, answer=answer)


def dispatched(department: str, assignee: str | None, late_minutes: int | None, note: str = "") -> Text:
    return _together(msg("派发至 {department}", department=department),
                     msg("，责任人 {name}", name=assignee) if assignee else None,
                     msg("（受理后 {minutes} 分钟派发，超过 60 分钟）", minutes=late_minutes)
                     if late_minutes is not None else None,
                     _opinion(note))


def investigated(finding: str, cause_kind: str, party: str) -> Text:
    return msg("{finding}（{cause_kind}；责任人：{party}）", finding=finding, cause_kind=cause_kind,
               party=party or msg("未定"))


def typed(value: str) -> Text:
    """A step whose history is what the person typed (the plan, the reply)."""
    return Text("{typed}", {"typed": value})


def approved(note: str) -> Text:
    return msg("同意。{note}", note=note)


def sent_back(note: str) -> Text:
    return msg("不同意，退回重拟：{note}", note=note)


def not_reached(attempt: int | None, note: str = "") -> Text:
    """A callback that reached nobody: the `attempt`-th, or None when the contact was wrong."""
    what = msg("回访联系方式有误") if attempt is None else msg("回访未联系上（第 {count} 次）", count=attempt)
    return _together(what, _opinion(note))


def called_back(satisfaction: str, solved: bool, note: str, closed: bool) -> Text:
    said = msg("回访：{satisfaction}，问题已解决" if solved else "回访：{satisfaction}，问题未解决",
               satisfaction=satisfaction)
    return _together(said, _opinion(note), msg("；结案") if closed else msg("；书面反馈客服部主任"))


def unreachable(failures: int, note: str = "") -> Text:
    return _together(msg("回访 {failures} 次联系不上，按无法联系结案", failures=failures), _opinion(note))


def redone(note: str, due: datetime.datetime) -> Text:
    return msg("主任意见：{note}；新期限 {due:%Y-%m-%d %H:%M}", note=note, due=due)


def closed_by_supervisor(note: str) -> Text:
    return msg("主任结案：{note}", note=note)


def paused(status: str, reason: str, expected_on: datetime.date) -> Text:
    return msg("{status}：{reason}（预计 {expected_on:%m-%d}）", status=status, reason=reason, expected_on=expected_on)


def resumed(reason: str, waited: float, due: datetime.datetime) -> Text:
    return msg("恢复处理：{reason}（等待 {waited:g} 个工作日，新期限 {due:%Y-%m-%d %H:%M}）", reason=reason,
               waited=waited, due=due)


def meeting(held_on: datetime.date, decision: str, responsible: str) -> Text:
    return msg("管理层会议 {held_on:%m-%d}：{decision}（负责人：{responsible}）", held_on=held_on, decision=decision,
               responsible=responsible)


def merged_into(number: str, reason: str) -> Text:
    return msg("并入投诉单 {number}：{reason}", number=number, reason=reason)


def merged(number: str, reason: str) -> Text:
    return msg("合并重复投诉 {number}：{reason}", number=number, reason=reason)


def unmerged(number: str, reason: str) -> Text:
    return msg("撤销合并 {number}：{reason}", number=number, reason=reason)


def unmerged_from(number: str, reason: str) -> Text:
    return msg("撤销并入 {number}：{reason}", number=number, reason=reason)


def split(number: str, content: str) -> Text:
    return msg("拆分出新投诉单 {number}：{content}", number=number, content=content)


def extended(days: int, due: datetime.datetime, reason: str) -> Text:
    return msg("主任批准延长至 {days} 个工作日，新期限 {due:%Y-%m-%d %H:%M}：{reason}", days=days, due=due,
               reason=reason)


def reminded(count: int, late: Text, note: str = "") -> Text:
    return _together(msg("第 {count} 次催办（超期 {late}）", count=count, late=late), _opinion(note))


def reopened(number: str | None) -> Text:
    """The original's step when the customer does not accept its decision; the new form's number when known."""
    if number is None:
        return msg("客户不接受处理结论，另立新单")
    return msg("客户不接受处理结论，另立新单 {number}", number=number)


def voided(reason: str) -> Text:
    return msg("作废：{reason}", reason=reason)

