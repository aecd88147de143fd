"""Disk full and read-only stores: a plain message, and nothing already saved is lost."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from shelterplan.core import cases
from shelterplan.core.actors import actor_named
from shelterplan.errors import DiskFull, ReadOnly
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Client, Note
from tests.conftest import ADMIN, PASSPHRASE


def test_disk_full_is_a_plain_message_and_keeps_earlier_work(store: CaseStore, store_folder):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient("Marie-Ève"))
        case_id = case.id
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    # A real SQLITE_FULL from SQLite: cap the file at its present size on every connection.
    @event.listens_for(store.engine, "connect")
    def _cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    store.engine.dispose()
    with pytest.raises(DiskFull) as caught, store.session() as session:
        actor = actor_named(session, ADMIN)
        for _ in range(50):
            cases.add_note(session, actor, case_id, "long note " * 2000)
    assert "disk is full" in str(caught.value)
    store.close()
    with CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as again, again.session() as session:
        assert session.scalar(select(Client.preferred_name)) == "Marie-Ève"
        assert session.scalar(select(func.count(Note.id))) == 0


def test_read_only_database_is_a_plain_message(store: CaseStore):
    import sqlcipher3

    from shelterplan.store.engine import cipher_profile
    from shelterplan.store.failures import plain_error

    store.close()
    key = store.engine.url.password
    connection = sqlcipher3.connect(f"file:{store.db_path}?mode=ro", uri=True)
    connection.execute(f'PRAGMA key = "{key}"')
    for pragma in cipher_profile(store.engine).pragmas():
        connection.execute(pragma)
    with pytest.raises(sqlcipher3.DatabaseError) as caught:
        connection.execute(
            "INSERT INTO settings (id, created_at, updated_at, row_version, key, value) "
            "VALUES ('x', 0, 0, 1, 'k', 'v')"
        )
    connection.close()
    assert isinstance(plain_error(caught.value), ReadOnly)
