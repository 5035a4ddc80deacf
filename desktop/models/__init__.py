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
    CustomerHandOver,
    CustomerHandOverLine,
    CustomerPhone,
    CustomerSearchKey,
    ImportReservation,
    ImportRun,
    KeyCustomer,
)
from desktop.models.office import CalendarDay, Setting
from desktop.models.people import RosterEntry, Shift, Staff, Team
from desktop.models.shift_logs import DutyLog, Handover, HandoverCase, QualityReport
from desktop.models.swaps import Cover, Leave, LeaveStep, Swap
from desktop.models.wording import WordingTemplate, WordingUse, WordingVersion

ALL_MODELS: list[type[BaseModel]] = [
    Team, Staff, Shift, RosterEntry, Setting, CalendarDay, AuditEntry, LoginEvent,
    Customer, CustomerPhone, ArchiveAccess, CustomerSearchKey, KeyCustomer, CustomerHandOver, CustomerHandOverLine,
    ImportRun, ImportReservation,
    Complaint, ComplaintEvent, CallbackAttempt, ComplaintMeeting,
    Leave, LeaveStep, Swap, Cover,
    Contact, FollowUp, ReceptionTurn, RotationStatus, VisitPlan, UrgentRead, Referral,
    Handover, HandoverCase, DutyLog, QualityReport,
    WordingTemplate, WordingVersion, WordingUse,
]

__all__ = [
    "ALL_MODELS", "ArchiveAccess", "AuditEntry", "BaseModel", "CalendarDay", "CallbackAttempt", "Complaint", "Cover",
    "ComplaintEvent", "ComplaintMeeting", "Contact", "Customer", "CustomerPhone", "CustomerSearchKey", "DutyLog",
    "CustomerHandOver", "CustomerHandOverLine", "FollowUp", "Handover", "HandoverCase", "ImportReservation",
    "ImportRun", "KeyCustomer", "QualityReport",
    "Referral",
    "Leave", "LeaveStep", "LoginEvent", "ReceptionTurn", "RosterEntry", "RotationStatus", "Setting", "Shift", "Staff",
    "Swap",
    "Team", "UrgentRead", "VisitPlan", "WordingTemplate", "WordingUse", "WordingVersion", "db",
]
