"""The review flow and applying a review, without any screen; her progress, as data."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from shelterplan.core import cases, planning, progress, reviews, versions, workspace
from shelterplan.core.actors import actor_named
from shelterplan.core.exchange import export_document, import_document
from shelterplan.core.plan_diff import ChangeKind
from shelterplan.core.reviews import GoalDecision, NeedChange
from shelterplan.core.rules import InvalidInput
from shelterplan.core.wizards.flow import Severity
from shelterplan.core.wizards.review import DEFAULT_INTERVAL, ReviewFlow, ReviewProblem
from shelterplan.errors import ImportRejected
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import (
    AssessmentItem,
    AuditEvent,
    Case,
    Goal,
    GoalReview,
    Review,
    Step,
)
from tests.conftest import ADMIN, PASSPHRASE

TODAY = date(2026, 11, 23)
OPENED = TODAY - timedelta(days=60)
LAST_REVIEW = TODAY - timedelta(days=15)
HOME = "Un logement à moi, près de l'école de ma fille"
INCOME = "Un revenu stable pour payer le loyer"
SHELTER = "Une place en maison d'hébergement en attendant"
THEME = "Des rencontres avec une conseillère"


@dataclass
class Plan:
    case_id: str
    goals: dict[str, str]
    steps: dict[str, str]


def _make_plan(store: CaseStore, reviewed: bool = True) -> Plan:
    """Amélie's plan two months in: steps done, missed and open, one review behind her."""
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(
            session, actor, cases.NewClient("Amélie", document_language="fr"), opened_on=OPENED
        )
        cases.assess_domain(
            session, actor, case.id, "housing", "Hébergée chez sa sœur", "high", 1, "Conjoint",
            assessed_on=OPENED,
        )  # fmt: skip
        cases.assess_domain(
            session, actor, case.id, "income", "Aucun revenu", "urgent", 2, assessed_on=OPENED
        )
        home = planning.add_goal(session, actor, case.id, HOME, domain="housing")
        income = planning.add_goal(
            session, actor, case.id, INCOME, "intermediate", home.id, "income"
        )
        shelter = planning.add_goal(
            session, actor, case.id, SHELTER, "intermediate", home.id, "housing"
        )
        theme = planning.add_goal(
            session, actor, case.id, THEME, domain="mental_health", concurrent_theme=True
        )
        steps = {}

        def step(name: str, goal_id: str, due: date, status: str = "", on: date | None = None):  # type: ignore[no-untyped-def]
            record = planning.add_step(session, actor, goal_id, name, due_on=due)
            if status:
                planning.record_step_outcome(session, actor, record.id, status, f"{name}: ok", on)
            steps[name] = record.id

        step(
            "Demander l'aide sociale",
            income.id,
            OPENED + timedelta(7),
            "done",
            OPENED + timedelta(9),
        )
        step(
            "Apporter les papiers",
            income.id,
            TODAY - timedelta(12),
            "missed",
            TODAY - timedelta(10),
        )
        step("Rappeler l'agente", income.id, TODAY - timedelta(4), "done", TODAY - timedelta(3))
        step("Ouvrir un compte", income.id, TODAY - timedelta(2))  # open, overdue
        step("Remplir le formulaire", income.id, TODAY + timedelta(5))  # open
        step("Visiter la maison", shelter.id, TODAY + timedelta(3))  # open
        step("Premier rendez-vous", theme.id, TODAY - timedelta(20), "done", TODAY - timedelta(20))
        if reviewed:
            planning.start_review(
                session, actor, case.id, LAST_REVIEW, "Ça avance", TODAY - timedelta(1)
            )
        goals = {"home": home.id, "income": income.id, "shelter": shelter.id, "theme": theme.id}
        return Plan(case.id, goals, steps)


@pytest.fixture
def plan(store: CaseStore) -> Plan:
    return _make_plan(store)


def _flow(store: CaseStore, case_id: str) -> ReviewFlow:
    flow = ReviewFlow(case_id=case_id)
    with store.session() as session:
        flow.load_context(session, actor_named(session, ADMIN), TODAY)
    return flow


def _codes(problems, severity: Severity | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.code for p in problems if severity is None or p.severity == severity]


def _said(decision: str | None, rating: str | None = "some", **more: str) -> dict[str, object]:
    return {
        "rating": rating,
        "helped": "",
        "hindered": "",
        "decision": decision,
        "reason": "",
    } | more


