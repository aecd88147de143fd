"""Reviewing the plan with her: how far each goal came, what helped and what got in the way,
and what is decided — the monitoring and continuous evaluation of seeds 002/003 ("les
facteurs qui favorisent ou entravent le changement").

`review_context` reads what a review looks at, in one short visit, as plain data: her
active goals in the order of the plan, each with its steps done and missed since the last
review (or since the plan began, before a first review) and its steps still open, and her
needs as last assessed.

`apply_review` writes a whole review in the caller's one transaction: the `Review` (held
today, her summary, the next review date, which must come after today), one `GoalReview`
per goal, the goals' new status (achieved, with the day; or set aside, with the reason
kept on the goal review), and the needs that changed (a new assessment item per domain,
keeping her priority and the risks noted before). A goal achieved or set aside takes its
open steps along: they are cancelled on the day of the review, so Today stops listing
them. The audit trail names record ids only.

Afterwards the case is back in planning when a goal is to be amended (the worker edits
the plan next), in implementation while goals stay active, and stays in review when
none does. A review always changes the plan she signed — at least its next review date —
so the Reviews and versions tab lists what to print and sign again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelterplan.core import cases, planning, workspace
from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.plan_tree import PlanGoal, PlanStep, load_plan
from shelterplan.core.rules import (
    InvalidInput,
    get_live,
    optional_text,
    require_choice,
    require_text,
)
from shelterplan.core.versions import changed_since_last_version
from shelterplan.core.vocab import (
    GoalStatus,
    Phase,
    ProgressRating,
    ReviewDecision,
    StepStatus,
)
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.models import Case, Goal, GoalReview, PlanVersion, Review, Step


# --- what a review looks at --------------------------------------------------------------
@dataclass(frozen=True)
class StepSeen:
    step_id: str
    action: str
    due_on: date | None
    outcome: str | None
    outcome_on: date | None
    overdue: bool


@dataclass(frozen=True)
class GoalSeen:
    """An active goal, with its steps done and missed since the last review and still open."""

    goal_id: str
    parent_id: str | None
    kind: str
    domain: str | None
    in_her_words: str
    target_on: date | None
    concurrent_theme: bool
    depth: int  # 0 for a long-term goal, 1 for a goal on the way to it...
    done: tuple[StepSeen, ...]
    missed: tuple[StepSeen, ...]
    still_open: tuple[StepSeen, ...]


@dataclass(frozen=True)
class NeedSeen:
    """Her situation in one domain as last assessed."""

    domain: str
    need_level: str
    situation: str | None
    client_priority: int | None
    risks: str | None
    assessed_on: date


@dataclass(frozen=True)
class ReviewContext:
    case_id: str
    today: date
    plan_began_on: date  # the day the case opened
    last_review_on: date | None
    next_review_on: date | None  # as it stands before this review
    goals: tuple[GoalSeen, ...]
    needs: tuple[NeedSeen, ...]  # the latest per domain, in the order of the domains
    ever_signed: bool
    case_closed: bool = False

    @property
    def since(self) -> date:
        """The start of the period under review."""
        return self.last_review_on or self.plan_began_on

    def goal(self, goal_id: str | None) -> GoalSeen | None:
        return next((goal for goal in self.goals if goal.goal_id == goal_id), None)

    def need(self, domain: str | None) -> NeedSeen | None:
        return next((need for need in self.needs if need.domain == domain), None)


def last_review_on(session: Session, case_id: str) -> date | None:
    """The day of her most recent review, if she had one."""
    return session.scalar(
        select(func.max(Review.held_on)).where(
            Review.case_id == case_id, Review.deleted_at.is_(None)
        )
    )


def counted_since(outcome_on: date | None, since: date | None) -> bool:
    """Whether a step done or missed on `outcome_on` belongs to this review: after the
    last review's day (a step marked on that day was that review's), or any day before a
    first review."""
    return since is None or (outcome_on is not None and outcome_on > since)


def _seen(step: PlanStep) -> StepSeen:
    return StepSeen(step.id, step.action, step.due_on, step.outcome, step.outcome_on, step.overdue)


def _split(steps: Iterable[PlanStep], since: date | None) -> tuple[tuple[StepSeen, ...], ...]:
    done, missed, still_open = [], [], []
    for step in steps:
        if step.status == StepStatus.OPEN:
            still_open.append(_seen(step))
        elif step.status == StepStatus.DONE and counted_since(step.outcome_on, since):
            done.append(_seen(step))
        elif step.status == StepStatus.MISSED and counted_since(step.outcome_on, since):
            missed.append(_seen(step))
    return tuple(done), tuple(missed), tuple(still_open)


def _active_goals(goals: Sequence[PlanGoal], since: date | None, depth: int = 0) -> list[GoalSeen]:
    """Active goals in the plan's order: each goal, then the goals on the way to it."""
    found: list[GoalSeen] = []
    for goal in goals:
        if goal.status == GoalStatus.ACTIVE:
            done, missed, still_open = _split(goal.steps, since)
            found.append(
                GoalSeen(
                    goal.id,
                    goal.parent_id,
                    goal.kind,
                    goal.domain,
                    goal.in_her_words,
                    goal.target_on,
                    goal.concurrent_theme,
                    depth,
                    done,
                    missed,
                    still_open,
                )
            )
        found += _active_goals(goal.children, since, depth + 1)
    return found


