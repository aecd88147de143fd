"""Edits made in place in the plan tree, each returning what is needed to undo it.

The Plan tab keeps an undo stack of these changes; undo and redo go back through the
same checks as the first edit (the case must be open, a done or missed step needs its
outcome), so an undo can never write what the use cases would refuse. Plan edits are not
written to the audit trail; the ORM bumps each row's version, which later sync relies on.

Undo and redo also refuse when the step no longer holds the value they expect (it was
changed in another window since): never a silent overwrite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.planning import record_step_outcome
from shelterplan.core.rules import (
    InvalidInput,
    get_live,
    optional_text,
    require_choice,
    require_text,
)
from shelterplan.core.vocab import Phase, Responsible, StepStatus
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.models import Case, Goal, Step

StepField = Literal["due_on", "responsible", "action"]

# Marking a step done or missed asks what happened; the UI asks before it calls us.
OUTCOME_NEEDED: frozenset[str] = frozenset({StepStatus.DONE, StepStatus.MISSED})


class ChangedSince(InvalidInput):
    """The step no longer holds what the undo/redo expected; nothing was saved."""

    message = QT_TRANSLATE_NOOP(
        "errors",
        "This step was changed elsewhere since, so the change cannot be undone or redone. "
        "Nothing was saved.",
    )


@dataclass(frozen=True)
class StepChange:
    """One field of one step changed from `old` to `new`.

    Changing who does a step also clears the name of the person or provider who was
    responsible (it belongs to the previous party), so that name travels along too.
    """

    step_id: str
    field: StepField
    old: object
    new: object
    old_responsible_name: str | None = None
    new_responsible_name: str | None = None


@dataclass(frozen=True)
class StepStatusChange:
    """A step's status with its outcome, before and after: they only make sense together."""

    step_id: str
    old_status: str
    old_outcome: str | None
    old_outcome_on: date | None
    new_status: str
    new_outcome: str | None
    new_outcome_on: date | None


PlanChange = StepChange | StepStatusChange


def _editable_step(session: Session, actor: Actor, step_id: str) -> Step:
    """A live step of a live goal, in a case the actor may see and that is still open."""
    step = get_live(session, Step, step_id)
    get_live(session, Goal, step.goal_id)
    case = get_live(session, Case, step.case_id)
    require_case_access(session, actor, step.case_id)
    if case.phase == Phase.CLOSED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "This case is closed; reopen it before changing the plan.")
        )
    return step


def _current(step: Step, field: StepField) -> tuple[object, str | None]:
    if field == "responsible":
        return step.responsible, step.responsible_name
    return getattr(step, field), None


def _write(step: Step, field: StepField, value: object, name: str | None) -> None:
    """Write one field after the same checks as the use cases that created the step."""
    if field == "due_on":
        if value is not None and not isinstance(value, date):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The due date must be a date."))
        step.due_on = value
    elif field == "responsible":
        step.responsible = require_choice(
            str(value), Responsible, QT_TRANSLATE_NOOP("errors", "Who does the step")
        )
        step.responsible_name = optional_text(name)
    elif field == "action":
        step.action = require_text(
            str(value) if value is not None else None, QT_TRANSLATE_NOOP("errors", "The step")
        )
    else:  # pragma: no cover - StepField is closed
        raise ValueError(f"unknown step field {field!r}")


def _change(
    session: Session, step: Step, field: StepField, new: object, new_name: str | None = None
) -> StepChange:
    old, old_name = _current(step, field)
    _write(step, field, new, new_name)
    session.flush()
    stored, stored_name = _current(step, field)
    return StepChange(step.id, field, old, stored, old_name, stored_name)


def change_step_due_on(
    session: Session, actor: Actor, step_id: str, new: date | None
) -> StepChange:
    return _change(session, _editable_step(session, actor, step_id), "due_on", new)


def change_step_responsible(
    session: Session,
    actor: Actor,
    step_id: str,
    new: str,
    responsible_name: str | None = None,
) -> StepChange:
    """Who does the step. Unless a name is given, a change of party clears the old name."""
    step = _editable_step(session, actor, step_id)
    keep = step.responsible_name if new == step.responsible else None
    return _change(session, step, "responsible", new, responsible_name or keep)


def change_step_action(session: Session, actor: Actor, step_id: str, new: str) -> StepChange:
    return _change(session, _editable_step(session, actor, step_id), "action", new)


def change_step_status(
    session: Session,
    actor: Actor,
    step_id: str,
    new_status: str,
    outcome: str | None,
    outcome_on: date | None,
) -> StepStatusChange:
    """Done and missed need the outcome in words (record_step_outcome says so)."""
    step = _editable_step(session, actor, step_id)
    old = (step.status, step.outcome, step.outcome_on)
    record_step_outcome(session, actor, step_id, new_status, outcome, outcome_on)
    session.flush()
    return StepStatusChange(step_id, *old, step.status, step.outcome, step.outcome_on)


def _apply_status(
    session: Session,
    actor: Actor,
    change: StepStatusChange,
    expected: tuple[str, str | None, date | None],
    target: tuple[str, str | None, date | None],
) -> None:
    step = _editable_step(session, actor, change.step_id)
    if (step.status, step.outcome, step.outcome_on) != expected:
        raise ChangedSince()
    status, outcome, outcome_on = target
    record_step_outcome(session, actor, change.step_id, status, outcome, outcome_on)
    # A cancelled step may have had no outcome date; put back exactly what was there.
    step.outcome_on = outcome_on
    session.flush()


def _apply_field(
    session: Session,
    actor: Actor,
    change: StepChange,
    expected: tuple[object, str | None],
    target: tuple[object, str | None],
) -> None:
    step = _editable_step(session, actor, change.step_id)
    if _current(step, change.field) != expected:
        raise ChangedSince()
    _write(step, change.field, *target)
    session.flush()


def undo(session: Session, actor: Actor, change: PlanChange) -> None:
    """Put back the values from before `change`, if the step still holds its new values."""
    if isinstance(change, StepStatusChange):
        _apply_status(
            session,
            actor,
            change,
            (change.new_status, change.new_outcome, change.new_outcome_on),
            (change.old_status, change.old_outcome, change.old_outcome_on),
        )
    else:
        _apply_field(
            session,
            actor,
            change,
            (change.new, change.new_responsible_name),
            (change.old, change.old_responsible_name),
        )


def redo(session: Session, actor: Actor, change: PlanChange) -> None:
    """Make `change` again, if the step still holds the values from before it."""
    if isinstance(change, StepStatusChange):
        _apply_status(
            session,
            actor,
            change,
            (change.old_status, change.old_outcome, change.old_outcome_on),
            (change.new_status, change.new_outcome, change.new_outcome_on),
        )
    else:
        _apply_field(
            session,
            actor,
            change,
            (change.old, change.old_responsible_name),
            (change.new, change.new_responsible_name),
        )
