"""Use cases around a client's case: open it, write notes, assess, list her people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access, require_case_content
from shelterplan.core.rules import (
    InvalidInput,
    get_live,
    optional_text,
    require_choice,
    require_text,
)
from shelterplan.core.vocab import (
    DOCUMENT_LANGUAGES,
    Domain,
    InterventionModel,
    NeedLevel,
    PersonKind,
    Phase,
    Role,
)
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.base import utcnow
from shelterplan.store.models import (
    AssessmentItem,
    Case,
    CaseAssignment,
    Client,
    Consent,
    Note,
    Person,
    Strength,
    Worker,
)


@dataclass
class NewClient:
    """What intake knows about her; only the preferred name (or alias) is required."""

    preferred_name: str
    legal_name: str | None = None
    pronouns: str | None = None
    birth_date: date | None = None
    approximate_age: int | None = None
    languages: list[str] = field(default_factory=list)
    document_language: str = "en"
    safe_phone: str | None = None
    may_leave_message: bool | None = None
    safe_times: str | None = None
    code_word: str | None = None
    do_not_tell: str | None = None


def open_new_case(
    session: Session,
    actor: Actor,
    client: NewClient,
    program: str | None = None,
    intervention_model: str = InterventionModel.STANDARD,
    opened_on: date | None = None,
) -> Case:
    require_case_content(actor)
    if client.document_language not in DOCUMENT_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The language for printed documents must be English, French or Spanish."
            )
        )
    if client.approximate_age is not None and not 0 < client.approximate_age < 130:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The approximate age must be between 1 and 129.")
        )
    record = Client(
        preferred_name=require_text(
            client.preferred_name, QT_TRANSLATE_NOOP("errors", "Her preferred name or alias")
        ),
        legal_name=optional_text(client.legal_name),
        pronouns=optional_text(client.pronouns),
        birth_date=client.birth_date,
        approximate_age=client.approximate_age,
        languages=", ".join(lang.strip() for lang in client.languages if lang.strip()) or None,
        document_language=client.document_language,
        safe_phone=optional_text(client.safe_phone),
        may_leave_message=client.may_leave_message,
        safe_times=optional_text(client.safe_times),
        code_word=optional_text(client.code_word),
        do_not_tell=optional_text(client.do_not_tell),
    )
    case = Case(
        client=record,
        program=optional_text(program),
        phase=Phase.ENGAGEMENT,
        intervention_model=require_choice(
            intervention_model,
            InterventionModel,
            QT_TRANSLATE_NOOP("errors", "The intervention model"),
        ),
        opened_on=opened_on or date.today(),
        last_contact_on=opened_on or date.today(),
    )
    session.add_all([record, case])
    session.flush()
    session.add(CaseAssignment(case_id=case.id, worker_id=actor.worker_id, lead=True))
    audit_chain.append(session, "case.create", actor.name, "case", case.id)
    return case


def open_case(session: Session, actor: Actor, case_id: str) -> Case:
    """Open a case to work on it; the opening is written to the audit trail."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    audit_chain.append(session, "case.open", actor.name, "case", case_id)
    return case


def share_case(session: Session, actor: Actor, case_id: str, worker_id: str) -> None:
    require_case_access(session, actor, case_id)
    worker = session.get(Worker, worker_id)
    if worker is None or not worker.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "That worker does not exist or is no longer active.")
        )
    if worker.role == Role.ADMIN:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "An administrator's account does not see case content: share it "
                "with a worker or a supervisor.",
            )
        )
    already = session.scalar(
        select(CaseAssignment.id).where(
            CaseAssignment.case_id == case_id, CaseAssignment.worker_id == worker_id
        )
    )
    if already is not None:
        return
    session.add(CaseAssignment(case_id=case_id, worker_id=worker_id, lead=False))
    audit_chain.append(session, "case.share", actor.name, "case", case_id)