def review_context(session: Session, actor: Actor, case_id: str, today: date) -> ReviewContext:
    """Everything a review shows, read once (access is checked by `load_plan`)."""
    tree = load_plan(session, actor, case_id, today)
    case = get_live(session, Case, case_id)
    last = last_review_on(session, case_id)
    plan = [goal for goal in tree.goals if not goal.concurrent_theme]
    themes = [goal for goal in tree.goals if goal.concurrent_theme]
    needs = tuple(
        NeedSeen(
            item.domain,
            item.need_level,
            item.situation,
            item.client_priority,
            item.risks,
            item.assessed_on,
        )
        for item in workspace.assessment(session, actor, case_id).items
    )
    signed = session.scalar(
        select(func.count(PlanVersion.id)).where(
            PlanVersion.case_id == case_id, PlanVersion.signed_at.is_not(None)
        )
    )
    return ReviewContext(
        case_id=case_id,
        today=today,
        plan_began_on=case.opened_on,
        last_review_on=last,
        next_review_on=case.next_review_on,
        goals=tuple(_active_goals(plan, last) + _active_goals(themes, last)),
        needs=needs,
        ever_signed=bool(signed),
        case_closed=tree.case_closed,
    )


# --- what a review decides ----------------------------------------------------------------
@dataclass(frozen=True)
class GoalDecision:
    goal_id: str
    decision: str  # a ReviewDecision value
    progress: str | None = None  # a ProgressRating value
    helped: str | None = None
    hindered: str | None = None
    reason: str | None = None  # required when the goal is set aside


@dataclass(frozen=True)
class NeedChange:
    domain: str
    need_level: str
    situation: str | None = None


@dataclass(frozen=True)
class ReviewSaved:
    """What the review wrote, for the wizard's last page and what opens after it."""

    review_id: str
    amended_goal_ids: tuple[str, ...]
    achieved_goal_ids: tuple[str, ...]
    set_aside_goal_ids: tuple[str, ...]
    cancelled_step_ids: tuple[str, ...]
    plan_changed: bool  # the plan differs from the last version frozen (or none was)
    ever_signed: bool


def _checked_decisions(
    session: Session, case_id: str, decisions: Sequence[GoalDecision]
) -> list[tuple[Goal, GoalDecision, str]]:
    """Every decision checked before anything is written: (goal, decision, its value)."""
    checked = []
    seen: set[str] = set()
    for decision in decisions:
        if decision.goal_id in seen:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A goal can only be decided once in a review.")
            )
        seen.add(decision.goal_id)
        goal = get_live(session, Goal, decision.goal_id)
        if goal.case_id != case_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "A goal of this review belongs to another case.")
            )
        if goal.status != GoalStatus.ACTIVE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A goal of this review is no longer active in her plan. "
                    "Start the review again.",
                )
            )
        value = require_choice(
            decision.decision, ReviewDecision, QT_TRANSLATE_NOOP("errors", "The decision")
        )
        if decision.progress:
            require_choice(
                decision.progress, ProgressRating, QT_TRANSLATE_NOOP("errors", "The progress")
            )
        if value == ReviewDecision.SET_ASIDE:
            require_text(decision.reason, QT_TRANSLATE_NOOP("errors", "Why the goal is set aside"))
        checked.append((goal, decision, value))
    return checked


def _cancel_open_steps(session: Session, actor: Actor, goal_id: str, on: date) -> list[str]:
    open_steps = session.scalars(
        select(Step.id).where(
            Step.goal_id == goal_id, Step.status == StepStatus.OPEN, Step.deleted_at.is_(None)
        )
    ).all()
    for step_id in open_steps:
        planning.record_step_outcome(session, actor, step_id, StepStatus.CANCELLED, None, on)
    return list(open_steps)


def _step_counts(session: Session, goal_id: str, since: date | None) -> tuple[int, int, int]:
    rows = session.execute(
        select(Step.status, Step.outcome_on).where(
            Step.goal_id == goal_id, Step.deleted_at.is_(None)
        )
    ).all()
    done = sum(1 for s, on in rows if s == StepStatus.DONE and counted_since(on, since))
    missed = sum(1 for s, on in rows if s == StepStatus.MISSED and counted_since(on, since))
    return done, missed, sum(1 for s, _on in rows if s == StepStatus.OPEN)


