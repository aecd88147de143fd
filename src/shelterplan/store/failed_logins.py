"""Failed logins, remembered beside the store until the next successful unlock.

The store cannot be written before it is unlocked, so a wrong passphrase is noted in a
small file beside it (`failed-logins.json`, readable by its owner only, replaced
atomically) and moved into the audit trail as `login.failed` events when someone next
unlocks the store; then the file is cleared.

The file holds, for each failure, only the time (UTC) and the worker's name when the
name typed is one the key file already lists (the key file holds staff names in clear
too). A name the store does not know is not kept: someone who typed her passphrase into
the name box by mistake must not find it written to disk. Never a passphrase, never
client data. At most the last `KEEP` failures are kept.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.errors import ShelterplanError
from shelterplan.store import audit_chain
from shelterplan.store.atomic import write_atomic
from shelterplan.store.base import new_id
from shelterplan.store.models import AuditEvent, Worker

log = logging.getLogger(__name__)

FILE_NAME = "failed-logins.json"
KEEP = 100
NAME_LENGTH = 120  # as workers.name


@dataclass(frozen=True)
class FailedLogin:
    id: str
    worker: str | None  # a name the key file lists, normalised; None when unknown
    at: datetime  # UTC, without tzinfo (as every time in the store)


def normalise(typed: str | None) -> str | None:
    """Spaces collapsed, at most NAME_LENGTH characters; None for nothing typed."""
    if typed is None:
        return None
    name = " ".join(typed.split())[:NAME_LENGTH]
    return name or None


def known_name(typed: str | None, names: Iterable[str]) -> str | None:
    """The name as the store writes it, when `typed` is one of `names` (case and spacing
    ignored); else None."""
    wanted = normalise(typed)
    if wanted is None:
        return None
    for name in names:
        written = normalise(name)
        if written is not None and written.casefold() == wanted.casefold():
            return written
    return None


class FailedLogins:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = folder / FILE_NAME
        self._clock = clock

    @property
    def path(self) -> Path:
        return self._path

    def record(self, typed_name: str | None, known_names: Iterable[str] = ()) -> None:
        """Note one failed attempt now. `known_names`: the workers the key file lists.

        Never raises: the worker must hear "wrong passphrase", not a disk error (the
        throttle beside it reports a disk that cannot be written)."""
        try:
            entries = self._read()
            at = datetime.fromtimestamp(self._clock(), UTC).replace(tzinfo=None)
            entries.append(FailedLogin(new_id(), known_name(typed_name, known_names), at))
            self._write(entries[-KEEP:])
        except (OSError, ShelterplanError):
            log.warning("A failed login could not be noted beside the store.")

    def pending(self) -> list[FailedLogin]:
        """The failures not yet in the audit trail, oldest first."""
        return self._read()

    def forget(self, ids: Collection[str]) -> None:
        """Drop these entries (now in the audit trail); keep any noted meanwhile.

        Never raises: if the file cannot be changed, the entries stay and the next
        unlock skips them (`append_to_audit` appends each failure only once)."""
        if not ids or not self._path.exists():
            return
        try:
            left = [entry for entry in self._read() if entry.id not in ids]
            if left:
                self._write(left)
            else:
                self._path.unlink(missing_ok=True)
        except (OSError, ShelterplanError):
            log.warning("The failed-login file beside the store could not be cleared.")

    def _read(self) -> list[FailedLogin]:
        try:
            document = json.loads(self._path.read_text("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            log.warning("The failed-login file beside the store is unreadable; ignored.")
            return []
        entries: list[FailedLogin] = []
        items = document.get("failures") if isinstance(document, dict) else None
        for item in items if isinstance(items, list) else []:
            try:
                worker = item.get("worker")
                entries.append(
                    FailedLogin(
                        id=str(item["id"])[:36],
                        worker=normalise(worker) if isinstance(worker, str) else None,
                        at=datetime.fromisoformat(item["at"]).replace(tzinfo=None),
                    )
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                continue  # one damaged entry must not hide the others
        return entries[-KEEP:]

    def _write(self, entries: list[FailedLogin]) -> None:
        document = {
            "failures": [
                {
                    "id": entry.id,
                    "worker": entry.worker,
                    "at": entry.at.isoformat(timespec="microseconds"),
                }
                for entry in entries
            ]
        }
        # write_atomic creates its temporary file with mode 0600 (mkstemp).
        write_atomic(self._path, json.dumps(document).encode("utf-8"))


def append_to_audit(session: Session, failures: Iterable[FailedLogin]) -> list[str]:
    """Append each failure as a `login.failed` event at the time it happened; returns
    the ids now in the trail. The worker is named only when the store knows the name."""
    failures = list(failures)
    if not failures:
        return []
    names = session.scalars(select(Worker.name)).all()
    done: list[str] = []
    for failure in failures:
        if session.get(AuditEvent, failure.id) is None:
            audit_chain.append(
                session,
                "login.failed",
                known_name(failure.worker, names),
                at=failure.at,
                event_id=failure.id,
            )
        done.append(failure.id)
    return done
