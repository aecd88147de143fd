"""Use cases of the plan itself, worked backwards as the seeds teach: the long-term goal
first, the intermediate goals that lead to it, options weighed, then concrete steps."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import (
    InvalidInput,
    get_live,
    optional_text,
    require_choice,
    require_text,
)
from shelterplan.core.vocab import (
    Domain,
    GoalKind,
    GoalStatus,
    Phase,
    ReferralStatus,
    Responsible,
    StepStatus,
)
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.models import Case, Goal, Option, Referral, Review, Service, Step

_PLANNING_STARTS_FROM = {Phase.ENGAGEMENT, Phase.ASSESSMENT}


def _case_open_for_edits(session: Session, actor: Actor, case_id: str) -> Case:
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    if case.phase == Phase.CLOSED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "This case is closed; reopen it before changing the plan.")
        )
    return case


def add_goal(
    session: Session,
    actor: Actor,
    case_id: str,
    in_her_words: str,
    kind: str = GoalKind.LONG_TERM,
    parent_id: str | None = None,
    domain: str | None = None,
    target_on: date | None = None,
    concurrent_theme: bool = False,
) -> Goal:
    case = _case_open_for_edits(session, actor, case_id)
    goal_kind = require_choice(kind, GoalKind, QT_TRANSLATE_NOOP("errors", "The kind of goal"))
    parent: Goal | None = None
    if goal_kind == GoalKind.LONG_TERM and parent_id is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A long-term goal does not sit under another goal.")
        )
    if goal_kind == GoalKind.INTERMEDIATE:
        if parent_id is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "An intermediate goal leads to a goal: choose which one."
                )
            )
        parent = get_live(session, Goal, parent_id)
        if parent.case_id != case_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "An intermediate goal must lead to a goal of the same case."
                )
            )
        if target_on and parent.target_on and target_on > parent.target_on:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "An intermediate goal must be reached before the goal it leads to."
                )
            )
    siblings = session.scalar(
        select(func.count(Goal.id)).where(
            Goal.case_id == case_id,
            Goal.parent_id.is_(None) if parent_id is None else Goal.parent_id == parent_id,
        )
    )
    goal = Goal(
        case_id=case_id,
        parent_id=parent.id if parent else None,
        kind=goal_kind,
        domain=require_choice(domain, Domain, QT_TRANSLATE_NOOP("errors", "The domain"))
        if domain
        else None,
        in_her_words=require_text(
            in_her_words, QT_TRANSLATE_NOOP("errors", "The goal, in her words")
        ),
        target_on=target_on,
        status=GoalStatus.ACTIVE,
        concurrent_theme=concurrent_theme,
        position=siblings or 0,
    )
    session.add(goal)
    if case.phase in _PLANNING_STARTS_FROM:
        case.phase = Phase.PLANNING
    session.flush()
    return goal


def set_goal_status(session: Session, actor: Actor, goal_id: str, status: str) -> Goal:
    goal = get_live(session, Goal, goal_id)
    _case_open_for_edits(session, actor, goal.case_id)
    goal.status = require_choice(status, GoalStatus, QT_TRANSLATE_NOOP("errors", "The goal status"))
    goal.achieved_on = date.today() if goal.status == GoalStatus.ACHIEVED else None
    return goal


def add_option(
    session: Session,
    actor: Actor,
    goal_id: str,
    description: str,
    benefits: str | None = None,
    alternatives: str | None = None,
    consequences: str | None = None,
) -> Option:
    goal = get_live(session, Goal, goal_id)
    _case_open_for_edits(session, actor, goal.case_id)
    option = Option(
        goal_id=goal_id,
        description=require_text(description, QT_TRANSLATE_NOOP("errors", "The option")),
        benefits=optional_text(benefits),
        alternatives=optional_text(alternatives),
        consequences=optional_text(consequences),
    )
    session.add(option)
    session.flush()
    return option


def choose_option(session: Session, actor: Actor, option_id: str, reason: str | None) -> Option:
    """Mark the option she chose for its goal; any other chosen option is unchosen."""
    option = get_live(session, Option, option_id)
    goal = get_live(session, Goal, option.goal_id)
    _case_open_for_edits(session, actor, goal.case_id)
    for other in session.scalars(select(Option).where(Option.goal_id == goal.id)):
        if other.chosen and other.id != option.id:
            other.chosen = False
    option.chosen = True
    option.reason = optional_text(reason)
    return option


def add_step(
    session: Session,
    actor: Actor,
    goal_id: str,
    action: str,
    responsible: str = Responsible.CLIENT,
    due_on: date | None = None,
    responsible_name: str | None = None,
    appointment_at: datetime | None = None,
    appointment_place: str | None = None,
    instructions: str | None = None,
    documents_needed: str | None = None,
) -> Step:
    goal = get_live(session, Goal, goal_id)
    case = _case_open_for_edits(session, actor, goal.case_id)
    count = session.scalar(select(func.count(Step.id)).where(Step.goal_id == goal_id))
    step = Step(
        goal_id=goal_id,
        case_id=goal.case_id,
        action=require_text(action, QT_TRANSLATE_NOOP("errors", "The step")),
        responsible=require_choice(
            responsible, Responsible, QT_TRANSLATE_NOOP("errors", "Who does the step")
        ),
        responsible_name=optional_text(responsible_name),
        due_on=due_on,
        appointment_at=appointment_at,
        appointment_place=optional_text(appointment_place),
        instructions=optional_text(instructions),
        documents_needed=optional_text(documents_needed),
        status=StepStatus.OPEN,
        position=count or 0,
    )
    session.add(step)
    if case.phase == Phase.PLANNING:
        case.phase = Phase.IMPLEMENTATION
    session.flush()
    return step


def record_step_outcome(
    session: Session,
    actor: Actor,
    step_id: str,
    status: str,
    outcome: str | None,
    outcome_on: date | None = None,
) -> Step:
    """Mark a step done, missed or cancelled; done and missed need the outcome in words."""
    step = get_live(session, Step, step_id)
    _case_open_for_edits(session, actor, step.case_id)
    new_status = require_choice(status, StepStatus, QT_TRANSLATE_NOOP("errors", "The step status"))
    if new_status in (StepStatus.DONE, StepStatus.MISSED):
        step.outcome = require_text(
            outcome, QT_TRANSLATE_NOOP("errors", "What happened (the outcome)")
        )
        step.outcome_on = outcome_on or date.today()
    elif new_status == StepStatus.OPEN:
        step.outcome, step.outcome_on = None, None
    else:
        step.outcome = optional_text(outcome)
        step.outcome_on = outcome_on or date.today()
    step.status = new_status
    return step


def start_review(
    session: Session,
    actor: Actor,
    case_id: str,
    held_on: date | None = None,
    summary: str | None = None,
    next_review_on: date | None = None,
) -> Review:
    case = _case_open_for_edits(session, actor, case_id)
    held = held_on or date.today()
    if next_review_on is not None and next_review_on <= held:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The next review must come after this one."))
    review = Review(
        case_id=case_id,
        worker_id=actor.worker_id,
        held_on=held,
        summary=optional_text(summary),
        next_review_on=next_review_on,
    )
    session.add(review)
    case.phase = Phase.REVIEW
    case.next_review_on = next_review_on
    case.last_contact_on = max(case.last_contact_on or date.min, held)
    session.flush()
    audit_chain.append(session, "review.start", actor.name, "review", review.id)
    return review


def add_service(session: Session, name: str, **details: str | None) -> Service:
    allowed = {"domain", "address", "phone", "hours", "eligibility", "languages", "notes"}
    unknown = set(details) - allowed
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown service details: {names}."),
            names=", ".join(sorted(unknown)),
        )
    if details.get("domain"):
        require_choice(str(details["domain"]), Domain, QT_TRANSLATE_NOOP("errors", "The domain"))
    service = Service(name=require_text(name, QT_TRANSLATE_NOOP("errors", "The service name")))
    for key, value in details.items():
        setattr(service, key, optional_text(value))
    session.add(service)
    session.flush()
    return service


def refer(
    session: Session,
    actor: Actor,
    case_id: str,
    service_id: str,
    goal_id: str | None = None,
    status: str = ReferralStatus.PROPOSED,
    shares_client_details: bool = False,
) -> Referral:
    _case_open_for_edits(session, actor, case_id)
    get_live(session, Service, service_id)
    if goal_id is not None and get_live(session, Goal, goal_id).case_id != case_id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The referral's goal belongs to another case.")
        )
    referral = Referral(
        case_id=case_id,
        service_id=service_id,
        goal_id=goal_id,
        status=require_choice(
            status, ReferralStatus, QT_TRANSLATE_NOOP("errors", "The referral status")
        ),
        made_on=date.today() if status != ReferralStatus.PROPOSED else None,
        shares_client_details=shares_client_details,
    )
    session.add(referral)
    session.flush()
    audit_chain.append(session, "referral.create", actor.name, "referral", referral.id)
    return referral
