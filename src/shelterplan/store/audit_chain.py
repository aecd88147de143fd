"""Append to and verify the hash-chained audit trail.

Each entry's hash covers the previous entry's hash and its own fields, so removing,
reordering or editing an entry breaks the chain from that point on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.store.base import new_id, utcnow
from shelterplan.store.models import AuditEvent

GENESIS = "0" * 64


def _digest(previous_hash: str, event: AuditEvent) -> str:
    fields = [
        event.id,
        str(event.sequence),
        event.at.isoformat(timespec="microseconds"),
        event.worker_name or "",
        event.action,
        event.record_type or "",
        event.record_id or "",
    ]
    payload = previous_hash + "\x1f" + "\x1f".join(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    session: Session,
    action: str,
    worker_name: str | None,
    record_type: str | None = None,
    record_id: str | None = None,
    *,
    at: datetime | None = None,
    event_id: str | None = None,
) -> AuditEvent:
    """Append one entry. `at` is when it happened (now unless given: a failed login is
    written at the next unlock with the time it failed); the order of the chain is the
    order of appending. `event_id` lets a caller append something exactly once."""
    last = session.execute(
        select(AuditEvent.sequence, AuditEvent.entry_hash)
        .order_by(AuditEvent.sequence.desc())
        .limit(1)
    ).first()
    sequence, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
    event = AuditEvent(
        id=event_id or new_id(),
        sequence=sequence,
        at=at or utcnow(),
        worker_name=worker_name,
        action=action,
        record_type=record_type,
        record_id=record_id,
        previous_hash=previous,
        entry_hash="",
    )
    event.entry_hash = _digest(previous, event)
    session.add(event)
    return event


@dataclass(frozen=True)
class ChainBreak:
    sequence: int
    reason: str


def verify(session: Session) -> ChainBreak | None:
    """The first place where the chain is broken, or None when it is whole."""
    previous = GENESIS
    expected_sequence = 1
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.sequence)).scalars()
    for event in rows:
        if event.sequence != expected_sequence:
            return ChainBreak(expected_sequence, "an entry is missing")
        if event.previous_hash != previous:
            return ChainBreak(event.sequence, "it does not follow the entry before it")
        if _digest(previous, event) != event.entry_hash:
            return ChainBreak(event.sequence, "the entry was changed")
        previous = event.entry_hash
        expected_sequence += 1
    return None
