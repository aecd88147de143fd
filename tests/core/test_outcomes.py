"""Outcome figures on a fixed synthetic store match the same figures computed here
independently, with plain SQL (and Python for what plain SQL cannot say: medians and
"the next review"); filters; supervisors and administrators only."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import text

from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.outcomes import (
    OutcomeFigures,
    OutcomeFilter,
    filter_choices,
    may_see_outcomes,
    outcome_figures,
)
from shelterplan.core.periods import Granularity, buckets
from shelterplan.core.rules import InvalidInput
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Worker
from tests.helpers.outcomes import TODAY, outcome_store, supervisor_name

ADMIN = "Olga Outcomes"
PASSPHRASE = "outcome test passphrase"


@pytest.fixture(scope="module")
def outcomes_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseStore]:
    """One synthetic store for the module (building it takes a few seconds)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    folder: Path = tmp_path_factory.mktemp("outcomes") / "store"
    store, _ = CaseStore.create(folder, ADMIN, PASSPHRASE)
    outcome_store(store, clients=260, seed=11)
    yield store
    store.close()
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def boss(outcomes_store: CaseStore) -> Actor:
    with outcomes_store.session() as session:
        return actor_named(session, supervisor_name(outcomes_store))


def _figures(store: CaseStore, actor: Actor, f: OutcomeFilter) -> OutcomeFigures:
    with store.session() as session:
        return outcome_figures(session, actor, f, TODAY)


# --- the same figures, independently ------------------------------------------------------


def _rows(store: CaseStore, sql: str, **params: object) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def _cases_in_scope(store: CaseStore, f: OutcomeFilter) -> dict[str, tuple]:
    """case id -> (opened_on, closed_on, phase) for live cases of live clients, filtered."""
    rows = _rows(
        store,
        "SELECT c.id, c.opened_on, c.closed_on, c.phase, c.program FROM cases c "
        "JOIN clients cl ON cl.id = c.client_id "
        "WHERE c.deleted_at IS NULL AND cl.deleted_at IS NULL",
    )
    leads = _leads(store)
    found = {}
    for case_id, opened, closed, phase, program in rows:
        if f.program is not None and program != f.program:
            continue
        if f.worker_id is not None and f.worker_id not in leads.get(case_id, ()):
            continue
        found[case_id] = (opened, closed, phase)
    return found


def _leads(store: CaseStore) -> dict[str, list[str]]:
    leads: dict[str, list[str]] = defaultdict(list)
    for case_id, worker_id in _rows(
        store, "SELECT case_id, worker_id FROM case_assignments WHERE lead = 1"
    ):
        leads[case_id].append(worker_id)
    return leads


def _iso(day: date) -> str:
    return day.isoformat()


def expected_active(store: CaseStore, f: OutcomeFilter) -> tuple[Counter[str], int]:
    scope = _cases_in_scope(store, f)
    leads = _leads(store)
    per_worker: Counter[str] = Counter()
    total = 0
    for case_id, (opened, closed, _phase) in scope.items():
        if opened <= _iso(f.end) and (closed is None or closed >= _iso(f.start)):
            total += 1
            for worker in leads.get(case_id, ()):
                if f.worker_id is None or worker == f.worker_id:
                    per_worker[worker] += 1
    return per_worker, total


def expected_overdue(store: CaseStore, f: OutcomeFilter) -> Counter[str]:
    scope = _cases_in_scope(store, f)
    leads = _leads(store)
    rows = _rows(
        store,
        "SELECT case_id, count(*) FROM steps WHERE status = 'open' AND deleted_at IS NULL "
        "AND due_on >= :start AND due_on <= :end AND due_on < :today GROUP BY case_id",
        start=_iso(f.start),
        end=_iso(f.end),
        today=_iso(TODAY),
    )
    found: Counter[str] = Counter()
    for case_id, count in rows:
        if case_id in scope and scope[case_id][2] != "closed":
            for worker in leads.get(case_id, ()):
                if f.worker_id is None or worker == f.worker_id:
                    found[worker] += count
    return found


def _bucket_of(day: str, f: OutcomeFilter) -> str:
    d = date.fromisoformat(day)
    if f.granularity == Granularity.QUARTER:
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return d.strftime("%Y-%m")


def expected_goals(store: CaseStore, f: OutcomeFilter) -> dict[tuple[str | None, str], int]:
    scope = _cases_in_scope(store, f)
    rows = _rows(
        store,
        "SELECT case_id, domain, achieved_on FROM goals WHERE status = 'achieved' "
        "AND deleted_at IS NULL AND achieved_on BETWEEN :start AND :end",
        start=_iso(f.start),
        end=_iso(f.end),
    )
    found: Counter[tuple[str | None, str]] = Counter()
    for case_id, domain, achieved in rows:
        if case_id in scope:
            found[(domain, _bucket_of(achieved, f))] += 1
    return dict(found)


