"""The agency's directory of local services, and referrals to them with a consent check.

The directory is agency data, not client data: every worker may search it, while only
supervisors and administrators maintain it, so one careless edit cannot send every
worker's clients to a wrong phone number. A service is removed softly: referrals made to
it keep naming it.

A referral that shares her details with a provider needs her consent to exactly that:
a consent of her case tied to the service (or, for consents recorded before the
directory existed, one whose scope names it), given, not withdrawn and not expired today.
Without one the referral is refused with a plain sentence saying what to do; the
service's name may appear in it because it is directory data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core import planning
from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.consents import NoConsent, valid_consent
from shelterplan.core.rules import InvalidInput, fold, get_live, require_choice, require_text
from shelterplan.core.vocab import Domain, Phase, ReferralStatus, Role
from shelterplan.errors import NotAllowed
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.base import utcnow
from shelterplan.store.models import Case, Goal, Referral, Service

# Details of a service besides its name, with the longest text each column holds.
DETAIL_LENGTHS: dict[str, int | None] = {
    "domain": None,
    "address": None,
    "phone": 60,
    "hours": None,
    "eligibility": None,
    "languages": 120,
    "notes": None,
}
NAME_LENGTH = 200
SEARCHED = ("name", "notes", "eligibility", "languages", "address")
# Statuses that close a referral: what came of it must be written down.
NEEDS_OUTCOME = (ReferralStatus.COMPLETED, ReferralStatus.DECLINED)


class ConsentMissing(NoConsent):
    """A referral would share her details without her consent to it; nothing was saved."""

    def __init__(self, service_name: str) -> None:
        super().__init__(
            service_name=service_name,
            message=QT_TRANSLATE_NOOP(
                "errors",
                "She has not consented to sharing her details with {service}. "
                "Record her consent first, or make the referral without sharing details.",
            ),
            service=service_name,
        )


@dataclass(frozen=True)
class ServiceEntry:
    service_id: str
    name: str
    domain: str | None
    address: str | None
    phone: str | None
    hours: str | None
    eligibility: str | None
    languages: str | None
    notes: str | None


@dataclass(frozen=True)
class ReferralResult:
    referral_id: str
    service_name: str
    shares_client_details: bool
    consent_id: str | None  # the consent the sharing rests on


@dataclass(frozen=True)
class ReferralEntry:
    referral_id: str
    service_id: str
    service_name: str
    service_phone: str | None
    service_removed: bool  # taken out of the directory since the referral was made
    goal_id: str | None
    goal_text: str | None  # the goal in her words, when the referral serves one
    status: str
    made_on: date | None
    outcome: str | None
    shares_client_details: bool
    created_at: datetime  # UTC, as stored


@dataclass(frozen=True)
class CaseReferrals:
    referrals: tuple[ReferralEntry, ...]  # newest first
    editable: bool  # False once the case is closed


def _entry(service: Service) -> ServiceEntry:
    return ServiceEntry(
        service.id,
        service.name,
        service.domain,
        service.address,
        service.phone,
        service.hours,
        service.eligibility,
        service.languages,
        service.notes,
    )


# --- reading the directory -----------------------------------------------------------
def search_services(
    session: Session, text: str = "", domain: str | None = None, limit: int = 100
) -> list[ServiceEntry]:
    """Live services whose name, notes, eligibility, languages or address hold every
    word typed, ignoring case and accents; sorted by name.

    Filtering happens here rather than in SQL: SQLite's LIKE folds ASCII case only, and
    a directory holds hundreds of services, not the caseload's hundred thousand rows.
    """
    query = select(Service).where(Service.deleted_at.is_(None))
    if domain:
        query = query.where(Service.domain == domain)
    words = fold(text).split()
    found = []
    for service in session.scalars(query):
        haystack = " ".join(fold(getattr(service, name)) for name in SEARCHED)
        if all(word in haystack for word in words):
            found.append(service)
    found.sort(key=lambda service: (fold(service.name), service.id))
    return [_entry(service) for service in found[: max(limit, 0)]]


def service(session: Session, service_id: str) -> ServiceEntry:
    return _entry(get_live(session, Service, service_id))


def may_maintain_directory(actor: Actor) -> bool:
    return actor.role == Role.SUPERVISOR or actor.administers


# --- maintaining the directory -------------------------------------------------------
def _require_maintainer(actor: Actor) -> None:
    if not may_maintain_directory(actor):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Only supervisors and administrators can change the service directory."
            )
        )


def _apply(target: Service, details: dict[str, str | None]) -> None:
    unknown = sorted(set(details) - set(DETAIL_LENGTHS))
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown service details: {names}."),
            names=", ".join(unknown),
        )
    for key, raw in details.items():
        value = raw.strip() if raw and raw.strip() else None
        if key == "domain" and value is not None:
            value = require_choice(value, Domain, QT_TRANSLATE_NOOP("errors", "The domain"))
        longest = DETAIL_LENGTHS[key]
        if value is not None and longest is not None and len(value) > longest:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "The service's {detail} is longer than {limit} characters."
                ),
                detail=key,
                limit=longest,
            )
        setattr(target, key, value)


def _name(name: str) -> str:
    cleaned = require_text(name, QT_TRANSLATE_NOOP("errors", "The service name"))
    if len(cleaned) > NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The service name is longer than {limit} characters."),
            limit=NAME_LENGTH,
        )
    return cleaned


def add_service(session: Session, actor: Actor, name: str, **details: str | None) -> ServiceEntry:
    _require_maintainer(actor)
    record = Service(name=_name(name))
    _apply(record, details)
    session.add(record)
    session.flush()
    audit_chain.append(session, "service.add", actor.name, "service", record.id)
    return _entry(record)


def update_service(
    session: Session, actor: Actor, service_id: str, name: str | None = None, **details: str | None
) -> ServiceEntry:
    """Change the details given (a detail given as None or blank is cleared)."""
    _require_maintainer(actor)
    record = get_live(session, Service, service_id)
    if name is not None:
        record.name = _name(name)
    _apply(record, details)
    session.flush()
    audit_chain.append(session, "service.update", actor.name, "service", service_id)
    return _entry(record)


def remove_service(session: Session, actor: Actor, service_id: str) -> None:
    """Take a service out of the directory; referrals to it keep naming it."""
    _require_maintainer(actor)
    record = get_live(session, Service, service_id)
    record.deleted_at = utcnow()
    audit_chain.append(session, "service.remove", actor.name, "service", service_id)


# --- referrals -----------------------------------------------------------------------
def matching_consent(
    session: Session, case_id: str, service_id: str, today: date | None = None
) -> str | None:
    """The id of a consent valid today to share her details with this service, if any
    (`consents.valid_consent` for this provider, whatever the consent's purpose)."""
    return valid_consent(session, case_id, None, service_id, today)


def refer_with_consent_check(
    session: Session,
    actor: Actor,
    case_id: str,
    service_id: str,
    goal_id: str | None = None,
    shares_client_details: bool = False,
    status: str = ReferralStatus.PROPOSED,
    today: date | None = None,
) -> ReferralResult:
    """Refer her to a service; sharing her details needs her matching consent first.

    Access is checked before consents are looked at, so a worker who may not see the case
    learns nothing about its consents from the refusal.
    """
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    target = get_live(session, Service, service_id)
    consent_id = None
    if shares_client_details:
        consent_id = matching_consent(session, case_id, service_id, today)
        if consent_id is None:
            raise ConsentMissing(target.name)
    referral = planning.refer(
        session,
        actor,
        case_id,
        service_id,
        goal_id,
        status=status,
        shares_client_details=shares_client_details,
    )
    return ReferralResult(referral.id, target.name, shares_client_details, consent_id)


def set_referral_status(
    session: Session,
    actor: Actor,
    referral_id: str,
    status: str,
    outcome: str | None = None,
    today: date | None = None,
) -> ReferralEntry:
    """Move a referral on. Completed and declined need what came of it (the outcome);
    an outcome not given keeps the one written before. A referral that shares her
    details is checked against her consent again when it is made: she may have
    withdrawn it since it was proposed."""
    referral = get_live(session, Referral, referral_id)
    case = get_live(session, Case, referral.case_id)
    require_case_access(session, actor, referral.case_id)
    if case.phase == Phase.CLOSED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "This case is closed; reopen it before changing its referrals."
            )
        )
    new_status = require_choice(
        status, ReferralStatus, QT_TRANSLATE_NOOP("errors", "The referral status")
    )
    day = today or date.today()
    written = outcome.strip() if outcome and outcome.strip() else None
    written = written or referral.outcome
    if new_status in NEEDS_OUTCOME:
        written = require_text(
            written, QT_TRANSLATE_NOOP("errors", "What came of the referral (the outcome)")
        )
    if (
        new_status == ReferralStatus.MADE
        and referral.shares_client_details
        and matching_consent(session, referral.case_id, referral.service_id, day) is None
    ):
        provider = session.get(Service, referral.service_id)  # named even if removed since
        raise ConsentMissing(provider.name if provider is not None else "")
    if new_status == ReferralStatus.PROPOSED:
        referral.made_on = None
    elif referral.made_on is None:
        referral.made_on = day
    referral.status = new_status
    referral.outcome = written
    session.flush()
    audit_chain.append(session, "referral.status", actor.name, "referral", referral_id)
    return _referral_entries(session, [referral])[0]


