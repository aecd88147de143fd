"""What an intake creates, read from the wizard's page values, and writing it.

The summary page and Finish read the same `IntakeRecords`, so what the summary shows is
exactly what gets written. Values come from drafts as plain JSON (dates as ISO text), so
every reader here tolerates blanks and stray types; the flow's checks decide what is an
error before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core import cases, planning
from shelterplan.core.actors import Actor
from shelterplan.core.household import add_dependant
from shelterplan.core.rules import optional_text
from shelterplan.core.vocab import Domain, GoalKind, NeedLevel, PersonKind
from shelterplan.store.models import Client, Service

# The intake's pages, in order.
CONSENT = "consent"
IDENTITY = "identity"
SAFE_CONTACT = "safe_contact"
HOUSEHOLD = "household"
SITUATION = "situation"
STRENGTHS = "strengths"
GOALS = "goals"
TEAM = "team"
SUMMARY = "summary"


class ConsentPurpose(StrEnum):
    """Stored in `Consent.purpose`; the screen and the printed plan put words on them."""

    CASE_FILE = "case_file"  # she agrees that the shelter keeps a file about her
    SHARE_WITH_PROVIDER = "share_with_provider"  # one named provider, in `scope`
    CONTACT_SUPPORT_PEOPLE = "contact_support_people"


# --- reading plain values ----------------------------------------------------------------
def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def number(value: Any) -> int | None:
    """An integer answer; None when blank. Raises ValueError for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    return int(str(value).strip())


def number_or_none(value: Any) -> int | None:
    """For building records: a value the checks refuse is never written anyway."""
    try:
        return number(value)
    except ValueError:
        return None


def iso_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(text(value)) if text(value) else None
    except ValueError:
        return None


def filled_rows(
    values: dict[str, Any], name: str, texts: tuple[str, ...]
) -> list[tuple[int, dict]]:
    """Rows of a repeating group with something typed in them, with their row number
    (counted from 1 among all rows, as the worker sees them)."""
    rows = values.get(name) or []
    return [
        (row_number, row)
        for row_number, row in enumerate(rows, start=1)
        if isinstance(row, dict) and any(_typed(row.get(key)) for key in texts)
    ]