def expected_housing(store: CaseStore, f: OutcomeFilter) -> dict[str, list[int]]:
    scope = _cases_in_scope(store, f)
    rows = _rows(
        store,
        "SELECT g.case_id, min(g.achieved_on), c.opened_on FROM goals g "
        "JOIN cases c ON c.id = g.case_id WHERE g.status = 'achieved' AND g.domain = 'housing' "
        "AND g.deleted_at IS NULL GROUP BY g.case_id",
    )
    found: dict[str, list[int]] = defaultdict(list)
    for case_id, first, opened in rows:
        if case_id in scope and _iso(f.start) <= first <= _iso(f.end):
            days = (date.fromisoformat(first) - date.fromisoformat(opened)).days
            found[_bucket_of(first, f)].append(days)
            found["*"].append(days)
    return found


def expected_referrals(store: CaseStore, f: OutcomeFilter) -> dict[tuple[str, str], int]:
    scope = _cases_in_scope(store, f)
    rows = _rows(
        store,
        "SELECT r.case_id, s.name, r.status FROM referrals r "
        "JOIN services s ON s.id = r.service_id "
        "WHERE r.deleted_at IS NULL AND coalesce(r.made_on, date(r.created_at)) "
        "BETWEEN :start AND :end",
        start=_iso(f.start),
        end=_iso(f.end),
    )
    found: Counter[tuple[str, str]] = Counter()
    for case_id, service, status in rows:
        if case_id in scope:
            found[(service, status)] += 1
    return dict(found)


def expected_reviews(store: CaseStore, f: OutcomeFilter) -> dict[str, Counter[str]]:
    scope = _cases_in_scope(store, f)
    rows = _rows(
        store,
        "SELECT case_id, held_on, next_review_on FROM reviews WHERE deleted_at IS NULL "
        "ORDER BY case_id, held_on",
    )
    by_case: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for case_id, held, due in rows:
        by_case[case_id].append((held, due))
    closed_on = dict(_rows(store, "SELECT id, closed_on FROM cases"))
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for case_id, reviews in by_case.items():
        if case_id not in scope:
            continue
        for held, due in reviews:
            if due is None or not _iso(f.start) <= due <= _iso(f.end):
                continue
            later = [h for h, _ in reviews if h > held]
            next_held = min(later) if later else None
            if next_held is None:
                closed = closed_on[case_id]
                if closed is not None and closed <= due:
                    continue
                outcome = "not_held" if due < _iso(TODAY) else "not_yet_due"
            else:
                outcome = "on_time" if next_held <= due else "late"
            found[_bucket_of(due, f)][outcome] += 1
    return found


def assert_match(store: CaseStore, figures: OutcomeFigures) -> None:
    f = figures.filters
    keys = [b.key for b in figures.buckets]
    per_worker, total = expected_active(store, f)
    assert {r.worker_id: r.count for r in figures.active_cases} == dict(per_worker)
    assert figures.active_cases_total == total
    assert {r.worker_id: r.count for r in figures.overdue_steps} == dict(expected_overdue(store, f))
    goals = {
        (series.domain, keys[i]): n
        for series in figures.goals_achieved
        for i, n in enumerate(series.counts)
        if n
    }
    assert goals == expected_goals(store, f)
    housing = expected_housing(store, f)
    overall = housing.get("*", [])
    assert figures.housing.overall.cases == len(overall)
    assert figures.housing.overall.days == (statistics.median(overall) if overall else None)
    for key, median in zip(keys, figures.housing.by_bucket, strict=True):
        values = housing.get(key, [])
        assert median.cases == len(values), key
        assert median.days == (statistics.median(values) if values else None), key
    referrals = {
        (s.service_name, status): s.count(status)
        for s in figures.referrals
        for status in ("proposed", "made", "accepted", "declined", "completed")
        if s.count(status)
    }
    assert referrals == expected_referrals(store, f)
    reviews = expected_reviews(store, f)
    for row in figures.reviews:
        want = reviews.get(row.bucket, Counter())
        got = {"on_time": row.on_time, "late": row.late, "not_held": row.not_held}
        got["not_yet_due"] = row.not_yet_due
        assert got == {k: want.get(k, 0) for k in got}, row.bucket
    assert sum(sum(c.values()) for k, c in reviews.items() if k not in keys) == 0


# --- the tests ----------------------------------------------------------------------------


def test_the_store_has_something_in_every_figure(outcomes_store, boss):
    figures = _figures(outcomes_store, boss, OutcomeFilter.default(TODAY))
    assert figures.active_cases and figures.overdue_steps and figures.goals_achieved
    assert figures.housing.overall.cases >= 5
    assert figures.referrals
    total = figures.reviews_total
    assert total.on_time and total.late and total.not_held


def test_default_figures_match_plain_sql(outcomes_store, boss):
    assert_match(outcomes_store, _figures(outcomes_store, boss, OutcomeFilter.default(TODAY)))


