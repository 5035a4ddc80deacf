"""The audit log in the office's words, for the supervisor: tables, records and fields named as on the forms, old and
new values written as printed, and the filters by person, dates, record and kind."""

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from peewee import JOIN, BooleanField, DateField, DateTimeField, DecimalField, ForeignKeyField, Model, TimeField

from desktop import models
from desktop.models import AuditEntry, Complaint, Customer, Staff
from desktop.services import audit, auth
from desktop.services.complaints import workflow
from desktop.services.contacts.options import kind_label
from desktop.services.customers import registration
from desktop.services.customers.timeline import reason_words
from desktop.services.errors import RuleError, Text, msg
from desktop.services.staffing import leave_rules, swaps

TABLES = {
    "customer": "客户", "customer_phone": "客户电话", "archive_access": "借阅卡", "follow_up": "跟进",
    "contact": "拜访记录", "visit_plan": "访问计划", "urgent_read": "紧急报告已读", "reception_turn": "来访轮接",
    "rotation_status": "轮接状态", "complaint": "投诉单", "complaint_event": "投诉处理经过",
    "callback_attempt": "投诉回访", "swap": "换班", "leave": "请假", "staff": "员工", "team": "班组",
    "shift": "班次", "roster_entry": "排班表", "calendar_day": "工作日历", "setting": "设置",
    "key_customer": "重点客户", "hand_over": "客户交接", "hand_over_line": "客户交接明细", "referral": "员工介绍客户",
    "complaint_meeting": "会议纪要", "leave_step": "请假审批", "cover": "顶班", "handover": "交接日志",
    "handover_case": "交接日志疑难问题", "duty_log": "值班日志", "quality_report": "服务质量分析报告",
    "wording_template": "话术", "wording_version": "话术版本", "wording_use": "话术使用",
}
FIELDS = {
    "id": "序号", "code": "工号", "name": "名称", "team": "班组", "leader": "班长", "job_type": "岗位/工种",
    "skill_level": "技能等级", "role": "角色", "login": "登录名", "active": "启用/在职", "start": "上班",
    "end": "下班", "staff": "员工", "day": "日期", "shift": "班次", "kind": "类型", "source": "来源",
    "key": "项目", "value": "值", "voided_at": "作废时间", "voided_by": "作废人", "void_reason": "作废原因",
    "must_change_password": "下次登录须改密码", "failed_logins": "连续输错密码次数", "locked_until": "锁定至",
    # customer
    "number": "编号", "salutation": "称呼", "phone": "联系电话", "other_phones": "其他电话",
    "wechat_email": "微信/邮箱", "address": "地址", "postcode": "邮编", "legal_person": "企业法人",
    "founded_on": "成立时间", "nature": "企业性质", "employees": "员工人数", "scale": "经营规模",
    "industry": "行业", "registered_capital": "注册资本", "bank_account": "开户银行/账号",
    "main_contact": "主要联系人", "main_contact_title": "职务", "decision_maker": "决策关键人物",
    "demand": "需求/意向", "budget": "预算", "referrer": "介绍人", "referral_expected_on": "预计来访",
    "customer_grade": "客户等级", "credit_grade": "信用等级", "credit_reviewed_on": "上次信用复核",
    "archive_checked_on": "上次档案核定", "credit_review_due_on": "下次信用复核",
    "archive_check_due_on": "下次档案核定", "confidentiality": "密级", "owner": "归属业务员",
    "registered_by": "登记人", "registered_at": "登记时间", "last_follow_up_at": "最近跟进",
    "ownership_until": "归属有效至", "household": "家庭/亲属", "note": "备注", "archived": "已归档",
    "name_pinyin": "拼音", "customer": "客户", "phone_key": "电话（比对用）", "purpose": "目的", "at": "时间",
    # contacts
    "caller_name": "来电人", "caller_phone": "来电号码", "assistant": "协助人", "visited_person": "拜访对象",
    "visited_title": "职务", "started_at": "日期时间", "duration_minutes": "时长（分钟）",
    "opinions": "客户意见、建议、希望", "market": "市场行情、竞争对手动向、他司销售政策", "effect": "活动效果",
    "handling": "主要处理事项的经过及结果", "other_matters": "其他报告事项", "quality_rating": "产品质量",
    "service_rating": "服务态度", "awareness_rating": "产品知名度", "urgent": "紧急", "urgent_category": "紧急类别",
    "next_follow_up_on": "下次跟进日期", "promised": "答应事项", "recorded_by": "登记人", "recorded_at": "登记时间",
    "contact": "拜访记录", "due_on": "跟进日期", "closed_at": "结案时间", "closed_by_contact": "由此次联系完成",
    "closed_note": "完成说明", "month": "月份", "planned": "计划次数", "reader": "阅读人", "read_at": "阅读时间",
    "named": "指名接待", "counts_as_turn": "算作轮次", "taken_by": "接待人", "status": "状态",
    # complaints
    "serial": "月内序号", "received_at": "投诉时间", "received_by": "受理人", "channel": "渠道",
    "complainant": "投诉客户", "content": "投诉内容", "request": "客户要求", "category": "分类",
    "cause_kind": "原因类别", "severity": "严重程度", "promised_at": "承诺答复", "order_number": "订单编号",
    "product": "料号/产品", "quantity": "数量", "shipped_on": "交运日期", "defect_quantity": "不良数量",
    "deadline_days": "处理期限（工作日）", "due_at": "处理期限", "next_due_at": "下一期限", "assessment": "判断意见",
    "dispatched_at": "派发时间", "dispatch_late": "派发超时", "department": "责任部门", "assignee": "责任人",
    "finding": "调查结果与原因", "responsible_party": "责任人（调查）", "proposal": "处理方案",
    "approved_by": "审批人", "approved_at": "审批时间", "approval_note": "审批意见", "reply": "处理结果",
    "replied_by": "答复人", "replied_at": "答复时间", "handling_days": "处理用时（工作日）",
    "callback_due_at": "回访期限", "satisfaction": "满意度", "closed_as": "结案方式", "reopened_from": "原投诉单",
    "reminders": "催办次数", "actor": "经办人", "action": "步骤", "from_status": "原状态",
    "to_status": "新状态", "complaint": "投诉单", "reached": "联系上", "wrong_contact": "联系方式有误",
    "solved": "问题已解决",
    # staffing
    "applicant": "申请人", "substitute": "替班人", "swap_day": "换班日期", "swap_shift": "换班班次",
    "return_day": "还班日期", "return_shift": "还班班次", "return_ends_at": "还班结束", "reason": "原因",
    "handover": "交接事项", "requested_by": "提交人", "requested_at": "申请时间",
    "applicant_decision": "申请人班长意见", "applicant_leader": "申请人班长",
    "applicant_decided_at": "申请人班长审批时间", "applicant_remark": "申请人班长备注",
    "substitute_decision": "替班人班长意见", "substitute_leader": "替班人班长",
    "substitute_decided_at": "替班人班长审批时间", "substitute_remark": "替班人班长备注",
    "withdraw_reason": "撤销原因", "person": "员工", "approver": "批准人",
    "half": "半天", "phoned_at": "电话通知班长时间", "late_notice": "迟报说明", "certificate_on": "医疗证明交来日期",
    "certificate_by": "医疗证明收取人", "leave": "请假", "step": "审批顺序", "decision": "意见",
    "decided_at": "审批时间", "remark": "备注", "absent": "缺勤人", "cover": "顶班人", "offered": "主动顶班",
    "merged_into": "并入投诉单", "merged_from_status": "并入前状态", "split_from": "拆分自", "paused_at": "暂停时间",
    "paused_from": "暂停前状态", "pause_reason": "暂停原因", "pause_expected_on": "预计恢复日期",
    "waited_days": "等待客户（工作日）",
    # customers' hand-overs, referrals, key customers
    "from_staff": "移交人", "to_staff": "接收人", "by": "办理人", "other_follow_ups": "随同交接的其他跟进",
    "hand_over": "交接单", "follow_ups": "未完成跟进", "expected_on": "预计来访",
    "confirmed_by_contact": "来访记录", "target": "销售额目标", "action_plan": "实现目标的行动措施",
    "manager_advice": "客户服务部经理建议", "director_advice": "总经理建议", "marked_by": "设定人",
    "marked_at": "设定时间",
    # the shift books
    "held_on": "会议日期", "attendees": "出席人", "responsible": "决议负责人", "next_day": "接班日期",
    "next_shift": "接班班次", "equipment": "设备情况", "staffing": "人员调班情况", "notices": "通告、业务变更",
    "acknowledged_by": "接班人", "acknowledged_at": "接班确认时间", "acknowledge_remark": "接班意见",
    "follow_up": "跟进", "events": "重要事件", "difficult": "疑难问题", "consultations": "咨询",
    "enquiries": "查询", "proactive": "主动服务", "year": "年份", "author": "撰写人", "analysis": "服务质量分析",
    "problems": "存在问题", "measures": "改进措施", "drafted_at": "起草时间", "submitted_at": "交主任时间",
    # 话术
    "title": "标题", "version": "版本", "created_at": "创建时间", "template": "话术",
    "body": "内容", "edited_by": "修改人", "edited_at": "修改时间", "field": "用于", "text": "文字",
}
TABLE_FIELDS = {("leave", "start"): "开始", ("leave", "end"): "结束", ("customer", "number"): "客户编号",
                ("customer_phone", "number"): "电话号码", ("contact", "kind"): "方式",
                ("calendar_day", "kind"): "类别"}
