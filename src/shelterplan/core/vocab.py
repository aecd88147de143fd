"""The words of case planning, as stored values.

Stored values are stable English identifiers; what a worker or client reads comes
from the UI or report translators, never from these strings directly.
"""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    ENGAGEMENT = "engagement"
    ASSESSMENT = "assessment"
    PLANNING = "planning"
    IMPLEMENTATION = "implementation"
    REVIEW = "review"
    CLOSED = "closed"


class InterventionModel(StrEnum):
    STANDARD = "standard"
    CRITICAL_TIME = "critical_time"  # short-term critical time intervention
    INTENSIVE = "intensive"  # long, intensive (ACT team)


class Domain(StrEnum):
    SAFETY = "safety"
    HOUSING = "housing"
    INCOME = "income"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH = "mental_health"
    SUBSTANCE_USE = "substance_use"
    LEGAL = "legal"
    IMMIGRATION = "immigration"
    CHILDREN = "children"
    EDUCATION_EMPLOYMENT = "education_employment"
    SOCIAL_SUPPORT = "social_support"
    CULTURE = "culture"


class NeedLevel(StrEnum):
    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    URGENT = "urgent"
    DECLINED = "declined"  # she chose not to answer


class GoalKind(StrEnum):
    LONG_TERM = "long_term"
    INTERMEDIATE = "intermediate"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    SET_ASIDE = "set_aside"


class ProgressRating(StrEnum):
    """How far a goal came since the last review, in her words as much as the worker's."""

    NONE = "none"
    SOME = "some"
    GOOD = "good"
    ACHIEVED = "achieved"


class ReviewDecision(StrEnum):
    """What a review decides for one goal."""

    KEEP = "keep"  # carry on as planned
    AMEND = "amend"  # change the goal or its steps (the plan is edited after the review)
    ACHIEVED = "achieved"
    SET_ASIDE = "set_aside"  # with a reason, always


class Responsible(StrEnum):
    CLIENT = "client"
    WORKER = "worker"
    PROVIDER = "provider"
    SUPPORT_PERSON = "support_person"


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    MADE = "made"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


class PersonKind(StrEnum):
    SUPPORT = "support"  # trusted member of her support network
    TEAM = "team"  # service provider on her team


class Role(StrEnum):
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


DOCUMENT_LANGUAGES = ("en", "fr", "es")
