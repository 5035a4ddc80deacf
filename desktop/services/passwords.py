"""Setting a password: every new hash is saved and logged as 修改密码, never the hash itself."""

from desktop.models import Staff, db
from desktop.services import audit, auth


def store(actor: Staff | None, person: Staff, password: str, reason: str) -> Staff:
    """Hash and save `password` for `person` in one transaction with its audit row."""
    with db.atomic():
        before = audit.snapshot(person)
        person.password_hash = auth.hash_password(password)
        person.save(only=[Staff.password_hash])
        audit.log(actor, "password", person, before, audit.snapshot(person), reason)
    return person
