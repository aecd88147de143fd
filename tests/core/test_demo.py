"""The synthetic demo data: plausible, consistent, deterministic, usable by the queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import aliased

from shelterplan.core.actors import Actor
from shelterplan.core.demo import DemoSummary, populate
from shelterplan.core.demo_words import WORDS
from shelterplan.core.queries import CaseloadFilter, caseload_page, deadlines
from shelterplan.core.versions import canonical_json, content_fingerprint, plan_snapshot
from shelterplan.core.vocab import GoalKind, Role, StepStatus
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import (
    AuditEvent,
    Case,
    Client,
    Goal,
    Note,
    PlanVersion,
    Service,
    Step,
    Worker,
)

TODAY = date(2025, 3, 14)
SEED = 5  # gives a few signed plan versions among 30 cases
PASSPHRASE = "a long test passphrase"


def _new_store(folder: Path) -> CaseStore:
    store, _recovery = CaseStore.create(folder, "Ana Admin", PASSPHRASE)
    return store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    store = _new_store(tmp_path / "store")
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CaseStore, DemoSummary]]:
    """One populated store shared by the tests that only read it (keeps the module fast)."""
    store = _new_store(tmp_path_factory.mktemp("demo") / "store")
    yield store, populate(store, 30, seed=SEED, today=TODAY)
    store.close()


def _count(store: CaseStore, model: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_counts_are_plausible(demo: tuple[CaseStore, DemoSummary]) -> None:
    store, summary = demo
    assert summary.clients == summary.cases == 30
    assert summary.workers == 4 and summary.services == 15
    assert 5 * 30 <= summary.steps <= 15 * 30
    assert 2 * 30 <= summary.goals <= 8 * 30
    assert 30 <= summary.notes <= 4 * 30
    assert summary.plan_versions >= 1
    assert _count(store, Client) == _count(store, Case) == 30
    assert _count(store, Step) == summary.steps
    assert _count(store, Note) == summary.notes
    assert _count(store, Service) == 15
    assert _count(store, Worker) == 5  # the admin stays beside the demo staff


def test_every_case_has_a_client_and_a_long_term_goal(demo: tuple[CaseStore, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as session:
        for case in session.scalars(select(Case)):
            assert case.client is not None
            kinds = session.scalars(select(Goal.kind).where(Goal.case_id == case.id)).all()
            assert GoalKind.LONG_TERM in kinds
            assert case.opened_on <= TODAY
            assert case.assignments and any(a.lead for a in case.assignments)


def test_goals_and_steps_hang_together(demo: tuple[CaseStore, DemoSummary]) -> None:
    store, _ = demo
    parent = aliased(Goal)
    with store.session() as session:
        pairs = session.execute(select(Goal, parent).outerjoin(parent, parent.id == Goal.parent_id))
        for goal, up in pairs.all():
            if goal.kind == GoalKind.INTERMEDIATE:
                assert up is not None and up.case_id == goal.case_id
                assert up.kind == GoalKind.LONG_TERM
                assert goal.target_on is None or goal.target_on <= up.target_on
            else:
                assert goal.parent_id is None
        mismatched = session.scalar(
            select(func.count())
            .select_from(Step)
            .join(Goal, Goal.id == Step.goal_id)
            .where(Goal.case_id != Step.case_id)
        )
        assert mismatched == 0


def test_steps_are_in_the_past_and_the_future(demo: tuple[CaseStore, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as session:
        steps = session.scalars(select(Step)).all()
    overdue = [s for s in steps if s.status == StepStatus.OPEN and s.due_on < TODAY]
    upcoming = [s for s in steps if s.status == StepStatus.OPEN and s.due_on >= TODAY]
    finished = [s for s in steps if s.status in (StepStatus.DONE, StepStatus.MISSED)]
    assert overdue and upcoming and finished
    assert any(s.status == StepStatus.MISSED for s in finished)
    assert all(s.outcome and s.outcome_on and s.outcome_on <= TODAY for s in finished)
    assert all(s.outcome_on is None for s in overdue + upcoming)
    assert any(s.appointment_at is not None for s in steps)


def test_goals_are_in_the_clients_language(demo: tuple[CaseStore, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as session:
        languages = set(session.scalars(select(Client.document_language)))
        rows = session.execute(
            select(Goal.kind, Goal.in_her_words, Client.document_language)
            .join(Case, Case.id == Goal.case_id)
            .join(Client, Client.id == Case.client_id)
        ).all()
    assert languages == {"en", "fr", "es"}
    for kind, words, language in rows:
        assert words in WORDS[language][kind]


def _names_in_order(store: CaseStore) -> list[str]:
    with store.session() as session:
        return list(session.scalars(text("SELECT preferred_name FROM clients ORDER BY rowid")))


def test_same_seed_gives_the_same_caseload(
    demo: tuple[CaseStore, DemoSummary], tmp_path: Path
) -> None:
    first = _names_in_order(demo[0])
    for seed, folder in ((SEED, "same"), (SEED + 1, "other")):
        store = _new_store(tmp_path / folder)
        try:
            populate(store, 10, seed=seed, today=TODAY)
            names = _names_in_order(store)
        finally:
            store.close()
        assert (names == first[:10]) is (seed == SEED)


def test_the_app_queries_see_the_demo_cases(demo: tuple[CaseStore, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as session:
        worker = session.scalars(select(Worker).where(Worker.role == Role.WORKER)).first()
        assert worker is not None
        actor = Actor(worker.id, worker.name, Role.WORKER)
        page = caseload_page(session, actor, CaseloadFilter(), TODAY)
        due = deadlines(session, actor, TODAY)
        name = page[0].client_name.split()[0]
        everyone = Actor("-", "Boss", Role.SUPERVISOR)
        found = caseload_page(session, everyone, CaseloadFilter(all_cases=True, search=name), TODAY)
    assert page and due
    assert any(row.overdue for row in due)
    assert page[0].case_id in {row.case_id for row in found}  # the search index is kept


def test_signed_plans_are_real_snapshots(demo: tuple[CaseStore, DemoSummary]) -> None:
    store, _ = demo
    with store.session() as session:
        versions = session.scalars(select(PlanVersion)).all()
        assert versions
        for version in versions:
            snapshot = plan_snapshot(session, version.case_id)
            assert version.snapshot == canonical_json(snapshot)
            assert version.content_sha256 == content_fingerprint(snapshot)
            assert version.signed_at is not None


def test_the_search_index_covers_every_client_and_note(
    demo: tuple[CaseStore, DemoSummary],
) -> None:
    store, summary = demo
    with store.session() as session:
        refs = session.scalar(text("SELECT count(*) FROM search_refs"))
        staged = session.scalar(text("SELECT count(*) FROM temp.sqlite_master"))
    assert refs == summary.clients + summary.notes
    assert staged == 0  # no staging table left behind


def test_populate_is_on_the_audit_trail_and_leaves_settings_alone(store: CaseStore) -> None:
    with store.session() as session:
        cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    populate(store, 5, seed=SEED, today=TODAY)
    with store.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "demo.populate" in actions
        assert audit_chain.verify(session) is None
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == cache


def test_a_second_run_reuses_staff_and_directory(store: CaseStore) -> None:
    first = populate(store, 5, seed=SEED, today=TODAY)
    again = populate(store, 5, seed=SEED, today=TODAY)
    assert first.workers == 4 and first.services == 15
    assert again.workers == 0 and again.services == 0
    assert _count(store, Worker) == 5
    assert _count(store, Client) == 10


def test_demo_workers_can_unlock_with_the_given_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "store"
    store = _new_store(folder)
    try:
        populate(store, 3, seed=SEED, today=TODAY, worker_passphrase="demo worker passphrase")
        with store.session() as session:
            supervisors = select(Worker.name).where(
                Worker.role == Role.SUPERVISOR, Worker.is_admin.is_(False)
            )  # the store's first account is a supervisor too, and its administrator
            name = session.scalars(supervisors).one()
    finally:
        store.close()
    with CaseStore.unlock(folder, name, "demo worker passphrase") as unlocked:
        assert unlocked.worker_name == name
