"""Read models of the case workspace tabs, without any screen."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from shelterplan.core import cases, planning, versions, workspace
from shelterplan.core.actors import actor_named
from shelterplan.core.plan_diff import ChangeKind, PlanChange
from shelterplan.core.workspace import ConsentState, SafeContactRule
from shelterplan.errors import NotAllowed
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, Note, PlanVersion, Step, Worker
from tests.conftest import ADMIN
from tests.helpers.content import canary, write_everything

TODAY = date(2026, 11, 23)


@pytest.fixture
def full_case(store: CaseStore) -> str:
    with store.session() as session:
        _, case_id = write_everything(session, ADMIN)
    return case_id


def _new_case(store: CaseStore, client: cases.NewClient) -> str:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        return cases.open_new_case(session, actor, client, opened_on=TODAY).id


# --- overview ----------------------------------------------------------------------------
def test_overview_reads_her_details_people_and_consents(store, full_case):
    with store.session() as session:
        overview = workspace.case_overview(session, actor_named(session, ADMIN), full_case)
    assert overview.preferred_name == canary("Preferred")
    assert overview.legal_name == canary("Legal")
    assert overview.pronouns == "she/her"
    assert overview.languages == ("fr", "en")
    assert overview.document_language == "fr"
    assert overview.program == canary("Program")
    assert overview.phase == "review"
    assert overview.opened_on == TODAY
    assert overview.lead_worker == ADMIN
    assert [p.name for p in overview.support_people] == [canary("Sister")]
    assert overview.support_people[0].safe_to_contact is False
    assert overview.team == ()
    assert [c.purpose for c in overview.consents] == ["share"]
    assert overview.consents[0].valid_on(TODAY)


def test_safe_contact_rules_from_a_full_intake(store, full_case):
    with store.session() as session:
        overview = workspace.case_overview(session, actor_named(session, ADMIN), full_case)
    assert overview.rules == (
        SafeContactRule.DO_NOT_TELL,
        SafeContactRule.NO_MESSAGES,
        SafeContactRule.SAFE_PHONE,
        SafeContactRule.SAFE_TIMES,
        SafeContactRule.CODE_WORD,
    )
    texts = {rule.rule: rule.text for rule in overview.safe_contact}
    assert texts[SafeContactRule.DO_NOT_TELL] == canary("DoNotTell")
    assert texts[SafeContactRule.SAFE_TIMES] == canary("SafeTimes")
    assert texts[SafeContactRule.CODE_WORD] is None
    assert canary("CodeWord") not in repr(overview)


@pytest.mark.parametrize(
    ("may_leave_message", "phone", "expected"),
    [
        (None, None, (SafeContactRule.MESSAGES_UNKNOWN, SafeContactRule.NO_PHONE)),
        (False, None, (SafeContactRule.NO_MESSAGES, SafeContactRule.NO_PHONE)),
        (True, "555-0199", (SafeContactRule.MESSAGES_OK, SafeContactRule.SAFE_PHONE)),
    ],
)
def test_safe_contact_rules_when_little_is_known(store, may_leave_message, phone, expected):
    case_id = _new_case(
        store, cases.NewClient("Lucía", may_leave_message=may_leave_message, safe_phone=phone)
    )
    with store.session() as session:
        overview = workspace.case_overview(session, actor_named(session, ADMIN), case_id)
    assert overview.rules == expected
    assert overview.support_people == overview.team == overview.consents == ()


def test_the_code_word_is_revealed_on_request_and_audited(store, full_case):
    with store.session() as session:
        word = workspace.reveal_code_word(session, actor_named(session, ADMIN), full_case)
    assert word == canary("CodeWord")
    with store.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert actions[-1] == "client.code_word.show"


def test_age_from_the_birth_date_or_the_age_given_at_intake(store):
    born = _new_case(store, cases.NewClient("Inés", birth_date=date(1990, 11, 24)))
    about = _new_case(store, cases.NewClient("Manon", approximate_age=40))
    unknown = _new_case(store, cases.NewClient("Awa"))
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        ages = [workspace.case_overview(session, actor, c).age_on(TODAY) for c in (born, about)]
        assert workspace.case_overview(session, actor, unknown).age_on(TODAY) is None
    assert ages == [35, 40]  # the day before her 36th birthday


def test_consent_validity_with_withdrawn_expired_and_future(store):
    case_id = _new_case(store, cases.NewClient("Fatou"))
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        expired = cases.record_consent(
            session, actor, case_id, "housing", None, TODAY - timedelta(days=200), TODAY
        )
        withdrawn = cases.record_consent(session, actor, case_id, "legal aid", None, TODAY)
        cases.withdraw_consent(session, actor, withdrawn.id)
        cases.record_consent(
            session, actor, case_id, "doctor", "results", TODAY + timedelta(days=2)
        )
        expired_id, withdrawn_id = expired.id, withdrawn.id
    with store.session() as session:
        overview = workspace.case_overview(session, actor_named(session, ADMIN), case_id)
    by_purpose = {consent.purpose: consent for consent in overview.consents}
    assert by_purpose["housing"].consent_id == expired_id
    assert by_purpose["housing"].valid_on(TODAY)  # the last day still counts
    assert by_purpose["housing"].state_on(TODAY + timedelta(days=1)) == ConsentState.EXPIRED
    assert by_purpose["legal aid"].consent_id == withdrawn_id
    assert by_purpose["legal aid"].state_on(date.today()) == ConsentState.WITHDRAWN
    assert not by_purpose["legal aid"].valid_on(date.today())
    assert by_purpose["doctor"].state_on(TODAY) == ConsentState.NOT_YET
    assert by_purpose["doctor"].valid_on(TODAY + timedelta(days=2))
    assert overview.consents[0].purpose == "doctor"  # newest first


# --- assessment --------------------------------------------------------------------------
def test_assessment_keeps_the_latest_item_per_domain_in_intake_order(store, full_case):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        # write_everything assessed housing today (the real day): this one is older
        earlier = date.today() - timedelta(days=30)
        cases.assess_domain(
            session, actor, full_case, "housing", "older", "low", assessed_on=earlier
        )
        cases.assess_domain(session, actor, full_case, "safety", "He calls at night", "urgent", 2)
        cases.add_strength(session, actor, full_case, "Speaks three languages")
    with store.session() as session:
        found = workspace.assessment(session, actor_named(session, ADMIN), full_case)
    assert [item.domain for item in found.items] == ["safety", "housing"]
    housing = found.items[1]
    assert (housing.situation, housing.need_level, housing.client_priority) == (
        canary("Situation"),
        "high",
        1,
    )
    assert housing.risks == canary("Risk")
    assert found.items[0].need_level == "urgent"
    assert found.strengths == (canary("Strength"), "Speaks three languages")


# --- notes -------------------------------------------------------------------------------
def test_notes_timeline_is_newest_first_without_deleted_notes(store, full_case):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        old = cases.add_note(session, actor, full_case, "first visit", datetime(2026, 1, 5, 9))
        cases.add_note(session, actor, full_case, "hidden", datetime(2026, 1, 6, 9))
        cases.add_note(session, actor, full_case, "second visit", datetime(2026, 1, 7, 9))
        session.scalar(select(Note).where(Note.body == "hidden")).deleted_at = datetime.now()
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        timeline = workspace.notes_timeline(session, actor, full_case)
        assert len(workspace.notes_timeline(session, actor, full_case, limit=2)) == 2
    bodies = [note.body for note in timeline]
    assert bodies == [canary("Note"), "second visit", "first visit"]
    assert timeline[-1].note_id == old.id
    assert {note.worker_name for note in timeline} == {ADMIN}


# --- reviews and versions ----------------------------------------------------------------
def test_reviews_and_the_signed_version_with_nothing_changed(store, full_case):
    with store.session() as session:
        found = workspace.reviews_and_versions(session, actor_named(session, ADMIN), full_case)
        stored = session.scalar(select(PlanVersion).where(PlanVersion.case_id == full_case))
    assert [(r.held_on, r.summary, r.worker_name) for r in found.reviews] == [
        (TODAY, canary("Summary"), ADMIN)
    ]
    assert found.reviews[0].next_review_on == TODAY + timedelta(days=30)
    (version,) = found.versions
    assert (version.number, version.language, version.signed) == (1, "fr", True)
    assert [s.name for s in version.signatories] == [canary("Signer")]
    assert version.fingerprint == stored.content_sha256[:12]
    assert len(version.fingerprint) == 12
    assert found.ever_signed and found.last_signed_number == 1
    assert found.changes_since_signed == ()


def test_changes_since_signed_after_editing_a_due_date_and_adding_a_goal(store, full_case):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        step = session.scalar(select(Step).where(Step.case_id == full_case))
        old_due = step.due_on
        step.due_on = old_due + timedelta(days=7)
        planning.record_step_outcome(session, actor, step.id, "open", None)
        goal = planning.add_goal(session, actor, full_case, "Retomar mis estudios")
        planning.add_step(session, actor, goal.id, "Llamar al colegio", "client")
        # a draft frozen after the edit is not signed: changes still count from version 1
        versions.freeze_plan_version(session, actor, full_case)
    with store.session() as session:
        found = workspace.reviews_and_versions(session, actor_named(session, ADMIN), full_case)
    assert [v.number for v in found.versions] == [2, 1]
    assert not found.versions[0].signed
    assert found.last_signed_number == 1
    assert found.changes_since_signed == (
        PlanChange(ChangeKind.GOAL_ADDED, "Retomar mis estudios"),
        PlanChange(ChangeKind.STEP_STATUS_CHANGED, canary("Action"), "done", "open"),
        PlanChange(
            ChangeKind.STEP_DUE_CHANGED,
            canary("Action"),
            old_due.isoformat(),
            (old_due + timedelta(days=7)).isoformat(),
        ),
        PlanChange(ChangeKind.STEP_ADDED, "Llamar al colegio"),
    )


def test_nothing_signed_yet_means_no_changes_listed(store):
    case_id = _new_case(store, cases.NewClient("Aminata"))
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        planning.add_goal(session, actor, case_id, "Un logement à moi")
        versions.freeze_plan_version(session, actor, case_id)  # a draft, unsigned
        planning.add_goal(session, actor, case_id, "Un travail")
    with store.session() as session:
        found = workspace.reviews_and_versions(session, actor_named(session, ADMIN), case_id)
    assert not found.ever_signed and found.last_signed_number is None
    assert found.changes_since_signed == ()
    assert found.versions[0].signatories == () and found.reviews == ()


def test_plan_changes_names_removals_rewording_details_and_other():
    step = {"id": "s1", "action": "Call legal aid", "status": "open", "due_on": None}
    goal = {"id": "g1", "in_her_words": "A safe home", "status": "active", "steps": [step]}
    gone = {"id": "g2", "in_her_words": "A job", "status": "active", "steps": []}
    signed = {"goals": [goal, gone], "next_review_on": "2026-12-01", "people": []}
    now_step = {**step, "action": "Call legal aid Monday", "instructions": "Bring ID"}
    now_goal = {**goal, "target_on": "2027-03-01", "status": "achieved", "steps": [now_step]}
    current = {"goals": [now_goal], "next_review_on": None, "people": [{"name": "Sylvie"}]}
    assert workspace.plan_changes(signed, current) == [
        PlanChange(ChangeKind.GOAL_TARGET_CHANGED, "A safe home", None, "2027-03-01"),
        PlanChange(ChangeKind.GOAL_STATUS_CHANGED, "A safe home", "active", "achieved"),
        PlanChange(ChangeKind.GOAL_REMOVED, "A job"),
        PlanChange(
            ChangeKind.STEP_REWORDED, "Call legal aid Monday", "Call legal aid", now_step["action"]
        ),
        PlanChange(ChangeKind.STEP_DETAILS_CHANGED, "Call legal aid Monday"),
        PlanChange(ChangeKind.PEOPLE_CHANGED),
        PlanChange(ChangeKind.NEXT_REVIEW_CHANGED, None, "2026-12-01", None),
    ]
    assert workspace.plan_changes(signed, {**signed, "document_language": "es"}) == [
        PlanChange(ChangeKind.OTHER_CHANGED)
    ]
    assert workspace.plan_changes(signed, json.loads(json.dumps(signed))) == []


# --- access ------------------------------------------------------------------------------
def test_an_unassigned_worker_is_refused_everywhere(store, full_case):
    with store.session() as session:
        session.add(Worker(name="Bea Worker", role="worker"))
    readers = (
        workspace.case_overview,
        workspace.assessment,
        workspace.notes_timeline,
        workspace.reviews_and_versions,
        workspace.reveal_code_word,
    )
    for read in readers:
        with pytest.raises(NotAllowed), store.session() as session:
            read(session, actor_named(session, "Bea Worker"), full_case)
    with store.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "client.code_word.show" not in actions
