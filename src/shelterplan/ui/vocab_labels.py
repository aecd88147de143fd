"""Words for stored vocabulary values and dates, in the worker's screen language.

Stored values are stable English identifiers (core/vocab.py). The tables below mark the
source strings with QT_TRANSLATE_NOOP so pyside6-lupdate collects them under the
"vocab" context, and each function translates at call time, so switching the screen
language needs no restart of the views. An unknown value is shown as stored rather than
hidden: a newer laptop may have written it. The words match the plan tab's, so a step
is "Open" in the plan tree and in the list of changes since signing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from shelterplan.core.vocab import (
    Domain,
    GoalKind,
    GoalStatus,
    InterventionModel,
    NeedLevel,
    PersonKind,
    Phase,
    ReferralStatus,
    Responsible,
    StepStatus,
)

CONTEXT = "vocab"

_DOMAINS = {
    Domain.SAFETY: QT_TRANSLATE_NOOP("vocab", "Safety"),
    Domain.HOUSING: QT_TRANSLATE_NOOP("vocab", "Housing"),
    Domain.INCOME: QT_TRANSLATE_NOOP("vocab", "Income"),
    Domain.PHYSICAL_HEALTH: QT_TRANSLATE_NOOP("vocab", "Physical health"),
    Domain.MENTAL_HEALTH: QT_TRANSLATE_NOOP("vocab", "Mental health"),
    Domain.SUBSTANCE_USE: QT_TRANSLATE_NOOP("vocab", "Substance use"),
    Domain.LEGAL: QT_TRANSLATE_NOOP("vocab", "Legal and justice"),
    Domain.IMMIGRATION: QT_TRANSLATE_NOOP("vocab", "Immigration"),
    Domain.CHILDREN: QT_TRANSLATE_NOOP("vocab", "Children"),
    Domain.EDUCATION_EMPLOYMENT: QT_TRANSLATE_NOOP("vocab", "Education and employment"),
    Domain.SOCIAL_SUPPORT: QT_TRANSLATE_NOOP("vocab", "Social support"),
    Domain.CULTURE: QT_TRANSLATE_NOOP("vocab", "Culture"),
}
_NEEDS = {
    NeedLevel.NONE: QT_TRANSLATE_NOOP("vocab", "No need"),
    NeedLevel.LOW: QT_TRANSLATE_NOOP("vocab", "Low"),
    NeedLevel.MODERATE: QT_TRANSLATE_NOOP("vocab", "Moderate"),
    NeedLevel.HIGH: QT_TRANSLATE_NOOP("vocab", "High"),
    NeedLevel.URGENT: QT_TRANSLATE_NOOP("vocab", "Urgent"),
    NeedLevel.DECLINED: QT_TRANSLATE_NOOP("vocab", "She chose not to say"),
}
_PHASES = {
    Phase.ENGAGEMENT: QT_TRANSLATE_NOOP("vocab", "Engagement"),
    Phase.ASSESSMENT: QT_TRANSLATE_NOOP("vocab", "Assessment"),
    Phase.PLANNING: QT_TRANSLATE_NOOP("vocab", "Planning"),
    Phase.IMPLEMENTATION: QT_TRANSLATE_NOOP("vocab", "Carrying out the plan"),
    Phase.REVIEW: QT_TRANSLATE_NOOP("vocab", "Review"),
    Phase.CLOSED: QT_TRANSLATE_NOOP("vocab", "Closed"),
}
_MODELS = {
    InterventionModel.STANDARD: QT_TRANSLATE_NOOP("vocab", "Standard"),
    InterventionModel.CRITICAL_TIME: QT_TRANSLATE_NOOP("vocab", "Critical time intervention"),
    InterventionModel.INTENSIVE: QT_TRANSLATE_NOOP("vocab", "Intensive (ACT team)"),
}
_RESPONSIBLE = {
    Responsible.CLIENT: QT_TRANSLATE_NOOP("vocab", "Client"),
    Responsible.WORKER: QT_TRANSLATE_NOOP("vocab", "Worker"),
    Responsible.PROVIDER: QT_TRANSLATE_NOOP("vocab", "Provider"),
    Responsible.SUPPORT_PERSON: QT_TRANSLATE_NOOP("vocab", "Support person"),
}
_STEP_STATUSES = {
    StepStatus.OPEN: QT_TRANSLATE_NOOP("vocab", "Open"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("vocab", "Done"),
    StepStatus.MISSED: QT_TRANSLATE_NOOP("vocab", "Missed"),
    StepStatus.CANCELLED: QT_TRANSLATE_NOOP("vocab", "Cancelled"),
}
_GOAL_STATUSES = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("vocab", "Active"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("vocab", "Achieved"),
    GoalStatus.SET_ASIDE: QT_TRANSLATE_NOOP("vocab", "Set aside"),
}
_GOAL_KINDS = {
    GoalKind.LONG_TERM: QT_TRANSLATE_NOOP("vocab", "Long-term goal"),
    GoalKind.INTERMEDIATE: QT_TRANSLATE_NOOP("vocab", "Intermediate goal"),
}
_PERSON_KINDS = {
    PersonKind.SUPPORT: QT_TRANSLATE_NOOP("vocab", "Support person"),
    PersonKind.TEAM: QT_TRANSLATE_NOOP("vocab", "Team member"),
}
_REFERRAL_STATUSES = {
    ReferralStatus.PROPOSED: QT_TRANSLATE_NOOP("vocab", "Proposed"),
    ReferralStatus.MADE: QT_TRANSLATE_NOOP("vocab", "Referral made"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("vocab", "Accepted"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("vocab", "Declined"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("vocab", "Completed"),
}
_SIGNATORY_ROLES = {
    "client": QT_TRANSLATE_NOOP("vocab", "client"),
    "worker": QT_TRANSLATE_NOOP("vocab", "worker"),
    "supervisor": QT_TRANSLATE_NOOP("vocab", "supervisor"),
    "other": QT_TRANSLATE_NOOP("vocab", "other"),
}
_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("vocab", "English"),
    "fr": QT_TRANSLATE_NOOP("vocab", "French"),
    "es": QT_TRANSLATE_NOOP("vocab", "Spanish"),
}


# Consent purposes recorded by intake (core.wizards.intake_records.ConsentPurpose);
# a purpose typed in words elsewhere is shown as it was typed.
_CONSENT_PURPOSES = {
    "case_file": QT_TRANSLATE_NOOP("vocab", "Keeping a file about her"),
    "share_with_provider": QT_TRANSLATE_NOOP("vocab", "Sharing with a provider"),
    "contact_support_people": QT_TRANSLATE_NOOP("vocab", "Contacting her support people"),
}


def _label(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    source = table.get(value)
    return QCoreApplication.translate(CONTEXT, source) if source else value


def consent_purpose_label(value: str | None) -> str:
    return _label(_CONSENT_PURPOSES, value)


def domain_label(value: str | None) -> str:
    return _label(_DOMAINS, value)


def need_label(value: str | None) -> str:
    return _label(_NEEDS, value)


def phase_label(value: str | None) -> str:
    return _label(_PHASES, value)


def intervention_model_label(value: str | None) -> str:
    return _label(_MODELS, value)


def responsible_label(value: str | None) -> str:
    return _label(_RESPONSIBLE, value)


def step_status_label(value: str | None) -> str:
    return _label(_STEP_STATUSES, value)


def goal_status_label(value: str | None) -> str:
    return _label(_GOAL_STATUSES, value)


def goal_kind_label(value: str | None) -> str:
    return _label(_GOAL_KINDS, value)


def person_kind_label(value: str | None) -> str:
    return _label(_PERSON_KINDS, value)


def referral_status_label(value: str | None) -> str:
    return _label(_REFERRAL_STATUSES, value)


def signatory_role_label(value: str | None) -> str:
    return _label(_SIGNATORY_ROLES, value)


def language_label(code: str | None) -> str:
    """A language code (document language, languages she speaks) as a word, if we know it."""
    return _label(_LANGUAGES, code)


# --- dates -------------------------------------------------------------------------------
# Dates are written with the month as a word ("23 Nov 2026"): never ambiguous between
# Canadian English, French and Spanish habits, and easy to read at a glance.
DATE_FORMAT = "d MMM yyyy"
TIME_FORMAT = "HH:mm"  # time editors, and a time kept in a draft; shown with time_text


def date_text(value: date | str | None) -> str:
    """A calendar date (or its ISO text, as stored in plan snapshots) for the screen."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def time_text(value: time | datetime) -> str:
    """A time of day as the screen language writes it ("10:30 a.m.", "10 h 30")."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def utc_datetime_text(value: datetime | None) -> str:
    """A stored moment (UTC without zone, as the store keeps them) in local time."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    clock = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return QLocale().toString(moment, f"{DATE_FORMAT}, {clock}")
