"""Read models of the case workspace tabs (overview, assessment, notes, reviews/versions).

Each function takes a session the caller opens for a moment and returns frozen plain
data, so a tab can show a case without keeping ORM objects or a session alive while the
worker and the client talk. Everything is checked against `require_case_access` first.
Values that need words (rule codes, change kinds, vocabulary) stay codes here: the UI
translates them into the worker's screen language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.plan_diff import PlanChange, plan_changes
from shelterplan.core.rules import get_live
from shelterplan.core.versions import Signatory, plan_snapshot, stored_signatories
from shelterplan.core.vocab import Domain, PersonKind
from shelterplan.store import audit_chain
from shelterplan.store.models import (
    AssessmentItem,
    Case,
    CaseAssignment,
    Consent,
    Note,
    Person,
    PlanVersion,
    Review,
    Strength,
    Worker,
)

FINGERPRINT_LENGTH = 12
R = TypeVar("R")


def _copy(row_type: type[R], record: Any, **given: Any) -> R:
    """A frozen read row from an ORM record: same-named fields copied, the rest given."""
    names = {f.name for f in fields(row_type)} - given.keys()  # type: ignore[arg-type]
    return row_type(**{name: getattr(record, name) for name in names}, **given)


# --- overview ----------------------------------------------------------------------------
class SafeContactRule(StrEnum):
    """One thing every worker must respect before contacting her."""

    DO_NOT_TELL = "do_not_tell"  # text: whom not to tell that she is here
    NO_MESSAGES = "no_messages"  # she said: never leave a message
    MESSAGES_UNKNOWN = "messages_unknown"  # nobody asked yet: treat as "no message"
    MESSAGES_OK = "messages_ok"
    NO_PHONE = "no_phone"  # no safe phone: contact in person only
    SAFE_PHONE = "safe_phone"  # text: the safe number
    SAFE_TIMES = "safe_times"  # text: when contact is safe
    CODE_WORD = "code_word"  # a code word exists; its value is never in the overview


@dataclass(frozen=True)
class SafeContact:
    rule: SafeContactRule
    text: str | None = None


class ConsentState(StrEnum):
    VALID = "valid"
    NOT_GIVEN = "not_given"
    NOT_YET = "not_yet"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


@dataclass(frozen=True)
class ConsentEntry:
    consent_id: str
    purpose: str
    scope: str | None
    given_on: date | None
    withdrawn_on: date | None
    expires_on: date | None

    def state_on(self, today: date) -> ConsentState:
        """Withdrawal wins over expiry: it is the stronger statement of her wishes."""
        if self.withdrawn_on is not None and self.withdrawn_on <= today:
            return ConsentState.WITHDRAWN
        if self.given_on is None:
            return ConsentState.NOT_GIVEN
        if self.given_on > today:
            return ConsentState.NOT_YET
        if self.expires_on is not None and self.expires_on < today:
            return ConsentState.EXPIRED
        return ConsentState.VALID

    def valid_on(self, today: date) -> bool:
        return self.state_on(today) == ConsentState.VALID


@dataclass(frozen=True)
class PersonEntry:
    person_id: str
    kind: str
    name: str
    relationship_or_role: str | None
    organisation: str | None
    phone: str | None
    safe_to_contact: bool
    consent_to_share: bool


@dataclass(frozen=True)
class CaseOverview:
    case_id: str
    preferred_name: str
    legal_name: str | None
    pronouns: str | None
    birth_date: date | None
    approximate_age: int | None
    languages: tuple[str, ...]
    document_language: str
    phase: str
    program: str | None
    opened_on: date
    lead_worker: str | None
    safe_contact: tuple[SafeContact, ...]
    support_people: tuple[PersonEntry, ...]
    team: tuple[PersonEntry, ...]
    consents: tuple[ConsentEntry, ...]

    def age_on(self, today: date) -> int | None:
        """Her age from the birth date when known, else the age she gave at intake."""
        if self.birth_date is None:
            return self.approximate_age
        before_birthday = (today.month, today.day) < (self.birth_date.month, self.birth_date.day)
        return today.year - self.birth_date.year - before_birthday

    @property
    def rules(self) -> tuple[SafeContactRule, ...]:
        return tuple(item.rule for item in self.safe_contact)


def _safe_contact(client: Any) -> tuple[SafeContact, ...]:
    """The rules in the order they matter: who must not know, then how not to call."""
    rules: list[SafeContact] = []
    if client.do_not_tell:
        rules.append(SafeContact(SafeContactRule.DO_NOT_TELL, client.do_not_tell))
    messages = {
        False: SafeContactRule.NO_MESSAGES,
        None: SafeContactRule.MESSAGES_UNKNOWN,
        True: SafeContactRule.MESSAGES_OK,
    }[client.may_leave_message]
    rules.append(SafeContact(messages))
    if client.safe_phone:
        rules.append(SafeContact(SafeContactRule.SAFE_PHONE, client.safe_phone))
    else:
        rules.append(SafeContact(SafeContactRule.NO_PHONE))
    if client.safe_times:
        rules.append(SafeContact(SafeContactRule.SAFE_TIMES, client.safe_times))
    if client.code_word:
        rules.append(SafeContact(SafeContactRule.CODE_WORD))
    return tuple(rules)


def _lead_worker(session: Session, case_id: str) -> str | None:
    return session.scalar(
        select(Worker.name)
        .join(CaseAssignment, CaseAssignment.worker_id == Worker.id)
        .where(CaseAssignment.case_id == case_id)
        .order_by(CaseAssignment.lead.desc(), CaseAssignment.created_at)
        .limit(1)
    )


def case_overview(session: Session, actor: Actor, case_id: str) -> CaseOverview:
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    client = case.client
    people = [
        _copy(PersonEntry, p, person_id=p.id)
        for p in session.scalars(
            select(Person)
            .where(Person.case_id == case_id, Person.deleted_at.is_(None))
            .order_by(Person.name, Person.id)
        )
    ]
    consents = tuple(
        _copy(ConsentEntry, c, consent_id=c.id)
        for c in session.scalars(
            select(Consent)
            .where(Consent.case_id == case_id)
            .order_by(Consent.given_on.desc(), Consent.created_at.desc())
        )
    )
    languages = (part.strip() for part in (client.languages or "").split(","))
    return _copy(
        CaseOverview,
        client,
        case_id=case.id,
        languages=tuple(language for language in languages if language),
        phase=case.phase,
        program=case.program,
        opened_on=case.opened_on,
        lead_worker=_lead_worker(session, case_id),
        safe_contact=_safe_contact(client),
        support_people=tuple(p for p in people if p.kind == PersonKind.SUPPORT),
        team=tuple(p for p in people if p.kind != PersonKind.SUPPORT),
        consents=consents,
    )


def reveal_code_word(session: Session, actor: Actor, case_id: str) -> str | None:
    """The code word, asked for on purpose; every reveal is written to the audit trail."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    audit_chain.append(session, "client.code_word.show", actor.name, "case", case_id)
    return case.client.code_word