# --- what the review looks at ------------------------------------------------------------
def test_each_active_goal_shows_its_steps_since_the_last_review(store, plan):
    flow = _flow(store, plan.case_id)
    context = flow.context
    assert context is not None
    assert context.last_review_on == LAST_REVIEW and context.since == LAST_REVIEW
    assert context.plan_began_on == OPENED
    assert context.next_review_on == TODAY - timedelta(1)  # the review is due
    # The plan's order: the long-term goal, the goals on the way to it, then the themes.
    assert [g.in_her_words for g in context.goals] == [HOME, INCOME, SHELTER, THEME]
    assert [g.depth for g in context.goals] == [0, 1, 1, 0]
    income = context.goal(plan.goals["income"])
    assert income is not None
    # Done 20 days before the last review: that review's, not this one's.
    assert [s.action for s in income.done] == ["Rappeler l'agente"]
    assert [s.action for s in income.missed] == ["Apporter les papiers"]
    assert [(s.action, s.overdue) for s in income.still_open] == [
        ("Ouvrir un compte", True),
        ("Remplir le formulaire", False),
    ]
    theme = context.goal(plan.goals["theme"])
    assert theme is not None and (len(theme.done), len(theme.missed)) == (0, 0)
    assert [(n.domain, n.need_level) for n in context.needs] == [
        ("housing", "high"),
        ("income", "urgent"),
    ]
    assert not context.ever_signed


def test_before_a_first_review_everything_since_the_plan_began_counts(store):
    plan = _make_plan(store, reviewed=False)
    context = _flow(store, plan.case_id).context
    assert context is not None and context.last_review_on is None and context.since == OPENED
    income = context.goal(plan.goals["income"])
    theme = context.goal(plan.goals["theme"])
    assert income is not None and theme is not None
    assert (len(income.done), len(income.missed), len(income.still_open)) == (2, 1, 2)
    assert len(theme.done) == 1


def test_goals_achieved_or_set_aside_are_not_reviewed_again(store, plan):
    with store.session() as session:
        planning.set_goal_status(
            session, actor_named(session, ADMIN), plan.goals["theme"], "achieved"
        )
    flow = _flow(store, plan.case_id)
    assert plan.goals["theme"] not in flow.goal_ids()


# --- the pages ---------------------------------------------------------------------------
def test_the_pages_in_order():
    flow = ReviewFlow(case_id="case")
    assert flow.page_keys() == ["since", "goals", "needs", "next", "summary", "done"]
    assert flow.current == "since" and ReviewFlow.kind == "review"
    assert not any(flow.page(key).skippable for key in flow.page_keys())


def test_every_goal_needs_a_decision(store, plan):
    flow = _flow(store, plan.case_id)
    flow.set_values("goals", {"by_goal": {}})
    problems = flow.check("goals")
    assert _codes(problems, Severity.ERROR) == [ReviewProblem.NO_DECISION] * 4
    assert [p.field for p in problems if p.severity == Severity.ERROR] == flow.goal_ids()
    assert not flow.can_leave("goals")
    flow.set_values("goals", {"by_goal": {g: _said("keep") for g in flow.goal_ids()}})
    assert flow.check("goals") == [] and flow.can_leave("goals")


def test_set_aside_needs_a_reason(store, plan):
    flow = _flow(store, plan.case_id)
    by_goal = {g: _said("keep") for g in flow.goal_ids()}
    by_goal[plan.goals["theme"]] = _said("set_aside", reason="   ")
    flow.set_values("goals", {"by_goal": by_goal})
    (problem,) = flow.check("goals")
    assert (problem.severity, problem.code, problem.field) == (
        Severity.ERROR,
        ReviewProblem.NO_REASON,
        plan.goals["theme"],
    )
    by_goal[plan.goals["theme"]] = _said("set_aside", reason="Elle préfère attendre l'été")
    flow.set_values("goals", {"by_goal": by_goal})
    assert flow.check("goals") == []


