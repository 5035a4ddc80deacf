"""Every create, update and void goes through here, so that each change is saved and logged in one transaction."""

import datetime
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import Field, Model, __exception_wrapper__

from desktop import engine
from desktop.models import AuditEntry, Staff, db
from desktop.services import auth, clock, text
from desktop.services.errors import RuleError

ACTION_TEXT = {"create": "新建", "update": "修改", "void": "作废", "access": "查阅", "password": "修改密码"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"  # an amount read back as 50000 is the 50000.00 that was saved
    return value


def snapshot(instance: Model) -> dict[str, Any]:
    """The row's fields as stored (a foreign key as its id), without a password: what
    `playhouse.shortcuts.model_to_dict(recurse=False)` gives, read straight from the row (an import logs thousands)."""
    data = instance.__data__
    return {field.name: _plain(data.get(field.name)) for field in instance._meta.sorted_fields
            if field.name != "password_hash"}


def _entry(actor: Staff | None, action: str, instance: Model, before: dict | None = None,
           after: dict | None = None, reason: str | None = None) -> dict[str, Any]:
    return {
        "actor": actor,
        "action": action,
        "table_name": instance._meta.table_name,
        "record_id": str(instance.get_id()),
        "before": json.dumps(before, ensure_ascii=False) if before is not None else None,
        "after": json.dumps(after, ensure_ascii=False) if after is not None else None,
        "reason": reason,
        "at": clock.now(),
    }


def log(actor: Staff | None, action: str, instance: Model, before: dict | None = None,
        after: dict | None = None, reason: str | None = None) -> AuditEntry:
    return AuditEntry.create(**_entry(actor, action, instance, before, after, reason))


def create(actor: Staff | None, instance: Model) -> Model:
    with db.atomic():
        instance.save(force_insert=True)
        log(actor, "create", instance, after=snapshot(instance))
    return instance


def insert_rows(model: type[Model], fields: list[Field], rows: Iterable[Sequence[Any]]) -> int:
    """Insert many rows with one prepared statement run for each (peewee's insert_many builds SQL text value by
    value, which takes longer than SQLite's own work); returns the id of the last row. Inside a transaction,
    which holds the write lock, the rows get consecutive ids."""
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    places = ", ".join([engine.current().param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({places})'
    with __exception_wrapper__:  # its errors are peewee's, as those of every other statement
        db.cursor().executemany(sql, ([field.db_value(value) for field, value in zip(fields, row, strict=True)]
                                      for row in rows))
    return engine.last_insert_id(model)


def create_many(actor: Staff | None, instances: list[Model]) -> list[Model]:
    """create() for many new rows of one table (an import), in a few statements instead of two per row."""
    model = type(instances[0])
    fields = [field for name, field in model._meta.fields.items()
              if name in instances[0].__data__ and field is not model._meta.primary_key]
    with db.atomic():
        last = insert_rows(model, fields, ([row.__data__.get(field.name) for field in fields] for row in instances))
        for row_id, row in enumerate(instances, start=last - len(instances) + 1):
            row._pk = row_id
        entries = [_entry(actor, "create", row, after=snapshot(row)) for row in instances]
        insert_rows(AuditEntry, [AuditEntry._meta.fields[name] for name in entries[0]],
                    (entry.values() for entry in entries))
    return instances


def withdraw(model: type[Model], ids: list[int]) -> None:
    """Take rows out again with their log lines: only for rows that work which could not finish created a moment
    ago (an all-or-nothing import refused in a later batch). Nothing else is ever deleted."""
    with db.atomic():
        AuditEntry.delete().where((AuditEntry.table_name == model._meta.table_name)
                                  & AuditEntry.record_id.in_([str(row_id) for row_id in ids])).execute()
        model.delete().where(model._meta.primary_key.in_(ids)).execute()


def reload(instance: Model) -> Model:
    """Bring a row a window has shown up to date, in place (under the write lock, before a change that depends on
    what it holds): a decision made in another window a moment ago is seen, and the caller's object shows the
    outcome."""
    stored = type(instance).get_by_id(instance.get_id())
    instance.__data__, instance.__rel__ = stored.__data__, {}
    instance._dirty.clear()
    return instance


def update(actor: Staff | None, instance: Model, reason: str | None = None, **changes: Any) -> Model:
    """Apply `changes` and log before/after; a call that changes nothing writes nothing."""
    with db.atomic():
        before = snapshot(instance)
        for name, value in changes.items():
            setattr(instance, name, value)
        after = snapshot(instance)
        if after != before:
            instance.save()
            log(actor, "update", instance, before, after, reason)
    return instance


def void(actor: Staff, instance: Model, reason: str, now: datetime.datetime | None = None) -> Model:
    reason = text.one_line(reason, "作废必须填写原因。")
    if getattr(instance, "voided_at", None) is not None:
        raise RuleError("该记录已经作废。")
    with db.atomic():
        before = snapshot(instance)
        instance.voided_at = now or clock.now()
        instance.voided_by = actor
        instance.void_reason = reason
        instance.save()
        log(actor, "void", instance, before, snapshot(instance), reason)
    return instance


def history(table_name: str, record_id: Any) -> list[AuditEntry]:
    return list(
        AuditEntry.select()
        .where((AuditEntry.table_name == table_name) & (AuditEntry.record_id == str(record_id)))
        .order_by(AuditEntry.at, AuditEntry.id)
    )


def table_names(actor: Staff) -> list[str]:
    """The tables the log has entries for (read from the table_name index), for the viewer's filter."""
    auth.require(actor, "audit.view")
    query = AuditEntry.select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name)
    return [row.table_name for row in query]


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


def changes(entry: AuditEntry) -> list[Change]:
    """What an entry changed, field by field: every field of a created record, the differing ones otherwise."""
    before = json.loads(entry.before) if entry.before else {}
    after = json.loads(entry.after) if entry.after else {}
    fields = list(after) + [name for name in before if name not in after]
    return [Change(name, before.get(name), after.get(name)) for name in fields
            if entry.action == "create" or before.get(name) != after.get(name)]
