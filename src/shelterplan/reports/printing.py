"""From a case in the store to a printed document: gathers what `core` knows, renders it.

`reports` reads from `core` (DESIGN §3). Every print, saved copy and signature is written
to the audit trail here, with the record's id only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.agency import agency_details
from shelterplan.core.consents import require_third_party_consent
from shelterplan.core.progress import progress
from shelterplan.core.rules import InvalidInput, get_live
from shelterplan.core.safety_plan import SECTIONS, reveal_code_word, safety_plan
from shelterplan.core.versions import (
    Signatory,
    content_fingerprint,
    freeze_plan_version,
    next_version_number,
    plan_snapshot,
)
from shelterplan.core.vocab import DOCUMENT_LANGUAGES
from shelterplan.errors import NotFound
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.reports.model import (
    Agency,
    Audience,
    PaperSize,
    PlanPrint,
    ProgressPrint,
    RenderedPdf,
    SafetyPrint,
    SignatoryRole,
    SignatureBlock,
)
from shelterplan.reports.plan_pdf import render_plan
from shelterplan.reports.progress_pdf import render_progress
from shelterplan.reports.safety_pdf import render_safety_plan
from shelterplan.store import audit_chain
from shelterplan.store.models import Case, PlanVersion, Referral, Service


def _language(case: Case, language: str | None) -> str:
    chosen = language or case.client.document_language
    if chosen not in DOCUMENT_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A plan is printed in English, French or Spanish.")
        )
    return chosen


def _agency(session: Session) -> tuple[Agency, PaperSize]:
    details = agency_details(session)
    agency = Agency(details.name, details.address, details.phone, details.logo)
    return agency, PaperSize(details.paper)


def default_blocks(
    case: Case, actor: Actor, extra: SignatoryRole | None = None
) -> tuple[SignatureBlock, ...]:
    """Client and worker always sign; a supervisor or another person when asked."""
    blocks = [
        SignatureBlock(SignatoryRole.CLIENT, case.client.preferred_name),
        SignatureBlock(SignatoryRole.WORKER, actor.name),
    ]
    if extra is not None:
        blocks.append(SignatureBlock(extra))
    return tuple(blocks)


def plan_print(
    session: Session,
    actor: Actor,
    case_id: str,
    *,
    language: str | None = None,
    audience: Audience = Audience.FULL,
    large_print: bool = False,
    extra_signatory: SignatoryRole | None = None,
    today: date | None = None,
) -> PlanPrint:
    """The plan as it stands, as the next version (the one about to be signed)."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    snapshot = plan_snapshot(session, case_id)
    agency, paper = _agency(session)
    return PlanPrint(
        snapshot=snapshot,
        fingerprint=content_fingerprint(snapshot),
        version_number=next_version_number(session, case_id),
        language=_language(case, language),
        printed_on=today or date.today(),
        agency=agency,
        audience=audience,
        large_print=large_print,
        paper=paper,
        signatures=default_blocks(case, actor, extra_signatory),
    )


def render_case_plan(
    session: Session, actor: Actor, case_id: str, **options: object
) -> RenderedPdf:
    """Render the current plan in memory (a preview: nothing is audited yet)."""
    return render_plan(plan_print(session, actor, case_id, **options))  # type: ignore[arg-type]


def record_output(session: Session, actor: Actor, case_id: str, how: str) -> None:
    """Audit that a document left the store: printed on paper, or saved as a file."""
    if how not in (
        "plan.print",
        "plan.save_pdf",
        "safety_plan.print",
        "safety_plan.save_pdf",
        "progress.print",
        "progress.save_pdf",
    ):
        raise ValueError(how)
    require_case_access(session, actor, case_id)
    audit_chain.append(session, how, actor.name, "case", case_id)


def provider_choices(session: Session, actor: Actor, case_id: str) -> list[tuple[str, str]]:
    """(service id, name) of the providers she was referred to: who a copy could go to."""
    require_case_access(session, actor, case_id)
    rows = session.execute(
        select(Service.id, Service.name)
        .join(Referral, Referral.service_id == Service.id)
        .where(Referral.case_id == case_id, Referral.deleted_at.is_(None))
        .distinct()
        .order_by(Service.name)
    ).all()
    return [(service_id, name) for service_id, name in rows]


def check_provider_copy(
    session: Session, actor: Actor, case_id: str, service_id: str, today: date | None = None
) -> None:
    """A copy of her plan for a provider needs her consent to share with that provider."""
    require_case_access(session, actor, case_id)
    require_third_party_consent(session, case_id, service_id, today)


