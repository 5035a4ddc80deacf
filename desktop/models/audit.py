"""The audit log (one row per create, update or void of any record) and the login log (one row per try)."""


from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from desktop.models.base import BaseModel
from desktop.models.people import Staff


class AuditEntry(BaseModel):
    at = DateTimeField(index=True)
    actor = ForeignKeyField(Staff, null=True, backref="+")
    action = CharField()  # create | update | void | access | …
    table_name = CharField()
    record_id = CharField()
    before = TextField(null=True)  # JSON
    after = TextField(null=True)  # JSON
    reason = CharField(null=True)

    class Meta:
        indexes = ((("table_name", "record_id"), False),)


class LoginEvent(BaseModel):
    at = DateTimeField(index=True)
    login = CharField()  # as typed, also when no account has it
    staff = ForeignKeyField(Staff, null=True, backref="+")
    outcome = CharField()  # ok | wrong_password | unknown | inactive | locked