def test_warnings_never_block(store, plan):
    flow = _flow(store, plan.case_id)
    by_goal = {g: _said("keep") for g in flow.goal_ids()}
    by_goal[plan.goals["home"]] = _said("keep", rating=None)
    by_goal[plan.goals["shelter"]] = _said("amend", rating="achieved")
    by_goal[plan.goals["income"]] = _said("achieved", rating="achieved")  # two steps open
    flow.set_values("goals", {"by_goal": by_goal})
    problems = flow.check("goals")
    assert {p.severity for p in problems} == {Severity.WARNING}
    assert [(p.code, p.field, p.detail) for p in problems] == [
        (ReviewProblem.NO_RATING, plan.goals["home"], None),
        (ReviewProblem.OPEN_STEPS_CLOSE, plan.goals["income"], "2"),
        (ReviewProblem.RATED_ACHIEVED_NOT_MARKED, plan.goals["shelter"], None),
    ]
    assert flow.can_leave("goals")
    assert flow.steps_to_cancel() == 2


def test_unknown_values_are_errors(store, plan):
    flow = _flow(store, plan.case_id)
    by_goal = {g: _said("keep") for g in flow.goal_ids()}
    by_goal[plan.goals["home"]] = _said("forget", rating="huge")
    flow.set_values("goals", {"by_goal": by_goal})
    assert _codes(flow.check("goals")) == [
        ReviewProblem.UNKNOWN_DECISION,
        ReviewProblem.UNKNOWN_RATING,
    ]
    flow.set_values("needs", {"needs": {"housing": {"need_level": "enormous", "situation": ""}}})
    assert _codes(flow.check("needs")) == [ReviewProblem.UNKNOWN_LEVEL]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        (None, ReviewProblem.NO_NEXT_REVIEW),
        ("", ReviewProblem.NO_NEXT_REVIEW),
        ("23/12/2026", ReviewProblem.BAD_DATE),
        (TODAY.isoformat(), ReviewProblem.NEXT_REVIEW_NOT_AFTER_TODAY),
        ((TODAY - timedelta(1)).isoformat(), ReviewProblem.NEXT_REVIEW_NOT_AFTER_TODAY),
    ],
)
def test_the_next_review_comes_after_today(store, plan, typed, code):
    flow = _flow(store, plan.case_id)
    flow.set_values("next", {"next_review_on": typed, "summary": "On continue"})
    assert _codes(flow.check("next"), Severity.ERROR) == [code]
    assert not flow.can_leave("next")


def test_next_review_warnings(store, plan):
    flow = _flow(store, plan.case_id)
    assert flow.suggested_next_review() == TODAY + DEFAULT_INTERVAL  # the last one is past
    flow.set_values("next", {"next_review_on": (TODAY + timedelta(1)).isoformat(), "summary": ""})
    assert _codes(flow.check("next")) == [ReviewProblem.NO_SUMMARY]
    far = (TODAY + timedelta(days=200)).isoformat()
    flow.set_values("next", {"next_review_on": far, "summary": "Tout va bien"})
    assert _codes(flow.check("next")) == [ReviewProblem.NEXT_REVIEW_FAR]
    assert flow.can_leave("next")


def test_an_early_review_suggests_the_date_already_set(store, plan):
    later = TODAY + timedelta(days=10)
    with store.session() as session:
        session.get(Case, plan.case_id).next_review_on = later
    assert _flow(store, plan.case_id).suggested_next_review() == later


def test_only_needs_that_changed_are_updated(store, plan):
    flow = _flow(store, plan.case_id)
    flow.set_values(
        "needs",
        {"needs": {
            "housing": {"need_level": "high", "situation": "Hébergée chez sa sœur"},  # same
            "income": {"need_level": "moderate", "situation": "Aide sociale reçue"},
            "legal": {"need_level": "none", "situation": ""},  # never assessed, left alone
            "children": {"need_level": "low", "situation": ""},  # newly assessed
            "culture": {"need_level": None, "situation": ""},  # never assessed, left so
        }},
    )  # fmt: skip
    assert flow.need_changes() == [
        NeedChange("income", "moderate", "Aide sociale reçue"),
        NeedChange("children", "low", None),
    ]
    assert flow.check("needs") == []
    flow.set_values("needs", {"needs": {"culture": {"need_level": None, "situation": "Cri"}}})
    assert [(p.code, p.field) for p in flow.check("needs")] == [(ReviewProblem.NO_LEVEL, "culture")]


def test_summary_page_blocks_on_any_error_left(store, plan):
    flow = _flow(store, plan.case_id)
    assert _codes(flow.check("summary")) == [ReviewProblem.NO_DECISION] * 4 + [
        ReviewProblem.NO_NEXT_REVIEW
    ]
    with store.session() as session, pytest.raises(InvalidInput):
        flow.finish(session, actor_named(session, ADMIN))