DAY_KINDS = {"holiday": "节假日", "workday": "调休上班", "ordinary": "普通日"}
DAY_SOURCES = {"library": "国家安排", "manual": "本店设定"}
CODES: dict[tuple[str, str], Callable[[str], str]] = {
    ("complaint", "status"): lambda v: workflow.STATUS_TEXT.get(v, v),
    ("complaint", "channel"): lambda v: workflow.label("channel", v),
    ("complaint", "category"): lambda v: workflow.label("category", v),
    ("complaint", "severity"): lambda v: workflow.label("severity", v),
    ("leave", "kind"): lambda v: leave_rules.KINDS.get(v, v),
    ("complaint_event", "from_status"): lambda v: workflow.STATUS_TEXT.get(v, v),
    ("complaint_event", "to_status"): lambda v: workflow.STATUS_TEXT.get(v, v),
    ("complaint_event", "action"): lambda v: workflow.ACTIONS[v][2] if v in workflow.ACTIONS else EVENTS.get(v, v),
    ("swap", "status"): lambda v: swaps.STATUS_TEXT.get(v, v),
    ("staff", "role"): lambda v: auth.ROLES.get(v, v),
    ("contact", "kind"): kind_label,
    ("customer", "kind"): lambda v: registration.KINDS.get(v, v),
    ("customer", "source"): lambda v: registration.SOURCES.get(v, v),
    ("customer", "confidentiality"): lambda v: registration.CONFIDENTIALITY.get(v, v),
    ("calendar_day", "kind"): lambda v: DAY_KINDS.get(v, v),
    ("calendar_day", "source"): lambda v: DAY_SOURCES.get(v, v),
    ("setting", "key"): lambda v: SETTINGS.get(v, v),
}
SETTINGS = {"branch_name": "分店名称", "language": "界面语言", "min_rest_hours": "换班最短休息（小时）",
            "backup_auto_keep": "自动备份保留份数", "backup_last_at": "上次备份时间",
            "backup_last_place": "上次备份位置", "backup_remind_days": "超过多少天未备份时提醒主任"}
