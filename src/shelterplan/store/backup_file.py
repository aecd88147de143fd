"""One backup file of the store: writing it and reading it back checked.

**The file** (`shelterplan-backup-YYYYMMDD-HHMMSS.spbackup`) is a ZIP archive, stored
(not deflated), readable with any unzip tool but holding nothing readable:

1. `shelterplan.db` — a copy of the store made through SQLite's backup API (a consistent
   snapshot even while the store is being written; never a copy of the live file), still
   encrypted with the store's data key. Its local header carries our marker in an extra
   field, so even a truncated file is recognised as a (damaged) backup.
2. `shelterplan-backup.json` — the manifest: format and version, store id, when, the
   schema revision, the database's size and SHA-256, and the key slots that can open it —
   the recovery slot and the administrators' slots, exactly as they are in
   `keyslots.json`. A MAC under a key derived from the data key covers the manifest, so
   a changed manifest or database is refused once the key is unwrapped.
3. The ZIP comment ends the file: `shelterplan-backup frame-sha256:<64 hex digits>`, the
   SHA-256 of every byte of the file except the database's bytes (covered by their own
   SHA-256 in the manifest) and those 64 digits. So every single byte is checked, each by
   exactly one hash, and reading the file once checks it all.

The file is written to a temporary name beside the target, fsynced and renamed: there is
never a half-written backup under the real name.

**Restoring** (`core/backups.restore_backup` drives the pieces in
`store/backup_restore.py`) checks the file before
anything in the data folder changes: the container and manifest (`read_manifest`), the
secret and the manifest's MAC (`unwrap_data_key`), then the bytes while copying the
database into a staging folder inside the data folder (`stage`), then SQLite's quick
check of every table on two connections (SQLCipher's page check would add nothing: every
byte was just checked against the authenticated manifest), the schema (upgraded like any
store on open) and the audit chain. Only then is the current store moved aside into
`replaced-YYYYMMDD-HHMMSS/` in the data folder (kept, never deleted) and the restored one
put in its place.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import queue
import shutil
import struct
import tempfile
import threading
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from shelterplan import __version__
from shelterplan.errors import (
    BackupDamaged,
    BackupTooNew,
    DeviceKeyUnavailable,
    KeyFileCorrupt,
    KeyFileMissing,
    NotABackup,
    ShelterplanError,
)
from shelterplan.store import keyslots
from shelterplan.store.atomic import atomic_file
from shelterplan.store.backup import copy_database
from shelterplan.store.base import utcnow
from shelterplan.store.casestore import STORE_ID_SETTING
from shelterplan.store.failures import plain_error
from shelterplan.store.migrate import alembic_config, current_revision
from shelterplan.store.models import Setting, Worker

if TYPE_CHECKING:
    from shelterplan.store.casestore import CaseStore


FORMAT = "shelterplan-backup"
FORMAT_VERSION = 1
SUFFIX = ".spbackup"
DB_MEMBER = "shelterplan.db"
MANIFEST_MEMBER = "shelterplan-backup.json"
ASIDE_PREFIX = "replaced-"

_MARKER_ID = 0x5053  # "SP": the extra field of the database's local header
_MARKER = b"shelterplan-backup"
_TRAILER_PREFIX = b"shelterplan-backup frame-sha256:"
_HEX = 64
_TRAILER_LENGTH = len(_TRAILER_PREFIX) + _HEX
_LOCAL_HEADER = 30
_MAX_MANIFEST = 1 << 20
_CHUNK = 4 << 20
_MAC_INFO = b"shelterplan backup manifest"
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    ValueError,
    KeyError,
    EOFError,
    OSError,
    RuntimeError,
    NotImplementedError,
    OverflowError,
    struct.error,
    zlib.error,
    UnicodeDecodeError,
)


class BackupTargetMissing(ShelterplanError):
    message = (
        "The folder for the backup does not exist or is not available (is the drive "
        "plugged in?). No backup was made."
    )


class CurrentStoreLocked(ShelterplanError):
    message = (
        "This opens the backup but not the store now in this folder, whose erasures must "
        "be carried over; nothing was changed. Use the recovery key or an administrator's "
        "passphrase that opens both."
    )


class BackupNeedsRecoveryKey(DeviceKeyUnavailable):
    message = (
        "On this computer the administrators' passphrases cannot open this backup (its "
        "store was tied to another laptop's keyring). Restore it with the recovery key."
    )


# --- writing ----------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created_at: datetime  # naive UTC, as every time in the store
    db_sha256: str


def data_key_of(engine: Engine) -> bytes:
    """The store's data key, from the engine's raw-key URL (x'<64 hex digits>')."""
    password = str(engine.url.password or "")
    if not (password.startswith("x'") and password.endswith("'")):
        raise ValueError("not an encrypted store engine")
    return bytes.fromhex(password[2:-1])


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_INFO).derive(data_key)


def _canonical(document: dict[str, Any]) -> bytes:
    body = {k: v for k, v in document.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def manifest_mac(data_key: bytes, document: dict[str, Any]) -> str:
    return hmac.new(_mac_key(data_key), _canonical(document), "sha256").hexdigest()


def _admin_names(session: Session) -> set[str]:
    """Active administrators: the admin role, or administrator rights where the schema
    has them (a store of an older schema may be backed up before it is upgraded)."""
    columns = [Worker.name, Worker.role, Worker.active]
    present = {c["name"] for c in inspect(session.get_bind()).get_columns("workers")}
    has_flag = hasattr(Worker, "is_admin") and "is_admin" in present
    if has_flag:
        columns.append(Worker.is_admin)
    names = set()
    for row in session.execute(select(*columns)):
        if row.active and (row.role == "admin" or (has_flag and row.is_admin)):
            names.add(keyslots.normalise_name(row.name))
    return names


def backup_slots(folder: Path, admin_names: set[str]) -> dict[str, Any]:
    """keyslots.json as it is, keeping only the recovery slot and administrators' slots."""
    try:
        document = json.loads((folder / keyslots.FILE_NAME).read_bytes())
        slots = document["slots"]
        kept = [
            slot
            for slot in slots
            if slot["kind"] == "recovery"
            or (slot["kind"] == "worker" and keyslots.normalise_name(slot["worker"]) in admin_names)
        ]
    except FileNotFoundError as exc:
        raise KeyFileMissing() from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileCorrupt() from exc
    return {**document, "slots": kept}


