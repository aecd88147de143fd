"""The plan as a tree of frozen rows, read in one short unit of work.

The Plan tab shows long-term goals → intermediate goals → steps. It must not hold ORM
objects (or a session) while the worker thinks, so this module reads the whole plan of one
case in two queries (goals, then steps) and hands back plain frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import get_live
from shelterplan.core.vocab import Phase, StepStatus
from shelterplan.store.models import Case, Goal, Step


@dataclass(frozen=True)
class PlanStep:
    id: str
    goal_id: str
    action: str
    responsible: str
    responsible_name: str | None
    due_on: date | None
    appointment_at: datetime | None
    appointment_place: str | None
    instructions: str | None
    status: str
    outcome: str | None
    outcome_on: date | None
    overdue: bool
    not_for_client: bool = False  # left off her take-home copy


@dataclass(frozen=True)
class PlanGoal:
    id: str
    parent_id: str | None
    kind: str
    domain: str | None
    in_her_words: str
    target_on: date | None
    status: str
    concurrent_theme: bool
    children: tuple[PlanGoal, ...]
    steps: tuple[PlanStep, ...]
    not_for_client: bool = False  # left off her take-home copy


@dataclass(frozen=True)
class PlanTree:
    case_id: str
    case_closed: bool
    goals: tuple[PlanGoal, ...]

    def find_step(self, step_id: str) -> PlanStep | None:
        """The step with this id, wherever it sits in the tree (None if it is gone)."""
        for step in self.all_steps():
            if step.id == step_id:
                return step
        return None

    def all_goals(self) -> list[PlanGoal]:
        """Every goal, long-term goals each followed by the goals under them."""
        found: list[PlanGoal] = []
        pending = list(reversed(self.goals))
        while pending:
            goal = pending.pop()
            found.append(goal)
            pending.extend(reversed(goal.children))
        return found

    def all_steps(self) -> list[PlanStep]:
        """Every step, in the order the tree shows them (a goal's steps before its sub-goals)."""
        found: list[PlanStep] = []
        pending = list(reversed(self.goals))
        while pending:
            goal = pending.pop()
            found.extend(goal.steps)
            pending.extend(reversed(goal.children))
        return found


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """Overdue means still open and due before today: a step due today is not late yet."""
    return status == StepStatus.OPEN and due_on is not None and due_on < today


def load_plan(session: Session, actor: Actor, case_id: str, today: date) -> PlanTree:
    """The live plan of one case; soft-deleted goals (and what hangs under them) are left out."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)

    steps_by_goal: dict[str, list[PlanStep]] = {}
    step_rows = session.execute(
        select(
            Step.id,
            Step.goal_id,
            Step.action,
            Step.responsible,
            Step.responsible_name,
            Step.due_on,
            Step.appointment_at,
            Step.appointment_place,
            Step.instructions,
            Step.status,
            Step.outcome,
            Step.outcome_on,
            Step.not_for_client,
        )
        .where(Step.case_id == case_id, Step.deleted_at.is_(None))
        .order_by(Step.position, Step.created_at, Step.id)
    ).all()
    for row in step_rows:
        step = PlanStep(
            *row[:-1],
            overdue=is_overdue(row.status, row.due_on, today),
            not_for_client=bool(row.not_for_client),
        )
        steps_by_goal.setdefault(step.goal_id, []).append(step)

    goal_rows = session.execute(
        select(
            Goal.id,
            Goal.parent_id,
            Goal.kind,
            Goal.domain,
            Goal.in_her_words,
            Goal.target_on,
            Goal.status,
            Goal.concurrent_theme,
            Goal.not_for_client,
        )
        .where(Goal.case_id == case_id, Goal.deleted_at.is_(None))
        .order_by(Goal.position, Goal.created_at, Goal.id)
    ).all()
    rows_by_id = {row.id: row for row in goal_rows}
    children_of: dict[str | None, list[str]] = {}
    for row in goal_rows:
        # A goal whose parent was deleted went with it: its parent id is simply never
        # reached from the top, so it is not promoted to a long-term goal.
        children_of.setdefault(row.parent_id, []).append(row.id)

    def build(goal_id: str) -> PlanGoal:
        row = rows_by_id[goal_id]
        return PlanGoal(
            id=row.id,
            parent_id=row.parent_id,
            kind=row.kind,
            domain=row.domain,
            in_her_words=row.in_her_words,
            target_on=row.target_on,
            status=row.status,
            concurrent_theme=bool(row.concurrent_theme),
            children=tuple(build(child) for child in children_of.get(goal_id, [])),
            steps=tuple(steps_by_goal.get(goal_id, [])),
            not_for_client=bool(row.not_for_client),
        )

    # Starting from the roots means a (corrupt) cycle of parents is simply never reached.
    return PlanTree(
        case_id=case_id,
        case_closed=case.phase == Phase.CLOSED,
        goals=tuple(build(goal_id) for goal_id in children_of.get(None, [])),
    )