EVENTS = {"receive": "受理", "close": "结案", "escalate": "退回主任"}  # the history's steps that are no action
EMPTY = "（空）"
MODELS: dict[str, type[Model]] = {model._meta.table_name: model for model in models.ALL_MODELS}


def _number(record: Model) -> str:
    return getattr(record, "number", "")


def _staff(record: Staff) -> str:
    return f"{record.code} {record.name}"


def _of(attribute: str, label: Callable[[Any], str]) -> Callable[[Model], str]:
    """The label of the record `attribute` points to (a phone's customer, an event's complaint)."""
    return lambda record: label(getattr(record, attribute))


def _named(*parts: Callable[[Model], Any]) -> Callable[[Model], Text]:
    """The parts side by side; a part that is itself a message stays one, to be said in the reader's language."""
    def label(record: Model) -> Text:
        values = {f"part{index}": part(record) for index, part in enumerate(parts)}
        return msg(" ".join("{" + key + "}" for key in values), **values)
    return label


LABELS: dict[str, Callable[[Any], str]] = {
    "customer": lambda c: f"{c.number} {c.name}",
    "complaint": _number,
    "staff": _staff,
    "team": lambda t: t.name,
    "shift": lambda s: s.name,
    "swap": lambda s: msg("第 {number} 号", number=s.id),
    "contact": lambda c: msg("记录号 {number:06d}", number=c.id),
    "customer_phone": _named(_of("customer", _number), lambda p: p.number),
    "archive_access": _of("customer", _number),
    "follow_up": _named(_of("customer", _number), lambda f: f"{f.due_on:%Y-%m-%d}"),
    "complaint_event": _of("complaint", _number),
    "callback_attempt": _of("complaint", _number),
    "roster_entry": _named(lambda r: r.staff.name, lambda r: f"{r.day:%Y-%m-%d}"),
    "leave": _named(lambda r: r.person.name, lambda r: f"{r.start:%Y-%m-%d}"),
    "visit_plan": _named(lambda r: r.staff.name, lambda r: r.month),
    "calendar_day": lambda d: f"{d.day:%Y-%m-%d}",
    "setting": lambda s: SETTINGS.get(s.key, s.key),
    "key_customer": _of("customer", lambda c: f"{c.number} {c.name}"),
    "hand_over": _number,
    "hand_over_line": _named(_of("hand_over", _number), _of("customer", _number)),
    "referral": _of("customer", lambda c: f"{c.number} {c.name}"),
    "complaint_meeting": _of("complaint", _number),
    "leave_step": _named(lambda r: r.leave.person.name, lambda r: f"{r.leave.start:%Y-%m-%d}"),
    "cover": _named(lambda r: r.absent.name, lambda r: f"{r.day:%Y-%m-%d}"),
    "handover": lambda h: msg("第 {number} 号", number=h.id),
    "handover_case": lambda c: msg("第 {number} 号", number=c.handover_id),
    "duty_log": _named(lambda r: f"{r.day:%Y-%m-%d}", lambda r: r.shift.name),
    "quality_report": _named(lambda r: r.team.name, lambda r: msg("{year}年{month}月", year=r.year, month=r.month)),
    "wording_template": lambda t: t.title,
    "wording_version": _named(lambda v: v.title, lambda v: msg("第 {number} 版", number=v.number)),
    "wording_use": _of("version", lambda v: v.title),
    "reception_turn": _named(lambda r: r.staff.name, lambda r: f"{r.day:%Y-%m-%d}"),
    "rotation_status": _named(lambda r: r.staff.name, lambda r: f"{r.day:%Y-%m-%d}"),
    "urgent_read": _of("contact", lambda c: msg("记录号 {number:06d}", number=c.id)),
}


