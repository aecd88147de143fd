"""Typed SQLAlchemy models of a case file."""

from shelterplan.store.base import Base
from shelterplan.store.models import report_indexes  # noqa: F401  (attaches its indexes)
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
from shelterplan.store.models.plan import Goal, GoalReview, Option, PlanVersion, Review, Step
from shelterplan.store.models.record import (
    Erasure,
    Note,
    Referral,
    Service,
    Setting,
    Worker,
)

__all__ = [
    "AssessmentItem",
    "AuditEvent",
    "Base",
    "Case",
    "CaseAssignment",
    "Client",
    "Consent",
    "Dependant",
    "Erasure",
    "Goal",
    "GoalReview",
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
