"""Base class of records that are voided with who, when and why instead of being deleted."""

from peewee import CharField, DateTimeField, ForeignKeyField

from desktop.models.base import BaseModel
from desktop.models.people import Staff


class VoidableModel(BaseModel):
    voided_at = DateTimeField(null=True)
    voided_by = ForeignKeyField(Staff, null=True, backref="+")
    void_reason = CharField(null=True)