def test_quarters_over_two_years_match_plain_sql(outcomes_store, boss):
    f = OutcomeFilter(date(2025, 1, 1), TODAY, granularity=Granularity.QUARTER)
    figures = _figures(outcomes_store, boss, f)
    assert [b.key for b in figures.buckets][:2] == ["2025-Q1", "2025-Q2"]
    assert_match(outcomes_store, figures)


def test_a_period_in_the_past_matches_plain_sql(outcomes_store, boss):
    f = OutcomeFilter(date(2026, 2, 10), date(2026, 6, 20))
    figures = _figures(outcomes_store, boss, f)
    assert figures.buckets[0].first == date(2026, 2, 10)
    assert figures.buckets[-1].last == date(2026, 6, 20)
    assert_match(outcomes_store, figures)


def test_program_filter_matches_plain_sql_and_narrows(outcomes_store, boss):
    with outcomes_store.session() as session:
        programs = filter_choices(session, boss).programs
    assert len(programs) >= 2
    everything = _figures(outcomes_store, boss, OutcomeFilter.default(TODAY))
    default = OutcomeFilter.default(TODAY)
    f = OutcomeFilter(default.start, default.end, program=programs[0])
    one = _figures(outcomes_store, boss, f)
    assert 0 < one.active_cases_total < everything.active_cases_total
    assert one.goals_total < everything.goals_total
    assert_match(outcomes_store, one)


def test_worker_filter_shows_only_her_cases(outcomes_store, boss):
    with outcomes_store.session() as session:
        workers = filter_choices(session, boss).workers
    worker_id = next(
        w for w, _name in workers if w in {r.worker_id for r in _active_rows(outcomes_store, boss)}
    )
    f = OutcomeFilter(date(2025, 12, 1), TODAY, worker_id=worker_id)
    figures = _figures(outcomes_store, boss, f)
    assert [r.worker_id for r in figures.active_cases] == [worker_id]
    assert [r.worker_id for r in figures.overdue_steps] == [worker_id]
    assert figures.worker_label == dict(workers)[worker_id]
    assert_match(outcomes_store, figures)


def _active_rows(store, boss):
    return _figures(store, boss, OutcomeFilter.default(TODAY)).active_cases


def test_soft_deleted_cases_and_clients_are_left_out(tmp_path, boss):
    store, _ = CaseStore.create(tmp_path / "deleted", ADMIN, PASSPHRASE)
    with store:
        outcome_store(store, clients=70, seed=5)
        with store.session() as session:
            actor = actor_named(session, supervisor_name(store))
        before = _figures(store, actor, OutcomeFilter.default(TODAY))
        with store.engine.begin() as connection:
            ids = [r[0] for r in connection.execute(text("SELECT id FROM cases ORDER BY id"))]
            connection.execute(
                text("UPDATE cases SET deleted_at = '2026-11-01 10:00:00' WHERE id = :id"),
                {"id": ids[0]},
            )
            connection.execute(
                text(
                    "UPDATE clients SET deleted_at = '2026-11-01 10:00:00' "
                    "WHERE id = (SELECT client_id FROM cases WHERE id = :id)"
                ),
                {"id": ids[1]},
            )
        after = _figures(store, actor, OutcomeFilter.default(TODAY))
        assert after.active_cases_total < before.active_cases_total
        assert_match(store, after)


def test_only_supervisors_and_administrators(outcomes_store, boss):
    with outcomes_store.session() as session:
        workers = session.query(Worker).filter(Worker.role == Role.WORKER.value).all()
        worker = actor_named(session, workers[0].name)
    assert not may_see_outcomes(worker)
    with pytest.raises(NotAllowed), outcomes_store.session() as session:
        outcome_figures(session, worker, OutcomeFilter.default(TODAY), TODAY)
    with pytest.raises(NotAllowed), outcomes_store.session() as session:
        filter_choices(session, worker)
    assert may_see_outcomes(boss)
    # An administrator sees no case content, but aggregate figures are fine.
    admin = Actor(worker.worker_id, "An Admin", Role.ADMIN)
    assert may_see_outcomes(admin)
    _figures(outcomes_store, admin, OutcomeFilter.default(TODAY))
    # A worker given administrator rights too (`Actor.administers`, where it exists).
    promoted = Actor(worker.worker_id, worker.name, Role.WORKER, is_admin=True)  # type: ignore[call-arg]
    assert may_see_outcomes(promoted) == bool(getattr(promoted, "administers", False))


def test_a_period_that_ends_before_it_starts_is_refused(outcomes_store, boss):
    with pytest.raises(InvalidInput):
        _figures(outcomes_store, boss, OutcomeFilter(TODAY, TODAY - timedelta(days=1)))
    assert len(buckets(date(2026, 1, 15), date(2026, 1, 20), Granularity.MONTH)) == 1
