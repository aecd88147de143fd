"""The audit trail is append-only and hash-chained."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from shelterplan.core import cases
from shelterplan.core.actors import actor_named
from shelterplan.store import audit_chain
from shelterplan.store.models import AuditEvent
from tests.conftest import ADMIN


def test_use_cases_leave_a_whole_chain(store):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient("Nadia"))
        cases.open_case(session, actor, case.id)
    with store.session() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.sequence)).all()
        assert actions[:1] == ["store.create"]
        assert actions[-2:] == ["case.create", "case.open"]
        assert audit_chain.verify(session) is None
        # The client's name never appears in the audit trail.
        rows = session.execute(select(AuditEvent)).scalars().all()
        assert all("Nadia" not in repr(vars(row)) for row in rows)


def test_entries_cannot_be_changed_or_removed(store):
    with pytest.raises(DBAPIError), store.session() as session:
        session.scalar(select(AuditEvent)).action = "other"
    with pytest.raises(DBAPIError), store.session() as session:
        session.delete(session.scalar(select(AuditEvent)))


def test_a_changed_or_missing_entry_breaks_the_chain_there(store):
    with store.session() as session:
        for _ in range(4):
            audit_chain.append(session, "lock", ADMIN)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        connection.exec_driver_sql("UPDATE audit_events SET worker_name = 'x' WHERE sequence = 3")
    with store.session() as session:
        broken = audit_chain.verify(session)
        assert broken is not None and broken.sequence == 3
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM audit_events WHERE sequence = 2")
    with store.session() as session:
        broken = audit_chain.verify(session)
        assert broken is not None and broken.sequence == 2 and "missing" in broken.reason