def record_provider_copy(session: Session, actor: Actor, case_id: str, service_id: str) -> None:
    """Audit that a copy of her plan went to a provider (printed or saved)."""
    check_provider_copy(session, actor, case_id, service_id)
    audit_chain.append(session, "plan.provider_copy", actor.name, "service", service_id)


def sign_plan(
    session: Session,
    actor: Actor,
    case_id: str,
    *,
    blocks: Sequence[SignatureBlock],
    signed_on: date,
    language: str | None = None,
    large_print: bool = False,
    expected_fingerprint: str | None = None,
) -> PlanVersion:
    """Freeze the plan as signed: its snapshot, the signed PDF and that PDF's SHA-256.

    `expected_fingerprint` is the fingerprint on the paper that was signed; if the plan
    changed since it was printed, nothing is frozen and the worker is told to print again.
    """
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    if signed_on > date.today():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A plan cannot be signed on a date in the future.")
        )
    roles = {block.role for block in blocks if block.name.strip()}
    if not {SignatoryRole.CLIENT, SignatoryRole.WORKER} <= roles:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Both she and the worker sign the plan: give both names.")
        )
    snapshot = plan_snapshot(session, case_id)
    fingerprint = content_fingerprint(snapshot)
    if expected_fingerprint is not None and not fingerprint.startswith(expected_fingerprint):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The plan has changed since this copy was printed. Print it again, go over "
                "the changes with her, and sign the new copy.",
            )
        )
    agency, paper = _agency(session)
    signed = tuple(
        SignatureBlock(block.role, block.name.strip(), signed_on, block.strokes)
        for block in blocks
        if block.name.strip()
    )
    document = render_plan(
        PlanPrint(
            snapshot=snapshot,
            fingerprint=fingerprint,
            version_number=next_version_number(session, case_id),
            language=_language(case, language),
            printed_on=signed_on,
            agency=agency,
            audience=Audience.FULL,
            large_print=large_print,
            paper=paper,
            signatures=signed,
            signed=True,
        )
    )
    return freeze_plan_version(
        session,
        actor,
        case_id,
        language=_language(case, language),
        signatories=[Signatory(b.role.value, b.name, b.strokes) for b in signed],
        # Today: the moment of signing. An earlier day (paper signed before it was
        # recorded): noon of that day.
        signed_at=None if signed_on == date.today() else datetime.combine(signed_on, time(12)),
        pdf=document.data,
        snapshot=snapshot,
    )


def safety_print(
    session: Session,
    actor: Actor,
    case_id: str,
    *,
    language: str | None = None,
    pocket_card: bool = False,
    large_print: bool = False,
    with_code_word: bool = False,
    today: date | None = None,
) -> SafetyPrint:
    """Her safety plan for printing. The code word is printed only when asked for."""
    case = get_live(session, Case, case_id)
    view = safety_plan(session, actor, case_id)
    if view is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no safety plan for this case yet."))
    sections: dict[str, str] = {}
    for key in SECTIONS:
        if key == "code_word":
            word = reveal_code_word(session, actor, case_id) if with_code_word else None
            if word:
                sections[key] = word
            continue
        text = getattr(view, key)
        if text and text.strip():
            sections[key] = text.strip()
    _, paper = _agency(session)
    return SafetyPrint(
        sections=sections,
        language=_language(case, language),
        printed_on=today or date.today(),
        pocket_card=pocket_card,
        large_print=large_print,
        paper=paper,
    )


def progress_print(
    session: Session,
    actor: Actor,
    case_id: str,
    *,
    language: str | None = None,
    large_print: bool = False,
    today: date | None = None,
) -> ProgressPrint:
    """Her progress page, in her document language unless another is chosen."""
    case = get_live(session, Case, case_id)
    day = today or date.today()
    found = progress(session, actor, case_id, day)
    _, paper = _agency(session)
    return ProgressPrint(
        progress=found,
        language=_language(case, language),
        printed_on=day,
        large_print=large_print,
        paper=paper,
    )


def render_case_progress(
    session: Session, actor: Actor, case_id: str, **options: object
) -> RenderedPdf:
    return render_progress(progress_print(session, actor, case_id, **options))  # type: ignore[arg-type]


def render_case_safety_plan(
    session: Session, actor: Actor, case_id: str, **options: object
) -> RenderedPdf:
    return render_safety_plan(safety_print(session, actor, case_id, **options))  # type: ignore[arg-type]