def case_referrals(session: Session, actor: Actor, case_id: str) -> CaseReferrals:
    """The case's referrals, newest first, and whether they may still be changed."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    referrals = session.scalars(
        select(Referral)
        .where(Referral.case_id == case_id, Referral.deleted_at.is_(None))
        .order_by(Referral.created_at.desc(), Referral.id)
    ).all()
    entries = tuple(_referral_entries(session, list(referrals)))
    return CaseReferrals(entries, editable=case.phase != Phase.CLOSED)


def _referral_entries(session: Session, referrals: list[Referral]) -> list[ReferralEntry]:
    service_ids = {r.service_id for r in referrals}
    goal_ids = {r.goal_id for r in referrals if r.goal_id is not None}
    services = {
        s.id: s for s in session.scalars(select(Service).where(Service.id.in_(service_ids)))
    }
    goals = dict(
        session.execute(select(Goal.id, Goal.in_her_words).where(Goal.id.in_(goal_ids))).all()
    )
    entries = []
    for referral in referrals:
        provider = services[referral.service_id]
        entries.append(
            ReferralEntry(
                referral_id=referral.id,
                service_id=referral.service_id,
                service_name=provider.name,
                service_phone=provider.phone,
                service_removed=provider.deleted_at is not None,
                goal_id=referral.goal_id,
                goal_text=goals.get(referral.goal_id) if referral.goal_id else None,
                status=referral.status,
                made_on=referral.made_on,
                outcome=referral.outcome,
                shares_client_details=referral.shares_client_details,
                created_at=referral.created_at,
            )
        )
    return entries
