"""Erasure at her request: every record of her file removed, and remembered by id only.

`erase_client` hard-deletes the client row and every row of every one of her cases
(soft-deleted ones too), in one transaction, children before parents so the foreign keys
hold. Which tables hold her rows is read from the schema: every table with a foreign key
to her client or her cases, or to rows of hers in such a table (her goals, her reviews),
so a table added later is covered without a change here; one that named her records
without a foreign key would not be. The full-text
index follows by its own triggers (`store/fts.py`: a client's and a
note's index rows are keyed by their id), and with `secure_delete` and the index's
`secure-delete` the freed pages are zeroed. What remains of her afterwards:

- an `Erasure` row: her client id, her case ids and when (ids only), so that restoring an
  older backup (`reapply_erasures`) or importing an older export (the exchange skips
  erased ids) cannot bring her file back;
- the audit trail as it was (earlier entries name record ids, never her name) plus a
  tombstone "client.erase" naming the worker, and the client by id only.

After the transaction, `vacuum_store` (`erase_and_vacuum` does both) rebuilds the file
and empties the write-ahead log, so none of her text remains in either file.

Plan versions are append-only: a trigger refuses to UPDATE one, while deleting is not
refused anywhere (a DELETE only happens here). Should a delete guard be added later,
erasure must lift it inside its own transaction (SQLite's DDL is transactional) and put
it back before committing.

Supervisors and administrators may erase; a worker may not, even on her own caseload.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, NotFound
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.base import Base, utcnow
from shelterplan.store.maintenance import VacuumResult, vacuum_store
from shelterplan.store.models import Case, Client, Erasure

if TYPE_CHECKING:
    from shelterplan.store.casestore import CaseStore

ERASE_ACTION = "client.erase"
REAPPLIED_ACTION = "client.erase.reapplied"

# What her rows hang from. Every table with a foreign key to one of these, or to a table
# that does, holds rows of hers: found in the schema itself, so a table added later is
# erased too.
_OWNERS = ("clients", "cases")


def her_tables() -> list[sa.Table]:
    """Tables holding rows of hers, children before parents (the order to delete in):
    cases and clients last."""
    mine = set(_OWNERS)
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            if table.name not in mine and any(
                fk.column.table.name in mine for fk in table.foreign_keys
            ):
                mine.add(table.name)
                grew = True
    return [table for table in reversed(Base.metadata.sorted_tables) if table.name in mine]


@dataclass(frozen=True)
class ErasureRecord:
    """An erasure as the store remembers it: ids and a time, nothing about her."""

    client_id: str
    case_ids: tuple[str, ...]
    erased_at: datetime


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing her would remove: row counts by table, "cases" first (for the
    confirmation); her client row is the one more in `total`."""

    client_id: str
    case_ids: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return 1 + sum(count for _label, count in self.counts)


def may_erase(actor: Actor) -> bool:
    """Supervisors, and administrators (before and after accounts gain `administers`)."""
    administers = getattr(actor, "administers", actor.role == Role.ADMIN)
    return actor.role == Role.SUPERVISOR or bool(administers)


def require_may_erase(actor: Actor) -> None:
    if not may_erase(actor):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Only a supervisor or an administrator can erase a client's file."
            )
        )


def client_of_case(session: Session, case_id: str) -> str:
    """The client of a case (soft-deleted cases too: erasure reaches everything)."""
    client_id = session.scalar(sa.select(Case.client_id).where(Case.id == case_id))
    if client_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No case has that id."))
    return client_id


def _case_ids(session: Session, client_id: str, more: Iterable[str] = ()) -> list[str]:
    """Her cases in the store: those of her client row, and any listed ones still there."""
    listed = list(more)
    where = Case.client_id == client_id
    if listed:
        where = sa.or_(where, Case.id.in_(listed))
    return sorted(session.scalars(sa.select(Case.id).where(where)))


def _where(table: sa.Table, client_id: str, case_ids: list[str]) -> sa.ColumnElement[bool]:
    """Her rows of `table`: her client, her cases, or rows with a foreign key to one of
    her rows of another table (a reference to the same table, a goal's parent, is left
    out: the row's own case or goal already makes it hers)."""
    if table.name == "clients":
        return table.c.id == client_id
    if table.name == "cases":
        return table.c.id.in_(case_ids)
    tables = {t.name: t for t in her_tables()}
    tests = []
    for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        target = fk.column.table.name
        if target == table.name or target not in tables:
            continue
        if target == "clients":
            tests.append(fk.parent == client_id)
        elif target == "cases":
            tests.append(fk.parent.in_(case_ids))
        else:
            parents = sa.select(fk.column).where(_where(tables[target], client_id, case_ids))
            tests.append(fk.parent.in_(parents))
    return sa.or_(*tests)


