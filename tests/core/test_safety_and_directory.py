"""The safety plan, the service directory and referrals that check her consent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from shelterplan.core import cases, directory, planning, safety_plan
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.directory import ConsentMissing
from shelterplan.core.rules import InvalidInput
from shelterplan.errors import NotAllowed, NotFound
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, Referral, SafetyPlan, Service, Worker
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)
PLAN = {
    "warning_signs": "He starts drinking on Friday nights; texts from unknown numbers",
    "safe_places": "Sylvie's flat, 4th floor; the CLSC on Rue Masson",
    "people_to_call": "Sylvie 514-555-0142",
    "code_word": "tournesol",
    "emergency_numbers": "911 · SOS violence conjugale 1-800-363-9010",
    "documents_and_items": "Passport, health card, insulin, spare keys, $100 at Sylvie's",
    "children_safety": "Léo and Maya know to go to the neighbour's",
    "work_safety": "Reception screens calls",
    "online_safety": "New phone; location sharing off",
}


@pytest.fixture
def people(store: CaseStore) -> dict[str, Actor]:
    with store.session() as session:
        session.add_all(
            [Worker(name="Bea Worker", role="worker"), Worker(name="Sam Lead", role="supervisor")]
        )
    with store.session() as session:
        return {
            "admin": actor_named(session, ADMIN),
            "worker": actor_named(session, "Bea Worker"),
            "supervisor": actor_named(session, "Sam Lead"),
        }


@pytest.fixture
def case_id(store: CaseStore, people: dict[str, Actor]) -> str:
    with store.session() as session:
        return cases.open_new_case(session, people["admin"], cases.NewClient("Amélie")).id


# --- safety plan ---------------------------------------------------------------------
def test_save_creates_then_updates_the_one_plan(store, people, case_id):
    admin = people["admin"]
    with store.session() as session:
        assert safety_plan.safety_plan(session, admin, case_id) is None
        first = safety_plan.save_safety_plan(session, admin, case_id, PLAN, today=TODAY)
    with store.session() as session:
        view = safety_plan.safety_plan(session, admin, case_id)
    assert view is not None and view.plan_id == first
    assert view.safe_places == PLAN["safe_places"] and view.reviewed_on == TODAY
    assert view.has_code_word and not hasattr(view, "code_word")  # only on request
    assert view.editable

    later = TODAY + timedelta(days=14)
    changes = {"safe_places": "  Sylvie's flat\n  (back door)  ", "work_safety": "   "}
    with store.session() as session:
        again = safety_plan.save_safety_plan(session, admin, case_id, changes, today=later)
        view = safety_plan.safety_plan(session, admin, case_id)
        word = safety_plan.reveal_code_word(session, admin, case_id)
        stored = session.scalars(select(SafetyPlan)).all()
    assert again == first and len(stored) == 1 and stored[0].row_version == 2
    assert view.safe_places == "Sylvie's flat\n  (back door)"  # inner layout kept
    assert view.work_safety is None  # blank is "nothing written"
    assert view.warning_signs == PLAN["warning_signs"]  # sections not sent are kept
    assert word == "tournesol" and view.reviewed_on == later


def test_mark_reviewed_and_refusals(store, people, case_id):
    admin = people["admin"]
    with store.session() as session, pytest.raises(NotFound, match="no safety plan"):
        safety_plan.mark_reviewed(session, admin, case_id, TODAY)
    with store.session() as session, pytest.raises(InvalidInput, match="empty"):
        safety_plan.save_safety_plan(session, admin, case_id, {"safe_places": " "})
    with store.session() as session, pytest.raises(InvalidInput, match="no section called"):
        safety_plan.save_safety_plan(session, admin, case_id, {"address": "x"})
    with store.session() as session, pytest.raises(InvalidInput, match="longer than 120"):
        safety_plan.save_safety_plan(session, admin, case_id, {"code_word": "x" * 121})
    with store.session() as session:
        safety_plan.save_safety_plan(session, admin, case_id, PLAN, today=TODAY)
        reviewed = safety_plan.mark_reviewed(session, admin, case_id, TODAY + timedelta(days=3))
    assert reviewed == TODAY + timedelta(days=3)

    with store.session() as session:
        cases.set_phase(session, admin, case_id, "closed")
    with store.session() as session, pytest.raises(InvalidInput, match="closed"):
        safety_plan.save_safety_plan(session, admin, case_id, {"safe_places": "x"})
    with store.session() as session:
        view = safety_plan.safety_plan(session, admin, case_id)
    assert view is not None and not view.editable  # still readable


def test_an_unassigned_worker_may_not_read_or_save(store, people, case_id):
    with store.session() as session:
        safety_plan.save_safety_plan(session, people["admin"], case_id, PLAN)
    worker = people["worker"]
    for call in (
        lambda s: safety_plan.safety_plan(s, worker, case_id),
        lambda s: safety_plan.save_safety_plan(s, worker, case_id, {"safe_places": "x"}),
        lambda s: safety_plan.reveal_code_word(s, worker, case_id),
        lambda s: safety_plan.mark_reviewed(s, worker, case_id),
    ):
        with store.session() as session, pytest.raises(NotAllowed):
            call(session)
    with store.session() as session:
        cases.share_case(session, people["admin"], case_id, worker.worker_id)
        assert safety_plan.safety_plan(session, worker, case_id) is not None


def test_the_audit_trail_holds_no_safety_content(store, people, case_id):
    admin = people["admin"]
    with store.session() as session:
        plan_id = safety_plan.save_safety_plan(session, admin, case_id, PLAN)
        safety_plan.mark_reviewed(session, admin, case_id)
        safety_plan.reveal_code_word(session, admin, case_id)
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.sequence)).all()
        rows = [
            (e.action, e.record_type, e.record_id) for e in events if e.record_type == "safety_plan"
        ]
        everything = " ".join(
            str(getattr(e, column.key)) for e in events for column in AuditEvent.__table__.columns
        )
    assert rows == [
        ("safety_plan.save", "safety_plan", plan_id),
        ("safety_plan.review", "safety_plan", plan_id),
        ("safety_plan.code_word.show", "safety_plan", plan_id),
    ]
    for text in PLAN.values():
        assert text not in everything
    assert "Sylvie" not in everything and "tournesol" not in everything


# --- directory -----------------------------------------------------------------------
def _directory(store: CaseStore, actor: Actor) -> dict[str, str]:
    with store.session() as session:
        made = [
            directory.add_service(
                session,
                actor,
                "Centre de santé Rosemont",
                domain="physical_health",
                languages="français, English",
                eligibility="Résidents de Rosemont",
            ),
            directory.add_service(
                session,
                actor,
                "Aide juridique Montréal",
                domain="legal",
                notes="Custody and protection orders",
                phone="514-555-0199",
            ),
            directory.add_service(
                session, actor, "Banque alimentaire", domain="income", languages="español"
            ),
        ]
    return {entry.name: entry.service_id for entry in made}


def _names(found: list[directory.ServiceEntry]) -> list[str]:
    return [entry.name for entry in found]


def test_search_ignores_case_and_accents_and_filters_by_domain(store, people):
    ids = _directory(store, people["supervisor"])
    with store.session() as session:
        assert _names(directory.search_services(session, "")) == [
            "Aide juridique Montréal",
            "Banque alimentaire",
            "Centre de santé Rosemont",
        ]
        assert _names(directory.search_services(session, "SANTE")) == ["Centre de santé Rosemont"]
        assert _names(directory.search_services(session, "espanol")) == ["Banque alimentaire"]
        assert _names(directory.search_services(session, "custody")) == ["Aide juridique Montréal"]
        assert _names(directory.search_services(session, "résidents rosemont")) == [
            "Centre de santé Rosemont"
        ]
        assert _names(directory.search_services(session, "montreal bread")) == []
        assert _names(directory.search_services(session, "", domain="legal")) == [
            "Aide juridique Montréal"
        ]
        assert len(directory.search_services(session, "", limit=2)) == 2
        directory.remove_service(session, people["admin"], ids["Banque alimentaire"])
    with store.session() as session:
        assert "Banque alimentaire" not in _names(directory.search_services(session, ""))
        assert session.get(Service, ids["Banque alimentaire"]).deleted_at is not None


def test_only_supervisors_and_admins_maintain_the_directory(store, people):
    ids = _directory(store, people["admin"])
    worker = people["worker"]
    legal = ids["Aide juridique Montréal"]
    for call in (
        lambda s: directory.add_service(s, worker, "Refuge"),
        lambda s: directory.update_service(s, worker, legal, phone="0"),
        lambda s: directory.remove_service(s, worker, legal),
    ):
        with store.session() as session, pytest.raises(NotAllowed, match="supervisors"):
            call(session)
    with store.session() as session:
        changed = directory.update_service(
            session, people["supervisor"], legal, phone="514-555-0100", notes=""
        )
        assert directory.search_services(session, "aide")  # workers may read
    assert changed.phone == "514-555-0100" and changed.notes is None
    assert changed.name == "Aide juridique Montréal"  # not given: unchanged
    with store.session() as session, pytest.raises(InvalidInput, match="domain"):
        directory.add_service(session, people["admin"], "Refuge", domain="shelter")
    with store.session() as session, pytest.raises(InvalidInput, match="name cannot be empty"):
        directory.update_service(session, people["admin"], legal, name="  ")


# --- referrals -----------------------------------------------------------------------
def _referrals(store: CaseStore) -> int:
    with store.session() as session:
        return len(session.scalars(select(Referral)).all())


def test_sharing_details_needs_her_consent(store, people, case_id):
    admin = people["admin"]
    legal = _directory(store, admin)["Aide juridique Montréal"]
    with store.session() as session, pytest.raises(ConsentMissing) as missing:
        directory.refer_with_consent_check(
            session, admin, case_id, legal, shares_client_details=True
        )
    assert str(missing.value) == (
        "She has not consented to sharing her details with Aide juridique Montréal. "
        "Record her consent first, or make the referral without sharing details."
    )
    assert missing.value.service_name == "Aide juridique Montréal"
    assert _referrals(store) == 0

    with store.session() as session:  # without sharing, no consent is needed
        plain = directory.refer_with_consent_check(session, admin, case_id, legal)
        consent = cases.record_consent(session, admin, case_id, "Share with legal aid")
        consent.service_id = legal
        shared = directory.refer_with_consent_check(
            session, admin, case_id, legal, shares_client_details=True
        )
    assert plain.consent_id is None and not plain.shares_client_details
    assert shared.consent_id == consent.id and shared.service_name == "Aide juridique Montréal"
    with store.session() as session:
        listed = directory.case_referrals(session, admin, case_id).referrals
    assert {entry.referral_id for entry in listed} == {plain.referral_id, shared.referral_id}
    assert all(entry.status == "proposed" and entry.made_on is None for entry in listed)


@pytest.mark.parametrize("how", ["withdrawn", "expired", "other_service", "other_case", "later"])
def test_a_consent_that_does_not_hold_today_is_refused(store, people, case_id, how):
    admin = people["admin"]
    ids = _directory(store, admin)
    legal, food = ids["Aide juridique Montréal"], ids["Banque alimentaire"]
    with store.session() as session:
        owner = case_id
        if how == "other_case":
            owner = cases.open_new_case(session, admin, cases.NewClient("Zoé")).id
        consent = cases.record_consent(
            session, admin, owner, "share", given_on=TODAY - timedelta(days=60)
        )
        consent.service_id = food if how == "other_service" else legal
        if how == "withdrawn":
            consent.withdrawn_on = TODAY - timedelta(days=1)
        if how == "expired":
            consent.expires_on = TODAY - timedelta(days=1)
        if how == "later":
            consent.given_on = TODAY + timedelta(days=1)
    with store.session() as session, pytest.raises(ConsentMissing):
        directory.refer_with_consent_check(
            session, admin, case_id, legal, shares_client_details=True, today=TODAY
        )
    assert _referrals(store) == 0


def test_a_consent_from_before_the_directory_counts_when_its_scope_names_the_service(
    store, people, case_id
):
    admin = people["admin"]
    legal = _directory(store, admin)["Aide juridique Montréal"]
    with store.session() as session:
        cases.record_consent(session, admin, case_id, "share", "Custody papers to legal aid")
    with store.session() as session, pytest.raises(ConsentMissing):
        directory.refer_with_consent_check(session, admin, case_id, legal, None, True)
    with store.session() as session:
        cases.record_consent(
            session, admin, case_id, "share", "Her file to AIDE JURIDIQUE MONTREAL (custody)"
        )
        assert directory.refer_with_consent_check(session, admin, case_id, legal, None, True)


def test_an_unassigned_worker_learns_nothing_about_consents(store, people, case_id):
    legal = _directory(store, people["admin"])["Aide juridique Montréal"]
    with store.session() as session, pytest.raises(NotAllowed):
        directory.refer_with_consent_check(session, people["worker"], case_id, legal, None, True)
    with store.session() as session, pytest.raises(NotAllowed):
        directory.case_referrals(session, people["worker"], case_id)


def test_status_updates(store, people, case_id):
    admin = people["admin"]
    legal = _directory(store, admin)["Aide juridique Montréal"]
    with store.session() as session:
        goal = planning.add_goal(session, admin, case_id, "Garder mes enfants avec moi")
        consent = cases.record_consent(session, admin, case_id, "share", given_on=TODAY)
        consent.service_id = legal
        made = directory.refer_with_consent_check(
            session, admin, case_id, legal, goal.id, shares_client_details=True
        )
        entry = directory.set_referral_status(session, admin, made.referral_id, "made", None, TODAY)
    assert entry.status == "made" and entry.made_on == TODAY
    assert entry.goal_text == "Garder mes enfants avec moi"
    assert entry.service_phone == "514-555-0199"

    with store.session() as session, pytest.raises(InvalidInput, match="outcome"):
        directory.set_referral_status(session, admin, made.referral_id, "completed", "  ")
    with store.session() as session, pytest.raises(InvalidInput, match="must be one of"):
        directory.set_referral_status(session, admin, made.referral_id, "lost")
    with store.session() as session:
        done = directory.set_referral_status(
            session, admin, made.referral_id, "completed", "Lawyer assigned", TODAY
        )
        again = directory.set_referral_status(session, admin, made.referral_id, "accepted")
    assert (done.status, done.outcome) == ("completed", "Lawyer assigned")
    assert again.outcome == "Lawyer assigned" and again.made_on == TODAY  # kept

    with store.session() as session:  # she withdraws: making it again is refused
        consent = session.get(type(consent), consent.id)
        consent.withdrawn_on = TODAY
    with store.session() as session, pytest.raises(ConsentMissing):
        directory.set_referral_status(session, admin, made.referral_id, "made", None, TODAY)
    with store.session() as session:
        back = directory.set_referral_status(session, admin, made.referral_id, "proposed")
        listed = directory.case_referrals(session, admin, case_id).referrals
        directory.remove_service(session, admin, legal)
    assert back.made_on is None and listed[0].status == "proposed"
    with store.session() as session:
        assert directory.case_referrals(session, admin, case_id).referrals[0].service_removed
        cases.set_phase(session, admin, case_id, "closed")
    with store.session() as session:
        assert not directory.case_referrals(session, admin, case_id).editable
    with store.session() as session, pytest.raises(InvalidInput, match="closed"):
        directory.set_referral_status(session, admin, made.referral_id, "made")
    with store.session() as session, pytest.raises(NotAllowed):
        directory.set_referral_status(session, people["worker"], made.referral_id, "made")
