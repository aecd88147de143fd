"""Every connection carries the safety settings; errors never echo client data."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from shelterplan.store.casestore import CaseStore
from shelterplan.store.engine import REQUIRED_PRAGMAS
from shelterplan.store.models import Client
from tests.conftest import ADMIN, PASSPHRASE


def test_each_new_connection_has_the_required_pragmas(store: CaseStore):
    connections = [store.engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            for name, (_value, expected) in REQUIRED_PRAGMAS.items():
                actual = connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                assert (actual.lower() if isinstance(actual, str) else actual) == expected, name
    finally:
        for connection in connections:
            connection.close()


def test_store_is_sqlcipher_4_with_fts5(store: CaseStore):
    with store.engine.connect() as connection:
        version = connection.exec_driver_sql("PRAGMA cipher_version").scalar()
        assert version.startswith("4.")
        options = {row[0] for row in connection.exec_driver_sql("PRAGMA compile_options")}
    assert "ENABLE_FTS5" in options


def test_database_errors_hide_parameter_values(store: CaseStore):
    with pytest.raises(IntegrityError) as caught, store.session() as session:
        session.add(Client(id="fixed-id", preferred_name="SecretNameZ", document_language="en"))
        session.flush()
        session.add(Client(id="fixed-id", preferred_name="SecretNameZ", document_language="en"))
        session.flush()
    assert "SecretNameZ" not in str(caught.value)


def test_database_file_is_private_to_its_owner(store: CaseStore):
    assert store.db_path.stat().st_mode & 0o077 == 0


def test_full_text_search_follows_renames_and_soft_deletes(store: CaseStore):
    from datetime import date

    from shelterplan.core import cases
    from shelterplan.core.actors import actor_named
    from shelterplan.core.queries import CaseloadFilter, caseload_page

    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient("Begoña"))
        note = cases.add_note(session, actor, case.id, "Appel à Gatineau demain")

    def found(text: str) -> int:
        with store.session() as session:
            actor = actor_named(session, ADMIN)
            rows = caseload_page(session, actor, CaseloadFilter(search=text), date.today())
            return len(rows)

    assert found("bego") == 1  # accents ignored, prefix match
    assert found("gatin") == 1  # notes are searched too
    with store.session() as session:
        session.get(Client, case.client_id).preferred_name = "Lucía"  # type: ignore[union-attr]
        session.get(type(note), note.id).deleted_at = note.written_at  # type: ignore[union-attr]
    assert found("bego") == 0
    assert found("lucia") == 1
    assert found("gatin") == 0


def test_reopening_runs_integrity_checks(store: CaseStore, store_folder):
    store.close()
    with (
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as again,
        again.engine.connect() as connection,
    ):
        assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
