"""Her children and other dependants: recorded at intake, seen and kept up to date later.

A first name, initials or a nickname is enough (a mother may not want her children's
full names written down). Rows are soft-deleted, so a removal can be traced and a case
moved between laptops still agrees on what was removed. Once the case is closed its
household can be read but not changed.

The audit trail records that a dependant was added, changed or removed, with the record
type and id only: names and ages never leave the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import InvalidInput, get_live, optional_text, require_text
from shelterplan.core.vocab import Phase
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.base import utcnow
from shelterplan.store.models import Case, Dependant

MAX_AGE = 129
RECORD_TYPE = "dependant"


@dataclass(frozen=True)
class DependantEntry:
    """One child or dependant as a view shows it."""

    dependant_id: str
    case_id: str
    name: str
    age: int | None
    relationship_to_her: str | None
    with_her: bool
    notes: str | None


def _entry(record: Dependant) -> DependantEntry:
    return DependantEntry(
        dependant_id=record.id,
        case_id=record.case_id,
        name=record.name,
        age=record.age,
        relationship_to_her=record.relationship_to_her,
        with_her=bool(record.with_her),
        notes=record.notes,
    )


def _case_open_for_edits(session: Session, actor: Actor, case_id: str) -> Case:
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    if case.phase == Phase.CLOSED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "This case is closed; reopen it before changing her children and dependants.",
            )
        )
    return case


def _checked_age(age: int | None) -> int | None:
    if age is not None and (isinstance(age, bool) or not 0 <= age <= MAX_AGE):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "A child's or dependant's age must be between 0 and {limit}."
            ),
            limit=MAX_AGE,
        )
    return age


def _name(name: str) -> str:
    return require_text(name, QT_TRANSLATE_NOOP("errors", "The child's or dependant's name"))


def can_edit(session: Session, actor: Actor, case_id: str) -> bool:
    """Whether the household of this case may be changed (not once the case is closed)."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    return case.phase != Phase.CLOSED


def dependants(session: Session, actor: Actor, case_id: str) -> list[DependantEntry]:
    """The case's live dependants, in the order they were recorded."""
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    rows = session.scalars(
        select(Dependant)
        .where(Dependant.case_id == case_id, Dependant.deleted_at.is_(None))
        .order_by(Dependant.created_at, Dependant.id)
    )
    return [_entry(row) for row in rows]


def add_dependant(
    session: Session,
    actor: Actor,
    case_id: str,
    name: str,
    age: int | None = None,
    relationship_to_her: str | None = None,
    with_her: bool = True,
    notes: str | None = None,
) -> Dependant:
    """A child or dependant in her care; a first name, initials or nickname is enough."""
    _case_open_for_edits(session, actor, case_id)
    checked_age = _checked_age(age)
    dependant = Dependant(
        case_id=case_id,
        name=_name(name),
        age=checked_age,
        relationship_to_her=optional_text(relationship_to_her),
        with_her=with_her,
        notes=optional_text(notes),
    )
    session.add(dependant)
    session.flush()
    audit_chain.append(session, "dependant.add", actor.name, RECORD_TYPE, dependant.id)
    return dependant


def _editable_dependant(session: Session, actor: Actor, dependant_id: str) -> Dependant:
    dependant = get_live(session, Dependant, dependant_id)
    _case_open_for_edits(session, actor, dependant.case_id)
    return dependant


def update_dependant(
    session: Session,
    actor: Actor,
    dependant_id: str,
    *,
    name: str,
    age: int | None,
    relationship_to_her: str | None,
    with_her: bool,
    notes: str | None,
) -> DependantEntry:
    """Replace every detail of a dependant (a blank relationship or note is cleared)."""
    dependant = _editable_dependant(session, actor, dependant_id)
    checked_age = _checked_age(age)
    dependant.name = _name(name)
    dependant.age = checked_age
    dependant.relationship_to_her = optional_text(relationship_to_her)
    dependant.with_her = with_her
    dependant.notes = optional_text(notes)
    session.flush()
    audit_chain.append(session, "dependant.update", actor.name, RECORD_TYPE, dependant_id)
    return _entry(dependant)


def remove_dependant(session: Session, actor: Actor, dependant_id: str) -> None:
    """Take a dependant off the case (soft delete: the row stays, hidden)."""
    dependant = _editable_dependant(session, actor, dependant_id)
    dependant.deleted_at = utcnow()
    session.flush()
    audit_chain.append(session, "dependant.remove", actor.name, RECORD_TYPE, dependant_id)
