"""Setting a password: everyone's own change (修改密码) and a reset by whoever manages staff. Both are logged as
修改密码, never with the hash; a password someone else chose must be changed at the next login."""

from desktop.models import Staff, db
from desktop.services import audit, auth
from desktop.services.errors import ValidationErrors


def stored(password: str, chosen_by_someone_else: bool = True) -> dict[str, object]:
    """The staff fields that hold `password`; one someone else chose is changed at the next login."""
    return {"password_hash": auth.hash_password(password), "must_change_password": chosen_by_someone_else}


def _store(actor: Staff, person: Staff, fields: dict[str, object], reason: str) -> Staff:
    with db.atomic():
        before = audit.snapshot(person)
        for name, value in fields.items():
            setattr(person, name, value)
        person.save(only=[Staff.password_hash, Staff.must_change_password])
        audit.log(actor, "password", person, before, audit.snapshot(person), reason)
    return person


def reset(actor: Staff, person: Staff, password: str) -> Staff:
    """重设密码 from the staff page; the caller (people.save_staff) has checked that `actor` may manage `person`."""
    return _store(actor, person, stored(password, actor.id != person.id), "重设密码")


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
    return _store(person, person, stored(new, chosen_by_someone_else=False), "本人修改密码")