def _typed(value: Any) -> bool:
    """Whether something was typed: text, or a number (an age of 0 counts)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) or bool(text(value))


def languages(value: Any) -> list[str]:
    parts = value.split(",") if isinstance(value, str) else list(value or [])
    return [part.strip() for part in parts if isinstance(part, str) and part.strip()]


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# --- the records -------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsentRecord:
    purpose: str
    given_on: str
    provider: str = ""
    service_id: str | None = None


@dataclass(frozen=True)
class DependantRecord:
    name: str
    age: int | None
    relationship: str
    with_her: bool
    notes: str


@dataclass(frozen=True)
class AssessmentRecord:
    domain: str
    need_level: str
    note: str
    priority: int | None


@dataclass(frozen=True)
class GoalRecord:
    text: str
    domain: str


@dataclass(frozen=True)
class PersonRecord:
    kind: str
    name: str
    role: str
    organisation: str
    phone: str
    safe_to_contact: bool
    consent_to_share: bool


@dataclass(frozen=True)
class IntakeRecords:
    client: cases.NewClient
    declined: tuple[str, ...]
    consents: tuple[ConsentRecord, ...]
    dependants: tuple[DependantRecord, ...]
    assessments: tuple[AssessmentRecord, ...]
    strengths: tuple[str, ...]
    goals: tuple[GoalRecord, ...]
    people: tuple[PersonRecord, ...]


def read_records(
    values: dict[str, dict[str, Any]], declined: list[str], today: date
) -> IntakeRecords:
    """Everything Finish would write, from the page values and the declined pages."""
    consents = _consents(values.get(CONSENT, {}), today)
    return IntakeRecords(
        client=_client(values.get(IDENTITY, {}), values.get(SAFE_CONTACT, {})),
        declined=tuple(declined),
        consents=consents,
        dependants=_dependants(values.get(HOUSEHOLD, {})),
        assessments=_assessments(values.get(SITUATION, {}), SITUATION in declined),
        strengths=_strengths(values.get(STRENGTHS, {})),
        goals=_goals(values.get(GOALS, {})),
        people=_people(values.get(TEAM, {}), consents),
    )


def _client(identity: dict[str, Any], contact: dict[str, Any]) -> cases.NewClient:
    no_phone = bool(contact.get("no_safe_phone"))
    return cases.NewClient(
        preferred_name=text(identity.get("preferred_name")),
        legal_name=optional_text(identity.get("legal_name")),
        pronouns=optional_text(identity.get("pronouns")),
        birth_date=iso_date(identity.get("birth_date")),
        approximate_age=number_or_none(identity.get("approximate_age")),
        languages=languages(identity.get("languages")),
        document_language=identity.get("document_language") or "en",
        safe_phone=None if no_phone else optional_text(contact.get("safe_phone")),
        may_leave_message=contact.get("may_leave_message"),
        safe_times=optional_text(contact.get("safe_times")),
        code_word=optional_text(contact.get("code_word")),
        do_not_tell=optional_text(contact.get("do_not_tell")),
    )


def _consents(answers: dict[str, Any], today: date) -> tuple[ConsentRecord, ...]:
    given_on = text(answers.get("given_on")) or today.isoformat()
    found = [ConsentRecord(ConsentPurpose.CASE_FILE.value, given_on)]
    for _row_number, row in filled_rows(answers, "share_with", ("provider",)):
        found.append(
            ConsentRecord(
                ConsentPurpose.SHARE_WITH_PROVIDER.value,
                given_on,
                text(row.get("provider")),
                text(row.get("service_id")) or None,
            )
        )
    if answers.get("contact_support_people"):
        found.append(ConsentRecord(ConsentPurpose.CONTACT_SUPPORT_PEOPLE.value, given_on))
    return tuple(found)


def _dependants(answers: dict[str, Any]) -> tuple[DependantRecord, ...]:
    return tuple(
        DependantRecord(
            name=text(row.get("name")),
            age=number_or_none(row.get("age")),
            relationship=text(row.get("relationship")),
            with_her=bool(row.get("with_her", True)),
            notes=text(row.get("notes")),
        )
        for _row_number, row in filled_rows(answers, "dependants", ("name",))
    )


def _assessments(answers: dict[str, Any], declined: bool) -> tuple[AssessmentRecord, ...]:
    if declined:
        return tuple(AssessmentRecord(d.value, NeedLevel.DECLINED.value, "", None) for d in Domain)
    domains = answers.get("domains") or {}
    found = []
    for domain in Domain:
        answer = domains.get(domain.value) or {}
        level, note = text(answer.get("need_level")), text(answer.get("note"))
        priority = number_or_none(answer.get("priority"))
        if level or note or priority is not None:
            found.append(
                AssessmentRecord(domain.value, level or NeedLevel.NONE.value, note, priority)
            )
    return tuple(found)


def _strengths(answers: dict[str, Any]) -> tuple[str, ...]:
    """Chosen prompts in the words shown on screen, then her own, one per line."""
    words = answers.get("prompt_words") or {}
    chosen = [text(words.get(code)) or code for code in answers.get("chosen") or []]
    own = answers.get("own_words") or []
    own_lines = own.splitlines() if isinstance(own, str) else list(own)
    return tuple(chosen + [text(line) for line in own_lines if text(line)])


def _goals(answers: dict[str, Any]) -> tuple[GoalRecord, ...]:
    return tuple(
        GoalRecord(text(row.get("text")), text(row.get("domain")))
        for _row_number, row in filled_rows(answers, "goals", ("text",))
    )


def _people(
    answers: dict[str, Any], consents: tuple[ConsentRecord, ...]
) -> tuple[PersonRecord, ...]:
    """Providers and support people. A provider she agreed to share with (named on the
    consent page as the person or the organisation) is marked as consent to share."""
    shared = {c.provider.casefold() for c in consents if c.provider}
    found = []
    for group, kind in (("providers", PersonKind.TEAM), ("supports", PersonKind.SUPPORT)):
        for _row_number, row in filled_rows(answers, group, ("name",)):
            name, organisation = text(row.get("name")), text(row.get("organisation"))
            named = {name.casefold(), organisation.casefold()} - {""}
            found.append(
                PersonRecord(
                    kind=kind.value,
                    name=name,
                    role=text(row.get("role")),
                    organisation=organisation,
                    phone=text(row.get("phone")),
                    safe_to_contact=bool(row.get("safe_to_contact")),
                    consent_to_share=kind == PersonKind.TEAM and bool(named & shared),
                )
            )
    return tuple(found)


# --- writing -----------------------------------------------------------------------------
def save_records(session: Session, actor: Actor, records: IntakeRecords, today: date) -> str:
    """Write everything through the use cases, in the caller's transaction; returns the
    new case id. Any refusal raises, and the caller's rollback leaves nothing behind."""
    case = cases.open_new_case(session, actor, records.client, opened_on=today)
    client = session.get(Client, case.client_id)
    assert client is not None
    client.declined = ",".join(records.declined) or None
    for consent in records.consents:
        _record_consent(session, actor, case.id, consent)
    for d in records.dependants:
        add_dependant(session, actor, case.id, d.name, d.age, d.relationship, d.with_her, d.notes)
    for item in records.assessments:
        cases.assess_domain(
            session,
            actor,
            case.id,
            item.domain,
            item.note,
            item.need_level,
            item.priority,
            assessed_on=today,
        )
    for strength in records.strengths:
        cases.add_strength(session, actor, case.id, strength)
    for goal in records.goals:
        planning.add_goal(
            session, actor, case.id, goal.text, GoalKind.LONG_TERM, domain=goal.domain or None
        )
    for p in records.people:
        cases.add_person(
            session,
            actor,
            case.id,
            p.kind,
            p.name,
            p.role,
            p.organisation,
            p.phone,
            p.safe_to_contact,
            p.consent_to_share,
        )
    session.flush()
    return case.id


def _record_consent(session: Session, actor: Actor, case_id: str, consent: ConsentRecord) -> None:
    """A provider from the directory is linked by id; a provider typed by hand (or one
    removed from the directory since) is kept by name in `scope`."""
    service = session.get(Service, consent.service_id) if consent.service_id else None
    if service is not None and service.deleted_at is not None:
        service = None
    record = cases.record_consent(
        session,
        actor,
        case_id,
        consent.purpose,
        scope=consent.provider or None,
        given_on=date.fromisoformat(consent.given_on),
    )
    if service is not None:
        record.service_id = service.id
        session.flush()


def directory_services(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the agency's directory, offered when naming a provider."""
    rows = session.execute(
        select(Service.id, Service.name).where(Service.deleted_at.is_(None)).order_by(Service.name)
    )
    return [(service_id, name) for service_id, name in rows]
