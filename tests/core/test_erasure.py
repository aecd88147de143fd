"""Erasure at her request: every row gone, her text gone from the file, remembered by id.

The file checks decrypt every page of the database and its WAL (tests/helpers/
sqlcipher_pages.py): the encrypted bytes never show a canary, erased or not.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core import erasure
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.erasure import (
    ErasureRecord,
    erase_and_vacuum,
    erase_client,
    erasure_preview,
    erasure_records,
    reapply_erasures,
)
from shelterplan.core.exchange import export_document, import_document
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, NotFound
from shelterplan.store import audit_chain
from shelterplan.store.backup import copy_database
from shelterplan.store.base import Base
from shelterplan.store.casestore import DB_FILE, CaseStore
from shelterplan.store.engine import make_engine
from shelterplan.store.fts import match_expression
from shelterplan.store.maintenance import vacuum_store
from shelterplan.store.models import AuditEvent, Case, Client, Erasure, Worker
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.her_file import Person, fill_two, supervising_admin
from tests.helpers.sqlcipher_pages import clear_text, data_key, found

HER_TABLES = {"clients", "cases", "goals"}  # what her rows hang from


@pytest.fixture
def two(store: CaseStore) -> tuple[Person, Person]:
    return fill_two(store)


def _admin(session: Session) -> Actor:
    return actor_named(session, ADMIN)


def _ids_of(session: Session, person: Person) -> dict[str, set[str]]:
    """Every row that belongs to her, by table: rows pointing at her client, her cases or
    her goals (found through the schema's foreign keys, so a new table is not missed)."""
    goals = set(
        session.scalars(
            sa.select(Base.metadata.tables["goals"].c.id).where(
                Base.metadata.tables["goals"].c.case_id.in_(person.case_ids)
            )
        )
    )
    owners = {"clients": {person.client_id}, "cases": set(person.case_ids), "goals": goals}
    found_rows: dict[str, set[str]] = {}
    for table in Base.metadata.sorted_tables:
        ids: set[str] = set()
        if table.name in owners:
            ids |= set(
                session.scalars(sa.select(table.c.id).where(table.c.id.in_(owners[table.name])))
            )
        for fk in table.foreign_keys:
            target = fk.column.table.name
            if owners.get(target):
                ids |= set(
                    session.scalars(
                        sa.select(table.c.id).where(fk.parent.in_(sorted(owners[target])))
                    )
                )
        if ids:
            found_rows[table.name] = ids
    her_ids = {person.client_id, *person.case_ids}
    refs = session.execute(
        sa.text("SELECT ref_id, case_id FROM search_index"),
    ).all()
    index = {ref for ref, case in refs if ref == person.client_id or case in her_ids}
    if index:
        found_rows["search_index"] = index
    return found_rows


def _search(session: Session, text: str) -> list[str]:
    expression = match_expression(text)
    return list(
        session.scalars(
            sa.text("SELECT ref_id FROM search_index WHERE search_index MATCH :q"),
            {"q": expression},
        )
    )


# --- every row -----------------------------------------------------------------------
def test_every_table_that_points_at_her_is_erased_children_first():
    order = [table.name for table in erasure.her_tables()]
    pointing = {
        table.name
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name in HER_TABLES and table.name not in HER_TABLES
    }
    assert pointing <= set(order), pointing - set(order)
    assert {"plan_versions", "wizard_drafts", "dependants", "safety_plans"} <= set(order)
    assert order[-2:] == ["cases", "clients"]
    for position, name in enumerate(order):  # every table before the tables it points at
        for fk in Base.metadata.tables[name].foreign_keys:
            target = fk.column.table.name
            if target != name and target in order:
                assert order.index(target) > position, (name, target)
    assert not {"services", "workers", "audit_events", "erasures", "settings"} & set(order)


def test_erase_removes_every_row_of_hers_and_nothing_else(store, two):
    her, other = two
    with store.session() as session:
        before = _ids_of(session, her)
        kept_before = _ids_of(session, other)
        assert {"clients", "cases", "notes", "plan_versions", "wizard_drafts"} <= set(before)
        assert {"dependants", "safety_plans", "options", "consents", "search_index"} <= set(before)
        total_before = {t.name: _count(session, t.name) for t in Base.metadata.sorted_tables}
    with store.session() as session:
        record = erase_client(session, _admin(session), her.client_id)
    assert record.client_id == her.client_id
    assert record.case_ids == her.case_ids
    with store.session() as session:
        assert _ids_of(session, her) == {}
        assert _ids_of(session, other) == kept_before
        assert _search(session, f"CANARYPreferredA{''}QZX") == []
        assert _search(session, "CANARYNoteAQZX") == []
        assert _search(session, "CANARYPreferredBQZX") != []
        removed = sum(len(ids) for table, ids in before.items() if table != "search_index")
        total_after = {t.name: _count(session, t.name) for t in Base.metadata.sorted_tables}
        gone = sum(total_before[t] - total_after[t] for t in total_before if t in before)
        assert gone == removed
        assert total_after["services"] == total_before["services"]  # directory: agency data
        assert total_after["erasures"] == total_before["erasures"] + 1
        refs = session.execute(sa.text("SELECT count(*) FROM search_refs")).scalar_one()
        rows = session.execute(sa.text("SELECT count(*) FROM search_index")).scalar_one()
        assert refs == rows  # the index's key table lost exactly the same rows


def _count(session: Session, table: str) -> int:
    return session.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar_one()


def test_the_preview_counts_what_erasure_removes(store, two):
    her, _other = two
    with store.session() as session:
        preview = erasure_preview(session, _admin(session), her.client_id)
        rows = _ids_of(session, her)
    counts = dict(preview.counts)
    assert counts["cases"] == 2
    assert counts["notes"] == len(rows["notes"]) == 3  # the soft-deleted one too
    assert counts["wizard drafts"] == 1
    expected = sum(len(ids) for table, ids in rows.items() if table != "search_index")
    assert preview.total == expected
    with store.session() as session:  # nothing was changed by looking
        assert _ids_of(session, her) == rows


# --- her text gone from the file -----------------------------------------------------
def test_her_canaries_are_gone_from_the_decrypted_file_and_wal(store, two):
    her, other = two
    key = data_key(store.engine)
    db = store.db_path
    with store.engine.connect() as connection:  # everything in the file, for the control
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found(clear_text(db, key), list(her.canaries)) == set(her.canaries)  # control
    with store.session() as session:
        actor = _admin(session)
    record, result = erase_and_vacuum(store, actor, her.client_id)
    assert result.complete
    assert record.client_id == her.client_id
    assert Path(f"{db}-wal").stat().st_size == 0
    clear = clear_text(db, key)
    assert found(clear, list(her.canaries)) == set()
    assert her.client_id.encode() in clear  # her id stays: erasure record, audit trail
    assert found(clear, list(other.canaries)) == set(other.canaries)
    store.close()  # and nothing comes back when the last connection closes
    assert found(clear_text(db, key), list(her.canaries)) == set()


def test_without_vacuum_the_old_pages_would_still_be_there(store, two):
    """Why `vacuum_store` is needed: before it, her pages sit in the WAL."""
    her, _other = two
    key = data_key(store.engine)
    with store.session() as session:
        erase_client(session, _admin(session), her.client_id)
    assert found(clear_text(store.db_path, key), list(her.canaries))
    vacuum_store(store)
    assert found(clear_text(store.db_path, key), list(her.canaries)) == set()


# --- what remains: ids only ----------------------------------------------------------
def test_the_audit_chain_verifies_and_the_tombstone_names_nobody(store, two):
    her, _other = two
    with store.session() as session:
        earlier = session.scalar(
            sa.select(sa.func.count()).where(AuditEvent.record_id.in_(her.case_ids))
        )
        assert earlier
        erase_client(session, _admin(session), her.client_id)
    with store.session() as session:
        assert audit_chain.verify(session) is None
        last = session.scalars(sa.select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
        assert last is not None
        assert (last.action, last.record_type, last.record_id) == (
            "client.erase",
            "client",
            her.client_id,
        )
        assert last.worker_name == ADMIN
        still = session.scalar(
            sa.select(sa.func.count()).where(AuditEvent.record_id.in_(her.case_ids))
        )
        assert still == earlier  # earlier entries stay (ids only)
        for event in session.scalars(sa.select(AuditEvent)):
            text = " ".join(str(v) for v in (event.worker_name, event.action, event.record_id))
            assert "CANARY" not in text
        (row,) = session.scalars(sa.select(Erasure)).all()
        assert row.client_id == her.client_id
        assert json.loads(row.case_ids) == list(her.case_ids)
        assert erasure_records(session) == [
            ErasureRecord(her.client_id, her.case_ids, row.erased_at)
        ]


# --- who may erase -------------------------------------------------------------------
def _add_worker(session: Session, name: str, role: str) -> Actor:
    worker = Worker(name=name, role=role)
    session.add(worker)
    session.flush()
    return Actor(worker.id, worker.name, Role(role))


def test_a_worker_may_not_erase_a_supervisor_and_an_admin_may(store, two):
    her, other = two
    with store.session() as session:
        worker = _add_worker(session, "Wanda Worker", "worker")
        supervisor = _add_worker(session, "Sue Supervisor", "supervisor")
        admin = _add_worker(session, "Al Admin", "admin")
    with store.session() as session, pytest.raises(NotAllowed) as refused:
        erase_client(session, worker, her.client_id)
    assert "supervisor or an administrator" in str(refused.value)
    with store.session() as session, pytest.raises(NotAllowed):
        erasure_preview(session, worker, her.client_id)
    assert erasure.may_erase(supervisor) and erasure.may_erase(admin)
    with store.session() as session:
        erase_client(session, supervisor, her.client_id)
    with store.session() as session:  # the admin role erases without seeing content
        erase_client(session, admin, other.client_id)
    with store.session() as session:
        assert session.scalar(sa.select(sa.func.count(Client.id))) == 0
        with pytest.raises(NotFound):
            erase_client(session, admin, her.client_id)  # already gone


def test_may_erase_reads_administers_when_the_actor_has_it():
    class Later(Actor):
        @property
        def administers(self) -> bool:
            return True

    assert erasure.may_erase(Later("w", "Wes", Role.WORKER))
    assert not erasure.may_erase(Actor("w", "Wes", Role.WORKER))


# --- an older copy: a restored backup, an old export --------------------------------
def _open_copy(store: CaseStore, path: Path):  # type: ignore[no-untyped-def]
    return make_engine(path, data_key(store.engine))


def test_reapplying_erasures_to_an_older_copy_removes_her(store, two, tmp_path):
    her, other = two
    older = tmp_path / "older" / DB_FILE
    older.parent.mkdir()
    copy_database(store.engine, older)  # a backup taken before she asked
    with store.session() as session:
        erase_client(session, _admin(session), her.client_id)
    with store.session() as session:
        records = erasure_records(session)
    engine = _open_copy(store, older)
    try:
        key = data_key(engine)
        assert found(clear_text(older, key), list(her.canaries))
        with Session(engine) as session, session.begin():
            assert session.get(Client, her.client_id) is not None
            assert reapply_erasures(session, records) == 1
        with Session(engine) as session, session.begin():
            assert session.get(Client, her.client_id) is None
            assert session.scalar(sa.select(sa.func.count(Case.id))) == len(other.case_ids)
            assert session.scalar(sa.select(sa.func.count(Erasure.id))) == 1
            assert audit_chain.verify(session) is None
            actions = session.scalars(sa.select(AuditEvent.action)).all()
            assert "client.erase.reapplied" in actions
            assert reapply_erasures(session, records) == 0  # again: nothing more to do
        with Session(engine) as session:
            assert session.scalar(sa.select(sa.func.count(Erasure.id))) == 1
            assert session.scalar(sa.select(sa.func.count(AuditEvent.id))) == len(actions)
        assert vacuum_store(engine).complete
        assert found(clear_text(older, key), list(her.canaries)) == set()
        assert found(clear_text(older, key), list(other.canaries)) == set(other.canaries)
    finally:
        engine.dispose()


def test_reapplying_records_an_erasure_the_copy_lacks_even_when_she_is_absent(store, two):
    record = ErasureRecord("0" * 8 + "-0000-4000-8000-" + "0" * 12, ("x",), her_time())
    with store.session() as session:
        assert reapply_erasures(session, [record]) == 0
        assert [r.client_id for r in erasure_records(session)] == [record.client_id]


def her_time():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime(2026, 11, 23, 10, 0)


def _her_cases_only(document: dict[str, Any], her: Person) -> dict[str, Any]:
    trimmed = dict(document)
    trimmed["cases"] = [c for c in document["cases"] if c["client_id"] == her.client_id]
    return trimmed


def test_an_older_export_does_not_bring_her_back(store, two, store_folder, tmp_path):
    her, _other = two
    with store.session() as session:
        document = _her_cases_only(export_document(session), her)
    with store.session() as session:
        erase_client(session, _admin(session), her.client_id)
    into_same = dict(document, services=[], settings=[])  # those are still in this store
    with store.session() as session:
        summary = import_document(session, into_same, ADMIN)
    assert (summary.cases, summary.clients, summary.skipped_erased) == (0, 0, 2)
    with store.session() as session:
        assert session.get(Client, her.client_id) is None
        assert not set(session.scalars(sa.select(Case.id)).all()) & set(her.case_ids)
    # Control: a store that never erased her imports the same file.
    fresh, _key = CaseStore.create(tmp_path / "fresh", ADMIN, PASSPHRASE)
    with fresh:
        with fresh.session() as session:
            supervising_admin(session)
        with fresh.session() as session:
            summary = import_document(session, document, ADMIN)
        assert (summary.cases, summary.skipped_erased) == (2, 0)
