"""What she has achieved since the plan began: the goals reached and the steps done.

Seed 000: reviewing progress with the worker lets her see what she has achieved. This is
the plain data of the page she takes home, so it follows the rules of her take-home copy:
a goal or step marked "agency copy only" is left out, and a hidden goal takes the goals
under it and their steps along. Only what went well is listed — steps done, goals
reached — and the goals she is still working on; nothing missed, nothing set aside.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.plan_tree import PlanGoal, load_plan
from shelterplan.core.rules import get_live
from shelterplan.core.vocab import GoalStatus, StepStatus
from shelterplan.store.models import Case, Goal


@dataclass(frozen=True)
class GoalReached:
    goal_id: str
    in_her_words: str
    domain: str | None
    achieved_on: date | None


@dataclass(frozen=True)
class StepDone:
    step_id: str
    action: str
    done_on: date | None
    goal_words: str  # the goal the step was for, in her words


@dataclass(frozen=True)
class Progress:
    preferred_name: str
    document_language: str
    plan_began_on: date
    goals_reached: tuple[GoalReached, ...]  # in the order they were reached
    steps_done: tuple[StepDone, ...]  # in the order they were done
    goals_ongoing: tuple[str, ...]  # her words, in the order of the plan
    next_review_on: date | None


def _shown(goals: Sequence[PlanGoal]) -> list[PlanGoal]:
    """Goals on her copy, in the plan's order; a hidden goal hides what is under it."""
    found: list[PlanGoal] = []
    for goal in goals:
        if goal.not_for_client:
            continue
        found.append(goal)
        found += _shown(goal.children)
    return found


def _when(day: date | None) -> date:
    return day if day is not None else date.max  # an undated entry goes last


def progress(session: Session, actor: Actor, case_id: str, today: date) -> Progress:
    """Her progress since the plan began (access is checked by `load_plan`)."""
    tree = load_plan(session, actor, case_id, today)
    case = get_live(session, Case, case_id)
    goals = _shown([g for g in tree.goals if not g.concurrent_theme])
    goals += _shown([g for g in tree.goals if g.concurrent_theme])
    achieved_on = dict(
        session.execute(
            select(Goal.id, Goal.achieved_on).where(
                Goal.case_id == case_id, Goal.status == GoalStatus.ACHIEVED
            )
        ).all()
    )
    reached = [
        GoalReached(goal.id, goal.in_her_words, goal.domain, achieved_on.get(goal.id))
        for goal in goals
        if goal.status == GoalStatus.ACHIEVED
    ]
    done = [
        StepDone(step.id, step.action, step.outcome_on, goal.in_her_words)
        for goal in goals
        for step in goal.steps
        if step.status == StepStatus.DONE and not step.not_for_client
    ]
    return Progress(
        preferred_name=case.client.preferred_name,
        document_language=case.client.document_language,
        plan_began_on=case.opened_on,
        goals_reached=tuple(sorted(reached, key=lambda g: _when(g.achieved_on))),
        steps_done=tuple(sorted(done, key=lambda s: _when(s.done_on))),
        goals_ongoing=tuple(g.in_her_words for g in goals if g.status == GoalStatus.ACTIVE),
        next_review_on=case.next_review_on,
    )
