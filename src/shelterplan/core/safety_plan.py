"""Her safety plan: the part of the case that keeps her safe while the plan is carried out.

The seeds make promoting her safety a guiding principle, so for women fleeing violence
the case plan sits beside a safety plan: warning signs, safe places, people to call and a
code word, emergency numbers, what to keep ready, the children, work and online. A case
has at most one live safety plan; saving edits it in place (the row version records each
change) and stamps it reviewed today, because saving is going over it with her.

The audit trail records that the plan was saved or reviewed (record type and id only):
its content is among the most dangerous data in the store and never leaves its row. Its
code word is, like the client's, kept off the screen until asked for on purpose, and
that asking is audited too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import InvalidInput, get_live
from shelterplan.core.vocab import Phase
from shelterplan.errors import NotFound
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.models import Case, SafetyPlan

# The sections, in the order they are talked through and shown.
SECTIONS = (
    "warning_signs",
    "safe_places",
    "people_to_call",
    "code_word",
    "emergency_numbers",
    "documents_and_items",
    "children_safety",
    "work_safety",
    "online_safety",
)
CODE_WORD_LENGTH = 120  # the column's length; SQLite would not refuse a longer one
RECORD_TYPE = "safety_plan"


@dataclass(frozen=True)
class SafetyPlanView:
    """The plan as a tab shows it. The code word itself is not here: only whether one
    exists (`has_code_word`); `reveal_code_word` fetches it when the worker asks."""

    plan_id: str
    case_id: str
    warning_signs: str | None
    safe_places: str | None
    people_to_call: str | None
    has_code_word: bool
    emergency_numbers: str | None
    documents_and_items: str | None
    children_safety: str | None
    work_safety: str | None
    online_safety: str | None
    reviewed_on: date | None
    updated_at: datetime  # UTC, as stored
    editable: bool  # False once the case is closed: the plan can be read, not changed


def _live_plan(session: Session, case_id: str) -> SafetyPlan | None:
    return session.scalar(
        select(SafetyPlan)
        .where(SafetyPlan.case_id == case_id, SafetyPlan.deleted_at.is_(None))
        .order_by(SafetyPlan.created_at)
        .limit(1)
    )


def _case_open_for_edits(session: Session, actor: Actor, case_id: str) -> Case:
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    if case.phase == Phase.CLOSED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "This case is closed; reopen it before changing the safety plan."
            )
        )
    return case


def can_edit(session: Session, actor: Actor, case_id: str) -> bool:
    """Whether the safety plan of this case may be written (it may not once closed)."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    return case.phase != Phase.CLOSED


def safety_plan(session: Session, actor: Actor, case_id: str) -> SafetyPlanView | None:
    """The case's safety plan, or None when none was made yet."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    plan = _live_plan(session, case_id)
    if plan is None:
        return None
    return SafetyPlanView(
        plan_id=plan.id,
        case_id=case_id,
        warning_signs=plan.warning_signs,
        safe_places=plan.safe_places,
        people_to_call=plan.people_to_call,
        has_code_word=bool(plan.code_word),
        emergency_numbers=plan.emergency_numbers,
        documents_and_items=plan.documents_and_items,
        children_safety=plan.children_safety,
        work_safety=plan.work_safety,
        online_safety=plan.online_safety,
        reviewed_on=plan.reviewed_on,
        updated_at=plan.updated_at,
        editable=case.phase != Phase.CLOSED,
    )


def _cleaned(fields: dict[str, str | None]) -> dict[str, str | None]:
    """Known sections only; blank means "nothing written", kept as NULL.

    Text keeps its inner line breaks and spacing: lists of numbers and places are laid
    out by the worker and her, and must come back as they were typed.
    """
    unknown = sorted(set(fields) - set(SECTIONS))
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A safety plan has no section called: {names}."),
            names=", ".join(unknown),
        )
    cleaned: dict[str, str | None] = {}
    for name, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Each section of the safety plan is text.")
            )
        cleaned[name] = value.strip() if value and value.strip() else None
    code_word = cleaned.get("code_word")
    if code_word is not None and len(code_word) > CODE_WORD_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The code word is longer than {limit} characters."),
            limit=CODE_WORD_LENGTH,
        )
    return cleaned


def save_safety_plan(
    session: Session,
    actor: Actor,
    case_id: str,
    fields: dict[str, str | None],
    today: date | None = None,
) -> str:
    """Create the case's safety plan or update the live one; returns its id.

    Only the sections given are changed, so a tab that never fetched the code word
    leaves it alone by not sending it. A new plan with nothing written is refused rather
    than stored as an empty promise of safety.
    """
    _case_open_for_edits(session, actor, case_id)
    cleaned = _cleaned(fields)
    plan = _live_plan(session, case_id)
    if plan is None:
        if not any(cleaned.values()):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The safety plan is empty, so nothing was saved.")
            )
        plan = SafetyPlan(case_id=case_id)
        session.add(plan)
    for name, value in cleaned.items():
        setattr(plan, name, value)
    plan.reviewed_on = today or date.today()
    session.flush()
    audit_chain.append(session, "safety_plan.save", actor.name, RECORD_TYPE, plan.id)
    return plan.id


def mark_reviewed(session: Session, actor: Actor, case_id: str, today: date | None = None) -> date:
    """Record that the plan was gone over with her and still holds, without changing it."""
    _case_open_for_edits(session, actor, case_id)
    plan = _live_plan(session, case_id)
    if plan is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no safety plan for this case yet; write one first."
            )
        )
    plan.reviewed_on = today or date.today()
    session.flush()
    audit_chain.append(session, "safety_plan.review", actor.name, RECORD_TYPE, plan.id)
    return plan.reviewed_on


def reveal_code_word(session: Session, actor: Actor, case_id: str) -> str | None:
    """The safety plan's code word, asked for on purpose; every reveal is audited."""
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    plan = _live_plan(session, case_id)
    if plan is None:
        return None
    audit_chain.append(session, "safety_plan.code_word.show", actor.name, RECORD_TYPE, plan.id)
    return plan.code_word
