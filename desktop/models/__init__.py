"""peewee tables; every table the program uses is listed in ALL_MODELS."""

from desktop.models.audit import AuditEntry
from desktop.models.base import BaseModel, db
from desktop.models.contacts import Contact, FollowUp, ReceptionTurn, RotationStatus, UrgentRead, VisitPlan
from desktop.models.customers import ArchiveAccess, Customer, CustomerPhone, CustomerSearchKey
from desktop.models.office import CalendarDay, Setting
from desktop.models.people import RosterEntry, Shift, Staff, Team

ALL_MODELS: list[type[BaseModel]] = [
    Team, Staff, Shift, RosterEntry, Setting, CalendarDay, AuditEntry,
    Customer, CustomerPhone, ArchiveAccess, CustomerSearchKey,
    Contact, FollowUp, ReceptionTurn, RotationStatus, VisitPlan, UrgentRead,
]

__all__ = [
    "ALL_MODELS", "ArchiveAccess", "AuditEntry", "BaseModel", "CalendarDay", "Customer", "CustomerPhone",
    "CustomerSearchKey", "RosterEntry", "Setting", "Shift", "Staff", "Team", "db",
    "Contact", "FollowUp", "ReceptionTurn", "RotationStatus", "UrgentRead", "VisitPlan",
]
