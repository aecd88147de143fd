"""The restore flow the window drives (core/restore_flow.py), and the two steps of
core/backups.restore_backup it uses: checks while the store is still open, the swap
only once every connection to it is closed."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from shelterplan.core import restore_flow
from shelterplan.core.actors import actor_named
from shelterplan.core.backups import make_backup
from shelterplan.core.restore_flow import RestoreAnswers, SecretKind
from shelterplan.core.retention import (
    clear_retention_years,
    purge_and_vacuum,
    retention_preview,
    retention_years,
    set_retention_years,
)
from shelterplan.core.rules import InvalidInput
from shelterplan.errors import BackupOfAnotherStore, StoreBusy
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Case, Client
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.desk import CLIENTS, fill_three_cases
from tests.store.backup_helpers import tree

TODAY = date(2026, 11, 23)
MADE = datetime(2026, 11, 20, 17, 45, 0)


def _backup(store: CaseStore, target: Path) -> Path:
    with store.session() as session:
        made = make_backup(store, actor_named(session, ADMIN), target, now=MADE)
    assert made.created_at == MADE
    return target


def _answers(recovery_key: str) -> RestoreAnswers:
    return RestoreAnswers(SecretKind.RECOVERY_KEY, recovery_key=recovery_key, confirmed=True)


def test_the_preview_reads_the_date_and_refuses_another_store(new_store, store_folder, tmp_path):  # type: ignore[no-untyped-def]
    store, _key = new_store
    backup = _backup(store, tmp_path / "b.spbackup")
    preview = restore_flow.preview_backup(store_folder, backup)
    assert preview.replaces_store and preview.admin_names == (ADMIN,)
    assert preview.created_at == MADE  # read before any key is given
    empty = restore_flow.preview_backup(tmp_path / "new-laptop", backup)
    assert not empty.replaces_store and not (tmp_path / "new-laptop").exists()
    other, _ = CaseStore.create(tmp_path / "other", ADMIN, PASSPHRASE)
    other.close()
    with pytest.raises(BackupOfAnotherStore):
        restore_flow.preview_backup(tmp_path / "other", backup)


def test_answers_need_a_secret_and_the_confirmation(new_store, store_folder, tmp_path):  # type: ignore[no-untyped-def]
    store, key = new_store
    preview = restore_flow.preview_backup(store_folder, _backup(store, tmp_path / "b.spbackup"))
    assert not RestoreAnswers().ready()
    assert not RestoreAnswers(recovery_key=key).ready()  # not confirmed
    admin = RestoreAnswers(SecretKind.ADMIN_PASSPHRASE, admin_name=f"  {ADMIN} ", confirmed=True)
    assert not admin.ready()
    admin.passphrase = PASSPHRASE
    assert admin.ready() and admin.arguments() == {"admin": (ADMIN, PASSPHRASE)}
    with pytest.raises(InvalidInput, match="Confirm"):
        restore_flow.prepare(store_folder, preview, RestoreAnswers(recovery_key=key), True)
    with pytest.raises(InvalidInput, match="administrator's name"):
        restore_flow.prepare(
            store_folder,
            preview,
            RestoreAnswers(SecretKind.ADMIN_PASSPHRASE, confirmed=True),
            True,
        )


def test_checked_while_open_swapped_only_once_closed(new_store, store_folder, tmp_path):  # type: ignore[no-untyped-def]
    store, key = new_store
    ids = fill_three_cases(store)
    backup = _backup(store, tmp_path / "b.spbackup")
    with store.session() as session:
        session.execute(
            sa.update(Case)
            .where(Case.id == ids[CLIENTS[0]])
            .values(deleted_at=datetime(2026, 11, 21))
        )
    preview = restore_flow.preview_backup(store_folder, backup)

    # Not a window that will let go of it: a store in use is refused before any copying.
    with pytest.raises(StoreBusy):
        restore_flow.prepare(store_folder, preview, _answers(key), still_open=False)
    assert not [p for p in store_folder.iterdir() if p.name.startswith(".restore-")]

    # A window that will lock first: checked and staged while the store is still open...
    prepared = restore_flow.prepare(store_folder, preview, _answers(key), still_open=True)
    assert prepared.backup_created_at == preview.created_at
    assert [p for p in store_folder.iterdir() if p.name.startswith(".restore-")]
    # ...but never swapped while a connection holds it: refused, staging dropped.
    with store.session() as session:
        session.scalar(sa.select(sa.func.count()).select_from(Client))
    with pytest.raises(StoreBusy):
        restore_flow.complete(prepared)
    names = {p.name for p in store_folder.iterdir()}
    assert not [n for n in names if n.startswith((".restore-", "replaced-"))]

    store.close()  # what the window's lock does
    before = tree(store_folder)
    prepared = restore_flow.prepare(store_folder, preview, _answers(key), still_open=True)
    during = tree(store_folder)
    assert during["shelterplan.db"] == before["shelterplan.db"]  # checking changes nothing
    assert during["keyslots.json"] == before["keyslots.json"]
    result = restore_flow.complete(prepared)
    assert result.replaced == "open" and result.set_aside is not None
    with (
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as restored,
        restored.session() as session,
    ):
        assert session.get(Case, ids[CLIENTS[0]]).deleted_at is None  # back again


def test_retention_off_counts_and_purge_with_vacuum(store):  # type: ignore[no-untyped-def]
    ids = fill_three_cases(store)
    with store.session() as session:
        session.execute(
            sa.update(Case)
            .where(Case.id.in_([ids[CLIENTS[0]], ids[CLIENTS[1]]]))
            .values(phase="closed", closed_on=date(2015, 3, 2))
        )
        admin = actor_named(session, ADMIN)
        set_retention_years(session, admin, 7)
    with store.session() as session:
        assert retention_years(session) == 7
        clear_retention_years(session, admin)
    with store.session() as session:
        assert retention_years(session) is None
        preview = retention_preview(session, admin, 7, TODAY)
    assert (preview.old_cases, preview.clients_erased, preview.cases_kept) == (2, 2, 0)
    assert preview.before == date(2019, 11, 23)
    with pytest.raises(InvalidInput):
        purge_and_vacuum(store, admin, 7, TODAY)  # not confirmed
    result = purge_and_vacuum(store, admin, 7, TODAY, confirmed=True)
    assert (result.clients, result.cases, result.vacuumed) == (2, 2, True)
    with store.session() as session:
        assert set(session.scalars(sa.select(Case.id))) == {ids[CLIENTS[2]]}
