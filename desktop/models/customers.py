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
    fn,
)

from desktop.models.base import BaseModel
from desktop.models.people import Staff
from desktop.models.voidable import VoidableModel


class Customer(VoidableModel):
    number = CharField(unique=True)  # 客户编号, generated, never reused
    kind = CharField(default="person")  # person 个人 | organisation 单位
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
    source = CharField(default="walk_in")  # a code of registration.SOURCES: walk_in 来访, phone 电话, …
    referrer = ForeignKeyField(Staff, null=True, backref="+")
    referral_expected_on = DateField(null=True)
    # grades and reviews
    customer_grade = CharField(default="C")
    credit_grade = CharField(default="C")
    credit_reviewed_on = DateField(null=True)
    archive_checked_on = DateField(null=True)
    credit_review_due_on = DateField(null=True, index=True)  # kept in step with credit_grade and the last review
    archive_check_due_on = DateField(null=True, index=True)  # quarterly re-verification of the archive
    confidentiality = CharField(default="secret")  # secret 秘密 | confidential 机密 | top_secret 绝密
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
    name_initials = CharField(default="", index=True)  # zs: ranks the names starting with the initials typed


# the register's count of customers and households (a member counts in its head's) from an index alone
Customer.add_index(Customer.index(fn.COALESCE(Customer.household, Customer.id), name="customer_in_service_household",
                                  where=Customer.voided_at.is_null() & ~Customer.archived))


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


class KeyCustomer(VoidableModel):
    """A line of 重点客户管理表 (`003`): a customer the supervisor manages closely. Unmarking voids the line; a
    customer has at most one line in force."""

    customer = ForeignKeyField(Customer, backref="key_marks")
    reason = TextField()  # 将其设为重点客户的原因
    target = CharField(default="")  # 销售额目标
    action_plan = TextField(default="")  # 实现目标的行动措施
    manager_advice = TextField(default="")  # 客户服务部经理建议
    director_advice = TextField(default="")  # 总经理建议
    marked_by = ForeignKeyField(Staff, backref="+")
    marked_at = DateTimeField(index=True)


class CustomerHandOver(BaseModel):
    """One hand-over (交接) of one person's customers to another, by the supervisor: the 交接清单's header."""

    number = CharField(unique=True)  # JJ202611-001
    kind = CharField()  # 在职继承 | 离职继承
    from_staff = ForeignKeyField(Staff, backref="+")
    to_staff = ForeignKeyField(Staff, backref="+")
    reason = CharField()
    at = DateTimeField(index=True)
    by = ForeignKeyField(Staff, backref="+")
    other_follow_ups = IntegerField(default=0)  # a leaver's follow-ups on customers not handed over, moved too

    class Meta:
        table_name = "hand_over"


class CustomerHandOverLine(BaseModel):
    """The owner-change log: one customer moved by a hand-over, with the open follow-ups that went with it."""

    hand_over = ForeignKeyField(CustomerHandOver, backref="lines")
    customer = ForeignKeyField(Customer, backref="+", index=False)
    follow_ups = IntegerField(default=0)

    class Meta:
        table_name = "hand_over_line"
        indexes = ((("customer", "hand_over"), False),)


class ImportRun(BaseModel):
    """One Excel import saving in several short transactions: while it is unfinished it holds its phones
    (ImportReservation), so other desks are told to wait instead of counting its first batches as registered."""

    staff = ForeignKeyField(Staff, backref="+")
    started_at = DateTimeField()
    touched_at = DateTimeField()  # at each saved batch: an import not heard of for long was killed
    rows = IntegerField()
    finished_at = DateTimeField(null=True)
    outcome = CharField(default="")  # imported | taken_back | abandoned


class ImportReservation(BaseModel):
    """A phone an unfinished import is registering (a lock, not a record: released when the import ends)."""

    phone_key = CharField(primary_key=True)
    run = ForeignKeyField(ImportRun, backref="reservations")
