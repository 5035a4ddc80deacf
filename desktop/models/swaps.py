"""The shift-swap register (换班登记) and the leave register (请假) it is checked against."""


from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.models.base import BaseModel
from desktop.models.people import Shift, Staff
from desktop.models.voidable import VoidableModel


class Leave(VoidableModel):
    person = ForeignKeyField(Staff, backref="leaves", index=False)  # led by (person, start)
    start = DateField()
    end = DateField()  # inclusive
    kind = CharField()  # a code of leave_rules.KINDS: personal 事假, sick 病假, official 公假, annual 年假 …
    approver = ForeignKeyField(Staff, null=True, backref="+")  # whoever gave the last approval
    reason = CharField(default="")
    recorded_by = ForeignKeyField(Staff, backref="+")  # another person than `person`: 代请 (sick leave only)
    recorded_at = DateTimeField()
    status = CharField(default="approved")  # pending | approved | refused | withdrawn
    half = CharField(default="")  # "" a whole day or more | 上午 | 下午 (one day only)
    urgent = BooleanField(default=False)  # 特殊事假, or 急诊 for sick leave
    phoned_at = DateTimeField(null=True)  # 急诊: when the team leader was phoned
    late_notice = CharField(default="")  # the notice rule it broke, admitted only by approval (迟报)
    certificate_on = DateField(null=True)  # 交证明: the day the medical certificate was handed in
    certificate_by = ForeignKeyField(Staff, null=True, backref="+")

    class Meta:
        indexes = ((("person", "start"), False), (("start", "end"), False))


class LeaveStep(BaseModel):
    """One level's decision on a leave request (逐级): 班长, 客服部主任, 客服中心主任."""

    leave = ForeignKeyField(Leave, backref="steps")
    step = IntegerField()  # 0, 1, 2 … in the order they are taken
    role = CharField()  # team_leader | supervisor | director
    approver = ForeignKeyField(Staff, backref="+")
    decision = CharField()  # 同意 | 不同意
    decided_at = DateTimeField()
    remark = CharField(default="")


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


class Cover(BaseModel):
    """顶班/代班: `cover` works `absent`'s `shift` on `day`, one way (no 还班). Nothing is deleted."""

    absent = ForeignKeyField(Staff, backref="+", index=False)  # led by (absent, day)
    cover = ForeignKeyField(Staff, backref="+", index=False)  # led by (cover, day)
    day = DateField()
    shift = ForeignKeyField(Shift, backref="+")
    offered = BooleanField()  # offered by the colleague (主动顶班), else asked for by a team leader
    reason = CharField(default="")
    status = CharField(default="pending")  # pending | approved | refused | withdrawn
    requested_by = ForeignKeyField(Staff, backref="+")
    requested_at = DateTimeField()
    leader = ForeignKeyField(Staff, null=True, backref="+")
    decided_at = DateTimeField(null=True)
    remark = CharField(default="")

    class Meta:
        indexes = ((("absent", "day"), False), (("cover", "day"), False), (("status", "day"), False))
