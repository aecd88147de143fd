"""Backups as an administrator meets them: where they go, when one is due, making one,
and restoring one (with the erasures made since it was taken applied again).

Settings live in the store: the backup folder (a USB drive, say), a reminder after N days
without a backup (7 unless set) and when the last backup was made. Only administrators
change the settings or make and restore backups; holding the recovery key counts as
being one (`actor=None`).
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.erasure import ErasureRecord, erasure_records, reapply_erasures
from shelterplan.core.rules import InvalidInput
from shelterplan.core.settings import get_setting, put_setting
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, ShelterplanError, WrongPassphrase
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain, backup_file, backup_restore
from shelterplan.store.backup_file import BackupInfo, BackupTargetMissing
from shelterplan.store.backup_restore import CurrentState, CurrentStore, Secret
from shelterplan.store.base import utcnow
from shelterplan.store.casestore import DB_FILE, CaseStore
from shelterplan.store.failures import plain_error
from shelterplan.store.maintenance import vacuum_store
from shelterplan.store.throttle import Throttle

log = logging.getLogger(__name__)

BACKUP_FOLDER = "backup_folder"
BACKUP_REMINDER_DAYS = "backup_reminder_days"
LAST_BACKUP_AT = "last_backup_at"
DEFAULT_REMINDER_DAYS = 7
MAX_REMINDER_DAYS = 365
FILE_PREFIX = "shelterplan-backup-"


class BackupFolderNotSet(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "No backup folder is chosen yet. An administrator can choose one in Backups "
        "(or with 'shelterplan settings --backup-folder DIR').",
    )


@dataclass(frozen=True)
class BackupSettings:
    folder: Path | None
    reminder_days: int
    last_backup_at: datetime | None  # naive UTC


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for the administrator to read."""

    backup_created_at: datetime
    replaced: str  # the store that was in the folder: "none", "unreadable" or "open"
    set_aside: Path | None  # the store it replaced, kept in the data folder
    erasures_reapplied: int | None  # None: there was no readable store to carry them from
    kept_key_slots: bool  # every worker's passphrase of the replaced store still opens it
    rekeyed: bool  # the backup's database now uses the replaced store's (rotated) data key
    upgraded: bool  # its schema was brought up to this version of shelterplan
    workers_without_keys: tuple[str, ...]  # active accounts nobody can unlock as yet
    new_computer: bool = False  # tied to another laptop's keyring: the recovery key opens it


# --- who -----------------------------------------------------------------------------------
def administers(actor: Actor | None) -> bool:
    """Administrators (and holders of the recovery key: `None`)."""
    if actor is None:
        return True
    return bool(getattr(actor, "administers", actor.role == Role.ADMIN))


MAKE_OR_RESTORE = QT_TRANSLATE_NOOP("errors", "Only an administrator can make or restore backups.")


def require_admin(actor: Actor | None, refusal: str = MAKE_OR_RESTORE) -> None:
    if not administers(actor):
        raise NotAllowed(refusal)


# --- settings --------------------------------------------------------------------------------
def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def backup_settings(session: Session) -> BackupSettings:
    folder = get_setting(session, BACKUP_FOLDER)
    raw_days = get_setting(session, BACKUP_REMINDER_DAYS)
    try:
        days = int(raw_days) if raw_days is not None else DEFAULT_REMINDER_DAYS
    except ValueError:
        days = DEFAULT_REMINDER_DAYS
    days = min(max(days, 1), MAX_REMINDER_DAYS)
    return BackupSettings(
        Path(folder) if folder else None,
        days,
        _parse_time(get_setting(session, LAST_BACKUP_AT)),
    )


def set_backup_folder(session: Session, actor: Actor | None, folder: Path | None) -> None:
    require_admin(
        actor, QT_TRANSLATE_NOOP("errors", "Only an administrator can choose the backup folder.")
    )
    if folder is not None and not folder.is_absolute():
        folder = folder.absolute()
    put_setting(session, BACKUP_FOLDER, str(folder) if folder is not None else "")
    audit_chain.append(session, "settings.backup_folder", actor.name if actor else None)


def set_backup_reminder_days(session: Session, actor: Actor | None, days: int) -> None:
    require_admin(
        actor, QT_TRANSLATE_NOOP("errors", "Only an administrator can change the backup reminder.")
    )
    if not 1 <= days <= MAX_REMINDER_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The backup reminder must be between 1 and {limit} days."),
            limit=MAX_REMINDER_DAYS,
        )
    put_setting(session, BACKUP_REMINDER_DAYS, str(days))
    audit_chain.append(session, "settings.backup_reminder", actor.name if actor else None)


def days_since_backup(session: Session, now: datetime | None = None) -> int | None:
    """Whole days since the last backup; None when there has been none."""
    last = backup_settings(session).last_backup_at
    if last is None:
        return None
    return max(0, (_naive_utc(now) - last).days)


