"""Complaint forms (客户投诉记录及处理意见表), their step-by-step history and the callback attempts."""


from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop.models.base import BaseModel
from desktop.models.customers import Customer
from desktop.models.people import Staff
from desktop.models.voidable import VoidableModel


class Complaint(VoidableModel):
    number = CharField(unique=True)  # YYYYMM-NNN
    month = CharField()  # YYYYMM of received_at: the numbering period
    serial = IntegerField()  # restarts at 1 each month
    status = CharField(index=True)
    # 受理
    received_at = DateTimeField(index=True)
    received_by = ForeignKeyField(Staff, backref="+")
    channel = CharField()  # a code of workflow.CHANNELS: phone 电话, walk_in 来访, letter 信函, online 网络
    customer = ForeignKeyField(Customer, null=True, backref="complaints")
    complainant = CharField()  # the name as given, registered or not
    contact = CharField()  # phone or other way to reach the complainant
    content = TextField()
    request = TextField(default="")  # 客户要求
    category = CharField(index=True)  # a code of workflow.CATEGORIES: quality 产品质量, service 服务态度 …
    cause_kind = CharField()  # 质量异常 | 非质量异常（人为因素）
    severity = CharField()  # ordinary 一般 | major 较大 | serious 严重
    promised_at = DateTimeField(null=True)  # when the customer was told they would hear back
    order_number = CharField(default="")
    product = CharField(default="")  # 料号/产品
    quantity = IntegerField(null=True)
    shipped_on = DateField(null=True)
    defect_quantity = IntegerField(null=True)
    note = TextField(default="")
    # deadlines
    deadline_days = IntegerField()  # working days allowed: 1, 3, or up to 7 with the supervisor's approval
    due_at = DateTimeField()  # handling (up to 答复客户) must be done by then
    next_due_at = DateTimeField(null=True, index=True)  # the deadline running now (handling or callback); null: none
    # 判断 / 派发 / 调查 / 方案 / 审批 / 答复
    assessment = TextField(default="")
    dispatched_at = DateTimeField(null=True)
    dispatch_late = BooleanField(default=False)  # dispatched more than 60 minutes after receipt
    department = CharField(default="", index=True)  # 责任部门
    assignee = ForeignKeyField(Staff, null=True, backref="+")  # the responsible person handling it
    finding = TextField(default="")  # 调查结果与原因
    responsible_party = CharField(default="")  # 责任人 as found by the investigation
    proposal = TextField(default="")
    approved_by = ForeignKeyField(Staff, null=True, backref="+")
    approved_at = DateTimeField(null=True)
    approval_note = TextField(default="")
    reply = TextField(default="")  # 处理结果: what the customer was told
    replied_by = ForeignKeyField(Staff, null=True, backref="+")
    replied_at = DateTimeField(null=True)
    handling_days = FloatField(null=True)  # working days from receipt to reply
    # 回访 / 结案
    callback_due_at = DateTimeField(null=True)
    satisfaction = CharField(null=True)  # 满意 基本满意 不满意
    closed_at = DateTimeField(null=True, index=True)
    closed_as = CharField(null=True)  # 已解决 不成立 无法联系 主任结案 转新单 已合并
    reopened_from = ForeignKeyField("self", null=True, backref="reopenings")
    merged_into = ForeignKeyField("self", null=True, backref="merged")  # the older complaint this duplicate joined
    merged_from_status = CharField(null=True)  # the state an undone merge returns to
    split_from = ForeignKeyField("self", null=True, backref="splits")  # the complaint whose second matter this is
    reminders = IntegerField(default=0)  # 催办单 issued
    # 等待客户 / 等待第三方: the handling clock stands still
    paused_at = DateTimeField(null=True)  # the running pause's start
    paused_from = CharField(null=True)  # the state it returns to
    pause_reason = TextField(default="")
    pause_expected_on = DateField(null=True)  # when the customer or third party is expected to answer
    waited_days = FloatField(default=0.0)  # working days of every pause so far, by which due_at has moved

    class Meta:
        indexes = ((("month", "serial"), True),)


class ComplaintEvent(BaseModel):
    """One step of a complaint's life: who did what, when, from which status to which."""

    complaint = ForeignKeyField(Complaint, backref="events")
    at = DateTimeField()
    actor = ForeignKeyField(Staff, backref="+")
    action = CharField()
    from_status = CharField(null=True)
    to_status = CharField()
    note = TextField(default="")  # in Chinese, as the printed forms say it
    note_words = TextField(null=True)  # the note as a message to say in the reader's language (errors.text_json)

    class Meta:
        indexes = ((("complaint", "at"), False),)


class CallbackAttempt(BaseModel):
    """One try at calling the customer back after the reply."""

    complaint = ForeignKeyField(Complaint, backref="callbacks")
    at = DateTimeField(index=True)
    staff = ForeignKeyField(Staff, backref="+")
    reached = BooleanField()
    wrong_contact = BooleanField(default=False)
    satisfaction = CharField(null=True)
    solved = BooleanField(null=True)
    note = TextField(default="")


class ComplaintMeeting(BaseModel):
    """The management meeting a 严重 complaint goes to before its plan is approved (001 第十一条(二))."""

    complaint = ForeignKeyField(Complaint, backref="meetings")
    held_on = DateField()
    attendees = TextField()
    decision = TextField()
    responsible = CharField()  # who carries the decision out
    recorded_by = ForeignKeyField(Staff, backref="+")
    recorded_at = DateTimeField()
