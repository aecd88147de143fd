"""The supervisor's audit viewer, core side: filters, who may read, reading is audited."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from shelterplan.core import audit_view
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.audit_view import AuditFilter, audit_count, audit_entries
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, Worker
from tests.helpers.audit import (
    SUPERVISOR,
    WORKER,
    add_staff,
    fill_audit_trail,
)


@pytest.fixture
def trail(store: CaseStore) -> dict[str, str]:
    add_staff(store)
    return fill_audit_trail(store)


def _supervisor(session) -> Actor:  # type: ignore[no-untyped-def]
    return actor_named(session, SUPERVISOR)


def _actions(entries: list[audit_view.AuditEntry]) -> list[str]:
    return [entry.action for entry in entries]


def test_newest_first_with_paging_and_count(store, trail):
    with store.session() as session:
        everything = session.scalar(
            select(AuditEvent.sequence).order_by(AuditEvent.sequence.desc())
        )
        reader = _supervisor(session)
        total = audit_count(session, reader)
        first = audit_entries(session, reader, limit=5)
        anchored = AuditFilter(up_to_sequence=first[0].sequence)  # audit.view came since
        second = audit_entries(session, reader, anchored, limit=5, offset=5)
        assert audit_count(session, reader) == total + 1
        assert audit_count(session, reader, anchored) == total
    assert total == everything
    assert [e.sequence for e in first] == list(range(everything, everything - 5, -1))
    assert [e.sequence for e in second] == list(range(everything - 5, everything - 10, -1))


def test_filter_by_worker(store, trail):
    with store.session() as session:
        entries = audit_entries(session, _supervisor(session), AuditFilter(worker=WORKER))
    assert entries and {e.worker_name for e in entries} == {WORKER}
    assert "case.open" in _actions(entries)


def test_filter_by_action(store, trail):
    with store.session() as session:
        reader = _supervisor(session)
        printed = audit_entries(session, reader, AuditFilter(action="plan.print"))
        count = audit_count(session, reader, AuditFilter(action="plan.print"))
    assert _actions(printed) == ["plan.print"] and count == 1
    assert printed[0].case_id == trail["Zoé"]


def test_filter_by_client_finds_her_case_and_the_records_of_her_case(store, trail):
    with store.session() as session:
        reader = _supervisor(session)
        hers = audit_entries(session, reader, AuditFilter(client_id=trail["client:Zoé"]))
        others = audit_entries(session, reader, AuditFilter(client_id=trail["client:Begoña"]))
    kinds = {(e.action, e.record_type) for e in hers}
    assert {
        ("case.create", "case"),
        ("case.open", "case"),
        ("consent.given", "consent"),
        ("review.start", "review"),
        ("referral.create", "referral"),
        ("dependant.add", "dependant"),
        ("plan.print", "case"),
        ("plan.client_copy", "step"),
    } <= kinds
    assert {e.case_id for e in hers} == {trail["Zoé"]}
    assert {e.client_name for e in hers} == {"Zoé Canarybird"}
    assert {e.case_id for e in others} == {trail["Begoña"]}
    assert not {e.record_id for e in hers} & {e.record_id for e in others}


def test_filter_by_dates(store, trail):
    with store.session() as session:
        reader = _supervisor(session)
        in_march = audit_entries(
            session,
            reader,
            AuditFilter(since=datetime(2030, 3, 1), until=datetime(2030, 4, 1)),
        )
        from_april = audit_entries(
            session, reader, AuditFilter(action="lock", since=datetime(2030, 4, 1))
        )
        before = audit_entries(
            session, reader, AuditFilter(action="lock", until=datetime(2030, 3, 15))
        )
    assert [e.at for e in in_march] == [datetime(2030, 3, 31, 23, 59), datetime(2030, 3, 10)]
    assert [e.at for e in from_april] == [datetime(2030, 4, 1)]
    assert [e.at for e in before] == [datetime(2030, 3, 10), datetime(2030, 2, 1)]


def test_filters_combine(store, trail):
    with store.session() as session:
        entries = audit_entries(
            session,
            _supervisor(session),
            AuditFilter(worker=WORKER, client_id=trail["client:Begoña"], action="case.open"),
        )
    assert len(entries) == 1 and entries[0].case_id == trail["Begoña"]


def test_a_worker_may_not_read_the_trail(store, trail):
    with store.session() as session:
        worker = actor_named(session, WORKER)
        for call in (
            lambda: audit_entries(session, worker),
            lambda: audit_count(session, worker),
            lambda: audit_view.audit_workers(session, worker),
            lambda: audit_view.find_clients(session, worker, "Zo"),
        ):
            with pytest.raises(NotAllowed):
                call()
        with pytest.raises(NotAllowed):
            audit_view.check_store(store, worker)
    with store.session() as session:
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("audit.%"))
        ).all()


def test_administrators_read_it_without_client_names(store, trail):
    admin_role = Actor("x", "Adele Accounts", Role.ADMIN)
    with store.session() as session:
        entries = audit_entries(session, admin_role, AuditFilter(client_id=trail["client:Zoé"]))
        assert entries and all(e.client_name is None for e in entries)
        assert {e.case_id for e in entries} == {trail["Zoé"]}  # ids only
        with pytest.raises(NotAllowed):
            audit_view.find_clients(session, admin_role, "Zo")


def test_reading_the_trail_is_audited_once_per_look(store, trail):
    with store.session() as session:
        reader = _supervisor(session)
        audit_entries(session, reader, limit=3)
        audit_entries(session, reader, limit=3, offset=3)  # scrolling on: not a new look
        audit_entries(session, reader, AuditFilter(client_id=trail["client:Zoé"]))
    with store.session() as session:
        views = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "audit.view")
            .order_by(AuditEvent.sequence)
        ).all()
        assert [(v.worker_name, v.record_type, v.record_id) for v in views] == [
            (SUPERVISOR, None, None),
            (SUPERVISOR, "client", trail["client:Zoé"]),
        ]
        # The look at her trail shows when filtering by her.
        hers = audit_entries(
            session, _supervisor(session), AuditFilter(client_id=trail["client:Zoé"])
        )
        assert "audit.view" in _actions(hers)
        assert audit_chain.verify(session) is None


def test_workers_and_clients_for_the_filters(store, trail):
    with store.session() as session:
        reader = _supervisor(session)
        session.scalar(select(Worker).where(Worker.name == WORKER)).active = False
        assert WORKER in audit_view.audit_workers(session, reader)  # disabled, still there
        found = audit_view.find_clients(session, reader, "zoe cana")
        assert [(c.client_id, c.name) for c in found] == [(trail["client:Zoé"], "Zoé Canarybird")]
        assert found[0].opened_on == date(2030, 1, 5)
        assert audit_view.find_clients(session, reader, "  ") == []
        assert audit_view.client_name(session, reader, trail["client:Begoña"]) == (
            "Begoña Canaryfish"
        )


def test_every_action_written_by_the_app_is_known():
    import re
    from pathlib import Path

    src = Path(audit_view.__file__).resolve().parents[1]
    written = set()
    for path in src.rglob("*.py"):
        source = path.read_text()
        written |= set(re.findall(r"audit_chain\.append\(\s*session,\s*\"([a-z_.]+)\"", source))
        written |= set(re.findall(r"^[A-Z_]*ACTION = \"([a-z_.]+)\"", source, re.MULTILINE))
    assert written and written <= set(audit_view.ACTIONS), written - set(audit_view.ACTIONS)
    # ... and each has words on the screen.
    from shelterplan.ui.audit.action_words import known_actions

    assert set(audit_view.ACTIONS) == set(known_actions())


def test_check_store_reports_the_place_of_a_break(store, trail):
    with store.session() as session:
        reader = _supervisor(session)
    intact = audit_view.check_store(store, reader)
    assert intact.intact and intact.chain_break is None and intact.entries > 10
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER audit_events_no_update")
        connection.exec_driver_sql(
            "UPDATE audit_events SET worker_name = 'Someone' WHERE action = 'plan.print'"
        )
    broken = audit_view.check_store(store, reader)
    assert not broken.intact and broken.chain_break is not None
    assert broken.at_break is not None and broken.at_break.action == "plan.print"
    assert broken.last_good is not None
    assert broken.last_good.sequence == broken.chain_break.sequence - 1
    assert "changed" in broken.chain_break.reason


def test_failed_logins_show_in_the_viewer(store, store_folder):
    add_staff(store)
    store.close()
    from shelterplan.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, WORKER, "not her passphrase at all")
    from tests.helpers.audit import STAFF_PASSPHRASE

    reopened = CaseStore.unlock(store_folder, SUPERVISOR, STAFF_PASSPHRASE)
    try:
        with reopened.session() as session:
            entries = audit_entries(
                session, _supervisor(session), AuditFilter(action="login.failed")
            )
        assert [(e.worker_name, e.record_type) for e in entries] == [(WORKER, None)]
        assert entries[0].at <= datetime.utcnow() + timedelta(seconds=1)
    finally:
        reopened.close()