def _update_needs(
    session: Session, actor: Actor, case_id: str, changes: Sequence[NeedChange], on: date
) -> None:
    """A new assessment item for each domain that changed; unchanged ones are left alone."""
    now = {item.domain: item for item in workspace.assessment(session, actor, case_id).items}
    for change in changes:
        before = now.get(change.domain)
        situation = optional_text(change.situation)
        if before is not None and (before.need_level, before.situation) == (
            change.need_level,
            situation,
        ):
            continue
        item = cases.assess_domain(
            session,
            actor,
            case_id,
            change.domain,
            situation,
            change.need_level,
            before.client_priority if before else None,
            before.risks if before else None,
            assessed_on=on,
        )
        audit_chain.append(session, "review.assessment", actor.name, "assessment_item", item.id)


def apply_review(
    session: Session,
    actor: Actor,
    case_id: str,
    *,
    next_review_on: date | None,
    summary: str | None,
    decisions: Sequence[GoalDecision] = (),
    need_changes: Sequence[NeedChange] = (),
    held_on: date | None = None,
) -> ReviewSaved:
    """Write one review and everything it decided, in the caller's one transaction."""
    held = held_on or date.today()
    if next_review_on is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose the date of the next review."))
    if next_review_on <= held:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The next review must come after today."))
    checked = _checked_decisions(session, case_id, decisions)
    since = last_review_on(session, case_id)  # before this review is added
    review = planning.start_review(session, actor, case_id, held, summary, next_review_on)
    _update_needs(session, actor, case_id, need_changes, held)
    amended, achieved, set_aside, cancelled = [], [], [], []
    for goal, decision, value in checked:
        done, missed, still_open = _step_counts(session, goal.id, since)
        record = GoalReview(
            review_id=review.id,
            case_id=case_id,
            goal_id=goal.id,
            progress=decision.progress or None,
            helped=optional_text(decision.helped),
            hindered=optional_text(decision.hindered),
            decision=value,
            reason=optional_text(decision.reason) if value == ReviewDecision.SET_ASIDE else None,
            steps_done=done,
            steps_missed=missed,
            steps_open=still_open,
        )
        session.add(record)
        session.flush()
        audit_chain.append(session, "review.goal", actor.name, "goal_review", record.id)
        if value == ReviewDecision.AMEND:
            amended.append(goal.id)
        elif value in (ReviewDecision.ACHIEVED, ReviewDecision.SET_ASIDE):
            cancelled += _cancel_open_steps(session, actor, goal.id, held)
            reached = value == ReviewDecision.ACHIEVED
            goal.status = GoalStatus.ACHIEVED if reached else GoalStatus.SET_ASIDE
            goal.achieved_on = held if reached else None
            (achieved if reached else set_aside).append(goal.id)
            action = "goal.achieved" if reached else "goal.set_aside"
            audit_chain.append(session, action, actor.name, "goal", goal.id)
    session.flush()
    case = get_live(session, Case, case_id)
    still_active = session.scalar(
        select(func.count(Goal.id)).where(
            Goal.case_id == case_id, Goal.status == GoalStatus.ACTIVE, Goal.deleted_at.is_(None)
        )
    )
    if amended:
        case.phase = Phase.PLANNING
    elif still_active:
        case.phase = Phase.IMPLEMENTATION
    session.flush()
    signed = session.scalar(
        select(func.count(PlanVersion.id)).where(
            PlanVersion.case_id == case_id, PlanVersion.signed_at.is_not(None)
        )
    )
    return ReviewSaved(
        review_id=review.id,
        amended_goal_ids=tuple(amended),
        achieved_goal_ids=tuple(achieved),
        set_aside_goal_ids=tuple(set_aside),
        cancelled_step_ids=tuple(cancelled),
        plan_changed=changed_since_last_version(session, case_id),
        ever_signed=bool(signed),
    )


# --- what earlier reviews said -------------------------------------------------------------
@dataclass(frozen=True)
class GoalReviewEntry:
    goal_review_id: str
    review_id: str
    goal_id: str
    held_on: date
    progress: str | None
    helped: str | None
    hindered: str | None
    decision: str
    reason: str | None
    steps_done: int
    steps_missed: int
    steps_open: int


def goal_reviews(session: Session, actor: Actor, case_id: str) -> list[GoalReviewEntry]:
    """Every goal review of a case, newest review first, in the order they were written."""
    get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    rows = session.execute(
        select(GoalReview, Review.held_on)
        .join(Review, Review.id == GoalReview.review_id)
        .where(
            GoalReview.case_id == case_id,
            GoalReview.deleted_at.is_(None),
            Review.deleted_at.is_(None),
        )
        .order_by(Review.held_on.desc(), Review.created_at.desc(), GoalReview.created_at)
    ).all()
    return [
        GoalReviewEntry(
            r.id,
            r.review_id,
            r.goal_id,
            held_on,
            r.progress,
            r.helped,
            r.hindered,
            r.decision,
            r.reason,
            r.steps_done,
            r.steps_missed,
            r.steps_open,
        )
        for r, held_on in rows
    ]