def test_a_draft_resumes_and_forgets_goals_no_longer_active(store, plan):
    flow = _flow(store, plan.case_id)
    flow.set_values("goals", {"by_goal": {g: _said("keep") for g in flow.goal_ids()}})
    flow.current = "next"
    saved = copy.deepcopy(flow.to_draft())
    with store.session() as session:
        planning.set_goal_status(
            session, actor_named(session, ADMIN), plan.goals["theme"], "achieved"
        )
    again = ReviewFlow.from_draft(saved, case_id=plan.case_id)
    assert isinstance(again, ReviewFlow) and again.current == "next"
    with store.session() as session:
        again.load_context(session, actor_named(session, ADMIN), TODAY)
    assert [d.goal_id for d in again.decisions()] == [
        plan.goals[k] for k in ("home", "income", "shelter")
    ]
    done = {**saved, "current": "done"}  # the review was saved: never reopened at the end
    assert ReviewFlow.from_draft(done, case_id=plan.case_id).current == "summary"


# --- saving ------------------------------------------------------------------------------
def _decide_all(flow: ReviewFlow, plan: Plan) -> None:
    flow.set_values(
        "goals",
        {"by_goal": {
            plan.goals["home"]: _said("keep", "some", helped="Sa sœur l'héberge",
                                      hindered="Les loyers sont trop chers"),
            plan.goals["income"]: _said("achieved", "achieved", helped="L'agente a rappelé"),
            plan.goals["shelter"]: _said("amend", "none", hindered="Liste d'attente"),
            plan.goals["theme"]: _said("set_aside", "some", reason="Elle préfère attendre"),
        }},
    )  # fmt: skip
    flow.set_values(
        "needs", {"needs": {"income": {"need_level": "low", "situation": "Aide sociale reçue"}}}
    )
    next_on = (TODAY + timedelta(days=28)).isoformat()
    flow.set_values("next", {"next_review_on": next_on, "summary": "J'ai un revenu maintenant"})


def test_finishing_writes_the_review_and_every_decision(store, plan):
    flow = _flow(store, plan.case_id)
    _decide_all(flow, plan)
    assert flow.errors() == []
    with store.session() as session:
        saved = flow.finish(session, actor_named(session, ADMIN))
    assert saved.amended_goal_ids == (plan.goals["shelter"],)
    assert saved.achieved_goal_ids == (plan.goals["income"],)
    assert saved.set_aside_goal_ids == (plan.goals["theme"],)
    assert set(saved.cancelled_step_ids) == {
        plan.steps["Ouvrir un compte"],
        plan.steps["Remplir le formulaire"],
    }
    with store.session() as session:
        review = session.get(Review, saved.review_id)
        assert review is not None
        assert (review.held_on, review.summary, review.next_review_on) == (
            TODAY,
            "J'ai un revenu maintenant",
            TODAY + timedelta(days=28),
        )
        case = session.get(Case, plan.case_id)
        assert case.next_review_on == TODAY + timedelta(days=28)
        assert case.phase == "planning"  # a goal is to be amended: the plan is edited next
        goals = {g.id: g for g in session.scalars(select(Goal))}
        assert goals[plan.goals["income"]].status == "achieved"
        assert goals[plan.goals["income"]].achieved_on == TODAY
        assert goals[plan.goals["theme"]].status == "set_aside"
        assert goals[plan.goals["home"]].status == goals[plan.goals["shelter"]].status == "active"
        cancelled = session.get(Step, plan.steps["Ouvrir un compte"])
        assert (cancelled.status, cancelled.outcome_on) == ("cancelled", TODAY)
        assert session.get(Step, plan.steps["Visiter la maison"]).status == "open"  # amended
        rows = {
            r.goal_id: r
            for r in session.scalars(select(GoalReview).where(GoalReview.review_id == review.id))
        }
        income = rows[plan.goals["income"]]
        assert (income.decision, income.progress, income.helped) == (
            "achieved",
            "achieved",
            "L'agente a rappelé",
        )
        assert (income.steps_done, income.steps_missed, income.steps_open) == (1, 1, 2)
        assert (rows[plan.goals["theme"]].decision, rows[plan.goals["theme"]].reason) == (
            "set_aside",
            "Elle préfère attendre",
        )
        home = rows[plan.goals["home"]]
        assert (home.helped, home.hindered, home.reason) == (
            "Sa sœur l'héberge",
            "Les loyers sont trop chers",
            None,
        )
        assert rows[plan.goals["shelter"]].helped is None
        latest = session.scalars(
            select(AssessmentItem)
            .where(AssessmentItem.case_id == plan.case_id, AssessmentItem.domain == "income")
            .order_by(AssessmentItem.assessed_on.desc(), AssessmentItem.created_at.desc())
        ).first()
        assert (latest.need_level, latest.situation, latest.client_priority) == (
            "low",
            "Aide sociale reçue",
            2,  # her priority is kept
        )
        assert latest.assessed_on == TODAY
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.sequence)).all()
        actions = [e.action for e in events]
        written = " ".join(f"{e.action} {e.record_type} {e.record_id}" for e in events)
        entries = reviews.goal_reviews(session, actor_named(session, ADMIN), plan.case_id)
    assert actions.count("review.start") == 2  # the earlier review and this one
    assert actions.count("review.goal") == 4
    assert actions.count("review.assessment") == 1
    assert {"goal.achieved", "goal.set_aside"} <= set(actions)
    for words in ("Elle préfère", "sœur", "revenu", "Aide sociale"):
        assert words not in written  # the audit trail names ids only
    assert [e.goal_id for e in entries] == [
        plan.goals[k] for k in ("home", "income", "shelter", "theme")
    ]


