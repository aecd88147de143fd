"""Shared by the backup tests: snapshots of a folder and of a store's rows, flips, and
containers rebuilt with a changed manifest."""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import struct
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from shelterplan.store import backup_file


def tree(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative path, with its SHA-256 (folders too, empty)."""
    if not folder.exists():
        return {}
    found = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        found[key] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
    return found


def rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table except the audit trail (a restore adds to it)."""
    with engine.connect() as connection:
        names = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                "AND name != 'audit_events' ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.exec_driver_sql(f'SELECT * FROM "{name}"').all(), key=repr)
            for name in names
        }


def audit_entries(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT sequence, action, entry_hash FROM audit_events ORDER BY sequence"
        ).all()


def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= mask
    return bytes(changed)


def members(data: bytes) -> tuple[bytes, dict[str, Any]]:
    """The database's bytes and the manifest of a version 2 or 3 backup file's bytes."""
    footer_length = len(backup_file.footer(b"", "0" * 64))
    length = int(data[-footer_length:][len(b"\nshelterplan-backup 2 manifest-bytes:") :][:16])
    end = len(data) - footer_length
    return data[: end - length], json.loads(data[end - length : end])


def rebuilt(data: bytes, change: dict[str, Any], key: bytes | None = None) -> bytes:
    """The backup `data` written again with `change` applied to its manifest, a valid
    frame hash, and a MAC under `key` (a random key unless given: someone without the
    store's key edited it)."""
    database, manifest = members(data)
    manifest.update(change)
    out = io.BytesIO()
    out.write(database)
    backup_file.append_manifest(out, manifest, key or secrets.token_bytes(32))
    return out.getvalue()


def _in_order(manifest: dict[str, Any], database: bytes, version: int, key: bytes) -> None:
    """`manifest` as versions 1 and 2 wrote it: the database hashed in order."""
    manifest["version"] = version
    manifest["database"].pop("sha256_head_last", None)
    manifest["database"]["sha256"] = hashlib.sha256(database).hexdigest()
    manifest.pop("mac")
    manifest["mac"] = backup_file.manifest_mac(key, manifest)


def version_2(data: bytes, key: bytes) -> bytes:
    """A backup's content as version 2 wrote it: the same container, the database's
    digest taken in order."""
    database, manifest = members(data)
    _in_order(manifest, database, 2, key)
    out = io.BytesIO()
    out.write(database)
    backup_file.append_manifest(out, manifest, key)
    return out.getvalue()


def version_1(data: bytes, key: bytes) -> bytes:
    """A backup's content as the version 1 format wrote it (a stored ZIP archive: the
    database with the marker in its local header, the manifest, and the frame digest in
    the archive's comment), to show old backups still restore."""
    database, manifest = members(data)
    _in_order(manifest, database, 1, key)
    out = io.BytesIO()
    stamp = (2026, 11, 20, 9, 0, 0)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        info = zipfile.ZipInfo(backup_file.DB_MEMBER, stamp)
        info.extra = struct.pack("<HH", 0x5053, len(b"shelterplan-backup")) + b"shelterplan-backup"
        archive.writestr(info, database)
        text = json.dumps(manifest, sort_keys=True).encode("utf-8")
        archive.writestr(zipfile.ZipInfo(backup_file.MANIFEST_MEMBER, stamp), text)
        archive.comment = b"shelterplan-backup frame-sha256:" + b"0" * 64
    whole = out.getvalue()
    start = 30 + len(backup_file.DB_MEMBER) + len(info.extra)
    assert whole[start : start + len(database)] == database
    framed = whole[:start] + whole[start + len(database) : -64]
    return whole[:-64] + hashlib.sha256(framed).hexdigest().encode("ascii")
