"""The store folder as one object: create it, unlock it, hand out sessions, close it.

A store folder holds `shelterplan.db` (SQLCipher) and `keyslots.json`. Unlocking
unwraps the data key from the worker's slot, opens the engine, checks integrity and
brings the schema to the current version.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from shelterplan.errors import (
    DeviceKeyUnavailable,
    KeyFileMissing,
    NotAStore,
    ShelterplanError,
    StoreExists,
    StoreMissing,
    StoreTampered,
    WrongPassphrase,
)
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain, keyslots
from shelterplan.store.base import new_id
from shelterplan.store.device import create_device_secret, load_device_secret
from shelterplan.store.engine import first_connect, integrity_problems, make_engine
from shelterplan.store.failed_logins import FailedLogins, append_to_audit
from shelterplan.store.failures import plain_error
from shelterplan.store.keyslots import KeySlots
from shelterplan.store.migrate import create_schema, upgrade_if_needed
from shelterplan.store.models import Setting, Worker
from shelterplan.store.passphrases import check_new_passphrase
from shelterplan.store.rekey import key_opens, rekey_database
from shelterplan.store.throttle import Throttle

log = logging.getLogger(__name__)
DB_FILE = "shelterplan.db"
STORE_ID_SETTING = "store_id"


class CaseStore:
    def __init__(
        self,
        folder: Path,
        engine: Engine,
        slots: KeySlots,
        data_key: bytes,
        worker_name: str,
    ) -> None:
        self.folder = folder
        self.engine = engine
        self.worker_name = worker_name
        self._slots = slots
        self._data_key = data_key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.closed = False

    # --- creating and opening -------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, admin_name: str, passphrase: str) -> tuple[CaseStore, str]:
        """Make a new store; returns it and the recovery key, to be shown exactly once.

        The first account is a supervisor with administrator rights: a small shelter's
        coordinator both sees every case and manages the accounts."""
        check_new_passphrase(passphrase, admin_name)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / DB_FILE
        if db_path.exists() or (folder / keyslots.FILE_NAME).exists():
            raise StoreExists()
        store_id = new_id()
        secret = create_device_secret(store_id)
        slots = KeySlots(store_id=store_id, device_bound=secret is not None)
        data_key = keyslots.new_data_key()
        recovery_key = keyslots.new_recovery_key()
        slots.add_worker(admin_name, passphrase, data_key, secret)
        slots.set_recovery(recovery_key, data_key)
        engine = make_engine(db_path, data_key)
        try:
            _create_private_file(db_path)
            first_connect(engine, db_path)
            create_schema(engine)
            with Session(engine) as session, session.begin():
                session.add(Setting(key=STORE_ID_SETTING, value=store_id))
                first = Worker(name=" ".join(admin_name.split()), role="supervisor", is_admin=True)
                session.add(first)
                audit_chain.append(session, "store.create", admin_name)
            slots.save(folder)
        except BaseException as exc:
            engine.dispose()
            for leftover in (db_path, folder / keyslots.FILE_NAME):
                for path in (leftover, Path(f"{leftover}-wal"), Path(f"{leftover}-shm")):
                    with contextlib.suppress(OSError):
                        path.unlink()
            known = plain_error(exc) if isinstance(exc, Exception) else None
            if known is not None and known is not exc:
                raise known from exc
            raise
        return cls(folder, engine, slots, data_key, " ".join(admin_name.split())), recovery_key

    @classmethod
    def unlock(
        cls,
        folder: Path,
        worker_name: str,
        passphrase: str,
        clock: Callable[[], float] = time.time,
        check_integrity: bool = True,
    ) -> CaseStore:
        """Open the store as a worker.

        With `check_integrity` the whole file is checked before this returns (seconds on
        a large store); the window passes False and runs `integrity_problems()` in the
        background right after, so the caseload appears at once.
        """
        slots = cls._load_slots(folder)
        throttle = Throttle(folder, clock)
        throttle.check()
        secret = cls._device_secret(slots)
        failed_logins = FailedLogins(folder, clock)  # moved to the audit trail below
        try:
            data_keys = slots.worker_keys(worker_name, passphrase, secret)
        except WrongPassphrase:
            throttle.failed()
            failed_logins.record(worker_name, slots.worker_names())
            raise
        throttle.succeeded()
        name = slots_name(slots, worker_name)
        store = cls._open_any(folder, slots, data_keys, name, check_integrity)
        store._renew_legacy_slot(passphrase, secret)
        with store.session() as session:
            worker = session.scalar(select(Worker).where(Worker.name == store.worker_name))
            if worker is None or not worker.active:
                store.close()
                failed_logins.record(worker_name, slots.worker_names())
                raise WrongPassphrase()
            noted = append_to_audit(session, failed_logins.pending())
            audit_chain.append(session, "login", worker.name)
        failed_logins.forget(noted)
        return store

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> CaseStore:
        slots = cls._load_slots(folder)
        Throttle(folder).check()
        try:
            data_keys = slots.recovery_keys(recovery_key)
        except WrongPassphrase:
            Throttle(folder).failed()
            FailedLogins(folder).record(None)  # a wrong recovery key: no worker named
            raise
        store = cls._open_any(folder, slots, data_keys, "")
        if store._slots.legacy_recovery():
            store._save_slots_quietly(
                lambda s: s.set_recovery(recovery_key, store._data_key), "recovery slot"
            )
        with store.session() as session:
            audit_chain.append(session, "login.recovery_key", None)
        return store

    @staticmethod
    def _load_slots(folder: Path) -> KeySlots:
        if not (folder / DB_FILE).exists():
            if (folder / keyslots.FILE_NAME).exists():
                raise StoreMissing(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The database file (shelterplan.db) is missing beside the key file. "
                        "Restore it from a backup.",
                    )
                )
            raise StoreMissing()
        try:
            return KeySlots.load(folder)
        except KeyFileMissing:
            raise
        except OSError as exc:
            raise plain_error(exc) or exc from exc

    @staticmethod
    def _device_secret(slots: KeySlots) -> bytes | None:
        if not slots.device_bound:
            return None
        secret = load_device_secret(slots.store_id)
        if secret is None:
            raise DeviceKeyUnavailable()
        return secret

    @classmethod
    def _open_any(
        cls,
        folder: Path,
        slots: KeySlots,
        data_keys: list[bytes],
        worker_name: str,
        check_integrity: bool = True,
    ) -> CaseStore:
        """Open with the first key the database takes: the current one, then (while a
        data-key rotation is half-done) the next one; then settle the key file to match.
        The current key goes first: it also rolls back a rekey that was cut short."""
        for index, data_key in enumerate(data_keys):
            try:
                store = cls._open(folder, slots, data_key, worker_name, check_integrity)
            except (StoreTampered, NotAStore):
                if index == len(data_keys) - 1:
                    raise
                continue
            if slots.rotation_staged:
                store._settle_rotation()
            return store
        raise WrongPassphrase()  # no key at all: cannot happen with a loaded slot

    @classmethod
    def _open(
        cls,
        folder: Path,
        slots: KeySlots,
        data_key: bytes,
        worker_name: str,
        check_integrity: bool = True,
    ) -> CaseStore:
        db_path = folder / DB_FILE
        engine = make_engine(db_path, data_key)
        try:
            first_connect(engine, db_path)
            if check_integrity and integrity_problems(engine):
                raise StoreTampered()
            upgrade_if_needed(engine, db_path)
            with Session(engine) as session:
                stored_id = session.scalar(
                    select(Setting.value).where(Setting.key == STORE_ID_SETTING)
                )
            if stored_id != slots.store_id:
                raise NotAStore()
        except Exception as exc:
            engine.dispose()
            known = plain_error(exc)
            if known is None:
                raise
            if known is exc:
                raise
            raise known from exc
        return cls(folder, engine, slots, data_key, worker_name)

    # --- using ----------------------------------------------------------------------
    @property
    def passphrase_only(self) -> bool:
        return not self._slots.device_bound

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except Exception as exc:
            known = plain_error(exc)
            if known is None or known is exc:
                raise
            raise known from exc
        finally:
            session.close()

    def integrity_problems(self) -> list[str]:
        """Check every page (SQLCipher HMACs) and the structure, on an engine of its own,
        so it can run in a background thread while the worker goes on."""
        engine = make_engine(self.db_path, self._data_key)
        try:
            return integrity_problems(engine)
        finally:
            engine.dispose()

    # --- key slots (core/accounts.py checks who may, and writes the audit trail) ------
    def slot_names(self) -> list[str]:
        """Workers who have a key slot, i.e. who can unlock the store."""
        return self._slots.worker_names()

    def has_slot(self, name: str) -> bool:
        return self._slots.has_worker(name)

    def add_worker_slot(self, name: str, passphrase: str) -> None:
        """Give a worker a key slot (the account row is the caller's business)."""
        check_new_passphrase(passphrase, name)
        secret = self._device_secret(self._slots)
        self._rewrite_slots(lambda s: s.add_worker(name, passphrase, self._data_key, secret))

    def remove_worker_slot(self, name: str) -> bool:
        """Take a worker's key slot away: she can no longer unlock. True if she had one."""
        if not self._slots.has_worker(name):
            return False
        self._rewrite_slots(lambda s: s.remove_worker(name))
        return True

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under the new passphrase; the database is untouched."""
        check_new_passphrase(new, self.worker_name)
        secret = self._device_secret(self._slots)
        self._slots.worker_keys(self.worker_name, old, secret)  # WrongPassphrase if not hers
        data_key = self._data_key  # the key that opened the database
        self._rewrite_slots(lambda s: s.add_worker(self.worker_name, new, data_key, secret))
        with self.session() as session:
            audit_chain.append(session, "passphrase.change", self.worker_name)

    def check_recovery_key(self, recovery_key: str) -> None:
        """Raise WrongPassphrase unless `recovery_key` is this store's recovery key."""
        keys = self._slots.recovery_keys(recovery_key)
        if not any(hmac.compare_digest(key, self._data_key) for key in keys):
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("errors", "That recovery key is not right for this store.")
            )

    def reset_passphrase(self, name: str, recovery_key: str, new_passphrase: str) -> None:
        """A forgotten passphrase: with the recovery key, give her a new slot."""
        check_new_passphrase(new_passphrase, name)
        self.check_recovery_key(recovery_key)
        secret = self._device_secret(self._slots)

        def change(slots: KeySlots) -> None:
            slots.add_worker(name, new_passphrase, self._data_key, secret)
            if slots.legacy_recovery():  # the recovery key is at hand: renew its slot
                slots.set_recovery(recovery_key, self._data_key)

        self._rewrite_slots(change)

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working. Show the new one once."""
        recovery_key = keyslots.new_recovery_key()
        self._rewrite_slots(lambda s: s.set_recovery(recovery_key, self._data_key))
        return recovery_key

    def rotation_blockers(self) -> ShelterplanError | None:
        """Why the data key cannot be rotated now (its refusal), or None."""
        try:
            self._slots.check_rotatable(self._data_key)
        except ShelterplanError as problem:
            return problem
        return None

    def rotate_data_key(self) -> None:
        """Re-encrypt the database under a fresh data key (PRAGMA rekey) and seal the new
        key to every remaining slot (keyslots.py says how, without their passphrases).

        Afterwards the old data key opens nothing: a worker who was disabled, even with a
        copy of the old key file and her passphrase, cannot read the database file. Every
        connection of this store is closed meanwhile; another window on the same store
        makes it fail with StoreBusy, changing nothing."""
        old_key, new_key = self._data_key, keyslots.new_data_key()
        staged = self._slots.copy()
        staged.stage_rotation(old_key, new_key)  # refuses old-form or tampered slots
        staged.save(self.folder)  # step 1: both keys in every slot
        self.engine.dispose()
        try:
            rekey_database(self.db_path, old_key, new_key)  # step 2: one transaction
        except BaseException:
            rekeyed = not key_opens(self.db_path, old_key) and key_opens(self.db_path, new_key)
            if not rekeyed:
                self._use_key(old_key)
                self._slots = staged
                self._save_slots_quietly(lambda s: s.settle(old_key), "cancelled rotation")
                raise
        self._use_key(new_key)
        self._slots = staged
        self._save_slots_quietly(lambda s: s.settle(new_key), "finished rotation")

    def _settle_rotation(self) -> None:
        """Match the key file to the key that opened the database (see KeySlots.settle)."""
        data_key = self._data_key
        self._save_slots_quietly(lambda s: s.settle(data_key), "half-done key rotation")

    def _use_key(self, data_key: bytes) -> None:
        self.engine.dispose()
        self._data_key = data_key
        self.engine = make_engine(self.db_path, data_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _rewrite_slots(self, change: Callable[[KeySlots], None]) -> None:
        """Change a copy of the key slots and save it; only then use it (a failed save
        leaves the file and this store as they were)."""
        changed = self._slots.copy()
        change(changed)
        changed.save(self.folder)
        self._slots = changed

    def _save_slots_quietly(self, change: Callable[[KeySlots], None], what: str) -> None:
        """Like `_rewrite_slots`, for upkeep that the next unlock can redo: a full disk
        or read-only folder is logged (no names), not raised."""
        try:
            self._rewrite_slots(change)
        except ShelterplanError:
            log.warning("Could not save the key file (%s); the next unlock tries again.", what)

    def _renew_legacy_slot(self, passphrase: str, device_secret: bytes | None) -> None:
        """A slot of the version 1 form becomes a version 2 slot (same passphrase), so
        that the data key can later be rotated without her."""
        if self.worker_name not in self._slots.legacy_workers():
            return
        name, data_key = self.worker_name, self._data_key
        self._save_slots_quietly(
            lambda s: s.add_worker(name, passphrase, data_key, device_secret), "renewed slot"
        )

    def close(self) -> None:
        """Close every connection; the store must be unlocked again to be used."""
        self.engine.dispose()
        self.closed = True

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (WAL files inherit this)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def slots_name(slots: KeySlots, typed: str) -> str:
    """The worker's name as written in her slot (typing may differ in case/spacing)."""
    wanted = keyslots.normalise_name(typed)
    for name in slots.worker_names():
        if keyslots.normalise_name(name) == wanted:
            return name
    raise WrongPassphrase()


__all__ = ["DB_FILE", "CaseStore", "ShelterplanError"]