def test_amending_leaves_a_draft_that_differs_from_the_signed_version(store, plan):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        versions.freeze_plan_version(
            session, actor, plan.case_id, signatories=[versions.Signatory("client", "Amélie")]
        )
        assert not versions.changed_since_last_version(session, plan.case_id)
    flow = _flow(store, plan.case_id)
    assert flow.context is not None and flow.context.ever_signed
    by_goal = {g: _said("keep") for g in flow.goal_ids()}
    by_goal[plan.goals["shelter"]] = _said("amend")
    flow.set_values("goals", {"by_goal": by_goal})
    flow.set_values("next", {"next_review_on": "2026-12-21", "summary": "On change de maison"})
    with store.session() as session:
        saved = flow.finish(session, actor_named(session, ADMIN))
    assert saved.plan_changed and saved.ever_signed
    assert saved.amended_goal_ids == (plan.goals["shelter"],)
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        # The amendment itself: a new step for the goal, made after the review.
        planning.add_step(session, actor, plan.goals["shelter"], "Appeler la maison Marguerite")
        assert versions.changed_since_last_version(session, plan.case_id)
        found = workspace.reviews_and_versions(session, actor, plan.case_id)
    kinds = [change.kind for change in found.changes_since_signed]
    assert ChangeKind.NEXT_REVIEW_CHANGED in kinds and ChangeKind.STEP_ADDED in kinds
    assert found.reviews[0].summary == "On change de maison"


def test_keeping_every_goal_still_moves_the_plan_on(store, plan):
    flow = _flow(store, plan.case_id)
    flow.set_values("goals", {"by_goal": {g: _said("keep") for g in flow.goal_ids()}})
    flow.set_values("next", {"next_review_on": "2026-12-21", "summary": "On continue"})
    with store.session() as session:
        saved = flow.finish(session, actor_named(session, ADMIN))
        case = session.get(Case, plan.case_id)
        assert case.phase == "implementation"
    assert saved.amended_goal_ids == saved.achieved_goal_ids == saved.cancelled_step_ids == ()
    assert saved.plan_changed and not saved.ever_signed


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"next_review_on": None}, "Choose the date of the next review."),
        ({"next_review_on": TODAY}, "The next review must come after today."),
        (
            {"decisions": [GoalDecision("GOAL:theme", "set_aside", reason=" ")]},
            "Why the goal is set aside",
        ),
        ({"decisions": [GoalDecision("GOAL:theme", "forget")]}, "The decision"),
        ({"decisions": [GoalDecision("GOAL:theme", "keep")] * 2}, "decided once"),
        ({"decisions": [GoalDecision("GOAL:other", "keep")]}, "another case"),
        ({"decisions": [GoalDecision("GOAL:achieved", "keep")]}, "no longer active"),
    ],
)
def test_apply_review_refuses_plainly_and_writes_nothing(store, plan, kwargs, message):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        other = cases.open_new_case(session, actor, cases.NewClient("Begoña"))
        other_goal = planning.add_goal(session, actor, other.id, "Un trabajo")
        planning.set_goal_status(session, actor, plan.goals["home"], "achieved")
        ids = {"theme": plan.goals["theme"], "other": other_goal.id, "achieved": plan.goals["home"]}
    decisions = [
        GoalDecision(ids[d.goal_id.split(":")[1]], d.decision, reason=d.reason)
        for d in kwargs.get("decisions", [])
    ]
    arguments = {"next_review_on": TODAY + timedelta(days=7), "summary": "x"} | kwargs
    arguments["decisions"] = decisions
    with pytest.raises(InvalidInput) as refused, store.session() as session:
        reviews.apply_review(
            session, actor_named(session, ADMIN), plan.case_id, held_on=TODAY, **arguments
        )
    assert message in str(refused.value)
    with store.session() as session:
        assert len(session.scalars(select(Review)).all()) == 1  # only the earlier one
        assert session.scalars(select(GoalReview)).all() == []