@dataclass(frozen=True)
class AuditFilter:
    actor_id: int | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None  # inclusive
    table_name: str | None = None
    action: str | None = None
    record: str = ""  # a customer's, complaint's or person's own number: everything that happened to it


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str  # "" for a record created
    new: str

    @property
    def text(self) -> str:
        return f"{self.field}：{self.new}" if not self.old else f"{self.field}：{self.old} → {self.new}"


@dataclass(frozen=True)
class AuditLine:
    """One entry as the supervisor reads it."""

    id: int
    at: datetime.datetime
    who: str
    action: str
    table: str
    record: str
    reason: Text  # the program's words in the reader's language, what was typed as typed
    changes: list[FieldChange]

    @property
    def summary(self) -> str:
        """The changes on one line: '下班：16:00 → 15:30；名称：…'."""
        return "；".join(change.text for change in self.changes)


def table_text(table_name: str) -> str:
    return TABLES.get(table_name, table_name)


def field_text(table_name: str, field: str) -> str:
    return TABLE_FIELDS.get((table_name, field)) or FIELDS.get(field, field)


def _related(record: str) -> list[tuple[str, list[int]]]:
    """The rows that belong to the record numbered `record`: the record itself and its dependent rows."""
    text = record.strip()
    customer = Customer.get_or_none(Customer.number == text.upper())
    if customer is not None:
        return [("customer", [customer.id])] + [
            (model._meta.table_name, [row.id for row in model.select(model.id).where(model.customer == customer)])
            for model in (models.CustomerPhone, models.ArchiveAccess, models.FollowUp, models.Contact)]
    complaint = Complaint.get_or_none(Complaint.number == text)
    if complaint is not None:
        return [("complaint", [complaint.id])] + [
            (model._meta.table_name, [row.id for row in model.select(model.id).where(model.complaint == complaint)])
            for model in (models.ComplaintEvent, models.CallbackAttempt)]
    person = Staff.get_or_none(Staff.code == text.upper())
    if person is not None:
        return [("staff", [person.id])]
    raise RuleError("没有编号为「{text}」的客户、投诉单或员工。", "record", text=text)


def _where(filters: AuditFilter) -> list[Any]:
    conditions = []
    if filters.actor_id is not None:
        conditions.append(AuditEntry.actor == filters.actor_id)
    if filters.start is not None:
        conditions.append(AuditEntry.at >= datetime.datetime.combine(filters.start, datetime.time()))
    if filters.end is not None:
        conditions.append(AuditEntry.at < datetime.datetime.combine(filters.end + datetime.timedelta(days=1),
                                                                    datetime.time()))
    if filters.table_name:
        conditions.append(AuditEntry.table_name == filters.table_name)
    if filters.action:
        conditions.append(AuditEntry.action == filters.action)
    if filters.record.strip():
        rows = None
        for table, ids in _related(filters.record):
            if ids:
                match = (AuditEntry.table_name == table) & AuditEntry.record_id.in_([str(i) for i in ids])
                rows = match if rows is None else rows | match
        conditions.append(rows)
    return conditions


