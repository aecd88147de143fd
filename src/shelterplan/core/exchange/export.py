"""Writing the export file: every row of every exported table, as plain JSON data."""

from __future__ import annotations

import base64
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core.actors import actor_named, require_case_content
from shelterplan.core.exchange.layout import (
    CASE_PARTS,
    FORMAT,
    FORMAT_VERSION,
    WORKER_FIELDS,
    table,
)
from shelterplan.store import audit_chain
from shelterplan.store.atomic import write_atomic
from shelterplan.store.base import Base, utcnow
from shelterplan.store.casestore import STORE_ID_SETTING, CaseStore
from shelterplan.store.models import Case, Client, Goal, Option, Service, Setting, Worker


def encode(value: object) -> object:
    if isinstance(value, datetime):  # before date: a datetime is a date
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):  # a signed plan's PDF
        return base64.b64encode(value).decode("ascii")
    return value


def _rows(
    session: Session, model: type[Base], names: dict[str, str], where: Any = None
) -> list[dict[str, Any]]:
    """Every row of a table (or those matching `where`), every column, sorted by id;
    `worker_id` becomes `worker`.

    The select is on the Core table, not the mapped class, so columns the model defers
    (a plan version's `pdf`) are read like any other."""
    source = table(model)
    query = sa.select(source).order_by(source.c.id)
    if where is not None:
        query = query.where(where)
    out = []
    for found in session.execute(query).mappings():
        item: dict[str, Any] = {}
        for column in source.columns:
            cell = found[column.key]
            if column.key == "worker_id":
                item["worker"] = names[cell] if cell is not None else None
            else:
                item[column.key] = encode(cell)
        out.append(item)
    return out


def encoded_rows(session: Session, model: type[Base], where: Any = None) -> list[dict[str, Any]]:
    """Rows of `model` matching `where`, encoded exactly as in the export file (a client's
    own copy of her file uses it)."""
    names = dict(session.execute(sa.select(Worker.id, Worker.name)).all())
    return _rows(session, model, names, where)


def export_document(session: Session) -> dict[str, Any]:
    """The whole store (except the audit trail and the store's own id) as plain data."""
    session.flush()
    names = dict(session.execute(sa.select(Worker.id, Worker.name)).all())
    workers = [
        {name: getattr(w, name) for name in WORKER_FIELDS}
        for w in session.scalars(sa.select(Worker).order_by(Worker.name))
    ]
    settings = [s for s in _rows(session, Setting, names) if s["key"] != STORE_ID_SETTING]
    clients = {row["id"]: row for row in _rows(session, Client, names)}
    cases = _rows(session, Case, names)
    case_of_goal: dict[str, str] = {}
    parts: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for key, model, _label in CASE_PARTS:
        by_case: dict[str, list[dict[str, Any]]] = {}
        for row in _rows(session, model, names):
            owner = case_of_goal[row["goal_id"]] if model is Option else row["case_id"]
            by_case.setdefault(owner, []).append(row)
            if model is Goal:
                case_of_goal[row["id"]] = row["case_id"]
        parts[key] = by_case
    for case in cases:
        case["client"] = dict(clients[case["client_id"]])
        for key, _model, _label in CASE_PARTS:
            case[key] = parts[key].get(case["id"], [])
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": encode(utcnow()),
        "workers": workers,
        "services": _rows(session, Service, names),
        "settings": settings,
        "cases": cases,
    }


def write_export(store: CaseStore, path: Path) -> int:
    """Write the export file atomically, readable by its owner only; returns the cases.

    The admin role sees no case content, so it cannot export it either."""
    with store.session() as session:
        if store.worker_name:
            require_case_content(actor_named(session, store.worker_name))
        document = export_document(session)
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    write_atomic(path, text.encode("utf-8"))  # mkstemp already creates it 0600
    os.chmod(path, 0o600)
    with store.session() as session:  # everything left the store in clear: say who and when
        audit_chain.append(session, "export", store.worker_name or None)
    return len(document["cases"])
