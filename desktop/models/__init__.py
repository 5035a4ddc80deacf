"""peewee tables; every table the program uses is listed in ALL_MODELS."""

from desktop.models.audit import AuditEntry, LoginEvent
from desktop.models.base import BaseModel, db
from desktop.models.complaints import CallbackAttempt, Complaint, ComplaintEvent, ComplaintMeeting
from desktop.models.contacts import (
    Contact,
    FollowUp,
    ReceptionTurn,
    Referral,
    RotationStatus,
    UrgentRead,
    VisitPlan,
)
from desktop.models.customers import (
    ArchiveAccess,
    Customer,
    CustomerPhone,
    CustomerSearchKey,
    HandOver,
    HandOverLine,
    KeyCustomer,
)
from desktop.models.office import CalendarDay, Setting
from desktop.models.people import RosterEntry, Shift, Staff, Team
from desktop.models.swaps import Cover, Leave, LeaveStep, Swap

ALL_MODELS: list[type[BaseModel]] = [
    Team, Staff, Shift, RosterEntry, Setting, CalendarDay, AuditEntry, LoginEvent,
    Customer, CustomerPhone, ArchiveAccess, CustomerSearchKey, KeyCustomer, HandOver, HandOverLine,
    Complaint, ComplaintEvent, CallbackAttempt, ComplaintMeeting,
    Leave, LeaveStep, Swap, Cover,
    Contact, FollowUp, ReceptionTurn, RotationStatus, VisitPlan, UrgentRead, Referral,
]

__all__ = [
    "ALL_MODELS", "ArchiveAccess", "AuditEntry", "BaseModel", "CalendarDay", "CallbackAttempt", "Complaint", "Cover",
    "ComplaintEvent", "ComplaintMeeting", "Contact", "Customer", "CustomerPhone", "CustomerSearchKey", "FollowUp",
    "HandOver", "HandOverLine", "KeyCustomer", "Referral",
    "Leave", "LeaveStep", "LoginEvent", "ReceptionTurn", "RosterEntry", "RotationStatus", "Setting", "Shift", "Staff",
    "Swap",
    "Team", "UrgentRead", "VisitPlan", "db",
]
