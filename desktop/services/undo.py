"""撤销: taking back one's own last correction of a record — the one rule every register that offers it follows.

Only the latest change of a record can be taken back, only by the person who made it, only within WINDOW, and
only when it was a correction (a plain edit, or an earlier 撤销): anything the office did to the record since (a
follow-up, a reassignment, a void) stands, and the record is corrected again instead. The caller puts the record
back through its own update path, so everything derived from it is rebuilt and re-checked."""

import datetime
import json
from decimal import Decimal

from peewee import DateField, DateTimeField, DecimalField, Model

from desktop.models import AuditEntry, Staff
from desktop.services import audit
from desktop.services.errors import Text, msg

WINDOW = datetime.timedelta(minutes=30)
REASON = "撤销上次修改"  # the audit reason of an undo; a correction is logged with no reason
CORRECTION_REASONS = (None, REASON)
CHANGES = ("create", "update", "void")
VOIDED = "这条记录已作废，不能撤销。"
NEVER_CHANGED = "这条记录登记后还没有修改过，没有可以撤销的修改。"
NOT_A_CORRECTION = "这条记录最后一次变动是「{what}」，不是资料修改，不能撤销。"
SOMEONE_ELSE = "这条记录最后一次是 {name} 于 {at:%m-%d %H:%M} 修改的，只能撤销自己所做的最后一次修改。"
TOO_LATE = "这次修改是 {at:%m-%d %H:%M} 做的，已超过 {minutes} 分钟，不能再撤销。"


def last_change(instance: Model) -> AuditEntry | None:
    """The latest entry that changed the record (opening a confidential archive is logged too, and changes
    nothing)."""
    return (AuditEntry.select().where((AuditEntry.table_name == instance._meta.table_name)
                                      & (AuditEntry.record_id == str(instance.get_id()))
                                      & AuditEntry.action.in_(CHANGES))
            .order_by(AuditEntry.id.desc()).first())


def refusal(actor: Staff, instance: Model, now: datetime.datetime) -> Text | None:
    """Why `actor` may not take back the last change of `instance` now, or None when they may."""
    if getattr(instance, "voided_at", None) is not None:
        return msg(VOIDED)
    entry = last_change(instance)
    if entry is None or entry.action == "create":
        return msg(NEVER_CHANGED)
    if entry.action != "update" or entry.reason not in CORRECTION_REASONS:
        return msg(NOT_A_CORRECTION, what=entry.reason or audit.ACTION_TEXT.get(entry.action, entry.action))
    if entry.actor_id != actor.id:
        name = Staff.get_by_id(entry.actor_id).name if entry.actor_id else msg("系统")
        return msg(SOMEONE_ELSE, name=name, at=entry.at)
    if now - entry.at > WINDOW:
        return msg(TOO_LATE, at=entry.at, minutes=WINDOW.seconds // 60)
    return None


def before_last_change(instance: Model) -> Model:
    """`instance` as it was stored before its last change (call after refusal() said None)."""
    model = type(instance)
    values = {}
    for name, value in json.loads(last_change(instance).before).items():
        field = model._meta.fields[name]
        if isinstance(value, str) and isinstance(field, DateTimeField):
            value = datetime.datetime.fromisoformat(value)
        elif isinstance(value, str) and isinstance(field, DateField):
            value = datetime.date.fromisoformat(value)
        elif isinstance(value, str) and isinstance(field, DecimalField):
            value = Decimal(value)
        values[name] = value
    return model(**values)
