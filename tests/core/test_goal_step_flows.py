"""The goal and step wizard flows, without any screen."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.core.rules import InvalidInput
from shelterplan.core.wizards.flow import Severity
from shelterplan.core.wizards.goals import (
    LONG_TERM_KEY,
    GoalContext,
    GoalFlow,
    GoalProblem,
    ServiceChoice,
)
from shelterplan.core.wizards.steps import (
    CROWDED_WEEK_STEPS,
    StepContext,
    StepFlow,
    StepProblem,
    blank_step,
    step_row,
    week_start,
)
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Goal, Option, Referral, Step
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)  # a Monday
HOME_BY = TODAY + timedelta(days=180)


@pytest.fixture
def case_id(store: CaseStore) -> str:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(
            session, actor, cases.NewClient("Ximena", document_language="es"), opened_on=TODAY
        )
        return case.id


@pytest.fixture
def services(store: CaseStore) -> dict[str, str]:
    with store.session() as session:
        found = {
            name: planning.add_service(session, name, domain=domain).id
            for name, domain in (
                ("Servicio de Vivienda Social", "housing"),
                ("Ayuda Social Municipal", "income"),
                ("Centro de Consejería Luz", "mental_health"),
            )
        }
    return found


def _goal_flow(store: CaseStore, case_id: str) -> GoalFlow:
    flow = GoalFlow(case_id=case_id)
    with store.session() as session:
        flow.load_context(session, actor_named(session, ADMIN), TODAY)
    return flow


def _fill_goals(flow: GoalFlow, services: dict[str, str]) -> None:
    flow.set_values(
        "long_term",
        {"mode": "new", "words": "Vivienda permanente para mí y mis hijos", "domain": "housing",
         "target_on": HOME_BY.isoformat()},
    )  # fmt: skip
    income, shelter = flow.new_goal_key(), "g3"
    flow.set_values(
        "intermediate",
        {"goals": [
            {"key": income, "words": "Un ingreso estable", "domain": "income",
             "target_on": (TODAY + timedelta(days=90)).isoformat()},
            {"key": shelter, "words": "Un albergue mientras tanto", "domain": "housing",
             "target_on": None},
        ]},
    )  # fmt: skip
    flow.set_values(
        "options",
        {"by_goal": {income: [
            {"description": "Ayuda social", "benefits": "Rápida", "alternatives": "Trabajo",
             "consequences": "Poco dinero", "chosen": True, "reason": "Es lo más rápido"},
            {"description": "Trabajo a tiempo parcial", "chosen": False},
        ]}},
    )  # fmt: skip
    flow.set_values(
        "services",
        {"referrals": [
            {"service_id": services["Ayuda Social Municipal"], "goal": income},
            {"service_id": services["Servicio de Vivienda Social"], "goal": LONG_TERM_KEY},
        ]},
    )  # fmt: skip
    flow.set_values(
        "concurrent",
        {"themes": [{"words": "Consejería para el trauma", "domain": "mental_health"}]},
    )


def _codes(problems) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in problems]


# --- the goal flow ---------------------------------------------------------------------
def test_goal_flow_works_backwards_from_the_long_term_goal():
    flow = GoalFlow(case_id="case", context=GoalContext(TODAY))
    assert flow.page_keys() == [
        "long_term", "intermediate", "options", "services", "concurrent", "summary",
    ]  # fmt: skip
    assert flow.current == "long_term"
    assert flow.page("services").skippable and not flow.page("long_term").skippable
    assert GoalFlow.kind == "goals"


def test_long_term_goal_needs_her_words_and_a_valid_date():
    flow = GoalFlow(case_id="case", context=GoalContext(TODAY))
    flow.set_values("long_term", {"mode": "new", "words": "  ", "target_on": "31/02/2027"})
    assert _codes(flow.check("long_term")) == [GoalProblem.WORDS_EMPTY, GoalProblem.BAD_DATE]
    assert not flow.can_leave("long_term")
    flow.set_values("long_term", {"mode": "new", "words": "Un hogar", "target_on": "2026-01-01"})
    problems = flow.check("long_term")
    assert [(p.severity, p.code, p.detail) for p in problems] == [
        (Severity.WARNING, GoalProblem.TARGET_IN_PAST, "2026-01-01")
    ]
    assert flow.can_leave("long_term")


def test_an_intermediate_goal_after_the_long_term_target_is_an_error():
    flow = GoalFlow(case_id="case", context=GoalContext(TODAY))
    flow.set_values("long_term", {"words": "Un hogar", "target_on": HOME_BY.isoformat()})
    late = (HOME_BY + timedelta(days=1)).isoformat()
    flow.set_values(
        "intermediate", {"goals": [{"key": "g2", "words": "Ingreso", "target_on": late}]}
    )
    problem = flow.check("intermediate")[0]
    assert (problem.severity, problem.code) == (Severity.ERROR, "INTERMEDIATE_AFTER_TARGET")
    assert (problem.field, problem.detail) == ("g2", HOME_BY.isoformat())
    assert not flow.can_leave("intermediate")
    on_time = HOME_BY.isoformat()  # reached by the target date itself is fine
    flow.set_values(
        "intermediate", {"goals": [{"key": "g2", "words": "Ingreso", "target_on": on_time}]}
    )
    assert flow.check("intermediate") == []
    flow.set_values("intermediate", {"goals": []})
    assert _codes(flow.check("intermediate")) == [GoalProblem.NO_INTERMEDIATE]
    assert flow.can_leave("intermediate"), "no intermediate goal is only a warning"


def test_intermediate_goals_under_an_existing_long_term_goal_use_its_target(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        home = planning.add_goal(session, actor, case_id, "Casa", target_on=HOME_BY).id
    flow = _goal_flow(store, case_id)
    assert [g.id for g in flow.context.long_term_goals] == [home]
    flow.set_values("long_term", {"mode": "existing", "existing_goal_id": None})
    assert _codes(flow.check("long_term")) == [GoalProblem.NO_GOAL_CHOSEN]
    flow.set_values("long_term", {"mode": "existing", "existing_goal_id": home})
    assert flow.check("long_term") == [] and flow.long_term().in_her_words == "Casa"
    late = (HOME_BY + timedelta(days=3)).isoformat()
    flow.set_values(
        "intermediate", {"goals": [{"key": "g2", "words": "Trabajo", "target_on": late}]}
    )
    assert _codes(flow.check("intermediate")) == [GoalProblem.INTERMEDIATE_AFTER_TARGET]
    flow.set_values("intermediate", {"goals": [{"key": "g2", "words": "Trabajo"}]})
    flow.go_to("summary")
    with store.session() as session:
        assert flow.finish(session, actor_named(session, ADMIN)) == [
            session.scalar(select(Goal.id).where(Goal.in_her_words == "Trabajo"))
        ]
    with store.session() as session:
        work = session.scalar(select(Goal).where(Goal.in_her_words == "Trabajo"))
        assert (work.parent_id, work.kind) == (home, "intermediate")


def test_options_one_chosen_others_warn_or_block():
    flow = GoalFlow(case_id="case", context=GoalContext(TODAY))
    flow.set_values("long_term", {"words": "Un hogar"})
    flow.set_values("intermediate", {"goals": [{"key": "g2", "words": "Ingreso"}]})
    option = {"description": "Ayuda social", "chosen": False}
    flow.set_values("options", {"by_goal": {"g2": [option]}})
    problems = flow.check("options")
    assert [(p.severity, p.code, p.field) for p in problems] == [
        (Severity.WARNING, GoalProblem.NONE_CHOSEN, "g2")
    ]
    assert flow.can_leave("options")
    both = [{**option, "chosen": True}, {"description": "Trabajo", "chosen": True}]
    flow.set_values("options", {"by_goal": {"g2": both}})
    assert _codes(flow.check("options")) == [GoalProblem.SEVERAL_CHOSEN]
    flow.set_values("options", {"by_goal": {"g2": [{"description": " ", "chosen": True}]}})
    assert _codes(flow.check("options")) == [GoalProblem.OPTION_EMPTY]
    flow.set_values("options", {"by_goal": {"g2": [{**option, "chosen": True}]}})
    assert flow.check("options") == []


def test_removing_a_goal_drops_its_options_and_referrals_and_its_key_is_not_reused():
    flow = GoalFlow(case_id="case", context=GoalContext(TODAY))
    flow.set_values("long_term", {"words": "Un hogar"})
    flow.set_values(
        "intermediate", {"goals": [{"key": "g2", "words": "A"}, {"key": "g3", "words": "B"}]}
    )
    flow.set_values("options", {"by_goal": {"g3": [{"description": "x", "chosen": True}]}})
    flow.set_values("services", {"referrals": [{"service_id": "s", "goal": "g3"}]})
    flow.set_values("intermediate", {"goals": [{"key": "g2", "words": "A"}]})
    assert flow.options_for("g3") == [] and flow.referrals() == []
    assert flow.new_goal_key(["g2"]) == "g3"  # nothing refers to g3 any more
    flow.values["options"]["by_goal"]["g7"] = []
    assert flow.new_goal_key(["g2"]) == "g8"


def test_services_are_suggested_for_the_goal_of_their_domain(store, case_id, services):
    flow = _goal_flow(store, case_id)
    assert [s.name for s in flow.context.services] == sorted(services)
    _fill_goals(flow, services)
    assert flow.suggest_goal(services["Ayuda Social Municipal"]) == "g2"
    assert flow.suggest_goal(services["Centro de Consejería Luz"]) == LONG_TERM_KEY
    flow.set_values("services", {"referrals": [{"service_id": "gone", "goal": "g2"}]})
    assert _codes(flow.check("services")) == [GoalProblem.UNKNOWN_SERVICE]
    flow.skip("services")
    assert flow.is_declined("services") and flow.referrals() == []


def test_concurrent_themes_need_words_and_a_known_domain():
    flow = GoalFlow(case_id="case", context=GoalContext(TODAY))
    flow.set_values("concurrent", {"themes": [{"words": "", "domain": "astrology"}]})
    problems = flow.check("concurrent")
    assert [(p.code, p.field) for p in problems] == [
        (GoalProblem.WORDS_EMPTY, "t1"), (GoalProblem.UNKNOWN_DOMAIN, "t1"),
    ]  # fmt: skip
    flow.set_values("concurrent", {"themes": []})
    assert flow.check("concurrent") == []


def test_goal_draft_round_trip_restores_values_and_page(store, case_id, services):
    flow = _goal_flow(store, case_id)
    _fill_goals(flow, services)
    flow.go_to("services")
    draft = json.loads(json.dumps(flow.to_draft()))  # JSON-able, as the store keeps it
    again = GoalFlow.from_draft(draft, case_id=case_id)
    assert isinstance(again, GoalFlow)
    assert (again.current, again.values, again.case_id) == ("services", flow.values, case_id)
    with pytest.raises(ValueError, match="another wizard"):
        StepFlow.from_draft(draft)


def test_summary_blocks_finishing_with_errors_left_on_any_page(store, case_id, services):
    flow = _goal_flow(store, case_id)
    _fill_goals(flow, services)
    flow.values["intermediate"]["goals"][0]["words"] = ""  # e.g. a draft edited elsewhere
    assert _codes(flow.check("summary")) == [GoalProblem.WORDS_EMPTY]
    with pytest.raises(InvalidInput), store.session() as session:
        flow.finish(session, actor_named(session, ADMIN))


def test_goal_flow_finish_writes_goals_options_referrals_and_themes(store, case_id, services):
    flow = _goal_flow(store, case_id)
    _fill_goals(flow, services)
    assert flow.check("summary") == []
    with store.session() as session:
        created = flow.finish(session, actor_named(session, ADMIN))
    assert len(created) == 4
    with store.session() as session:
        goals = {g.in_her_words: g for g in session.scalars(select(Goal)).all()}
        home = goals["Vivienda permanente para mí y mis hijos"]
        income, shelter = goals["Un ingreso estable"], goals["Un albergue mientras tanto"]
        theme = goals["Consejería para el trauma"]
        assert sorted(created) == sorted(g.id for g in goals.values())
        assert (home.kind, home.parent_id, home.target_on, home.domain) == (
            "long_term", None, HOME_BY, "housing",
        )  # fmt: skip
        assert income.parent_id == home.id and shelter.parent_id == home.id
        assert income.kind == shelter.kind == "intermediate"
        assert (theme.kind, theme.parent_id, theme.concurrent_theme) == ("long_term", None, True)
        assert not home.concurrent_theme and theme.domain == "mental_health"
        options = session.scalars(select(Option).order_by(Option.description)).all()
        assert [(o.goal_id, o.description, o.chosen, o.reason) for o in options] == [
            (income.id, "Ayuda social", True, "Es lo más rápido"),
            (income.id, "Trabajo a tiempo parcial", False, None),
        ]
        assert (options[0].benefits, options[0].consequences) == ("Rápida", "Poco dinero")
        referrals = session.scalars(select(Referral)).all()
        assert sorted((r.service_id, r.goal_id, r.status) for r in referrals) == sorted([
            (services["Ayuda Social Municipal"], income.id, "proposed"),
            (services["Servicio de Vivienda Social"], home.id, "proposed"),
        ])  # fmt: skip


# --- the step flow ---------------------------------------------------------------------
@pytest.fixture
def goal_id(store: CaseStore, case_id: str) -> str:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        goal = planning.add_goal(
            session, actor, case_id, "Un ingreso estable", target_on=TODAY + timedelta(days=30)
        )
        return goal.id


def _step(action: str, due: date | None = None, **more: object) -> dict[str, object]:
    return {**blank_step(), "action": action, "due_on": due.isoformat() if due else None, **more}


def _step_flow(store: CaseStore, goal_id: str) -> StepFlow:
    flow = StepFlow(goal_id=goal_id)
    with store.session() as session:
        flow.load_context(session, actor_named(session, ADMIN), TODAY)
    return flow


def test_step_flow_pages_and_context(store, case_id, goal_id):
    flow = _step_flow(store, goal_id)
    assert flow.page_keys() == ["steps", "summary"] and StepFlow.kind == "steps"
    assert flow.case_id == case_id
    assert flow.context.goal_target_on == TODAY + timedelta(days=30)
    assert flow.context.goal_words == "Un ingreso estable"


def test_step_errors_block():
    flow = StepFlow(goal_id="g", context=StepContext("g", "c", "Meta", None, TODAY))
    flow.set_values("steps", {"steps": []})
    assert _codes(flow.check("steps")) == [StepProblem.NO_STEPS]
    flow.set_values("steps", {"steps": [_step(" ", responsible="neighbour")]})
    problems = flow.check("steps")
    assert _codes(problems) == [StepProblem.ACTION_EMPTY, StepProblem.BAD_RESPONSIBLE]
    assert [step_row(p) for p in problems] == [0, 0]
    assert not flow.can_leave("steps")
    flow.set_values("steps", {"steps": [_step("Cita", appointment_on="2026-12-01")]})
    assert _codes(flow.check("steps")) == [StepProblem.BAD_TIME]


def test_step_warnings_do_not_block(store, goal_id):
    flow = _step_flow(store, goal_id)
    past, late = TODAY - timedelta(days=2), TODAY + timedelta(days=45)
    flow.set_values("steps", {"steps": [_step("Llamar", past), _step("Firmar", late)]})
    problems = flow.check("steps")
    assert [(p.severity, p.code, p.detail, step_row(p)) for p in problems] == [
        (Severity.WARNING, StepProblem.DUE_IN_PAST, past.isoformat(), 0),
        (Severity.WARNING, "DUE_AFTER_GOAL_TARGET", (TODAY + timedelta(30)).isoformat(), 1),
    ]
    assert flow.can_leave("steps")
    assert flow.check("summary") == [], "the summary only repeats errors"


def test_a_crowded_week_counts_her_open_steps_and_the_new_ones(store, case_id, goal_id):
    friday = TODAY + timedelta(days=11)  # the week of Monday 30 Nov
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        other = cases.open_new_case(session, actor, cases.NewClient("Otra"), opened_on=TODAY)
        other_goal = planning.add_goal(session, actor, other.id, "Otra meta").id
        for number in range(CROWDED_WEEK_STEPS - 2):
            planning.add_step(session, actor, goal_id, f"Paso {number}", "client", friday)
        done = planning.add_step(session, actor, goal_id, "Hecho", "client", friday)
        planning.record_step_outcome(session, actor, done.id, "done", "Listo")
        for number in range(5):  # another client's steps never count
            planning.add_step(session, actor, other_goal, f"Ajeno {number}", "client", friday)
    flow = _step_flow(store, goal_id)
    monday = week_start(friday)
    assert flow.context.open_steps_by_week == {monday: CROWDED_WEEK_STEPS - 2}
    flow.set_values("steps", {"steps": [_step("Uno", friday)]})
    assert flow.check("steps") == []
    flow.set_values("steps", {"steps": [_step("Uno", friday), _step("Dos", monday)]})
    problems = flow.check("steps")
    assert [(p.severity, p.code, p.detail) for p in problems] == [
        (Severity.WARNING, StepProblem.CROWDED_WEEK, monday.isoformat())
    ]
    assert flow.can_leave("steps")


def test_step_draft_round_trip(store, goal_id):
    flow = _step_flow(store, goal_id)
    flow.set_values("steps", {"steps": [_step("Llamar", TODAY)]})
    flow.go_to("summary")
    draft = json.loads(json.dumps(flow.to_draft()))
    again = StepFlow.from_draft(draft, goal_id=goal_id)
    assert (again.current, again.values, again.goal_id) == ("summary", flow.values, goal_id)
    assert again.context is None, "the context is read again, never kept in a draft"


def test_step_flow_finish_writes_the_steps(store, case_id, goal_id):
    flow = _step_flow(store, goal_id)
    rows = [
        _step(
            "Pedir la cita de ayuda social", TODAY + timedelta(days=7), responsible="client",
            appointment_on=(TODAY + timedelta(days=6)).isoformat(), appointment_time="09:30",
            appointment_place="Calle Mayor 12", instructions="Llevar el pasaporte",
            documents_needed="Formulario A-12",
        ),
        _step("Acompañarla", None, responsible="support_person", responsible_name="Su hermana"),
    ]  # fmt: skip
    flow.set_values("steps", {"steps": rows})
    with store.session() as session:
        created = flow.finish(session, actor_named(session, ADMIN))
    with store.session() as session:
        steps = session.scalars(select(Step).order_by(Step.position)).all()
        assert [s.id for s in steps] == created
        first, second = steps
        assert (first.goal_id, first.case_id, first.status) == (goal_id, case_id, "open")
        assert first.due_on == TODAY + timedelta(days=7)
        assert first.appointment_at == datetime(2026, 11, 29, 9, 30)
        assert (first.appointment_place, first.instructions, first.documents_needed) == (
            "Calle Mayor 12", "Llevar el pasaporte", "Formulario A-12",
        )  # fmt: skip
        assert (second.responsible, second.responsible_name, second.due_on) == (
            "support_person", "Su hermana", None,
        )  # fmt: skip


def test_step_flow_finish_refuses_errors(store, goal_id):
    flow = _step_flow(store, goal_id)
    flow.set_values("steps", {"steps": [_step("")]})
    with pytest.raises(InvalidInput), store.session() as session:
        flow.finish(session, actor_named(session, ADMIN))
    with store.session() as session:
        assert session.scalars(select(Step)).all() == []


def test_service_choice_shape_is_what_the_page_shows():
    choice = ServiceChoice("s", "Centro", "housing", "Calle 1", "555", "9-17", "es")
    context = GoalContext(TODAY, services=(choice,))
    assert context.service("s") is choice and context.service("x") is None
