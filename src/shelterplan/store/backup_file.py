"""One backup file of the store: writing it and reading it back checked.

**The file** (`shelterplan-backup-YYYYMMDD-HHMMSS.spbackup`, format version 3) holds
nothing readable. From its first byte:

1. the database: a copy of the store made through SQLite's backup API (a consistent
   snapshot even while the store is being written; never a copy of the live file),
   written by SQLite straight into this file, still encrypted with the store's data key
   and in its page layout (`store/cipher.py`);
2. the manifest (JSON): format and version, store id, when, the schema revision, the
   database's size and SHA-256, and the key slots that can open it (the recovery slot and
   the administrators' slots, exactly as in `keyslots.json`). A MAC under a key derived
   from the data key covers it, so a changed manifest or database is refused once the
   key is unwrapped. Since version 3 the database's SHA-256 takes its first page last
   (`database.sha256_head_last` gives its length): SQLite writes that page, the header,
   again when the copy ends, so the rest is hashed while SQLite is still writing it, on
   the other core (`write_behind.FollowingHash`); version 2 hashed the bytes in order;
3. a footer of fixed length, `\nshelterplan-backup 2 manifest-bytes:<16 digits>
   frame-sha256:<64 hex digits>`: where the manifest starts, and the SHA-256 of the
   manifest and the footer up to those digits. So every byte is checked, each by exactly
   one hash, and reading the file once checks it all.

The database is written once, where the backup goes, under a hidden name beside it, and
goes to the disk while SQLite is still encrypting the rest (`store/write_behind.py`); the
manifest and footer are appended, the file fsynced and renamed: there is never a
half-written backup under the real name. A file cut short has lost its footer and has
no mark at its start (SQLCipher's first bytes are random): one with the backup suffix
is then reported as damaged, anything else as not a backup.

Version 2 files are the same but for that digest. Version 1 files (the backups made
before the page layout changed) are still read: a
stored ZIP archive of the database and the manifest, the frame digest in the archive's
comment.

**Restoring** (`core/backups.restore_backup` drives the pieces in
`store/backup_restore.py`) checks the file before
anything in the data folder changes: the container and manifest (`read_manifest`), the
secret and the manifest's MAC (`unwrap_data_key`), then the bytes while copying the
database into a staging folder inside the data folder (`stage`) and, at the same time,
SQLite's quick check of every table of the database where it lies in the backup file
(SQLCipher's page check would add nothing: every byte is checked against the
authenticated manifest), the schema (upgraded like any store on open) and the audit
chain. Only then is the current store moved aside into
`replaced-YYYYMMDD-HHMMSS/` in the data folder (kept, never deleted) and the restored one
put in its place.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import inspect, select
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
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import keyslots
from shelterplan.store.atomic import fsync_folder
from shelterplan.store.backup import backup_into
from shelterplan.store.base import utcnow
from shelterplan.store.casestore import STORE_ID_SETTING
from shelterplan.store.engine import cipher_profile, data_key_of
from shelterplan.store.failures import plain_error
from shelterplan.store.migrate import alembic_config, current_revision
from shelterplan.store.models import Setting, Worker
from shelterplan.store.write_behind import FollowingHash

if TYPE_CHECKING:
    from shelterplan.store.casestore import CaseStore


FORMAT = "shelterplan-backup"
FORMAT_VERSION = 3
SUFFIX = ".spbackup"
DB_MEMBER = "shelterplan.db"
MANIFEST_MEMBER = "shelterplan-backup.json"
ASIDE_PREFIX = "replaced-"

_MARKER_ID = 0x5053  # "SP": the extra field of the database's local header
_MARKER = b"shelterplan-backup"
_TRAILER_PREFIX = b"shelterplan-backup frame-sha256:"
_HEX = 64
_TRAILER_LENGTH = len(_TRAILER_PREFIX) + _HEX
_FOOTER_PREFIX = b"\nshelterplan-backup 2 manifest-bytes:"
_FRAME_LABEL = b" frame-sha256:"
_FOOTER_LENGTH = len(_FOOTER_PREFIX) + 16 + len(_FRAME_LABEL) + _HEX
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
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The folder for the backup does not exist or is not available (is the drive "
        "plugged in?). No backup was made.",
    )


class CurrentStoreLocked(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This opens the backup but not the store now in this folder, whose erasures must "
        "be carried over; nothing was changed. Use the recovery key or an administrator's "
        "passphrase that opens both.",
    )


class BackupNeedsRecoveryKey(DeviceKeyUnavailable):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "On this computer the administrators' passphrases cannot open this backup (its "
        "store was tied to another laptop's keyring). Restore it with the recovery key.",
    )


# --- writing ----------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created_at: datetime  # naive UTC, as every time in the store
    db_sha256: str


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


class FirstBytesLast:
    """SHA-256 of bytes given in order, with the first `head` of them taken last (how
    version 3 hashes the database). `update` and `hexdigest` as hashlib's."""

    def __init__(self, head: int) -> None:
        self._head = head
        self._first = bytearray()
        self._rest = hashlib.sha256()

    def update(self, data: bytes | bytearray | memoryview) -> None:
        with memoryview(data) as view:
            missing = self._head - len(self._first)
            if missing > 0:
                self._first += view[:missing]
            if len(view) > max(missing, 0):
                self._rest.update(view[max(missing, 0) :])

    def hexdigest(self) -> str:
        whole = self._rest.copy()
        whole.update(self._first)
        return whole.hexdigest()


