"""The customer register: customers, their phone numbers (the duplicate key) and confidential-archive openings."""


from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop.models.base import BaseModel
from desktop.models.people import Staff
from desktop.models.voidable import VoidableModel


class Customer(VoidableModel):
    number = CharField(unique=True)  # 客户编号, generated, never reused
    kind = CharField(default="个人")  # 个人 | 单位
    name = CharField(index=True)
    salutation = CharField(default="")  # 称呼: 张先生 / 李女士
    phone = CharField()  # the main reachable number, as typed
    other_phones = CharField(default="")
    wechat_email = CharField(default="")
    address = CharField(default="")
    postcode = CharField(default="")
    # company details (单位)
    legal_person = CharField(default="")
    founded_on = DateField(null=True)
    nature = CharField(default="")  # 企业性质
    employees = IntegerField(null=True)
    scale = CharField(default="")
    industry = CharField(default="")
    registered_capital = CharField(default="")
    bank_account = CharField(default="")
    main_contact = CharField(default="")
    main_contact_title = CharField(default="")
    decision_maker = CharField(default="")
    # demand and source
    demand = TextField(default="")
    budget = DecimalField(null=True, decimal_places=2, auto_round=True)
    source = CharField(default="来访")  # 来访 电话 转介绍 网络 老客户 其他
    referrer = ForeignKeyField(Staff, null=True, backref="+")
    referral_expected_on = DateField(null=True)
    # grades and reviews
    customer_grade = CharField(default="C")
    credit_grade = CharField(default="C")
    credit_reviewed_on = DateField(null=True)
    archive_checked_on = DateField(null=True)
    credit_review_due_on = DateField(null=True, index=True)  # kept in step with credit_grade and the last review
    archive_check_due_on = DateField(null=True, index=True)  # quarterly re-verification of the archive
    confidentiality = CharField(default="秘密")  # 秘密 机密 绝密
    # ownership
    owner = ForeignKeyField(Staff, null=True, backref="customers")
    registered_by = ForeignKeyField(Staff, backref="+")
    registered_at = DateTimeField(index=True)
    last_follow_up_at = DateTimeField(null=True, index=True)
    ownership_until = DateField(null=True, index=True)  # the owner's last day (pool_rules); then the open pool
    household = ForeignKeyField("self", null=True, backref="members")
    note = TextField(default="")
    archived = BooleanField(default=False)
    # search keys, kept in step with name by the customer service
    name_pinyin = CharField(default="", index=True)  # full pinyin without spaces: zhangsan


class CustomerPhone(BaseModel):
    """Every number of every customer, normalised: one number belongs to one customer."""

    customer = ForeignKeyField(Customer, backref="phones")
    number = CharField()
    phone_key = CharField(unique=True)  # digits only, without +86 / 0086

    class Meta:
        indexes = ((("phone_key", "customer"), False),)  # a typed prefix finds customers from the index alone


class ArchiveAccess(BaseModel):
    """The borrowing card (借阅卡): each opening of a confidential customer's archive."""

    customer = ForeignKeyField(Customer, backref="accesses")
    staff = ForeignKeyField(Staff, backref="+")
    at = DateTimeField(index=True)
    purpose = CharField(default="")


class CustomerSearchKey(BaseModel):
    """What a clerk may type to find a customer: name suffixes, their pinyin and initials, phone tails.

    Every key is lower case; a search is one prefix range on the primary key, so any part of a name is found
    through the index."""

    key = CharField()
    customer = ForeignKeyField(Customer, backref="+")

    class Meta:
        primary_key = CompositeKey("key", "customer")
        without_rowid = True
