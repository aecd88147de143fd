"""Shared by the backup tests: snapshots of a folder and of a store's rows, flips, and
containers rebuilt with a changed manifest."""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import zipfile
from datetime import datetime
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
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return (
            archive.read(backup_file.DB_MEMBER),
            json.loads(archive.read(backup_file.MANIFEST_MEMBER)),
        )


def rebuilt(data: bytes, tmp_path: Path, change: dict[str, Any], key: bytes | None = None) -> bytes:
    """The backup `data` written again with `change` applied to its manifest, a valid
    frame hash, and a MAC under `key` (a random key unless given: someone without the
    store's key edited it)."""
    database, manifest = members(data)
    manifest.update(change)
    manifest.pop("mac", None)
    db_path = tmp_path / "rebuilt.db"
    db_path.write_bytes(database)
    out = io.BytesIO()
    backup_file._write_container(
        out, db_path, manifest, key or secrets.token_bytes(32), datetime(2026, 11, 23, 8, 0)
    )
    db_path.unlink()
    return out.getvalue()
