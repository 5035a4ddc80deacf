"""The shift-swap register (换班登记) and the leave register (请假) it is checked against."""


from peewee import CharField, DateField, DateTimeField, ForeignKeyField, TextField

from desktop.models.base import BaseModel
from desktop.models.people import Shift, Staff
from desktop.models.voidable import VoidableModel


class Leave(VoidableModel):
    person = ForeignKeyField(Staff, backref="leaves", index=False)  # led by (person, start)
    start = DateField()
    end = DateField()  # inclusive
    kind = CharField()  # 病假 事假 年假 婚假 丧假 其他
    approver = ForeignKeyField(Staff, null=True, backref="+")
    reason = CharField(default="")
    recorded_by = ForeignKeyField(Staff, backref="+")
    recorded_at = DateTimeField()

    class Meta:
        indexes = ((("person", "start"), False), (("start", "end"), False))


class Swap(BaseModel):
    """The applicant gives `swap_shift` on `swap_day` to the substitute and works the substitute's `return_shift`
    on `return_day`. Nothing is deleted: a withdrawn swap keeps its row with status withdrawn."""

    applicant = ForeignKeyField(Staff, backref="+", index=False)  # led by the composite indexes below
    substitute = ForeignKeyField(Staff, backref="+", index=False)
    swap_day = DateField(index=True)
    swap_shift = ForeignKeyField(Shift, backref="+")
    return_day = DateField(index=True)
    return_shift = ForeignKeyField(Shift, backref="+")
    return_ends_at = DateTimeField(index=True)  # after this the swap is 已完成
    reason = TextField(default="")
    handover = TextField()  # 交接事项
    status = CharField(default="pending")  # pending | approved | refused | withdrawn
    requested_by = ForeignKeyField(Staff, backref="+")
    requested_at = DateTimeField()
    applicant_decision = CharField(null=True)  # 同意 | 不同意
    applicant_leader = ForeignKeyField(Staff, null=True, backref="+")
    applicant_decided_at = DateTimeField(null=True)
    applicant_remark = CharField(default="")
    substitute_decision = CharField(null=True)
    substitute_leader = ForeignKeyField(Staff, null=True, backref="+")
    substitute_decided_at = DateTimeField(null=True)
    substitute_remark = CharField(default="")
    closed_at = DateTimeField(null=True)  # approved, refused or withdrawn
    withdraw_reason = CharField(default="")

    class Meta:
        indexes = (
            (("applicant", "swap_day"), False),
            (("substitute", "swap_day"), False),
            (("applicant", "return_day"), False),
            (("substitute", "return_day"), False),
            (("status", "swap_day"), False),
        )