def backup_due(session: Session, now: datetime | None = None) -> bool:
    """True when there has been no backup yet, or the last one is as old as the reminder."""
    settings = backup_settings(session)
    if settings.last_backup_at is None:
        return True
    return _naive_utc(now) - settings.last_backup_at >= timedelta(days=settings.reminder_days)


def _naive_utc(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is not None:
        return now.astimezone(UTC).replace(tzinfo=None)
    return now


def backup_file_name(now: datetime | None = None) -> str:
    """`shelterplan-backup-YYYYMMDD-HHMMSS.spbackup`, in local time: nothing about anyone."""
    local = _naive_utc(now).replace(tzinfo=UTC).astimezone()
    return f"{FILE_PREFIX}{local:%Y%m%d-%H%M%S}{backup_file.SUFFIX}"


# --- making one ---------------------------------------------------------------------------
def make_backup(
    store: CaseStore, actor: Actor | None, target: Path, now: datetime | None = None
) -> BackupInfo:
    """Write one backup file of `store` to `target`; remember when, in the audit trail too."""
    require_admin(actor)
    when = _naive_utc(now)
    info = backup_file.write_backup(store, target, now=when)
    with store.session() as session:
        put_setting(session, LAST_BACKUP_AT, info.created_at.isoformat())
        audit_chain.append(session, "backup.create", actor.name if actor else None)
    return info


def backup_to_folder(
    store: CaseStore, actor: Actor | None, now: datetime | None = None
) -> BackupInfo:
    """A backup into the chosen backup folder, named by the date and time."""
    require_admin(actor)
    with store.session() as session:
        folder = backup_settings(session).folder
    if folder is None:
        raise BackupFolderNotSet()
    if not folder.is_dir():
        raise BackupTargetMissing(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup folder ({folder}) is not available: plug in the drive or choose "
                "another folder. No backup was made.",
            ),
            folder=folder,
        )
    when = _naive_utc(now)
    name = backup_file_name(when)
    target, number = folder / name, 1
    while target.exists():  # two backups within the same second
        number += 1
        target = folder / name.replace(backup_file.SUFFIX, f"-{number}{backup_file.SUFFIX}")
    return make_backup(store, actor, target, when)


# --- restoring one --------------------------------------------------------------------------
@dataclass
class PreparedRestore:
    """A backup whose file, secret and database passed every check, copied into a staging
    folder inside the data folder; the store in the folder is not touched yet.

    `complete_restore` puts it in place (every connection to the current store must be
    closed by then: a window signed in to it locks first); `discard` drops it."""

    folder: Path
    manifest: backup_file.Manifest
    secret: Secret = field(repr=False)
    staged: backup_restore.StagedRestore = field(repr=False)
    throttle: Throttle | None = field(default=None, repr=False)
    created_folder: bool = False

    @property
    def backup_created_at(self) -> datetime:
        return self.manifest.created_at

    def discard(self) -> None:
        self.staged.discard()
        if self.created_folder:
            _remove_if_empty(self.folder)


def _secret(recovery_key: str | None, admin: tuple[str, str] | None) -> Secret:
    if (recovery_key is None) == (admin is None):
        raise ValueError("give either the recovery key or an administrator's name and passphrase")
    if recovery_key is not None:
        return Secret(recovery_key=recovery_key)
    assert admin is not None
    return Secret(admin_name=admin[0], passphrase=admin[1])


def prepare_restore(
    folder: Path,
    file: Path,
    recovery_key: str | None = None,
    admin: tuple[str, str] | None = None,
    still_open: bool = False,
) -> PreparedRestore:
    """Every check of `restore_backup` that needs nothing closed: the file, the secret
    (throttled like a passphrase), that the secret also opens the store now in `folder`
    (whose erasures will be carried over), and the backup's bytes, pages, structure,
    schema and audit chain, in a staging copy. Nothing in `folder` changes but the
    staging folder.

    `still_open`: this program still has the current store open (a signed-in window that
    locks before `complete_restore`); otherwise a store in use elsewhere is refused now,
    before the copying."""
    secret = _secret(recovery_key, admin)
    manifest = backup_file.read_manifest(file)
    throttle = Throttle(folder) if folder.is_dir() else None
    if throttle is not None:
        throttle.check()
    try:
        data_key = backup_restore.unwrap_data_key(manifest, secret)
    except WrongPassphrase:
        if throttle is not None:
            throttle.failed()
        raise
    created_folder = not folder.exists()
    try:
        current = backup_restore.open_current(folder, manifest, secret)
        try:
            if (
                not still_open
                and current.state is CurrentState.OPEN
                and current.data_key is not None
            ):
                current.close()
                backup_restore.ensure_not_in_use(folder / DB_FILE, current.data_key)
        finally:
            current.close()
        staged = backup_restore.stage(folder, file, manifest, data_key)
    except BaseException:
        if created_folder:
            _remove_if_empty(folder)
        raise
    return PreparedRestore(folder, manifest, secret, staged, throttle, created_folder)