def database_digest(manifest: Manifest) -> Any:
    """A fresh hash object for the database of a backup with this manifest."""
    if manifest.db_head_last:
        return FirstBytesLast(manifest.db_head_last)
    return hashlib.sha256()


def footer(manifest_bytes: bytes, frame_hex: str) -> bytes:
    """The fixed-length end of a version 2 file, with the frame digest `frame_hex`."""
    length = f"{len(manifest_bytes):016d}".encode("ascii")
    return _FOOTER_PREFIX + length + _FRAME_LABEL + frame_hex.encode("ascii")


def append_manifest(handle: BinaryIO, manifest: dict[str, Any], data_key: bytes) -> None:
    """Write the manifest (with its MAC under `data_key`) and the footer at the handle's
    position, which must be the end of the database's bytes."""
    document = dict(manifest)
    document.pop("mac", None)
    document["mac"] = manifest_mac(data_key, document)
    text = json.dumps(document, indent=2, sort_keys=True).encode("utf-8")
    if len(text) > _MAX_MANIFEST:
        raise ValueError("the manifest is too large")
    unhashed = footer(text, "")
    frame = hashlib.sha256(text + unhashed).hexdigest()
    handle.write(text)
    handle.write(footer(text, frame))
    handle.truncate()


def write_backup(store: CaseStore, target: Path, *, now: datetime | None = None) -> BackupInfo:
    """Write one backup file of `store` (an unlocked CaseStore) to `target`.

    The backup API writes the database straight into a hidden file beside `target`
    (never the store's folder: the database is copied once, not twice); the manifest and
    footer are appended, the file fsynced and renamed to `target`."""
    created_at = (now or utcnow()).replace(microsecond=0)
    folder = store.folder
    if not target.parent.is_dir():
        raise BackupTargetMissing()
    data_key = data_key_of(store.engine)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()  # left by a backup that was cut off
        page = cipher_profile(store.engine).page_size
        following = FollowingHash(partial, page)
        try:
            backup_into(store.engine, partial, following)
            size = partial.stat().st_size
            digest = following.finish()
        finally:
            following.close()
        with Session(store.engine) as session:
            admins = _admin_names(session)
            store_id = session.scalar(select(Setting.value).where(Setting.key == STORE_ID_SETTING))
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "store_id": store_id,
            "created_at": created_at.isoformat() + "Z",
            "app_version": __version__,
            "schema_revision": current_revision(store.engine),
            "database": {
                "name": DB_MEMBER,
                "size": size,
                "sha256": digest,
                "sha256_head_last": page,
            },
            "keyslots": backup_slots(folder, admins),
        }
        with partial.open("r+b") as handle:
            handle.seek(size)
            append_manifest(handle, manifest, data_key)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_folder(target.parent)
        written = target.stat().st_size
    except Exception as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        known = plain_error(exc)
        if known is None or known is exc:
            raise
        raise known from exc
    return BackupInfo(target, written, created_at, digest)


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
    db_head_last: int = 0  # version 3: the digest takes this many first bytes last

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
            QT_TRANSLATE_NOOP(
                "errors",
                "This backup file cannot be read: check that the drive is plugged in and the "
                "file is there. Nothing was changed.",
            )
        ) from exc
    with handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(_LOCAL_HEADER + len(DB_MEMBER) + 4 + len(_MARKER))
            handle.seek(max(0, size - _FOOTER_LENGTH))
            tail = handle.read(_FOOTER_LENGTH)
        except OSError as exc:
            raise NotABackup(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This backup file cannot be read: check the drive. Nothing was changed.",
                )
            ) from exc
        try:
            if tail.startswith(_FOOTER_PREFIX):
                return _parse_v2(handle, size, tail)
            return _parse_v1(handle, size, head, tail[-_TRAILER_LENGTH:], file.suffix == SUFFIX)
        except (NotABackup, BackupDamaged, BackupTooNew):
            raise
        except _ZIP_ERRORS as exc:
            raise BackupDamaged() from exc


