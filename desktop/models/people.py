"""Staff, teams, shift definitions and the roster."""

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    TimeField,
)

from desktop.models.base import BaseModel


class Team(BaseModel):
    name = CharField(unique=True)
    leader = DeferredForeignKey("Staff", null=True, backref="+")
    active = BooleanField(default=True)


class Staff(BaseModel):
    code = CharField(unique=True)  # 工号
    name = CharField()
    team = ForeignKeyField(Team, null=True, backref="members")
    job_type = CharField()  # 岗位/工种
    skill_level = CharField(default="初级工")
    role = CharField(default="staff")
    login = CharField(unique=True, null=True)
    password_hash = CharField(null=True)
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)  # set by someone else: changed at the next login
    active = BooleanField(default=True)


class Shift(BaseModel):
    name = CharField(unique=True)
    start = TimeField(formats=["%H:%M"])
    end = TimeField(formats=["%H:%M"])
    active = BooleanField(default=True)


class RosterEntry(BaseModel):
    staff = ForeignKeyField(Staff, backref="roster")
    day = DateField(index=True)
    shift = ForeignKeyField(Shift, null=True)  # null: a cleared cell (rest day), kept for the audit trail

    class Meta:
        indexes = ((("staff", "day"), True),)
