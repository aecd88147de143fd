"""Copies of the live store through SQLite's backup API, into another keyed file.

A file copy of a live WAL database can miss commits still in the -wal file; the backup
API reads a consistent snapshot through SQLite itself. The copy is keyed with the same
data key and in the same page layout, so it opens with the same key slots.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from shelterplan.errors import ShelterplanError
from shelterplan.store import cipher
from shelterplan.store.engine import cipher_profile, data_key_of
from shelterplan.store.failures import plain_error
from shelterplan.store.write_behind import FollowingHash, WriteBehind, read_ahead


def _open_keyed(path: Path, engine: Engine) -> Any:
    return cipher.connect(path, data_key_of(engine), cipher_profile(engine))


def backup_into(engine: Engine, path: Path, following: FollowingHash | None = None) -> None:
    """Write a consistent copy of the store into the new file `path` through the backup
    API, keyed like the store and in its page layout. SQLite writes it without a journal
    and without syncs of its own: until the caller has renamed it, it is only a temporary
    file, removed if anything fails. What SQLite has written goes to the disk while it
    encrypts the rest (`WriteBehind`), and all of it is on the disk when this returns;
    `following`, when given, hashes it on the way. The file is created for its owner
    only before SQLite opens it."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    destination = _open_keyed(path, engine)
    try:
        destination.execute("PRAGMA journal_mode = OFF")
        destination.execute("PRAGMA synchronous = OFF")
        # A few pages in memory: the rest goes to the file as it is copied, in order, so
        # that a FollowingHash hashes it there (and a small store is written like a big one).
        destination.execute("PRAGMA cache_size = 16")
        source = engine.raw_connection()
        try:
            with WriteBehind(path, following), _reading_ahead(engine):
                source.driver_connection.backup(destination)  # type: ignore[union-attr]
                # The snapshot's header says WAL; a file on its own reads simplest without.
                destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            source.close()
    finally:
        destination.close()


@contextlib.contextmanager
def _reading_ahead(engine: Engine) -> Iterator[None]:
    """While the block runs, the store's file is read into the cache at the disk's pace
    on a thread of its own (after a restart none of it is there, and SQLite, reading a
    page at a time, would wait for the disk at every few pages)."""
    database = Path(str(engine.url.database))
    try:
        size = database.stat().st_size
    except OSError:
        size = 0
    thread = threading.Thread(
        target=read_ahead, args=(database, 0, size), name="shelterplan-read-ahead"
    )
    thread.start()
    try:
        yield
    finally:
        thread.join()


def copy_database(engine: Engine, target: Path) -> None:
    """Write a consistent, encrypted copy of the store to `target` (replaced if present)."""
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        backup_into(engine, partial)  # synced when it returns
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
    origin = _open_keyed(source, engine)
    try:
        target = engine.raw_connection()
        try:
            origin.backup(target.driver_connection)
        finally:
            target.close()
    finally:
        origin.close()
