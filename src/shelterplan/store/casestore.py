"""The store folder as one object: create it, unlock it, hand out sessions, close it.

A store folder holds `shelterplan.db` (SQLCipher) and `keyslots.json`. Unlocking
unwraps the data key from the worker's slot, opens the engine, checks integrity and
brings the schema to the current version.
"""

from __future__ import annotations

import contextlib
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
from shelterplan.store import audit_chain, keyslots
from shelterplan.store.base import new_id
from shelterplan.store.device import create_device_secret, load_device_secret
from shelterplan.store.engine import first_connect, integrity_problems, make_engine
from shelterplan.store.failures import plain_error
from shelterplan.store.keyslots import KeySlots
from shelterplan.store.migrate import create_schema, upgrade_if_needed
from shelterplan.store.models import Setting, Worker
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
        """Make a new store; returns it and the recovery key, to be shown exactly once."""
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
                session.add(Worker(name=" ".join(admin_name.split()), role="admin"))
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
        try:
            data_key = slots.unlock_worker(worker_name, passphrase, secret)
        except WrongPassphrase:
            throttle.failed()
            raise
        throttle.succeeded()
        store = cls._open(folder, slots, data_key, slots_name(slots, worker_name), check_integrity)
        with store.session() as session:
            worker = session.scalar(select(Worker).where(Worker.name == store.worker_name))
            if worker is None or not worker.active:
                store.close()
                raise WrongPassphrase()
            audit_chain.append(session, "login", worker.name)
        return store

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> CaseStore:
        slots = cls._load_slots(folder)
        Throttle(folder).check()
        try:
            data_key = slots.unlock_recovery(recovery_key)
        except WrongPassphrase:
            Throttle(folder).failed()
            raise
        store = cls._open(folder, slots, data_key, "")
        with store.session() as session:
            audit_chain.append(session, "login.recovery_key", None)
        return store

    @staticmethod
    def _load_slots(folder: Path) -> KeySlots:
        if not (folder / DB_FILE).exists():
            if (folder / keyslots.FILE_NAME).exists():
                raise StoreMissing(
                    "The database file (shelterplan.db) is missing beside the key file. "
                    "Restore it from a backup."
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

    def add_worker_slot(self, name: str, passphrase: str) -> None:
        """Give a worker a key slot (the account row is the caller's business)."""
        secret = self._device_secret(self._slots)
        self._slots.add_worker(name, passphrase, self._data_key, secret)
        self._slots.save(self.folder)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under the new passphrase; the database is untouched."""
        secret = self._device_secret(self._slots)
        data_key = self._slots.unlock_worker(self.worker_name, old, secret)
        self._slots.add_worker(self.worker_name, new, data_key, secret)
        self._slots.save(self.folder)
        with self.session() as session:
            audit_chain.append(session, "passphrase.change", self.worker_name)

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