def erasure_preview(session: Session, actor: Actor, client_id: str) -> ErasurePreview:
    """Counts of what `erase_client` would remove, by table; nothing is changed."""
    require_may_erase(actor)
    if session.get(Client, client_id) is None:
        raise NotFound()
    case_ids = _case_ids(session, client_id)
    counts = []
    tables = sorted(her_tables(), key=lambda table: (table.name != "cases", table.name))
    for table in tables:
        if table.name == "clients":
            continue
        where = _where(table, client_id, case_ids)
        count = session.scalar(sa.select(sa.func.count()).select_from(table).where(where)) or 0
        counts.append((table.name.replace("_", " "), count))
    return ErasurePreview(client_id, tuple(case_ids), tuple(counts))


def _delete_everything(session: Session, client_id: str, case_ids: list[str]) -> None:
    """Hard-delete her rows with Core statements (no ORM cascade, no row versions)."""
    session.flush()
    for table in her_tables():
        session.execute(sa.delete(table).where(_where(table, client_id, case_ids)))
    # Objects of hers this session loaded before are gone from the database: forget them.
    session.expire_all()


def _remember(session: Session, client_id: str, case_ids: Iterable[str]) -> ErasureRecord:
    record = ErasureRecord(client_id, tuple(sorted(set(case_ids))), utcnow())
    session.add(
        Erasure(
            client_id=record.client_id,
            case_ids=json.dumps(list(record.case_ids)),
            erased_at=record.erased_at,
        )
    )
    return record


def erase_client(session: Session, actor: Actor, client_id: str) -> ErasureRecord:
    """Remove her client row and every row of her cases, remember the erasure by id and
    leave a tombstone in the audit trail. Run `vacuum_store` after the commit."""
    require_may_erase(actor)
    if session.get(Client, client_id) is None:
        raise NotFound()
    case_ids = _case_ids(session, client_id)
    _delete_everything(session, client_id, case_ids)
    record = _remember(session, client_id, case_ids)
    audit_chain.append(session, ERASE_ACTION, actor.name, "client", client_id)
    session.flush()
    return record


def erase_and_vacuum(
    store: CaseStore, actor: Actor, client_id: str
) -> tuple[ErasureRecord, VacuumResult]:
    """`erase_client` in a transaction of its own, then `vacuum_store` once it committed."""
    with store.session() as session:
        record = erase_client(session, actor, client_id)
    return record, vacuum_store(store)


def erasure_records(session: Session) -> list[ErasureRecord]:
    """Every erasure this store remembers, oldest first (for a restore to re-apply)."""
    rows = session.scalars(sa.select(Erasure).order_by(Erasure.erased_at, Erasure.id))
    return [
        ErasureRecord(row.client_id, tuple(json.loads(row.case_ids)), row.erased_at) for row in rows
    ]


def erased_ids(session: Session) -> tuple[set[str], set[str]]:
    """(client ids, case ids) erased from this store: never to be brought back."""
    clients: set[str] = set()
    cases: set[str] = set()
    for client_id, case_ids in session.execute(sa.select(Erasure.client_id, Erasure.case_ids)):
        clients.add(client_id)
        cases.update(json.loads(case_ids))
    return clients, cases


def reapply_erasures(session: Session, records: Iterable[ErasureRecord]) -> int:
    """Erase again, in this store (a restored older copy), every client and case of
    `records` still present, and remember the erasures it lacks. No actor: this is the
    store keeping her earlier request. Returns how many clients were erased. Run
    `vacuum_store` after the commit."""
    remembered = {
        (client_id, tuple(sorted(json.loads(case_ids))))
        for client_id, case_ids in session.execute(sa.select(Erasure.client_id, Erasure.case_ids))
    }
    erased = 0
    for record in records:
        case_ids = _case_ids(session, record.client_id, record.case_ids)
        if session.get(Client, record.client_id) is not None or case_ids:
            _delete_everything(session, record.client_id, case_ids)
            audit_chain.append(session, REAPPLIED_ACTION, None, "client", record.client_id)
            erased += 1
        key = (record.client_id, tuple(sorted(record.case_ids)))
        if key not in remembered:
            remembered.add(key)
            session.add(
                Erasure(
                    client_id=record.client_id,
                    case_ids=json.dumps(list(key[1])),
                    erased_at=record.erased_at,
                )
            )
    session.flush()
    return erased
