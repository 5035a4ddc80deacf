"""Setting a password: everyone's own change (修改密码) and a reset by whoever manages staff. Both are logged as
修改密码, never with the hash; a password someone else set must be changed at the next login."""

from desktop.models import Staff, db
from desktop.services import audit, auth
from desktop.services.errors import ValidationErrors


def store(actor: Staff | None, person: Staff, password: str, reason: str) -> Staff:
    """Hash and save `password` for `person` in one transaction with its audit row."""
    with db.atomic():
        before = audit.snapshot(person)
        person.password_hash = auth.hash_password(password)
        person.must_change_password = actor is None or actor.id != person.id
        person.save(only=[Staff.password_hash, Staff.must_change_password])
        audit.log(actor, "password", person, before, audit.snapshot(person), reason)
    return person


def change_own(person: Staff, old: str, new: str) -> Staff:
    """修改密码: the old password is asked again and the new one must follow the rules."""
    auth.require(person, "password.change_own")
    errors = {}
    if not auth.check_password(old, Staff.get_by_id(person.id).password_hash):
        errors["old_password"] = "原密码不正确。"
    if problem := auth.password_problem(new):
        errors["new_password"] = problem
    elif new == old:
        errors["new_password"] = "新密码不能与原密码相同。"
    if errors:
        raise ValidationErrors(errors)
    return store(person, person, new, "本人修改密码")
