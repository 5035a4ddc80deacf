"""The phones of an import that is still saving: an import larger than one batch is stored in several short
transactions and taken back whole if it cannot finish, so until its last batch is saved its phones are neither
registered nor free. It reserves them all in its first transaction (after checking them under the write lock);
every other desk's registration, correction and import check is told to wait for it, and the reservations go in
the transaction that saves its last batch or takes out its last saved one. An import that was killed (nothing
heard of it for STALE) holds nothing."""

import datetime
from collections.abc import Iterable

from desktop.models import ImportReservation, ImportRun, Staff
from desktop.services import clock
from desktop.services.errors import RuleError, Text, msg

STALE = datetime.timedelta(minutes=10)  # a batch takes well under a second: an import this quiet is dead
CHUNK = 400  # keys per statement (two parameters each: well below every engine's limit)


class PhoneBeingImported(RuleError):
    """The number is in another desk's import that has not finished: registered or free once it ends."""


def waiting_message(staff: Staff, started_at: datetime.datetime) -> Text:
    return msg("该号码正在由 {name} 从 Excel 导入（{started:%H:%M} 开始，尚未完成），请在该导入完成后重新检查或登记。",
               name=staff.name, started=started_at)


def holders(keys: Iterable[str], own: ImportRun | None = None) -> dict[str, Text]:
    """The keys held by another unfinished import, each with what to tell the clerk."""
    now = clock.now()
    keys = list(dict.fromkeys(keys))
    found: dict[str, Text] = {}
    for start in range(0, len(keys), CHUNK):
        query = (ImportReservation.select(ImportReservation.phone_key, ImportRun, Staff)
                 .join(ImportRun).join(Staff)
                 .where(ImportReservation.phone_key.in_(keys[start:start + CHUNK])
                        & (ImportRun.touched_at >= now - STALE)))
        if own is not None:
            query = query.where(ImportRun.id != own.id)
        found.update((row.phone_key, waiting_message(row.run.staff, row.run.started_at)) for row in query)
    return found


def refuse_held(keys: list[str], own: ImportRun | None = None) -> None:
    held = holders(keys, own)
    for index, key in enumerate(keys):
        if key in held:
            raise PhoneBeingImported(held[key], "phone" if index == 0 else "other_phones")


def begin(actor: Staff, keys: list[str], rows: int) -> ImportRun:
    """Inside the first batch's transaction (holding the write lock), after its keys were checked: hold them all.
    The reservations of imports that died are cleared first."""
    now = clock.now()
    dead = ImportRun.select(ImportRun.id).where(ImportRun.finished_at.is_null() & (ImportRun.touched_at < now - STALE))
    ImportReservation.delete().where(ImportReservation.run.in_(dead)).execute()
    ImportRun.update(finished_at=now, outcome="abandoned").where(ImportRun.id.in_(dead)).execute()
    run = ImportRun.create(staff=actor, started_at=now, touched_at=now, rows=rows)
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), CHUNK):
        ImportReservation.insert_many([(key, run.id) for key in unique[start:start + CHUNK]],
                                      [ImportReservation.phone_key, ImportReservation.run]).execute()
    return run


def touch(run: ImportRun) -> None:
    """A batch was saved: the import is alive."""
    ImportRun.update(touched_at=clock.now()).where(ImportRun.id == run.id).execute()


def end(run: ImportRun, outcome: str) -> None:
    """Inside the transaction that saves the last batch (imported) or takes out the last saved one (taken_back)."""
    ImportReservation.delete().where(ImportReservation.run == run.id).execute()
    now = clock.now()
    ImportRun.update(finished_at=now, touched_at=now, outcome=outcome).where(ImportRun.id == run.id).execute()
