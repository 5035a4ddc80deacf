"""The contact log (拜访记录): visits, walk-in receptions and phone records, with their follow-ups, the front
desk's reception rotation, monthly visit plans and the supervisor's read marks on urgent reports."""


from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.models.base import BaseModel
from desktop.models.customers import Customer
from desktop.models.people import Staff
from desktop.models.voidable import VoidableModel


class Contact(VoidableModel):
    kind = CharField()  # visit | reception | phone
    # customer null: an anonymous phone enquiry
    customer = ForeignKeyField(Customer, null=True, backref="contacts", index=False)
    caller_name = CharField(default="")  # who phoned, when no customer is linked
    caller_phone = CharField(default="")
    staff = ForeignKeyField(Staff, backref="contacts", index=False)  # 接待/拜访人
    assistant = ForeignKeyField(Staff, null=True, backref="+", index=False)  # 协助人
    visited_person = CharField(default="")  # 拜访对象
    visited_title = CharField(default="")  # 职务
    started_at = DateTimeField(index=True)
    duration_minutes = IntegerField(null=True)
    purpose = CharField()
    opinions = TextField(default="")  # 客户意见、建议、希望
    market = TextField(default="")  # 市场行情、竞争对手动向、他司销售政策
    effect = TextField(default="")  # 活动效果
    handling = TextField(default="")  # 主要处理事项的经过及结果
    other_matters = TextField(default="")  # 其他报告事项
    quality_rating = CharField(null=True)  # 产品质量, one choice of ratings.QUALITY
    service_rating = CharField(null=True)  # 服务态度
    awareness_rating = CharField(null=True)  # 产品知名度
    urgent = BooleanField(default=False)  # 巡访紧急报告
    urgent_category = CharField(null=True)
    next_follow_up_on = DateField(null=True)
    promised = TextField(default="")  # 答应客户的事项
    recorded_by = ForeignKeyField(Staff, backref="+", index=False)
    recorded_at = DateTimeField()

    class Meta:
        # the foreign keys are indexed through these pairs; each list filter leads with its own column and ends
        # with the list's order, so paging stays on an index
        # (a salesperson's index also holds what a visit's points filter on: 拜访积分 reads it alone, m0021)
        indexes = (
            (("staff", "started_at", "kind", "customer", "voided_at"), False),
            (("customer", "started_at"), False),
            (("kind", "started_at"), False),
            (("purpose", "started_at"), False),
            (("urgent", "started_at"), False),
        )


class FollowUp(BaseModel):
    """A promised next contact (下次跟进), open until a later contact with the customer closes it."""

    contact = ForeignKeyField(Contact, unique=True, backref="follow_ups")
    customer = ForeignKeyField(Customer, null=True, backref="+", index=False)
    staff = ForeignKeyField(Staff, backref="+", index=False)
    due_on = DateField()
    closed_at = DateTimeField(null=True)
    closed_by_contact = ForeignKeyField(Contact, null=True, backref="+")
    closed_note = CharField(default="")

    class Meta:
        indexes = (
            (("closed_at", "due_on"), False),
            (("staff", "closed_at", "due_on"), False),
            (("customer", "closed_at"), False),
        )


class ReceptionTurn(BaseModel):
    """One walk-in handed to a receiver at the front desk; the day's rotation continues after the last turn."""

    day = DateField()
    at = DateTimeField()
    staff = ForeignKeyField(Staff, backref="+")
    named = BooleanField(default=False)  # the customer asked for this person
    counts_as_turn = BooleanField(default=True)  # false: a named person out of turn, the rotation stays
    taken_by = ForeignKeyField(Staff, backref="+")

    class Meta:
        indexes = ((("day", "at"), False),)


class RotationStatus(BaseModel):
    """Whether a receiver on duty is at the desk today: present, away (不在) or busy with a customer (接待中)."""

    day = DateField()
    staff = ForeignKeyField(Staff, backref="+")
    status = CharField(default="present")  # present | away | busy

    class Meta:
        indexes = ((("day", "staff"), True),)


class VisitPlan(BaseModel):
    """访问计划: how many visits a salesperson plans to a customer in a month (the month's first day)."""

    staff = ForeignKeyField(Staff, backref="+")
    customer = ForeignKeyField(Customer, backref="+")
    month = DateField()
    planned = IntegerField()

    class Meta:
        indexes = ((("staff", "month", "customer"), True),)


class UrgentRead(BaseModel):
    """A supervisor has read an urgent report; it leaves that supervisor's list."""

    contact = ForeignKeyField(Contact, backref="+")
    reader = ForeignKeyField(Staff, backref="+")
    read_at = DateTimeField()

    class Meta:
        indexes = ((("reader", "contact"), True),)


class Referral(VoidableModel):
    """员工介绍客户 (`001 第7篇`): registered before the customer's first visit with the expected day. A reception
    of the customer on that day confirms it (the referrer is recorded); when the day passes without one it lapses
    and the referrer may register again. Replacing a referral voids it."""

    customer = ForeignKeyField(Customer, backref="referrals")
    referrer = ForeignKeyField(Staff, backref="+")
    expected_on = DateField(index=True)
    registered_by = ForeignKeyField(Staff, backref="+")
    registered_at = DateTimeField()
    confirmed_by_contact = ForeignKeyField(Contact, null=True, backref="+")

    class Meta:
        indexes = ((("referrer", "expected_on"), False),)