def check(filters: AuditFilter) -> None:
    """Refuse filters that can find nothing: dates the wrong way round, a number no record has."""
    if filters.start and filters.end and filters.start > filters.end:
        raise RuleError("开始日期不能晚于结束日期。", "end")
    if filters.record.strip():
        _related(filters.record)


def lines(actor: Staff, limit: int, after: AuditLine | None = None,
          filters: AuditFilter = AuditFilter()) -> list[AuditLine]:
    """The viewer's next `limit` entries matching `filters`, newest first, after the last one shown."""
    auth.require(actor, "audit.view")
    check(filters)
    query = AuditEntry.select(AuditEntry, Staff).join(Staff, on=AuditEntry.actor, join_type=JOIN.LEFT_OUTER)
    for condition in _where(filters):
        query = query.where(condition)
    if after is not None:
        query = query.where((AuditEntry.at < after.at) | ((AuditEntry.at == after.at) & (AuditEntry.id < after.id)))
    entries = list(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
    return describe(entries)


def actors(actor: Staff) -> list[Staff]:
    """Everyone who may appear in the log, for the person filter."""
    auth.require(actor, "audit.view")
    return list(Staff.select().order_by(Staff.code))


def describe(entries: list[AuditEntry]) -> list[AuditLine]:
    labels = _labels((entry.table_name, entry.record_id) for entry in entries)
    references = _references(entries)
    return [AuditLine(
        entry.id, entry.at, entry.actor.name if entry.actor_id else "（系统）",
        audit.ACTION_TEXT.get(entry.action, entry.action), table_text(entry.table_name),
        labels.get((entry.table_name, entry.record_id), f"#{entry.record_id}"), reason_words(entry.reason),
        [FieldChange(field_text(entry.table_name, change.field),
                     _value(entry.table_name, change.field, change.old, references) if change.old is not None
                     or entry.action != "create" else "",
                     _value(entry.table_name, change.field, change.new, references))
         for change in audit.changes(entry) if change.field not in ("id", "name_pinyin", "name_initials", "note_words")
         and not (entry.action == "create" and change.new in (None, ""))],
    ) for entry in entries]


def _labels(keys: Iterable[tuple[str, Any]]) -> dict[tuple[str, str], str]:
    """Each (table, id)'s own number or name, one query per table."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for table, record_id in keys:
        if record_id is not None and table in LABELS:
            wanted[table].add(str(record_id))
    found = {}
    for table, ids in wanted.items():
        model = MODELS[table]
        primary = model._meta.primary_key
        for record in model.select().where(primary.in_([primary.python_value(i) for i in ids])):
            found[(table, str(record.get_id()))] = LABELS[table](record)
    return found


def _references(entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
    """The labels of every record the entries' foreign keys point to."""
    keys = []
    for entry in entries:
        model = MODELS.get(entry.table_name)
        for change in audit.changes(entry) if model else ():
            field = model._meta.fields.get(change.field)
            if isinstance(field, ForeignKeyField):
                keys += [(field.rel_model._meta.table_name, v) for v in (change.old, change.new) if v is not None]
    return _labels(keys)


def _value(table: str, name: str, value: Any, references: dict[tuple[str, str], str]) -> str:
    if value is None or value == "":
        return EMPTY
    field = MODELS[table]._meta.fields.get(name) if table in MODELS else None
    if (table, name) in CODES:
        return CODES[(table, name)](value)
    if isinstance(field, ForeignKeyField):
        target = field.rel_model._meta.table_name
        return references.get((target, str(value)), f"{table_text(target)} #{value}")
    if isinstance(field, BooleanField) or isinstance(value, bool):
        return "是" if value else "否"
    return _written(field, value)


def _written(field: Any, value: Any) -> str:
    """A stored value written as the forms print it."""
    if isinstance(field, DateTimeField):
        return f"{datetime.datetime.fromisoformat(value):%Y-%m-%d %H:%M}"
    if isinstance(field, DateField):
        return f"{datetime.date.fromisoformat(value):%Y-%m-%d}"
    if isinstance(field, TimeField):
        return f"{datetime.time.fromisoformat(value):%H:%M}"
    if isinstance(field, DecimalField):
        try:
            return f"{Decimal(str(value)):,.2f}"
        except InvalidOperation:
            return str(value)
    return str(value)