def set_phase(session: Session, actor: Actor, case_id: str, phase: str) -> Case:
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    case.phase = require_choice(phase, Phase, QT_TRANSLATE_NOOP("errors", "The case phase"))
    if case.phase == Phase.CLOSED:
        case.closed_on = date.today()
    audit_chain.append(session, "case.phase", actor.name, "case", case_id)
    return case


def add_note(
    session: Session, actor: Actor, case_id: str, body: str, written_at: datetime | None = None
) -> Note:
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    note = Note(
        case_id=case_id,
        worker_id=actor.worker_id,
        written_at=written_at or utcnow(),
        body=require_text(body, QT_TRANSLATE_NOOP("errors", "The note")),
    )
    session.add(note)
    case.last_contact_on = max(case.last_contact_on or date.min, note.written_at.date())
    session.flush()
    return note


def assess_domain(
    session: Session,
    actor: Actor,
    case_id: str,
    domain: str,
    situation: str | None,
    need_level: str,
    client_priority: int | None = None,
    risks: str | None = None,
    assessed_on: date | None = None,
) -> AssessmentItem:
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    if client_priority is not None and not 1 <= client_priority <= 5:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Her priority must be between 1 (most important) and 5.")
        )
    item = AssessmentItem(
        case_id=case_id,
        domain=require_choice(domain, Domain, QT_TRANSLATE_NOOP("errors", "The domain")),
        situation=optional_text(situation),
        need_level=require_choice(
            need_level, NeedLevel, QT_TRANSLATE_NOOP("errors", "The need level")
        ),
        client_priority=client_priority,
        risks=optional_text(risks),
        assessed_on=assessed_on or date.today(),
    )
    session.add(item)
    session.flush()
    return item


def add_strength(session: Session, actor: Actor, case_id: str, description: str) -> Strength:
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    strength = Strength(
        case_id=case_id,
        description=require_text(description, QT_TRANSLATE_NOOP("errors", "The strength")),
    )
    session.add(strength)
    session.flush()
    return strength


def add_person(
    session: Session,
    actor: Actor,
    case_id: str,
    kind: str,
    name: str,
    relationship_or_role: str | None = None,
    organisation: str | None = None,
    phone: str | None = None,
    safe_to_contact: bool = False,
    consent_to_share: bool = False,
    list_on_plan: bool = False,
) -> Person:
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    person = Person(
        case_id=case_id,
        kind=require_choice(kind, PersonKind, QT_TRANSLATE_NOOP("errors", "The kind of person")),
        name=require_text(name, QT_TRANSLATE_NOOP("errors", "The person's name")),
        relationship_or_role=optional_text(relationship_or_role),
        organisation=optional_text(organisation),
        phone=optional_text(phone),
        safe_to_contact=safe_to_contact,
        consent_to_share=consent_to_share,
        list_on_plan=list_on_plan,
    )
    session.add(person)
    session.flush()
    return person


def record_consent(
    session: Session,
    actor: Actor,
    case_id: str,
    purpose: str,
    scope: str | None = None,
    given_on: date | None = None,
    expires_on: date | None = None,
) -> Consent:
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    given = given_on or date.today()
    if expires_on is not None and expires_on < given:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A consent cannot expire before it was given.")
        )
    consent = Consent(
        case_id=case_id,
        purpose=require_text(purpose, QT_TRANSLATE_NOOP("errors", "The purpose of the consent")),
        scope=optional_text(scope),
        given_on=given,
        expires_on=expires_on,
    )
    session.add(consent)
    session.flush()
    audit_chain.append(session, "consent.given", actor.name, "consent", consent.id)
    return consent


def withdraw_consent(session: Session, actor: Actor, consent_id: str) -> Consent:
    consent = get_live(session, Consent, consent_id)
    require_case_access(session, actor, consent.case_id)
    consent.withdrawn_on = date.today()
    audit_chain.append(session, "consent.withdrawn", actor.name, "consent", consent_id)
    return consent
