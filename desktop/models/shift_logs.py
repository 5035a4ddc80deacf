"""The shift books of 客服部交接班制度 and 班长责任制: the handover log (交接日志) written at each change of shift, the
team leader's duty log (值班日志) and the monthly 服务质量分析报告 drawn from them."""

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.models.base import BaseModel
from desktop.models.complaints import Complaint
from desktop.models.contacts import FollowUp
from desktop.models.people import Shift, Staff, Team
from desktop.models.voidable import VoidableModel


class Handover(VoidableModel):
    """交接日志 (交接班制度 6): what the outgoing shift hands to the incoming one; the incoming person signs it off."""

    day = DateField()  # the outgoing shift's day
    shift = ForeignKeyField(Shift, backref="+")
    next_day = DateField(index=True)  # the incoming shift
    next_shift = ForeignKeyField(Shift, backref="+")
    equipment = TextField(default="")  # 设备情况
    staffing = TextField(default="")  # 人员调班情况: the next shift's swaps, covers and leave, filled in for the writer
    notices = TextField(default="")  # 最新通告、业务变更
    recorded_by = ForeignKeyField(Staff, backref="+")
    recorded_at = DateTimeField()
    acknowledged_by = ForeignKeyField(Staff, null=True, backref="+")  # 接班人
    acknowledged_at = DateTimeField(null=True)
    acknowledge_remark = CharField(default="")

    class Meta:
        indexes = ((("day", "shift"), False),)


class HandoverCase(BaseModel):
    """An open difficult case (疑难问题) handed over: a complaint, a follow-up, or a note of its own."""

    handover = ForeignKeyField(Handover, backref="cases")
    complaint = ForeignKeyField(Complaint, null=True, backref="+")
    follow_up = ForeignKeyField(FollowUp, null=True, backref="+")
    note = TextField(default="")


class DutyLog(VoidableModel):
    """值班日志 (班长责任制 3–4): the team leader on duty's record of one shift, with its workload counts."""

    day = DateField()
    shift = ForeignKeyField(Shift, backref="+")
    leader = ForeignKeyField(Staff, backref="+")  # the 值班长
    events = TextField(default="")  # 重要事件、突发事件、系统问题
    difficult = TextField(default="")  # 疑难问题
    consultations = IntegerField(default=0)  # 咨询
    enquiries = IntegerField(default=0)  # 查询
    proactive = IntegerField(default=0)  # 主动服务
    recorded_by = ForeignKeyField(Staff, backref="+")
    recorded_at = DateTimeField()

    class Meta:
        indexes = ((("day", "shift"), False),)


class QualityReport(VoidableModel):
    """服务质量分析报告: a team leader's analysis of one month, due to the 客服部主任 by the 22nd of the next."""

    team = ForeignKeyField(Team, backref="+")
    year = IntegerField()
    month = IntegerField()
    author = ForeignKeyField(Staff, backref="+")
    analysis = TextField(default="")  # 服务质量分析
    problems = TextField(default="")  # 存在问题
    measures = TextField(default="")  # 改进措施
    drafted_at = DateTimeField()
    submitted_at = DateTimeField(null=True)  # 交客服部主任

    class Meta:
        indexes = ((("team", "year", "month"), False),)
