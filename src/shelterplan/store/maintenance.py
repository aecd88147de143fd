"""Rewriting the store file so that removed records leave no trace in it.

`secure_delete` zeroes the pages a delete frees, and the full-text index's own
`secure-delete` option removes a deleted record's words from its index pages; but until a
checkpoint, the pages as they were before still sit in the write-ahead log (-wal), and a
VACUUM is what rebuilds every b-tree from the live rows only. So after an erasure:
checkpoint and empty the WAL, VACUUM (which writes the whole rebuilt file through the
WAL), then checkpoint and empty the WAL again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine

log = logging.getLogger(__name__)


class HasEngine(Protocol):
    engine: Engine


@dataclass(frozen=True)
class VacuumResult:
    """`complete` is False when another connection kept reading while the WAL was being
    emptied: the file was rebuilt, but some old log pages wait for the next checkpoint
    (at the latest when the store is locked or closed: the last connection to close
    checkpoints and deletes the -wal file)."""

    complete: bool


def _checkpoint(connection) -> bool:  # type: ignore[no-untyped-def]
    """Copy the WAL into the database file and truncate it to zero bytes; True if done."""
    busy, _log_pages, _copied = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    return busy == 0


def vacuum_store(store: HasEngine | Engine) -> VacuumResult:
    """Checkpoint, VACUUM and checkpoint again, outside any transaction.

    Call it after the transaction that removed records has committed, with no session of
    this store open. Takes as long as copying the whole file (seconds on a large store).
    """
    engine = store if isinstance(store, Engine) else store.engine
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        _checkpoint(connection)  # if a reader blocks this one, the last one still empties it
        connection.exec_driver_sql("VACUUM")
        emptied = _checkpoint(connection)
    if not emptied:
        log.warning("the write-ahead log could not be emptied: another reader was active")
    return VacuumResult(complete=emptied)
