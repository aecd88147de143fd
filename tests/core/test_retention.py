"""Retention: closed cases older than the period, erased only after confirmation."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.retention import (
    closed_cases_older_than,
    cutoff,
    purge_closed_cases,
    retention_years,
    set_retention_years,
)
from shelterplan.core.rules import InvalidInput
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed
from shelterplan.store.models import AuditEvent, Case, Client, Erasure, Worker
from tests.conftest import ADMIN
from tests.helpers.her_file import fill_two

TODAY = date(2026, 11, 23)


@pytest.fixture
def two(store):  # type: ignore[no-untyped-def]
    """Her cases all closed in 2015; the other client has one closed in 2015, one open."""
    her, other = fill_two(store)
    with store.session() as session:
        session.execute(
            sa.update(Case)
            .where(Case.client_id == her.client_id)
            .values(phase="closed", closed_on=date(2015, 3, 2))
        )
    return her, other


def _actors(session) -> tuple[Actor, Actor]:  # type: ignore[no-untyped-def]
    supervisor = Worker(name="Sue Supervisor", role="supervisor")
    session.add(supervisor)
    session.flush()
    return actor_named(session, ADMIN), Actor(supervisor.id, supervisor.name, Role.SUPERVISOR)


def test_the_setting_is_for_administrators_and_checked(store, two):
    with store.session() as session:
        admin, supervisor = _actors(session)
        assert retention_years(session) is None
        with pytest.raises(NotAllowed):
            set_retention_years(session, supervisor, 7)
        for wrong in (0, 101, -3):
            with pytest.raises(InvalidInput):
                set_retention_years(session, admin, wrong)
        set_retention_years(session, admin, 7)
    with store.session() as session:
        assert retention_years(session) == 7
        assert "settings.retention" in session.scalars(sa.select(AuditEvent.action)).all()


def test_the_cutoff_is_the_same_day_years_ago():
    assert cutoff(7, TODAY) == date(2019, 11, 23)
    assert cutoff(1, date(2028, 2, 29)) == date(2027, 2, 28)


def test_the_preview_gives_ids_and_who_would_be_erased(store, two):
    her, other = two
    with store.session() as session:
        admin, supervisor = _actors(session)
        found = closed_cases_older_than(session, admin, 10, TODAY)
        with pytest.raises(NotAllowed):
            closed_cases_older_than(session, supervisor, 10, TODAY)
        assert closed_cases_older_than(session, admin, 12, TODAY) == []  # closed 11.7 y ago
    mine = [c for c in found if c.client_id == her.client_id]
    assert {c.case_id for c in mine} == set(her.case_ids)
    assert all(c.erasable for c in mine)
    # Her old closed case does not make the other client erasable: she has an open one.
    kept = [c for c in found if c.client_id == other.client_id]
    assert len(kept) == 1 and kept[0].case_id in other.case_ids and not kept[0].erasable
    assert len(found) == 3


def test_purging_refuses_without_confirmation_and_erases_with_it(store, two):
    her, other = two
    with store.session() as session:
        admin, supervisor = _actors(session)
        with pytest.raises(InvalidInput) as refused:
            purge_closed_cases(session, admin, 10, TODAY)
        assert "confirm" in str(refused.value)
        with pytest.raises(InvalidInput):
            purge_closed_cases(session, admin, 10, TODAY, confirmed="yes")  # type: ignore[arg-type]
        with pytest.raises(NotAllowed):
            purge_closed_cases(session, supervisor, 10, TODAY, confirmed=True)
    with store.session() as session:
        assert session.get(Client, her.client_id) is not None  # nothing was erased
        records = purge_closed_cases(session, actor_named(session, ADMIN), 10, TODAY, True)
    assert [(r.client_id, r.case_ids) for r in records] == [(her.client_id, her.case_ids)]
    with store.session() as session:
        assert session.get(Client, her.client_id) is None
        assert session.get(Client, other.client_id) is not None
        assert session.scalar(sa.select(sa.func.count(Erasure.id))) == 1
        actions = session.scalars(sa.select(AuditEvent.action)).all()
        assert actions[-2:] == ["client.erase", "retention.purge"]
