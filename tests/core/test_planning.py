"""Case-planning use cases, without any screen."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from shelterplan.core import cases, planning, versions
from shelterplan.core.actors import actor_named
from shelterplan.core.rules import InvalidInput
from shelterplan.errors import NotAllowed
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Case, PlanVersion, Step, Worker
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)


@pytest.fixture
def case_id(store: CaseStore) -> str:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(
            session, actor, cases.NewClient("Ximena", document_language="es"), opened_on=TODAY
        )
        return case.id


def test_new_case_starts_in_engagement_with_her_as_lead(store, case_id):
    with store.session() as session:
        case = session.get(Case, case_id)
        assert case.phase == "engagement"
        assert case.client.preferred_name == "Ximena"
        assert [a.lead for a in case.assignments] == [True]


def test_only_the_preferred_name_is_required(store):
    with pytest.raises(InvalidInput, match="preferred name"), store.session() as session:
        cases.open_new_case(session, actor_named(session, ADMIN), cases.NewClient("   "))
    with pytest.raises(InvalidInput, match="English, French or Spanish"), store.session() as s:
        cases.open_new_case(s, actor_named(s, ADMIN), cases.NewClient("A", document_language="de"))


def test_goals_are_worked_backwards_from_the_long_term_goal(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        home = planning.add_goal(
            session,
            actor,
            case_id,
            "Vivienda permanente",
            domain="housing",
            target_on=TODAY + timedelta(days=180),
        )
        income = planning.add_goal(
            session,
            actor,
            case_id,
            "Un ingreso estable",
            kind="intermediate",
            parent_id=home.id,
            domain="income",
            target_on=TODAY + timedelta(days=90),
        )
        shelter = planning.add_goal(
            session, actor, case_id, "Albergue temporal", kind="intermediate", parent_id=home.id
        )
        assert income.parent is home and shelter.parent is home
        assert (income.position, shelter.position) == (0, 1)
        assert session.get(Case, case_id).phase == "planning"
        with pytest.raises(InvalidInput, match="leads to a goal"):
            planning.add_goal(session, actor, case_id, "x", kind="intermediate")
        with pytest.raises(InvalidInput, match="before the goal it leads to"):
            planning.add_goal(
                session,
                actor,
                case_id,
                "late",
                kind="intermediate",
                parent_id=home.id,
                target_on=TODAY + timedelta(days=365),
            )
        with pytest.raises(InvalidInput, match="does not sit under"):
            planning.add_goal(session, actor, case_id, "x", parent_id=home.id)


def test_options_weighed_and_one_chosen(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        goal = planning.add_goal(session, actor, case_id, "Vivienda")
        first = planning.add_option(
            session, actor, goal.id, "Vivienda social", "barata", "privado", "espera larga"
        )
        second = planning.add_option(session, actor, goal.id, "Alquiler privado")
        planning.choose_option(session, actor, first.id, "Ella prefiere esperar")
        planning.choose_option(session, actor, second.id, "Cambió de idea")
        assert (first.chosen, second.chosen) == (False, True)


def test_steps_outcomes_and_overdue(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        goal = planning.add_goal(session, actor, case_id, "Vivienda")
        step = planning.add_step(session, actor, goal.id, "Llamar a la oficina", "worker", TODAY)
        assert session.get(Case, case_id).phase == "implementation"
        with pytest.raises(InvalidInput, match="outcome"):
            planning.record_step_outcome(session, actor, step.id, "done", "  ")
        planning.record_step_outcome(session, actor, step.id, "missed", "No contestaron", TODAY)
        assert (step.status, step.outcome, step.outcome_on) == ("missed", "No contestaron", TODAY)
        with pytest.raises(InvalidInput, match="Who does the step"):
            planning.add_step(session, actor, goal.id, "x", "neighbour")


def test_review_sets_the_next_review_date(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        with pytest.raises(InvalidInput, match="after this one"):
            planning.start_review(session, actor, case_id, TODAY, None, TODAY)
        planning.start_review(session, actor, case_id, TODAY, "Va bien", TODAY + timedelta(days=28))
        case = session.get(Case, case_id)
        assert (case.phase, case.next_review_on) == ("review", TODAY + timedelta(days=28))


def test_closed_case_refuses_plan_changes(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        cases.set_phase(session, actor, case_id, "closed")
        with pytest.raises(InvalidInput, match="closed"):
            planning.add_goal(session, actor, case_id, "x")


def test_a_worker_sees_only_cases_assigned_to_her(store, case_id):
    with store.session() as session:
        session.add(Worker(name="Other Worker", role="worker"))
    with store.session() as session:
        other = actor_named(session, "Other Worker")
        with pytest.raises(NotAllowed):
            cases.open_case(session, other, case_id)
        cases.share_case(session, actor_named(session, ADMIN), case_id, other.worker_id)
    with store.session() as session:
        assert cases.open_case(session, actor_named(session, "Other Worker"), case_id).id == case_id


def test_frozen_versions_are_numbered_hashed_and_immutable(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        goal = planning.add_goal(session, actor, case_id, "Vivienda")
        planning.add_step(session, actor, goal.id, "Llamar", due_on=TODAY)
        first = versions.freeze_plan_version(
            session, actor, case_id, signatories=[versions.Signatory("client", "Ximena")]
        )
        assert (first.number, first.language) == (1, "es")
        assert first.signed_at is not None
        assert json.loads(first.snapshot)["goals"][0]["steps"][0]["action"] == "Llamar"
        assert not versions.changed_since_last_version(session, case_id)
        step = session.scalar(select(Step))
        planning.record_step_outcome(session, actor, step.id, "done", "Hecho")
        assert versions.changed_since_last_version(session, case_id)
        second = versions.freeze_plan_version(session, actor, case_id, language="en")
        assert second.number == 2 and second.content_sha256 != first.content_sha256
    with pytest.raises(DBAPIError), store.session() as session:
        version = session.scalar(select(PlanVersion).where(PlanVersion.number == 1))
        version.snapshot = "{}"


def test_same_plan_same_fingerprint(store, case_id):
    with store.session() as session:
        snapshot = versions.plan_snapshot(session, case_id)
        again = versions.plan_snapshot(session, case_id)
    assert versions.content_fingerprint(snapshot) == versions.content_fingerprint(again)


def test_updates_bump_the_row_version(store, case_id):
    with store.session() as session:
        case = session.get(Case, case_id)
        before = case.row_version
        cases.set_phase(session, actor_named(session, ADMIN), case_id, "assessment")
        session.flush()
        assert case.row_version == before + 1
