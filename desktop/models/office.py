"""Office-wide settings and the working-day calendar."""

from peewee import CharField, DateField, TextField

from desktop.models.base import BaseModel


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class CalendarDay(BaseModel):
    """A date that differs from the plain Monday-to-Friday week: a holiday or a make-up working day."""

    day = DateField(primary_key=True)
    kind = CharField()  # "holiday" | "workday"
    name = CharField(default="")
    source = CharField(default="manual")  # "library" | "manual"