# --- assessment --------------------------------------------------------------------------
@dataclass(frozen=True)
class AssessmentEntry:
    item_id: str
    domain: str
    need_level: str
    client_priority: int | None
    situation: str | None
    risks: str | None
    assessed_on: date


@dataclass(frozen=True)
class CaseAssessment:
    items: tuple[AssessmentEntry, ...]  # the latest per domain, in intake order
    strengths: tuple[str, ...]


def assessment(session: Session, actor: Actor, case_id: str) -> CaseAssessment:
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    latest: dict[str, AssessmentEntry] = {}
    for item in session.scalars(
        select(AssessmentItem)
        .where(AssessmentItem.case_id == case_id, AssessmentItem.deleted_at.is_(None))
        .order_by(AssessmentItem.assessed_on, AssessmentItem.created_at)
    ):
        latest[item.domain] = _copy(AssessmentEntry, item, item_id=item.id)
    order = {domain.value: index for index, domain in enumerate(Domain)}
    items = sorted(latest.values(), key=lambda entry: order.get(entry.domain, len(order)))
    strengths = session.scalars(
        select(Strength.description)
        .where(Strength.case_id == case_id, Strength.deleted_at.is_(None))
        .order_by(Strength.created_at, Strength.id)
    ).all()
    return CaseAssessment(tuple(items), tuple(strengths))


# --- notes -------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoteEntry:
    note_id: str
    written_at: datetime  # UTC, as stored
    worker_name: str | None
    body: str


def notes_timeline(
    session: Session, actor: Actor, case_id: str, limit: int = 200
) -> list[NoteEntry]:
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    rows = session.execute(
        select(Note.id, Note.written_at, Worker.name, Note.body)
        .outerjoin(Worker, Worker.id == Note.worker_id)
        .where(Note.case_id == case_id, Note.deleted_at.is_(None))
        .order_by(Note.written_at.desc(), Note.created_at.desc(), Note.id)
        .limit(limit)
    )
    return [NoteEntry(*row) for row in rows]


# --- reviews and plan versions -----------------------------------------------------------
@dataclass(frozen=True)
class ReviewEntry:
    review_id: str
    held_on: date
    summary: str | None
    next_review_on: date | None
    worker_name: str | None


@dataclass(frozen=True)
class VersionEntry:
    version_id: str
    number: int
    language: str
    signed_at: datetime | None  # UTC, as stored; None for a draft
    signatories: tuple[Signatory, ...]
    fingerprint: str  # the first 12 hex digits of the content SHA-256
    has_pdf: bool = False  # the signed PDF is kept, so it can be printed again exactly

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class ReviewsAndVersions:
    reviews: tuple[ReviewEntry, ...]  # newest first
    versions: tuple[VersionEntry, ...]  # newest first
    ever_signed: bool
    last_signed_number: int | None
    changes_since_signed: tuple[PlanChange, ...]  # empty if unchanged or never signed


def reviews_and_versions(session: Session, actor: Actor, case_id: str) -> ReviewsAndVersions:
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    reviews = tuple(
        ReviewEntry(*row)
        for row in session.execute(
            select(Review.id, Review.held_on, Review.summary, Review.next_review_on, Worker.name)
            .outerjoin(Worker, Worker.id == Review.worker_id)
            .where(Review.case_id == case_id, Review.deleted_at.is_(None))
            .order_by(Review.held_on.desc(), Review.created_at.desc())
        )
    )
    stored = session.scalars(
        select(PlanVersion)
        .where(PlanVersion.case_id == case_id)
        .order_by(PlanVersion.number.desc())
    ).all()
    versions = tuple(
        VersionEntry(
            v.id,
            v.number,
            v.language,
            v.signed_at,
            stored_signatories(v.signatories),
            v.content_sha256[:FINGERPRINT_LENGTH],
            v.pdf_sha256 is not None,
        )
        for v in stored
    )
    last_signed = next((v for v in stored if v.signed_at is not None), None)
    changes: tuple[PlanChange, ...] = ()
    if last_signed is not None:
        changes = tuple(
            plan_changes(json.loads(last_signed.snapshot), plan_snapshot(session, case_id))
        )
    return ReviewsAndVersions(
        reviews=reviews,
        versions=versions,
        ever_signed=last_signed is not None,
        last_signed_number=last_signed.number if last_signed is not None else None,
        changes_since_signed=changes,
    )
