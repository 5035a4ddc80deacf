"""peewee tables; every table the program uses is listed in ALL_MODELS."""

from desktop.models.audit import AuditEntry
from desktop.models.base import BaseModel, db
from desktop.models.complaints import CallbackAttempt, Complaint, ComplaintEvent
from desktop.models.customers import ArchiveAccess, Customer, CustomerPhone, CustomerSearchKey
from desktop.models.office import CalendarDay, Setting
from desktop.models.people import RosterEntry, Shift, Staff, Team
from desktop.models.swaps import Leave, Swap

ALL_MODELS: list[type[BaseModel]] = [
    Team, Staff, Shift, RosterEntry, Setting, CalendarDay, AuditEntry,
    Customer, CustomerPhone, ArchiveAccess, CustomerSearchKey,
    Complaint, ComplaintEvent, CallbackAttempt,
    Leave, Swap,
]

__all__ = [
    "ALL_MODELS", "ArchiveAccess", "AuditEntry", "BaseModel", "CalendarDay", "CallbackAttempt", "Complaint",
    "ComplaintEvent", "Customer", "CustomerPhone", "CustomerSearchKey", "Leave",
    "RosterEntry", "Setting", "Shift", "Staff", "Swap", "Team", "db",
]
