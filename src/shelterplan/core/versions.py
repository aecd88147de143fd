"""Plan versions: a frozen, hashed snapshot of the plan as it was printed and signed.

Plan versions are append-only. The snapshot is canonical JSON (sorted keys, fixed
order of goals and steps), so the same plan always gives the same SHA-256.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import InvalidInput, get_live
from shelterplan.core.vocab import DOCUMENT_LANGUAGES
from shelterplan.errors import NotFound, StoreTampered
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.base import utcnow
from shelterplan.store.models import (
    Case,
    Goal,
    Option,
    Person,
    PlanVersion,
    Referral,
    Service,
    Step,
)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


def plan_snapshot(session: Session, case_id: str) -> dict[str, Any]:
    """Everything the printed plan shows, as plain data."""
    case = get_live(session, Case, case_id)
    goals = session.scalars(
        select(Goal).where(Goal.case_id == case_id, _live(Goal)).order_by(Goal.position, Goal.id)
    ).all()
    steps_by_goal: dict[str, list[dict[str, Any]]] = {}
    for step in session.scalars(
        select(Step).where(Step.case_id == case_id, _live(Step)).order_by(Step.position, Step.id)
    ):
        steps_by_goal.setdefault(step.goal_id, []).append(
            {
                "id": step.id,
                "action": step.action,
                "responsible": step.responsible,
                "responsible_name": step.responsible_name,
                "due_on": _iso(step.due_on),
                "appointment_at": _iso(step.appointment_at),
                "appointment_place": step.appointment_place,
                "instructions": step.instructions,
                "documents_needed": step.documents_needed,
                "status": step.status,
                "outcome": step.outcome,
                "outcome_on": _iso(step.outcome_on),
                "not_for_client": step.not_for_client,
            }
        )
    chosen = {
        option.goal_id: {"description": option.description, "reason": option.reason}
        for option in session.scalars(
            select(Option)
            .join(Goal, Goal.id == Option.goal_id)
            .where(Goal.case_id == case_id, Option.chosen.is_(True), _live(Option))
        )
    }
    referrals = [
        {
            "service": service.name,
            "address": service.address,
            "phone": service.phone,
            "hours": service.hours,
            "status": referral.status,
            "outcome": referral.outcome,
            "goal_id": referral.goal_id,
            "not_for_client": referral.not_for_client,
        }
        for referral, service in session.execute(
            select(Referral, Service)
            .join(Service, Service.id == Referral.service_id)
            .where(Referral.case_id == case_id, _live(Referral))
            .order_by(Service.name, Referral.id)
        )
    ]
    people = [
        {
            "kind": person.kind,
            "name": person.name,
            "relationship_or_role": person.relationship_or_role,
            "organisation": person.organisation,
            "phone": person.phone if person.safe_to_contact else None,
        }
        for person in session.scalars(
            select(Person)
            .where(Person.case_id == case_id, Person.list_on_plan.is_(True), _live(Person))
            .order_by(Person.kind, Person.name, Person.id)
        )
    ]
    client = case.client
    return {
        "case_id": case.id,
        "client": {"preferred_name": client.preferred_name},
        "opened_on": _iso(case.opened_on),
        # The agency's copy only: how to reach her safely. Never on her take-home copy.
        "safety_notes": {
            "safe_phone": client.safe_phone,
            "may_leave_message": client.may_leave_message,
            "safe_times": client.safe_times,
            "do_not_tell": client.do_not_tell,
        },
        "document_language": client.document_language,
        "goals": [
            {
                "id": goal.id,
                "parent_id": goal.parent_id,
                "kind": goal.kind,
                "domain": goal.domain,
                "in_her_words": goal.in_her_words,
                "target_on": _iso(goal.target_on),
                "status": goal.status,
                "concurrent_theme": goal.concurrent_theme,
                "chosen_option": chosen.get(goal.id),
                "steps": steps_by_goal.get(goal.id, []),
                "not_for_client": goal.not_for_client,
            }
            for goal in goals
        ],
        "referrals": referrals,
        "people": people,
        "next_review_on": _iso(case.next_review_on),
    }


def canonical_json(snapshot: dict[str, Any]) -> str:
    return json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_fingerprint(snapshot: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(snapshot).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Signatory:
    role: str  # client, worker, supervisor, other
    name: str
    # A signature drawn on screen: strokes of (x, y) points in 0..1, y downwards.
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"role": self.role, "name": self.name}
        if self.strokes:
            data["strokes"] = [[[round(x, 4), round(y, 4)] for x, y in s] for s in self.strokes]
        return data


def next_version_number(session: Session, case_id: str) -> int:
    last = session.scalar(
        select(func.max(PlanVersion.number)).where(PlanVersion.case_id == case_id)
    )
    return (last or 0) + 1


def freeze_plan_version(
    session: Session,
    actor: Actor,
    case_id: str,
    language: str | None = None,
    signatories: list[Signatory] | None = None,
    signed_at: datetime | None = None,
    pdf: bytes | None = None,
    snapshot: dict[str, Any] | None = None,
) -> PlanVersion:
    """Freeze the plan into the next version number.

    `snapshot` is the plan exactly as printed (taken now when not given); `pdf` is the
    signed document itself, kept so the paper she signed can be printed again exactly.
    """
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    chosen_language = language or case.client.document_language
    if chosen_language not in DOCUMENT_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A plan is printed in English, French or Spanish.")
        )
    if snapshot is None:
        snapshot = plan_snapshot(session, case_id)
    version = PlanVersion(
        case_id=case_id,
        number=next_version_number(session, case_id),
        language=chosen_language,
        snapshot=canonical_json(snapshot),
        content_sha256=content_fingerprint(snapshot),
        pdf_sha256=hashlib.sha256(pdf).hexdigest() if pdf is not None else None,
        pdf=pdf,
        signatories=json.dumps([s.as_json() for s in signatories or []], ensure_ascii=False),
        signed_at=signed_at or (utcnow() if signatories else None),
    )
    session.add(version)
    session.flush()
    action = "plan.sign" if version.signed_at is not None else "plan.freeze"
    audit_chain.append(session, action, actor.name, "plan_version", version.id)
    return version


def stored_signatories(raw: str | None) -> tuple[Signatory, ...]:
    """The signatories a version holds; tolerant of older entries without strokes."""
    try:
        listed = json.loads(raw or "[]")
    except ValueError:
        return ()
    found = []
    for item in listed if isinstance(listed, list) else []:
        if not isinstance(item, dict) or not item.get("name"):
            continue
        strokes = tuple(
            tuple((float(x), float(y)) for x, y in stroke) for stroke in item.get("strokes") or []
        )
        found.append(Signatory(str(item.get("role", "other")), str(item["name"]), strokes))
    return tuple(found)


def signed_pdf(session: Session, actor: Actor, version_id: str) -> tuple[PlanVersion, bytes]:
    """The PDF a version was signed as, checked against the SHA-256 stored with it."""
    version = session.get(PlanVersion, version_id)
    if version is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That plan version no longer exists."))
    require_case_access(session, actor, version.case_id)
    data = version.pdf
    if data is None or version.pdf_sha256 is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "Version {number} was recorded without its printed copy, so it cannot "
                "be printed again exactly. Print the current plan instead.",
            ),
            number=version.number,
        )
    if hashlib.sha256(data).hexdigest() != version.pdf_sha256:
        raise StoreTampered(
            QT_TRANSLATE_NOOP(
                "errors",
                "The stored copy of version {number} does not match its fingerprint. "
                "Do not print it; run 'shelterplan verify' and ask your administrator.",
            ),
            number=version.number,
        )
    audit_chain.append(session, "plan.reprint", actor.name, "plan_version", version.id)
    return version, data


def changed_since_last_version(session: Session, case_id: str) -> bool:
    last = session.scalar(
        select(PlanVersion.content_sha256)
        .where(PlanVersion.case_id == case_id)
        .order_by(PlanVersion.number.desc())
        .limit(1)
    )
    return last != content_fingerprint(plan_snapshot(session, case_id))