def complete_restore(prepared: PreparedRestore, now: datetime | None = None) -> RestoreResult:
    """Carry the current store's erasures over to the staged backup, check it again and
    put it in place; the current store is moved into a dated folder beside it, and kept.

    Refuses (StoreBusy, nothing changed) while any connection still has the current
    store open. On any failure the staging copy is dropped and the folder is as it was."""
    when = _naive_utc(now)
    folder = prepared.folder
    try:
        current = backup_restore.open_current(folder, prepared.manifest, prepared.secret)
        try:
            records = _erasures_of(current)
            current.close()  # read what was needed; no connection of ours may hold it now
            if current.state is CurrentState.OPEN and current.data_key is not None:
                backup_restore.ensure_not_in_use(folder / DB_FILE, current.data_key)
            result = _finish(prepared.staged, current, records, prepared.secret, when)
        finally:
            current.close()
    except BaseException:
        prepared.discard()
        raise
    if prepared.throttle is not None:
        prepared.throttle.succeeded()
    return result


def restore_backup(
    folder: Path,
    file: Path,
    recovery_key: str | None = None,
    admin: tuple[str, str] | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the store in `folder` with the backup `file`, opened by the recovery key or
    an administrator's (name, passphrase).

    Nothing in `folder` changes until the backup has passed every check (file, secret,
    bytes, pages, structure, schema, audit chain) and the erasures remembered by the
    current store have been applied to it again. The current store is then moved into a
    dated folder beside it, and kept. (`prepare_restore` then `complete_restore`.)
    """
    prepared = prepare_restore(folder, file, recovery_key, admin)
    return complete_restore(prepared, now)


def _erasures_of(current: CurrentStore) -> list[ErasureRecord] | None:
    """The erasures the current store remembers; None when it cannot be read."""
    if current.state is not CurrentState.OPEN:
        return None
    try:
        if not current.has_table("erasures"):
            return []
        with current.session() as session:
            return erasure_records(session)
    except Exception as exc:
        known = plain_error(exc)
        if known is None:
            raise
        log.warning("the current store's erasures could not be read (%s)", type(known).__name__)
        current.mark_unreadable()
        return None


def _finish(
    staged: backup_restore.StagedRestore,
    current: CurrentStore,
    records: list[ErasureRecord] | None,
    secret: Secret,
    now: datetime,
) -> RestoreResult:
    reapplied: int | None = None
    with staged.session() as session:
        if records is not None:
            reapplied = reapply_erasures(session, records)
        audit_chain.append(session, "backup.restore", secret.admin_name)
    if reapplied:
        assert staged.engine is not None
        vacuum_store(staged.engine)  # none of her text may stay in the restored file
    staged.verify_chain()

    rekeyed = new_computer = False
    if current.state is CurrentState.OPEN and current.slots_document is not None:
        slots_document = current.slots_document
        kept = True
        if current.data_key != staged.data_key:
            assert current.data_key is not None
            backup_restore.rekey(staged, current.data_key)
            rekeyed = True
    elif current.slots_document is not None and staged.data_key in current.keys:
        # A damaged database beside a sound key file of the same data key: keep the key
        # file, so every worker's passphrase opens the restored store.
        slots_document, kept = current.slots_document, True
    else:
        slots_document, new_computer = backup_restore.slots_for_this_computer(
            staged.manifest.keyslots
        )
        kept = False
    slot_names = set() if new_computer else _slot_names(slots_document)
    without = tuple(
        sorted((n for n in staged.worker_names() if _norm(n) not in slot_names), key=str.casefold)
    )
    aside = backup_restore.install(staged, current, slots_document, now)
    replaced = {
        CurrentState.ABSENT: "none",
        CurrentState.UNREADABLE: "unreadable",
        CurrentState.OPEN: "open",
    }[current.state]
    return RestoreResult(
        backup_created_at=staged.manifest.created_at,
        replaced=replaced,
        set_aside=aside,
        erasures_reapplied=reapplied,
        kept_key_slots=kept,
        rekeyed=rekeyed,
        upgraded=staged.upgraded,
        workers_without_keys=without,
        new_computer=new_computer,
    )


def _slot_names(document: bytes) -> set[str]:
    slots = json.loads(document).get("slots", [])
    return {_norm(s["worker"]) for s in slots if s.get("kind") == "worker"}


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


__all__ = [
    "BackupFolderNotSet",
    "BackupSettings",
    "PreparedRestore",
    "RestoreResult",
    "backup_due",
    "backup_file_name",
    "backup_settings",
    "backup_to_folder",
    "complete_restore",
    "make_backup",
    "prepare_restore",
    "restore_backup",
    "set_backup_folder",
    "set_backup_reminder_days",
]
