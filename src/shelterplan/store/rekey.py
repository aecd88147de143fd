"""Re-encrypting the database file under a new data key (`PRAGMA rekey`).

SQLCipher rewrites every page under the new key inside one SQLite transaction. It is run
in rollback-journal mode rather than WAL: the WAL is first checkpointed into the main
file and truncated, so the commit point is the plain deletion of the journal, and a
crash leaves either the old key throughout (the hot journal is rolled back by the next
open with the old key) or the new key throughout. The store goes back to WAL afterwards
(every connection also sets it again). The caller must have closed every other
connection: switching the journal mode needs the file to itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from shelterplan.errors import StoreBusy, StoreTampered
from shelterplan.store import cipher


def _connect(db_path: Path, key: bytes) -> Any:
    connection = cipher.connect(db_path, key, cipher.profile_of(db_path, key))
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def key_opens(db_path: Path, key: bytes) -> bool:
    """Whether `key` reads the database file (its schema), in either page layout —
    nothing is written."""
    for profile in cipher.PROFILES:
        try:
            if cipher.opens_with(db_path, key, profile):
                return True
        except sqlcipher3.Error:
            return False
    return False


def rekey_database(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    """Encrypt the whole file under `new_key`; raises StoreBusy if it is in use."""
    connection = _connect(db_path, old_key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise StoreBusy()
        (mode,) = connection.execute("PRAGMA journal_mode = DELETE").fetchone()
        if str(mode).lower() != "delete":
            raise StoreBusy()
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"").fetchall()
        connection.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlcipher3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise StoreBusy() from exc
        raise
    finally:
        connection.close()
    if not key_opens(db_path, new_key):
        raise StoreTampered()
