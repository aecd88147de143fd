"""Reading an export file and importing it: all checked first, then inserted at once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core.exchange.checks import Check
from shelterplan.core.exchange.fields import Refusal
from shelterplan.core.exchange.layout import CASE_PARTS, table
from shelterplan.store import audit_chain
from shelterplan.store.base import new_id, utcnow
from shelterplan.store.casestore import CaseStore
from shelterplan.store.keyslots import normalise_name
from shelterplan.store.models import Case, Client, Service, Setting, Worker

MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class ImportSummary:
    """What an import added, for the worker's confirmation message."""

    cases: int
    clients: int
    workers_created: int
    services: int
    skipped_erased: int = 0  # cases of clients erased from this store: not brought back


def _pairs_once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, item in pairs:
        if key in result:
            raise Refusal("the file", "one object has the same field twice")
        result[key] = item
    return result


def read_document(path: Path) -> Any:
    """Parse the file, refusing it plainly when it is too big, unreadable or not JSON."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise Refusal("the file", "it is larger than 512 MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise Refusal("the file", "it cannot be read (missing, or no permission)") from exc
    try:
        return json.loads(data.decode("utf-8-sig"), object_pairs_hook=_pairs_once)
    except UnicodeDecodeError as exc:
        raise Refusal("the file", "it is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise Refusal("the file", f"it is not valid JSON ({where})") from exc
    except ValueError as exc:  # a number with thousands of digits, say
        raise Refusal("the file", "it is not valid JSON (a value cannot be read)") from exc
    except RecursionError as exc:
        raise Refusal("the file", "it is nested too deeply to be an export") from exc


def import_file(store: CaseStore, path: Path, actor_name: str) -> ImportSummary:
    """Import an export file into `store` in one transaction."""
    document = read_document(path)
    with store.session() as session:
        return import_document(session, document, actor_name)


def import_document(session: Session, document: Any, actor_name: str) -> ImportSummary:
    """Check the whole document, then insert it. Call inside a transaction that is rolled
    back on error (`CaseStore.session()` is): a refusal happens before any write."""
    plan = Check(session).document(document)
    return _write(session, plan, actor_name)


def _with_worker_id(row: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """`worker` (a name) back to `worker_id`; names compare as at login."""
    if "worker" not in row:
        return row
    out = {key: item for key, item in row.items() if key != "worker"}
    name = row["worker"]
    out["worker_id"] = ids[normalise_name(name)] if name is not None else None
    return out


def _write(session: Session, plan: Check, actor_name: str) -> ImportSummary:
    """Insert with Core, so ids, timestamps and row versions are kept exactly."""
    now = utcnow()
    ids = {normalise_name(n): i for n, i in session.execute(sa.select(Worker.name, Worker.id))}
    new_workers = []
    for worker in plan.new_workers:
        row = {**worker, "id": new_id(), "created_at": now, "updated_at": now, "row_version": 1}
        ids[normalise_name(worker["name"])] = row["id"]
        new_workers.append(row)
    batches = [
        (Worker, new_workers),
        (Service, plan.services),
        (Setting, plan.settings),
        (Client, list(plan.clients.values())),
        (Case, plan.cases),
        *((model, plan.parts[key]) for key, model, _label in CASE_PARTS),
    ]
    for model, rows in batches:
        if rows:
            session.execute(sa.insert(table(model)), [_with_worker_id(r, ids) for r in rows])
    audit_chain.append(session, "import", actor_name)
    return ImportSummary(
        cases=len(plan.cases),
        clients=len(plan.clients),
        workers_created=len(new_workers),
        services=len(plan.services),
        skipped_erased=plan.skipped_erased,
    )