class _BackgroundHash:
    """SHA-256 computed on a thread of its own (hashlib lets go of the GIL), so that
    hashing a large database overlaps with reading and writing it. Chunks must be bytes
    (or views of bytes), which nobody changes afterwards."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._chunks: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=4)
        self._thread = threading.Thread(target=self._run, name="shelterplan-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._chunks.get()) is not None:
            self._hash.update(chunk)

    def update(self, chunk: bytes | memoryview) -> None:
        self._chunks.put(chunk)

    def hexdigest(self) -> str:
        self.close()
        return self._hash.hexdigest()

    def close(self) -> None:
        if self._thread.is_alive():
            self._chunks.put(None)
            self._thread.join()


class _FrameWriter:
    """The file object zipfile writes to: counts bytes (tell), refuses to seek (so the
    archive is written strictly in order), and hashes everything except the database's
    bytes and the last 64 bytes (the digest itself, written by `finish`)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._frame = hashlib.sha256()
        self._held = b""
        self._position = 0
        self.in_database = False

    def write(self, data: bytes | memoryview) -> int:
        self._position += len(data)
        if self.in_database:
            if self._held:  # what came before is not the trailer: it belongs to the frame
                self._frame.update(self._held)
                self._out.write(self._held)
                self._held = b""
            self._out.write(data)
            return len(data)
        data = bytes(data)
        written = len(data)
        data = self._held + data
        cut = max(0, len(data) - _HEX)
        self._frame.update(data[:cut])
        self._out.write(data[:cut])
        self._held = data[cut:]
        return written

    def tell(self) -> int:
        return self._position

    def seek(self, *_args: object) -> int:
        raise OSError("not seekable")

    def flush(self) -> None:
        self._out.flush()

    def finish(self) -> None:
        if self._held != b"0" * _HEX:
            raise RuntimeError("the archive did not end with its trailer")
        self._out.write(self._frame.hexdigest().encode("ascii"))


def write_backup(store: CaseStore, target: Path, *, now: datetime | None = None) -> BackupInfo:
    """Write one backup file of `store` (an unlocked CaseStore) to `target`."""
    created_at = (now or utcnow()).replace(microsecond=0)
    folder = store.folder
    if not target.parent.is_dir():
        raise BackupTargetMissing()
    data_key = data_key_of(store.engine)
    staging = Path(tempfile.mkdtemp(prefix=".backup-", dir=folder))
    try:
        copy = staging / DB_MEMBER
        copy_database(store.engine, copy)
        with Session(store.engine) as session:
            admins = _admin_names(session)
            store_id = session.scalar(select(Setting.value).where(Setting.key == STORE_ID_SETTING))
        revision = current_revision(store.engine)
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "store_id": store_id,
            "created_at": created_at.isoformat() + "Z",
            "app_version": __version__,
            "schema_revision": revision,
            "database": {"name": DB_MEMBER, "size": copy.stat().st_size, "sha256": ""},
            "keyslots": backup_slots(folder, admins),
        }
        with atomic_file(target) as handle:
            digest = _write_container(handle, copy, manifest, data_key, created_at)
        size = target.stat().st_size
    except Exception as exc:
        known = plain_error(exc)
        if known is None or known is exc:
            raise
        raise known from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BackupInfo(target, size, created_at, digest)


