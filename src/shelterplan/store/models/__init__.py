"""Typed SQLAlchemy models of a case file."""

from shelterplan.store.base import Base
from shelterplan.store.models.audit import AuditEvent
from shelterplan.store.models.case import (
    AssessmentItem,
    Case,
    CaseAssignment,
    Client,
    Consent,
    Person,
    Strength,
)
from shelterplan.store.models.intake import Dependant, SafetyPlan, WizardDraft
from shelterplan.store.models.plan import Goal, Option, PlanVersion, Review, Step
from shelterplan.store.models.record import Note, Referral, Service, Setting, Worker

__all__ = [
    "AssessmentItem",
    "AuditEvent",
    "Base",
    "Case",
    "CaseAssignment",
    "Client",
    "Consent",
    "Dependant",
    "Goal",
    "Note",
    "Option",
    "Person",
    "PlanVersion",
    "Referral",
    "Review",
    "SafetyPlan",
    "Service",
    "Setting",
    "Step",
    "Strength",
    "WizardDraft",
    "Worker",
]
