"""Copies of the live store through SQLite's backup API, into another keyed file.

A file copy of a live WAL database can miss commits still in the -wal file; the backup
API reads a consistent snapshot through SQLite itself. The copy is keyed with the same
data key, so it opens with the same key slots.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine

from shelterplan.errors import ShelterplanError
from shelterplan.store.failures import plain_error


def _key_literal(engine: Engine) -> str:
    password = engine.url.password
    if not password:
        raise ValueError("not an encrypted store engine")
    return str(password)


def _open_keyed(path: Path, key_literal: str) -> Any:
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f'PRAGMA key="{key_literal}"')
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def copy_database(engine: Engine, target: Path) -> None:
    """Write a consistent, encrypted copy of the store to `target` (replaced if present)."""
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    key = _key_literal(engine)
    try:
        destination = _open_keyed(partial, key)
        try:
            source = engine.raw_connection()
            try:
                source.driver_connection.backup(destination)  # type: ignore[union-attr]
            finally:
                source.close()
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except Exception as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        known = plain_error(exc)
        if known is None or not isinstance(known, ShelterplanError):
            raise
        raise known from exc


def restore_into(engine: Engine, source: Path) -> None:
    """Overwrite the live store's content with the keyed copy at `source`."""
    engine.dispose()
    key = _key_literal(engine)
    origin = _open_keyed(source, key)
    try:
        target = engine.raw_connection()
        try:
            origin.backup(target.driver_connection)
        finally:
            target.close()
    finally:
        origin.close()