def _is_hex(text: str) -> bool:
    return all(ch in "0123456789abcdef" for ch in text)


def _parse_v2(handle: BinaryIO, size: int, tail: bytes) -> Manifest:
    """The database from byte 0, the manifest, the footer (see the module docstring)."""
    after_prefix = tail[len(_FOOTER_PREFIX) :]
    length_text, rest = after_prefix[:16], after_prefix[16:]
    frame_hex = rest[len(_FRAME_LABEL) :].decode("ascii", "replace")
    if not (
        length_text.isdigit()
        and rest.startswith(_FRAME_LABEL)
        and len(frame_hex) == _HEX
        and _is_hex(frame_hex)
    ):
        raise BackupDamaged()
    length = int(length_text)
    db_size = size - _FOOTER_LENGTH - length
    if length > _MAX_MANIFEST or db_size <= 0:
        raise BackupDamaged()
    handle.seek(db_size)
    document = json.loads(handle.read(length))
    return _manifest(document, 2, 0, db_size, frame_hex, size)


def _parse_v1(handle: BinaryIO, size: int, head: bytes, tail: bytes, named: bool) -> Manifest:
    """A ZIP archive: the database, then the manifest; its comment is the trailer."""
    ours_head = head.startswith(b"PK\x03\x04") and _MARKER in head
    ours_tail = tail.startswith(_TRAILER_PREFIX)
    if not (ours_head or ours_tail):
        # A version 2 backup cut short has no mark left at either end: its name tells.
        raise BackupDamaged() if named and size > 0 else NotABackup()
    frame_hex = tail[len(_TRAILER_PREFIX) :].decode("ascii", "replace")
    if not ours_tail or len(frame_hex) != _HEX or not _is_hex(frame_hex):
        raise BackupDamaged()
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
    handle.seek(database.header_offset)
    local = handle.read(_LOCAL_HEADER)
    if len(local) != _LOCAL_HEADER or not local.startswith(b"PK\x03\x04"):
        raise BackupDamaged()
    name_length, extra_length = struct.unpack("<HH", local[26:30])
    offset = database.header_offset + _LOCAL_HEADER + name_length + extra_length
    if offset + database.file_size > size - _TRAILER_LENGTH or database.header_offset != 0:
        raise BackupDamaged()
    return _manifest(document, 1, offset, database.file_size, frame_hex, size)


def _manifest(
    document: Any, version_here: int, db_offset: int, db_size: int, frame_hex: str, size: int
) -> Manifest:
    """The manifest `document` checked: ours, of the version its container has, every
    field present, and the database's size as the container says."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupDamaged()
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BackupDamaged()
    if version > FORMAT_VERSION:
        raise BackupTooNew()
    if (version == 1) != (version_here == 1):  # versions 2 and 3 share their container
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
    if not fields_ok or db["size"] != db_size:
        raise BackupDamaged()
    head_last = db.get("sha256_head_last", 0) if version >= 3 else 0
    if version >= 3 and not (
        isinstance(head_last, int) and not isinstance(head_last, bool) and 0 < head_last <= db_size
    ):
        raise BackupDamaged()
    created_at = datetime.fromisoformat(document["created_at"].rstrip("Z"))
    if document["schema_revision"] not in known_revisions():
        raise BackupTooNew()
    return Manifest(
        document=document,
        store_id=document["store_id"],
        created_at=created_at,
        schema_revision=document["schema_revision"],
        db_offset=db_offset,
        db_size=db_size,
        db_sha256=db["sha256"],
        frame_sha256=frame_hex,
        file_size=size,
        db_head_last=head_last,
    )


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}