def test_a_closed_case_cannot_be_reviewed(store, plan):
    with store.session() as session:
        cases.set_phase(session, actor_named(session, ADMIN), plan.case_id, "closed")
    with pytest.raises(InvalidInput), store.session() as session:
        reviews.apply_review(
            session,
            actor_named(session, ADMIN),
            plan.case_id,
            next_review_on=TODAY + timedelta(days=7),
            summary=None,
            held_on=TODAY,
        )


# --- export and import -------------------------------------------------------------------
def test_goal_reviews_travel_with_their_case(store, plan, tmp_path):
    flow = _flow(store, plan.case_id)
    _decide_all(flow, plan)
    with store.session() as session:
        flow.finish(session, actor_named(session, ADMIN))
        document = export_document(session)
    (case,) = document["cases"]
    assert len(case["goal_reviews"]) == 4
    assert {row["review_id"] for row in case["goal_reviews"]} <= {r["id"] for r in case["reviews"]}
    target, _key = CaseStore.create(tmp_path / "b", ADMIN, PASSPHRASE)
    with target:
        wrong = copy.deepcopy(document)
        wrong["cases"][0]["goal_reviews"][0]["review_id"] = wrong["cases"][0]["goals"][0]["id"]
        with pytest.raises(ImportRejected) as refused, target.session() as session:
            import_document(session, wrong, ADMIN)
        assert "'review_id' does not name a review of this case" in str(refused.value)
        with target.session() as session:
            import_document(session, document, ADMIN)
        with target.session() as session:
            again = export_document(session)
    assert again["cases"][0]["goal_reviews"] == case["goal_reviews"]


# --- her progress ------------------------------------------------------------------------
def test_progress_lists_what_she_achieved_and_leaves_out_what_is_not_for_her(store, plan):
    flow = _flow(store, plan.case_id)
    _decide_all(flow, plan)
    with store.session() as session:
        flow.finish(session, actor_named(session, ADMIN))
        hidden = session.get(Step, plan.steps["Rappeler l'agente"])
        hidden.not_for_client = True
        found = progress.progress(session, actor_named(session, ADMIN), plan.case_id, TODAY)
    assert found.preferred_name == "Amélie" and found.document_language == "fr"
    assert found.plan_began_on == OPENED
    assert [(g.in_her_words, g.achieved_on) for g in found.goals_reached] == [(INCOME, TODAY)]
    assert [(s.action, s.done_on, s.goal_words) for s in found.steps_done] == [
        ("Demander l'aide sociale", OPENED + timedelta(9), INCOME),
        ("Premier rendez-vous", TODAY - timedelta(20), THEME),
    ]  # by date; the step left off her copy is not listed, nor the missed one
    assert found.goals_ongoing == (HOME, SHELTER)  # the theme was set aside
    assert found.next_review_on == TODAY + timedelta(days=28)


def test_a_hidden_goal_hides_what_is_under_it(store, plan):
    with store.session() as session:
        session.get(Goal, plan.goals["home"]).not_for_client = True
        found = progress.progress(session, actor_named(session, ADMIN), plan.case_id, TODAY)
    assert [s.action for s in found.steps_done] == ["Premier rendez-vous"]
    assert found.goals_ongoing == (THEME,)
