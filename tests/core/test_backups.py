"""Backup settings, the reminder, and backups as an administrator makes them."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from shelterplan.core import accounts
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.backups import (
    DEFAULT_REMINDER_DAYS,
    BackupFolderNotSet,
    backup_due,
    backup_file_name,
    backup_settings,
    backup_to_folder,
    days_since_backup,
    make_backup,
    restore_backup,
    set_backup_folder,
    set_backup_reminder_days,
)
from shelterplan.core.rules import InvalidInput
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, ShelterplanError
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent
from tests.conftest import ADMIN

WORKER = "Wanda Worker"
NOW = datetime(2026, 11, 23, 9, 30, 0)


@pytest.fixture
def admin(store: CaseStore) -> Actor:
    with store.session() as session:
        return actor_named(session, ADMIN)


@pytest.fixture
def worker(store: CaseStore, admin: Actor) -> Actor:
    accounts.add_worker(store, admin, WORKER, "worker", False, "wanda's long passphrase")
    with store.session() as session:
        return actor_named(session, WORKER)


def _actions(store: CaseStore) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.sequence)))


def test_defaults_and_the_reminder(store: CaseStore, admin: Actor, tmp_path: Path):
    with store.session() as session:
        settings = backup_settings(session)
        assert settings.folder is None and settings.last_backup_at is None
        assert settings.reminder_days == DEFAULT_REMINDER_DAYS == 7
        assert backup_due(session, NOW)  # never backed up
        assert days_since_backup(session, NOW) is None
        set_backup_folder(session, admin, tmp_path)
        set_backup_reminder_days(session, admin, 3)
    make_backup(store, admin, tmp_path / "b.spbackup", now=NOW)
    with store.session() as session:
        settings = backup_settings(session)
        assert settings.folder == tmp_path and settings.reminder_days == 3
        assert settings.last_backup_at == NOW
        assert not backup_due(session, NOW + timedelta(days=2, hours=23))
        assert backup_due(session, NOW + timedelta(days=3))
        assert days_since_backup(session, NOW + timedelta(days=4, hours=1)) == 4
        # An aware time is the same instant.
        aware = (NOW + timedelta(days=1)).replace(tzinfo=UTC)
        assert not backup_due(session, aware)
    assert {"settings.backup_folder", "settings.backup_reminder", "backup.create"} <= set(
        _actions(store)
    )


def test_only_administrators(store: CaseStore, worker: Actor, tmp_path: Path):
    assert worker.role == Role.WORKER
    with store.session() as session:
        with pytest.raises(NotAllowed):
            set_backup_folder(session, worker, tmp_path)
        with pytest.raises(NotAllowed):
            set_backup_reminder_days(session, worker, 3)
    with pytest.raises(NotAllowed):
        make_backup(store, worker, tmp_path / "b.spbackup")
    with pytest.raises(NotAllowed):
        backup_to_folder(store, worker)
    assert not (tmp_path / "b.spbackup").exists()


def test_before_accounts_had_administrator_rights(store: CaseStore, tmp_path: Path):
    """An Actor without `administers` (older code) still works: the admin role decides."""

    class OldActor:
        def __init__(self, role: Role) -> None:
            self.worker_id, self.name, self.role = "x", ADMIN, role

    with store.session() as session:
        set_backup_reminder_days(session, OldActor(Role.ADMIN), 5)  # type: ignore[arg-type]
        with pytest.raises(NotAllowed):
            set_backup_reminder_days(session, OldActor(Role.SUPERVISOR), 5)  # type: ignore[arg-type]


def test_reminder_days_are_checked(store: CaseStore, admin: Actor):
    with store.session() as session:
        for wrong in (0, -1, 366):
            with pytest.raises(InvalidInput):
                set_backup_reminder_days(session, admin, wrong)


def test_backup_to_folder_names_the_file_by_time_only(
    store: CaseStore, admin: Actor, tmp_path: Path
):
    with pytest.raises(BackupFolderNotSet):
        backup_to_folder(store, admin)
    usb = tmp_path / "usb"
    with store.session() as session:
        set_backup_folder(session, admin, usb)
    with pytest.raises(ShelterplanError, match="plug in the drive"):
        backup_to_folder(store, admin, now=NOW)
    usb.mkdir()
    first = backup_to_folder(store, admin, now=NOW)
    second = backup_to_folder(store, admin, now=NOW)  # the same second: a new name
    assert first.path.parent == usb and second.path != first.path
    for info in (first, second):
        assert re.fullmatch(r"shelterplan-backup-\d{8}-\d{6}(-\d+)?\.spbackup", info.path.name)
    local = NOW.replace(tzinfo=UTC).astimezone()
    assert (
        first.path.name
        == backup_file_name(NOW)
        == f"shelterplan-backup-{local:%Y%m%d-%H%M%S}.spbackup"
    )


def test_restore_is_audited_in_the_restored_store(
    new_store: tuple[CaseStore, str], admin: Actor, tmp_path: Path
):
    store, recovery_key = new_store
    info = make_backup(store, admin, tmp_path / "b.spbackup", now=NOW)
    store.close()
    result = restore_backup(tmp_path / "new", info.path, recovery_key=recovery_key)
    assert result.backup_created_at == NOW
    with CaseStore.unlock_with_recovery_key(tmp_path / "new", recovery_key) as again:
        actions = _actions(again)
    assert actions[-2:] == ["backup.restore", "login.recovery_key"]


def test_a_restore_needs_exactly_one_secret(tmp_path: Path):
    with pytest.raises(ValueError):
        restore_backup(tmp_path, tmp_path / "b.spbackup")
    with pytest.raises(ValueError):
        restore_backup(tmp_path, tmp_path / "b.spbackup", recovery_key="x", admin=("a", "b"))