def _write_container(
    handle: BinaryIO,
    database: Path,
    manifest: dict[str, Any],
    data_key: bytes,
    created_at: datetime,
) -> str:
    local = created_at.replace(tzinfo=UTC).astimezone()
    stamp = (max(local.year, 1980), local.month, local.day, local.hour, local.minute, local.second)
    frame = _FrameWriter(handle)
    with zipfile.ZipFile(frame, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        info = zipfile.ZipInfo(DB_MEMBER, stamp)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        info.extra = struct.pack("<HH", _MARKER_ID, len(_MARKER)) + _MARKER
        info.file_size = database.stat().st_size
        digest = _BackgroundHash()
        try:
            with archive.open(info, "w") as member, database.open("rb") as source:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    frame.in_database = True
                    try:
                        member.write(chunk)
                    finally:
                        frame.in_database = False
            db_sha256 = digest.hexdigest()
        finally:
            digest.close()
        manifest["database"]["sha256"] = db_sha256
        manifest["mac"] = manifest_mac(data_key, manifest)
        text = zipfile.ZipInfo(MANIFEST_MEMBER, stamp)
        text.compress_type = zipfile.ZIP_STORED
        text.external_attr = 0o600 << 16
        archive.writestr(text, json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8"))
        archive.comment = _TRAILER_PREFIX + b"0" * _HEX
    frame.finish()
    return db_sha256


# --- reading ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Manifest:
    document: dict[str, Any]
    store_id: str
    created_at: datetime
    schema_revision: str
    db_offset: int
    db_size: int
    db_sha256: str
    frame_sha256: str
    file_size: int

    @property
    def keyslots(self) -> dict[str, Any]:
        return dict(self.document["keyslots"])


def read_manifest(file: Path) -> Manifest:
    """Check that `file` is a whole shelterplan backup this version can restore, from its
    structure and manifest (the bytes themselves are checked by `stage`)."""
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise NotABackup(
            "This backup file cannot be read: check that the drive is plugged in and the "
            "file is there. Nothing was changed."
        ) from exc
    with handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(_LOCAL_HEADER + len(DB_MEMBER) + 4 + len(_MARKER))
            handle.seek(max(0, size - _TRAILER_LENGTH))
            tail = handle.read(_TRAILER_LENGTH)
        except OSError as exc:
            raise NotABackup(
                "This backup file cannot be read: check the drive. Nothing was changed."
            ) from exc
        ours_head = head.startswith(b"PK\x03\x04") and _MARKER in head
        ours_tail = tail.startswith(_TRAILER_PREFIX)
        if not (ours_head or ours_tail):
            raise NotABackup()
        frame_hex = tail[len(_TRAILER_PREFIX) :].decode("ascii", "replace")
        if not ours_tail or len(frame_hex) != _HEX or not _is_hex(frame_hex):
            raise BackupDamaged()
        try:
            return _parse(handle, size, frame_hex)
        except (NotABackup, BackupDamaged, BackupTooNew):
            raise
        except _ZIP_ERRORS as exc:
            raise BackupDamaged() from exc


def _is_hex(text: str) -> bool:
    return all(ch in "0123456789abcdef" for ch in text)


def _parse(handle: BinaryIO, size: int, frame_hex: str) -> Manifest:
    archive = zipfile.ZipFile(handle)
    infos = archive.infolist()
    if [i.filename for i in infos] != [DB_MEMBER, MANIFEST_MEMBER]:
        raise BackupDamaged()
    database, manifest_info = infos
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:
            raise BackupDamaged()
        if info.compress_size != info.file_size:
            raise BackupDamaged()
    if manifest_info.file_size > _MAX_MANIFEST:
        raise BackupDamaged()
    document = json.loads(archive.read(MANIFEST_MEMBER))  # the CRC is checked here
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupDamaged()
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BackupDamaged()
    if version > FORMAT_VERSION:
        raise BackupTooNew()
    if version != FORMAT_VERSION:
        raise BackupDamaged()
    db = document.get("database")
    slots = document.get("keyslots")
    fields_ok = (
        isinstance(document.get("store_id"), str)
        and isinstance(document.get("created_at"), str)
        and isinstance(document.get("schema_revision"), str)
        and isinstance(document.get("mac"), str)
        and isinstance(db, dict)
        and isinstance(db.get("size"), int)
        and isinstance(db.get("sha256"), str)
        and len(db["sha256"]) == _HEX
        and isinstance(slots, dict)
        and isinstance(slots.get("slots"), list)
    )
    if not fields_ok:
        raise BackupDamaged()
    created_at = datetime.fromisoformat(document["created_at"].rstrip("Z"))
    if document["schema_revision"] not in known_revisions():
        raise BackupTooNew()
    handle.seek(database.header_offset)
    local = handle.read(_LOCAL_HEADER)
    if len(local) != _LOCAL_HEADER or not local.startswith(b"PK\x03\x04"):
        raise BackupDamaged()
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    offset = database.header_offset + _LOCAL_HEADER + name_length + extra_length
    if (
        database.file_size != db["size"]
        or offset + database.file_size > size - _TRAILER_LENGTH
        or database.header_offset != 0
    ):
        raise BackupDamaged()
    return Manifest(
        document=document,
        store_id=document["store_id"],
        created_at=created_at,
        schema_revision=document["schema_revision"],
        db_offset=offset,
        db_size=database.file_size,
        db_sha256=db["sha256"],
        frame_sha256=frame_hex,
        file_size=size,
    )


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}
