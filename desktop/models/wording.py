"""Reply wording (话术): the supervisor's templates, each edit a new version, and every use of one in a form."""

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from desktop.models.base import BaseModel
from desktop.models.complaints import Complaint
from desktop.models.contacts import Contact
from desktop.models.people import Staff
from desktop.models.voidable import VoidableModel


class WordingTemplate(VoidableModel):
    """One template; its words live in its versions, the newest being `version`. Voided: no longer offered."""

    category = CharField(index=True)  # reply | invalid | callback | visit
    title = CharField()  # the current version's title, for the lists
    version = IntegerField(default=1)  # the current version's number
    created_at = DateTimeField()


class WordingVersion(BaseModel):
    """The words of a template as one edit left them; never changed, so a use keeps what was sent."""

    template = ForeignKeyField(WordingTemplate, backref="versions")
    number = IntegerField()
    title = CharField()
    body = TextField()
    edited_by = ForeignKeyField(Staff, null=True, backref="+")  # null: the program's own default
    edited_at = DateTimeField()

    class Meta:
        indexes = ((("template", "number"), True),)


class WordingUse(BaseModel):
    """A template version put into a form that was then saved: which, by whom, where, and the words it gave."""

    version = ForeignKeyField(WordingVersion, backref="uses")
    actor = ForeignKeyField(Staff, backref="+")
    at = DateTimeField(index=True)
    complaint = ForeignKeyField(Complaint, null=True, backref="+")
    contact = ForeignKeyField(Contact, null=True, backref="+")
    field = CharField()  # the form's field it went into: reply, note, handling …
    text = TextField()  # the filled words as inserted
