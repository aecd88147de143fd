"""The plan tree read model and the in-place plan edits with their undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from shelterplan.core import cases, plan_edits, planning
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.plan_tree import load_plan
from shelterplan.core.rules import InvalidInput
from shelterplan.errors import NotAllowed
from shelterplan.store.base import utcnow
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Goal, Step, Worker
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Plan:
    case_id: str
    home: str
    income: str
    shelter: str
    registry: str  # step under the long-term goal itself
    apply: str  # overdue
    documents: str
    bed: str
    deleted_step: str


@pytest.fixture
def plan(store: CaseStore) -> Plan:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient("Maëlle"), opened_on=TODAY)
        home = planning.add_goal(
            session, actor, case.id, "Un logement à moi", target_on=TODAY + timedelta(days=180)
        )
        income = planning.add_goal(
            session, actor, case.id, "Un revenu stable", kind="intermediate", parent_id=home.id
        )
        shelter = planning.add_goal(
            session, actor, case.id, "Un lit ce soir", kind="intermediate", parent_id=home.id
        )
        registry = planning.add_step(session, actor, home.id, "S'inscrire au registre")
        apply = planning.add_step(
            session, actor, income.id, "Demander l'aide sociale", due_on=TODAY - timedelta(days=2)
        )
        documents = planning.add_step(
            session, actor, income.id, "Apporter ses papiers", "worker", TODAY
        )
        bed = planning.add_step(session, actor, shelter.id, "Appeler le refuge", "provider")
        gone = planning.add_step(session, actor, shelter.id, "Effacée", due_on=TODAY)
        gone.deleted_at = utcnow()
        return Plan(
            case.id,
            home.id,
            income.id,
            shelter.id,
            registry.id,
            apply.id,
            documents.id,
            bed.id,
            gone.id,
        )


@pytest.fixture
def session(store: CaseStore) -> Iterator[Session]:
    with store.session() as unit:
        yield unit


@pytest.fixture
def actor(session: Session) -> Actor:
    return actor_named(session, ADMIN)


def test_goals_then_intermediate_goals_then_steps_in_order(session, actor, plan):
    tree = load_plan(session, actor, plan.case_id, TODAY)
    assert tree.case_id == plan.case_id and not tree.case_closed
    [home] = tree.goals
    assert (home.id, home.kind, home.parent_id) == (plan.home, "long_term", None)
    assert home.target_on == TODAY + timedelta(days=180)
    assert [step.id for step in home.steps] == [plan.registry]
    assert [goal.id for goal in home.children] == [plan.income, plan.shelter]
    income, shelter = home.children
    assert income.kind == "intermediate" and income.parent_id == plan.home
    assert [step.action for step in income.steps] == [
        "Demander l'aide sociale",
        "Apporter ses papiers",
    ]
    assert [step.id for step in shelter.steps] == [plan.bed], "soft-deleted steps are left out"
    assert [step.id for step in tree.all_steps()] == [
        plan.registry,
        plan.apply,
        plan.documents,
        plan.bed,
    ]
    assert tree.find_step(plan.bed).responsible == "provider"
    assert tree.find_step(plan.deleted_step) is None


def test_overdue_means_open_and_due_before_today(session, actor, plan):
    steps = {step.id: step for step in load_plan(session, actor, plan.case_id, TODAY).all_steps()}
    assert steps[plan.apply].overdue
    assert not steps[plan.documents].overdue, "due today is not late yet"
    assert not steps[plan.registry].overdue, "no due date, never overdue"
    plan_edits.change_step_status(session, actor, plan.apply, "done", "Fait", TODAY)
    steps = {step.id: step for step in load_plan(session, actor, plan.case_id, TODAY).all_steps()}
    assert not steps[plan.apply].overdue, "a done step is not overdue"


def test_deleted_goal_takes_its_sub_goals_and_steps_along(session, actor, plan):
    session.get(Goal, plan.income).deleted_at = utcnow()
    tree = load_plan(session, actor, plan.case_id, TODAY)
    assert [goal.id for goal in tree.goals[0].children] == [plan.shelter]
    assert plan.apply not in {step.id for step in tree.all_steps()}


def test_closed_case_is_flagged(session, actor, plan):
    cases.set_phase(session, actor, plan.case_id, "closed")
    assert load_plan(session, actor, plan.case_id, TODAY).case_closed


def test_another_workers_case_is_refused(session, plan):
    session.add(Worker(name="Other Worker", role="worker"))
    session.flush()
    with pytest.raises(NotAllowed):
        load_plan(session, actor_named(session, "Other Worker"), plan.case_id, TODAY)
    session.add(Worker(name="Sam Supervisor", role="supervisor"))
    session.flush()
    supervisor = actor_named(session, "Sam Supervisor")
    assert load_plan(session, supervisor, plan.case_id, TODAY).goals


def test_the_whole_plan_is_read_in_a_fixed_number_of_queries(store, session, actor, plan):
    for index in range(6):
        goal = planning.add_goal(session, actor, plan.case_id, f"But {index}")
        for number in range(5):
            planning.add_step(session, actor, goal.id, f"Étape {number}")
    session.flush()
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        session.expire_all()
        tree = load_plan(session, actor, plan.case_id, TODAY)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(tree.goals) == 7 and len(tree.all_steps()) == 34
    assert len(statements) <= 4, statements  # case, access, goals, steps


def test_due_date_change_undo_redo(session, actor, plan):
    step = session.get(Step, plan.apply)
    version = step.row_version
    change = plan_edits.change_step_due_on(session, actor, plan.apply, TODAY + timedelta(days=7))
    assert (change.field, change.old, change.new) == (
        "due_on",
        TODAY - timedelta(days=2),
        TODAY + timedelta(days=7),
    )
    assert step.due_on == TODAY + timedelta(days=7) and step.row_version == version + 1
    plan_edits.undo(session, actor, change)
    assert step.due_on == TODAY - timedelta(days=2)
    plan_edits.redo(session, actor, change)
    assert step.due_on == TODAY + timedelta(days=7)
    cleared = plan_edits.change_step_due_on(session, actor, plan.apply, None)
    assert step.due_on is None
    plan_edits.undo(session, actor, cleared)
    assert step.due_on == TODAY + timedelta(days=7)


def test_responsible_change_clears_the_old_name_and_undo_puts_it_back(session, actor, plan):
    step = session.get(Step, plan.bed)
    step.responsible_name = "Refuge du Nord"
    session.flush()
    change = plan_edits.change_step_responsible(session, actor, plan.bed, "worker")
    assert (step.responsible, step.responsible_name) == ("worker", None)
    plan_edits.undo(session, actor, change)
    assert (step.responsible, step.responsible_name) == ("provider", "Refuge du Nord")
    plan_edits.redo(session, actor, change)
    assert (step.responsible, step.responsible_name) == ("worker", None)
    with pytest.raises(InvalidInput, match="Who does the step"):
        plan_edits.change_step_responsible(session, actor, plan.bed, "the neighbour")


def test_action_change_is_checked_and_undone(session, actor, plan):
    change = plan_edits.change_step_action(session, actor, plan.bed, "  Appeler le 211  ")
    assert session.get(Step, plan.bed).action == "Appeler le 211"
    plan_edits.undo(session, actor, change)
    assert session.get(Step, plan.bed).action == "Appeler le refuge"
    with pytest.raises(InvalidInput, match="cannot be empty"):
        plan_edits.change_step_action(session, actor, plan.bed, "   ")


def test_status_done_needs_an_outcome_and_undo_reopens(session, actor, plan):
    with pytest.raises(InvalidInput, match="outcome"):
        plan_edits.change_step_status(session, actor, plan.apply, "done", "  ", TODAY)
    step = session.get(Step, plan.apply)
    assert step.status == "open"
    change = plan_edits.change_step_status(
        session, actor, plan.apply, "done", "Rendez-vous obtenu", TODAY - timedelta(days=1)
    )
    assert (change.old_status, change.old_outcome, change.old_outcome_on) == ("open", None, None)
    assert (step.status, step.outcome, step.outcome_on) == (
        "done",
        "Rendez-vous obtenu",
        TODAY - timedelta(days=1),
    )
    plan_edits.undo(session, actor, change)
    assert (step.status, step.outcome, step.outcome_on) == ("open", None, None)
    plan_edits.redo(session, actor, change)
    assert (step.status, step.outcome) == ("done", "Rendez-vous obtenu")
    missed = plan_edits.change_step_status(session, actor, plan.apply, "missed", "Absente", TODAY)
    plan_edits.undo(session, actor, missed)
    assert (step.status, step.outcome, step.outcome_on) == (
        "done",
        "Rendez-vous obtenu",
        TODAY - timedelta(days=1),
    )


def test_undo_refuses_when_the_step_changed_elsewhere(session, actor, plan):
    change = plan_edits.change_step_due_on(session, actor, plan.apply, TODAY)
    session.get(Step, plan.apply).due_on = TODAY + timedelta(days=30)  # another window
    with pytest.raises(plan_edits.ChangedSince):
        plan_edits.undo(session, actor, change)
    assert session.get(Step, plan.apply).due_on == TODAY + timedelta(days=30)


def test_closed_case_refuses_edits_and_their_undo(session, actor, plan):
    change = plan_edits.change_step_due_on(session, actor, plan.apply, TODAY)
    cases.set_phase(session, actor, plan.case_id, "closed")
    with pytest.raises(InvalidInput, match="closed"):
        plan_edits.change_step_due_on(session, actor, plan.apply, None)
    with pytest.raises(InvalidInput, match="closed"):
        plan_edits.change_step_status(session, actor, plan.apply, "done", "x", TODAY)
    with pytest.raises(InvalidInput, match="closed"):
        plan_edits.undo(session, actor, change)
    assert session.get(Step, plan.apply).due_on == TODAY


def test_another_worker_cannot_edit(session, plan):
    session.add(Worker(name="Other Worker", role="worker"))
    session.flush()
    with pytest.raises(NotAllowed):
        plan_edits.change_step_action(session, actor_named(session, "Other Worker"), plan.bed, "x")
