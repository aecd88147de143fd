"""Putting a backup back: the secret, the current store, staging, checks and the swap.

`core/backups.restore_backup` drives these pieces in order; the backup file's format and
reading it are in `store/backup_file.py` (see its docstring for the whole procedure).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import hmac
import json
import os
import queue
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import sqlcipher3
from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from shelterplan.errors import (
    BackupDamaged,
    BackupOfAnotherStore,
    DeviceKeyUnavailable,
    KeyFileCorrupt,
    KeyFileMissing,
    NotAStore,
    ShelterplanError,
    StoreBusy,
    StoreTampered,
    WrongPassphrase,
)
from shelterplan.store import audit_chain, cipher, keyslots
from shelterplan.store.atomic import fsync_folder, write_atomic
from shelterplan.store.backup_file import (
    _CHUNK,
    _HEX,
    ASIDE_PREFIX,
    DB_MEMBER,
    BackupNeedsRecoveryKey,
    CurrentStoreLocked,
    Manifest,
    database_digest,
    manifest_mac,
)
from shelterplan.store.casestore import DB_FILE, STORE_ID_SETTING
from shelterplan.store.device import create_device_secret, load_device_secret
from shelterplan.store.engine import cipher_profile, first_connect, make_engine
from shelterplan.store.failures import plain_error
from shelterplan.store.keyslots import KeySlots
from shelterplan.store.migrate import upgrade_if_needed
from shelterplan.store.models import Setting, Worker
from shelterplan.store.write_behind import copy_hashed, forget_cached, read_ahead

if TYPE_CHECKING:
    pass


# --- secrets ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Secret:
    """What the administrator typed: the recovery key, or her name and passphrase."""

    recovery_key: str | None = None
    admin_name: str | None = None
    passphrase: str | None = field(default=None, repr=False)

    def candidate_keys(self, slots: KeySlots, for_backup: bool) -> list[bytes]:
        """The data keys `slots` give for this secret (two while a key rotation is
        half-done). Raises WrongPassphrase when the secret opens none."""
        if self.recovery_key is not None:
            many = getattr(slots, "recovery_keys", None)
            if many is not None:
                return list(many(self.recovery_key))
            return [slots.unlock_recovery(self.recovery_key)]
        if self.admin_name is None or self.passphrase is None:
            raise WrongPassphrase()
        device_secret = None
        if slots.device_bound:
            device_secret = load_device_secret(slots.store_id)
            if device_secret is None:
                raise BackupNeedsRecoveryKey() if for_backup else DeviceKeyUnavailable()
        many = getattr(slots, "worker_keys", None)
        if many is not None:
            return list(many(self.admin_name, self.passphrase, device_secret))
        return [slots.unlock_worker(self.admin_name, self.passphrase, device_secret)]


def slots_for_this_computer(document: dict[str, Any]) -> tuple[bytes, bool]:
    """The backup's key slots as keyslots.json for a restore where there is no current
    store (a new laptop, say). Returns the file's bytes and whether the store had to be
    tied to this computer afresh: its slots were bound to another laptop's keyring, so
    none of the workers' passphrases open them here; a new device secret is made in this
    keyring (passphrase-only mode when there is none), so that an administrator holding
    the recovery key can give everyone a new passphrase."""
    slots = dict(document)
    rebound = False
    if slots.get("device_bound") and load_device_secret(str(slots["store_id"])) is None:
        rebound = True
        if create_device_secret(str(slots["store_id"])) is None:
            slots["device_bound"] = False
    return json.dumps(slots, indent=2).encode("utf-8"), rebound


def slots_from_document(document: dict[str, Any]) -> KeySlots:
    """Key slots from a keyslots.json document, checked by KeySlots.load itself."""
    with tempfile.TemporaryDirectory(prefix="shelterplan-slots-") as folder:
        (Path(folder) / keyslots.FILE_NAME).write_text(json.dumps(document), "utf-8")
        return KeySlots.load(Path(folder))


def unwrap_data_key(manifest: Manifest, secret: Secret) -> bytes:
    """The backup's data key. WrongPassphrase for a wrong secret; BackupDamaged when the
    key is right but the manifest does not carry its MAC (it was changed)."""
    try:
        slots = slots_from_document(manifest.keyslots)
    except (KeyFileCorrupt, KeyFileMissing) as exc:
        raise BackupDamaged() from exc
    if slots.store_id != manifest.store_id:
        raise BackupDamaged()
    try:
        candidates = secret.candidate_keys(slots, for_backup=True)
    except KeyFileCorrupt as exc:
        raise BackupDamaged() from exc
    for key in candidates:
        if hmac.compare_digest(manifest_mac(key, manifest.document), manifest.document["mac"]):
            return key
    raise BackupDamaged()


# --- the current store ------------------------------------------------------------------
class CurrentState(enum.Enum):
    ABSENT = "absent"  # no database in the folder
    UNREADABLE = "unreadable"  # damaged, or its key file is: nothing can be carried over
    OPEN = "open"


@dataclass
class CurrentStore:
    """The store now in the folder, opened only to read (its erasures) and to compare."""

    folder: Path
    state: CurrentState
    engine: Engine | None = None
    data_key: bytes | None = None
    slots_document: bytes | None = None  # keyslots.json as it is, when it could be read
    keys: list[bytes] = field(default_factory=list, repr=False)  # what the secret opened

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        assert self.engine is not None
        with Session(self.engine) as session:
            yield session

    def has_table(self, name: str) -> bool:
        assert self.engine is not None
        return inspect(self.engine).has_table(name)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    def mark_unreadable(self) -> None:
        self.close()
        self.state = CurrentState.UNREADABLE


def open_current(folder: Path, manifest: Manifest, secret: Secret) -> CurrentStore:
    """Open the store now in `folder` with the same secret, read-only in spirit.

    Refuses (BackupOfAnotherStore) a backup of another store, and (CurrentStoreLocked)
    a secret that opens the backup but not this store; a damaged store is UNREADABLE."""
    db = folder / DB_FILE
    if not db.exists():
        return CurrentStore(folder, CurrentState.ABSENT)
    try:
        slots = KeySlots.load(folder)
        slots_document = (folder / keyslots.FILE_NAME).read_bytes()
    except (KeyFileMissing, KeyFileCorrupt, OSError):
        return CurrentStore(folder, CurrentState.UNREADABLE)
    if slots.store_id != manifest.store_id:
        raise BackupOfAnotherStore()
    try:
        candidates = secret.candidate_keys(slots, for_backup=False)
    except WrongPassphrase as exc:
        raise CurrentStoreLocked() from exc
    except KeyFileCorrupt:
        return CurrentStore(folder, CurrentState.UNREADABLE)
    for key in candidates:
        engine = make_engine(db, key)
        try:
            first_connect(engine, db)
        except (NotAStore, StoreTampered):
            engine.dispose()
            continue
        except Exception:
            engine.dispose()
            raise
        return CurrentStore(folder, CurrentState.OPEN, engine, key, slots_document, candidates)
    return CurrentStore(
        folder, CurrentState.UNREADABLE, slots_document=slots_document, keys=candidates
    )


def ensure_not_in_use(db: Path, data_key: bytes) -> None:
    """StoreBusy when another program (a shelterplan window) has the store open."""
    if not db.exists():
        return
    profile = cipher.profile_of(db, data_key)
    connection = cipher.connect(db, data_key, profile, timeout=0.2)
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("ROLLBACK")
        except sqlcipher3.OperationalError as exc:
            if isinstance(plain_error(exc), StoreBusy):
                raise StoreBusy() from exc
            raise
    finally:
        connection.close()


# --- staging and putting in place ---------------------------------------------------------
@dataclass
class StagedRestore:
    """The backup's database copied and checked in a staging folder inside the data
    folder, open on an engine of its own; nothing of the current store is touched."""

    folder: Path
    staging: Path
    manifest: Manifest
    data_key: bytes
    engine: Engine | None = None
    upgraded: bool = False

    @property
    def db(self) -> Path:
        return self.staging / DB_MEMBER

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        assert self.engine is not None
        with Session(self.engine) as session, session.begin():
            yield session

    def verify_chain(self) -> None:
        with self.session() as session:
            if audit_chain.verify(session) is not None:
                raise BackupDamaged()

    def worker_names(self) -> list[str]:
        with self.session() as session:
            return list(session.scalars(select(Worker.name).where(Worker.active.is_(True))))

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    def discard(self) -> None:
        self.close()
        shutil.rmtree(self.staging, ignore_errors=True)


STAGING_PREFIX = ".restore-"
STALE_STAGING_S = 24 * 3600  # a restore takes seconds: one this old was cut off


def remove_stale_staging(folder: Path) -> None:
    """Remove the staging folders that restores cut off by a crash or a power cut left in
    `folder` (a copy of a backup's database each, as encrypted as the backup) when they
    are more than a day old; a restore running now is never that old."""
    for path in folder.glob(STAGING_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if path.is_dir() and time.time() - path.stat().st_mtime > STALE_STAGING_S:
                shutil.rmtree(path)


def stage(folder: Path, file: Path, manifest: Manifest, data_key: bytes) -> StagedRestore:
    """Copy the database out of `file` into a staging folder inside `folder`, checking
    every byte of the file on the way, then open and check it as a store. Staging
    folders left by restores cut off long ago are removed first."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    staged = StagedRestore(folder, staging, manifest, data_key)
    try:
        if manifest.db_offset == 0:  # version 2: SQLite can read the database in the file
            problems = _extract_while_checking(file, manifest, staged.db, data_key)
        else:
            _extract_checked(file, manifest, staged.db)
            problems = None
        staged.engine = make_engine(staged.db, data_key)
        try:
            first_connect(staged.engine, staged.db)
        except (NotAStore, StoreTampered) as exc:
            raise BackupDamaged() from exc
        if problems is None:
            layout = cipher_profile(staged.engine)
            problems = _integrity_problems(lambda: _check_connection(staged.db, data_key, layout))
        if problems:
            raise BackupDamaged()
        with Session(staged.engine) as session:
            store_id = session.scalar(select(Setting.value).where(Setting.key == STORE_ID_SETTING))
        if store_id != manifest.store_id:
            raise BackupDamaged()
        staged.upgraded = upgrade_if_needed(staged.engine, staged.db)
        staged.verify_chain()
    except BaseException as exc:
        staged.discard()
        if isinstance(exc, StoreTampered):
            raise BackupDamaged() from exc
        known = plain_error(exc) if isinstance(exc, OSError) else None
        if isinstance(known, ShelterplanError):  # a full disk, a read-only folder
            raise known from exc
        raise
    return staged


def _extract_checked(file: Path, manifest: Manifest, target: Path) -> None:
    """One pass over the backup: the database's bytes are written to `target` and hashed
    against the manifest; every other byte goes into the frame hash of the trailer."""
    start, end = manifest.db_offset, manifest.db_offset + manifest.db_size
    frame = hashlib.sha256()
    database = database_digest(manifest)
    with file.open("rb", buffering=0) as source:
        try:
            _hash_next(source, start, frame)  # version 1: the archive's header
            copy_hashed(source, manifest.db_size, target, database)
            _hash_next(source, manifest.file_size - _HEX - end, frame)
        except EOFError as exc:
            raise BackupDamaged() from exc  # shorter than when it was inspected
    if not hmac.compare_digest(frame.hexdigest(), manifest.frame_sha256):
        raise BackupDamaged()
    if not hmac.compare_digest(database.hexdigest(), manifest.db_sha256):
        raise BackupDamaged()


def _hash_next(source: BinaryIO, length: int, digest: Any) -> None:
    """Add the next `length` bytes of `source` to `digest`; EOFError when it ends first."""
    while length > 0:
        chunk = source.read(min(_CHUNK, length))
        if not chunk:
            raise EOFError("the source ended early")
        digest.update(chunk)
        length -= len(chunk)


def _extract_while_checking(file: Path, manifest: Manifest, target: Path, key: bytes) -> list[str]:
    """`_extract_checked` and, at the same time on the other core, SQLite's quick check of
    the database where it lies in the backup file (read-only, immutable), while the
    database is read ahead into the cache for both (and dropped from it after). Sound: the
    check reads pages through SQLCipher, which proves each against its HMAC under the
    data key, and the copy is proven byte for byte against the manifest; neither can be
    passed by pages nobody with the key wrote. Returns the check's problems."""
    with ThreadPoolExecutor(2, thread_name_prefix="shelterplan-restore-check") as pool:
        reading = pool.submit(read_ahead, file, 0, manifest.db_size)
        checking = pool.submit(_problems_in_place, file, key)
        try:
            _extract_checked(file, manifest, target)
            return checking.result()
        finally:
            wait([checking, reading])  # after a failure, their results no longer matter
            forget_cached(file)


def _problems_in_place(file: Path, key: bytes) -> list[str]:
    try:
        layout = cipher.profile_of(file, key, read_only=True)
    except (ShelterplanError, sqlcipher3.Error):
        return ["the backup's database could not be read"]
    return _integrity_problems(lambda: _check_connection(file, key, layout, read_only=True))


def _check_connection(
    db: Path, key: bytes, layout: cipher.CipherProfile, *, read_only: bool = False
) -> Any:
    connection = cipher.connect(db, key, layout, read_only=read_only)
    connection.execute("PRAGMA cache_size = -65536")
    return connection


def _integrity_problems(open_connection: Callable[[], Any]) -> list[str]:
    """SQLite's quick check of every table with its indexes, spread over two connections
    from `open_connection`, one per core.

    SQLCipher's page check is not run here: every byte of the staged database is checked
    against the SHA-256 in the manifest, whose MAC needs the data key, so a page changed
    since the backup was written cannot get through. What can, is a store that was
    already damaged when it was backed up; the quick check finds that. Checking table by
    table skips SQLite's count of unused pages, which loses no data.

    The full-text index is checked as the tables it is kept in (`search_index_data` and
    the others: every page of them is read and its structure checked), not by FTS5's own
    check that the index agrees with its copy of the text: that one re-reads and
    re-tokenises every note, a second or more of a restore at 100,000 clients, for a
    disagreement nothing but a bug in SQLite could make (the text and the index are
    written in one transaction, and every page is authentic). It still runs, as after
    every unlock, in the background check once the restored store is opened."""
    try:
        connection = open_connection()
    except sqlcipher3.Error:
        return ["the database could not be opened"]
    try:
        tables = _tables_largest_first(connection)
    finally:
        connection.close()
    if tables is None:
        return ["the schema could not be read"]
    pending: queue.SimpleQueue[str] = queue.SimpleQueue()
    for name in tables:
        pending.put(name)

    def check_some() -> list[str]:
        problems: list[str] = []
        try:
            connection = open_connection()
        except sqlcipher3.Error:
            return ["the database could not be opened"]
        try:
            while True:
                try:
                    name = pending.get_nowait()
                except queue.Empty:
                    return problems
                quoted = name.replace('"', '""')
                try:
                    rows = connection.execute(f'PRAGMA quick_check("{quoted}")').fetchall()
                    found = [str(row[0]) for row in rows]
                except sqlcipher3.Error:  # a damaged page can stop SQLite's check with an error
                    found = [f"{name}: the table could not be read"]
                if found != ["ok"]:
                    problems.extend(found)
        finally:
            connection.close()

    with ThreadPoolExecutor(2, thread_name_prefix="shelterplan-restore-check") as pool:
        results = list(pool.map(lambda _: check_some(), range(2)))
    return [problem for found in results for problem in found]


def _tables_largest_first(connection: Any) -> list[str] | None:
    """Every ordinary table, by their highest row id (a cheap stand-in for size), so the
    two connections finish together; virtual tables are left out (their own tables are
    ordinary ones, in the list). None when the schema cannot be read."""
    try:
        rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        rows = rows.fetchall()
    except sqlcipher3.Error:
        return None

    def weight(name: str) -> float:
        quoted = name.replace('"', '""')
        try:
            found = connection.execute(f'SELECT max(rowid) FROM "{quoted}"').fetchone()[0]
        except sqlcipher3.Error:
            return 0.0  # WITHOUT ROWID tables: small lookup tables here
        return float(found or 0)

    tables = [name for name, sql in rows if not _is_virtual(sql)]
    return sorted(tables, key=lambda name: -weight(name))


def _is_virtual(sql: str | None) -> bool:
    return (sql or "").lstrip().upper().startswith("CREATE VIRTUAL TABLE")


def rekey(staged: StagedRestore, new_key: bytes) -> None:
    """Re-encrypt the staged database under `new_key` (the current store's key, after a
    key rotation since the backup was made)."""
    from shelterplan.store.rekey import rekey_database

    staged.close()
    rekey_database(staged.db, staged.data_key, new_key)
    staged.engine = make_engine(staged.db, new_key)
    first_connect(staged.engine, staged.db)
    staged.data_key = new_key


def aside_folder(folder: Path, now: datetime) -> Path:
    local = now.replace(tzinfo=UTC).astimezone()
    base = folder / f"{ASIDE_PREFIX}{local:%Y%m%d-%H%M%S}"
    candidate, number = base, 1
    while candidate.exists():
        number += 1
        candidate = base.with_name(f"{base.name}-{number}")
    return candidate


def install(
    staged: StagedRestore,
    current: CurrentStore,
    slots_document: bytes,
    now: datetime,
) -> Path | None:
    """Move the current store aside (kept) and put the staged one in its place.

    The old database is first hard-linked into the aside folder, so that `shelterplan.db`
    is replaced by one atomic rename and there is always a whole database under that
    name. Returns the aside folder (None when there was nothing to keep)."""
    folder = staged.folder
    db = folder / DB_FILE
    slots_path = folder / keyslots.FILE_NAME
    staged.close()
    current.close()
    for suffix in ("-wal", "-shm"):
        if Path(f"{staged.db}{suffix}").exists():
            raise StoreBusy()
    if current.state is CurrentState.OPEN and current.data_key is not None:
        ensure_not_in_use(db, current.data_key)
    present = [p for p in (db, slots_path) if p.exists()]
    leftovers = [Path(f"{db}{s}") for s in ("-wal", "-shm") if Path(f"{db}{s}").exists()]
    aside: Path | None = None
    if present or leftovers:
        aside = aside_folder(folder, now)
        aside.mkdir(mode=0o700)
        for path in leftovers:  # never beside the restored database: SQLite would replay it
            os.replace(path, aside / path.name)
        for path in present:
            _keep(path, aside / path.name)
        fsync_folder(aside)
    os.replace(staged.db, db)
    if not (slots_path.exists() and slots_path.read_bytes() == slots_document):
        write_atomic(slots_path, slots_document)
    fsync_folder(folder)
    shutil.rmtree(staged.staging, ignore_errors=True)
    return aside


def _keep(path: Path, kept: Path) -> None:
    """A second name for `path` in the aside folder; a copy where links are not allowed."""
    try:
        os.link(path, kept)
    except OSError:
        shutil.copy2(path, kept)
        with kept.open("rb+") as handle:
            os.fsync(handle.fileno())
