"""What changed in a plan since a signed version, as codes the UI puts into words.

Snapshots are compared by record id: goals and steps added, removed, reworded, moved to
another date or status; referrals, people and the next review as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from shelterplan.core.versions import content_fingerprint


class ChangeKind(StrEnum):
    GOAL_ADDED = "goal_added"
    GOAL_REMOVED = "goal_removed"
    GOAL_REWORDED = "goal_reworded"  # before/after: the words
    GOAL_TARGET_CHANGED = "goal_target_changed"  # before/after: ISO dates or None
    GOAL_STATUS_CHANGED = "goal_status_changed"  # before/after: GoalStatus values
    STEP_ADDED = "step_added"
    STEP_REMOVED = "step_removed"
    STEP_REWORDED = "step_reworded"
    STEP_STATUS_CHANGED = "step_status_changed"  # before/after: StepStatus values
    STEP_DUE_CHANGED = "step_due_changed"  # before/after: ISO dates or None
    STEP_DETAILS_CHANGED = "step_details_changed"  # who, appointment, instructions...
    REFERRALS_CHANGED = "referrals_changed"
    PEOPLE_CHANGED = "people_changed"
    NEXT_REVIEW_CHANGED = "next_review_changed"  # before/after: ISO dates or None
    OTHER_CHANGED = "other_changed"  # the fingerprint differs in a way not named above


@dataclass(frozen=True)
class PlanChange:
    kind: ChangeKind
    subject: str | None = None  # the goal's or step's words
    before: str | None = None
    after: str | None = None


_GOAL_FIELDS = (
    ("in_her_words", ChangeKind.GOAL_REWORDED),
    ("target_on", ChangeKind.GOAL_TARGET_CHANGED),
    ("status", ChangeKind.GOAL_STATUS_CHANGED),
)
_STEP_FIELDS = (
    ("action", ChangeKind.STEP_REWORDED),
    ("status", ChangeKind.STEP_STATUS_CHANGED),
    ("due_on", ChangeKind.STEP_DUE_CHANGED),
)
# Step fields reported together as "details changed"; outcomes follow the status.
_STEP_DETAILS = ("responsible", "responsible_name", "appointment_at", "appointment_place")
_STEP_DETAILS += ("instructions", "documents_needed")


def _compare(
    old: dict[str, dict[str, Any]],
    new: dict[str, dict[str, Any]],
    words: str,
    kinds: tuple[ChangeKind, ChangeKind],
    fields: tuple[tuple[str, ChangeKind], ...],
    details: tuple[str, ...] = (),
) -> list[PlanChange]:
    """Records added, changed field by field, then removed; `words` names each one."""
    added, removed = kinds
    changes: list[PlanChange] = []
    for key, now in new.items():
        then = old.get(key)
        if then is None:
            changes.append(PlanChange(added, now[words]))
            continue
        changes.extend(
            PlanChange(kind, now[words], then.get(name), now.get(name))
            for name, kind in fields
            if then.get(name) != now.get(name)
        )
        if any(then.get(name) != now.get(name) for name in details):
            changes.append(PlanChange(ChangeKind.STEP_DETAILS_CHANGED, now[words]))
    changes.extend(PlanChange(removed, then[words]) for key, then in old.items() if key not in new)
    return changes


def plan_changes(signed: dict[str, Any], current: dict[str, Any]) -> list[PlanChange]:
    """What differs between a signed snapshot and the plan now, in the plan's order."""
    old_goals = {goal["id"]: goal for goal in signed.get("goals", [])}
    new_goals = {goal["id"]: goal for goal in current.get("goals", [])}
    old_steps = {s["id"]: s for goal in old_goals.values() for s in goal.get("steps", [])}
    new_steps = {s["id"]: s for goal in new_goals.values() for s in goal.get("steps", [])}
    goal_kinds = (ChangeKind.GOAL_ADDED, ChangeKind.GOAL_REMOVED)
    step_kinds = (ChangeKind.STEP_ADDED, ChangeKind.STEP_REMOVED)
    changes = _compare(old_goals, new_goals, "in_her_words", goal_kinds, _GOAL_FIELDS)
    changes += _compare(old_steps, new_steps, "action", step_kinds, _STEP_FIELDS, _STEP_DETAILS)
    if signed.get("referrals") != current.get("referrals"):
        changes.append(PlanChange(ChangeKind.REFERRALS_CHANGED))
    if signed.get("people") != current.get("people"):
        changes.append(PlanChange(ChangeKind.PEOPLE_CHANGED))
    before, after = signed.get("next_review_on"), current.get("next_review_on")
    if before != after:
        changes.append(PlanChange(ChangeKind.NEXT_REVIEW_CHANGED, None, before, after))
    if not changes and content_fingerprint(signed) != content_fingerprint(current):
        changes.append(PlanChange(ChangeKind.OTHER_CHANGED))
    return changes
