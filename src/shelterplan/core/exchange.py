"""Export the whole store as one documented JSON file, and import such a file back.

The file moves an agency's cases to another store (a new laptop, a merged agency) and
is a readable copy outside the application. Its format is described in
``docs/export-format.md``: a top-level object with ``format`` ("shelterplan-export"),
``format_version`` (2), ``exported_at``, ``workers`` (name, role, active,
screen_language; no ids, since workers are matched by name), ``services`` and
``settings`` (full rows, except the store's own "store_id"), and ``cases`` (full case
rows, each with its client and its records nested). A full row has every column of its
table, ids, timestamps and row versions included, so an import recreates the records
exactly; ``worker_id`` is written ``"worker": name``. Dates are ``YYYY-MM-DD``, times
``YYYY-MM-DDTHH:MM:SS.ffffff`` (UTC). Soft-deleted rows are exported; the audit trail
is not, because it belongs to the store it happened in; nor are wizard drafts, which are
one worker's unfinished typing on one laptop, not records of the case.

Version 2 added a case's ``dependants`` and ``safety_plans``, ``clients.declined`` and
``consents.service_id``. A version 1 file (written before them) is still read: it must
have exactly version 1's fields, and the new ones are taken as null and empty lists.

The file holds client data in clear: it is written with mode 0600. An import is all or
nothing: the whole document is checked before anything is written, and a problem
refuses it with one sentence naming the place and field, never a value (client data).
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core import vocab
from shelterplan.errors import ImportRejected
from shelterplan.store import audit_chain
from shelterplan.store.atomic import write_atomic
from shelterplan.store.base import Base, new_id, utcnow
from shelterplan.store.casestore import STORE_ID_SETTING, CaseStore
from shelterplan.store.keyslots import normalise_name
from shelterplan.store.models import (
    AssessmentItem,
    Case,
    CaseAssignment,
    Client,
    Consent,
    Dependant,
    Goal,
    Note,
    Option,
    Person,
    PlanVersion,
    Referral,
    Review,
    SafetyPlan,
    Service,
    Setting,
    Step,
    Strength,
    Worker,
)

FORMAT = "shelterplan-export"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 512 * 1024 * 1024
REFUSED = "Import refused, nothing was changed: "
TOP_LEVEL_KEYS = ("format", "format_version", "exported_at", "workers", "services")
TOP_LEVEL_KEYS += ("settings", "cases")
WORKER_FIELDS = ("name", "role", "active", "screen_language")

# (key inside a case, model, what one row is called in messages); also the insert order.
CASE_PARTS: tuple[tuple[str, type[Base], str], ...] = (
    ("assignments", CaseAssignment, "assignment"),
    ("assessment", AssessmentItem, "assessment item"),
    ("strengths", Strength, "strength"),
    ("goals", Goal, "goal"),
    ("options", Option, "option"),
    ("steps", Step, "step"),
    ("referrals", Referral, "referral"),
    ("people", Person, "person"),
    ("notes", Note, "note"),
    ("reviews", Review, "review"),
    ("plan_versions", PlanVersion, "plan version"),
    ("consents", Consent, "consent"),
    ("dependants", Dependant, "dependant"),
    ("safety_plans", SafetyPlan, "safety plan"),
)
# What format version 1 did not have: columns (by table) and parts of a case.
NEW_IN_2_COLUMNS = {"clients": ("declined",), "consents": ("service_id",)}
NEW_IN_2_PARTS = ("dependants", "safety_plans")
# Fields that must name a goal of the same case.
GOAL_REFERENCES = (("goals", "parent_id"), ("options", "goal_id"), ("steps", "goal_id"))
GOAL_REFERENCES += (("referrals", "goal_id"),)

CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("workers", "role"): tuple(vocab.Role),
    ("services", "domain"): tuple(vocab.Domain),
    ("clients", "document_language"): vocab.DOCUMENT_LANGUAGES,
    ("cases", "phase"): tuple(vocab.Phase),
    ("cases", "intervention_model"): tuple(vocab.InterventionModel),
    ("assessment_items", "domain"): tuple(vocab.Domain),
    ("assessment_items", "need_level"): tuple(vocab.NeedLevel),
    ("goals", "kind"): tuple(vocab.GoalKind),
    ("goals", "status"): tuple(vocab.GoalStatus),
    ("goals", "domain"): tuple(vocab.Domain),
    ("steps", "responsible"): tuple(vocab.Responsible),
    ("steps", "status"): tuple(vocab.StepStatus),
    ("referrals", "status"): tuple(vocab.ReferralStatus),
    ("people", "kind"): tuple(vocab.PersonKind),
    ("plan_versions", "language"): vocab.DOCUMENT_LANGUAGES,
}

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?\Z")
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,40}\Z", re.ASCII)
_INT_RANGE = range(-(2**63), 2**63)  # SQLite's INTEGER
_IN_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit
_EXPORTED_AT: sa.Column[Any] = sa.Column("exported_at", sa.DateTime, nullable=False)
# The full-text index's own key table (store/fts.py): clients and notes share its keys.
_SEARCH_REF = sa.Table("search_refs", sa.MetaData(), sa.Column("ref_id", sa.String(36))).c.ref_id


@dataclass(frozen=True)
class ImportSummary:
    """What an import added, for the worker's confirmation message."""

    cases: int
    clients: int
    workers_created: int
    services: int


# --- export -----------------------------------------------------------------------------
def _table(model: type[Base]) -> sa.Table:
    return model.__table__  # type: ignore[return-value]


def _encode(value: object) -> object:
    if isinstance(value, datetime):  # before date: a datetime is a date
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows(session: Session, model: type[Base], names: dict[str, str]) -> list[dict[str, Any]]:
    """Every row of a table, every column, sorted by id; `worker_id` becomes `worker`."""
    table = _table(model)
    out = []
    for row in session.execute(sa.select(table).order_by(table.c.id)).mappings():
        item: dict[str, Any] = {}
        for column in table.columns:
            value = row[column.key]
            if column.key == "worker_id":
                item["worker"] = names[value] if value is not None else None
            else:
                item[column.key] = _encode(value)
        out.append(item)
    return out


def export_document(session: Session) -> dict[str, Any]:
    """The whole store (except the audit trail and the store's own id) as plain data."""
    session.flush()
    names = dict(session.execute(sa.select(Worker.id, Worker.name)).all())
    workers = [
        {"name": w.name, "role": w.role, "active": w.active, "screen_language": w.screen_language}
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
        "exported_at": _encode(utcnow()),
        "workers": workers,
        "services": _rows(session, Service, names),
        "settings": settings,
        "cases": cases,
    }


def write_export(store: CaseStore, path: Path) -> int:
    """Write the export file atomically, readable by its owner only; returns the cases."""
    with store.session() as session:
        document = export_document(session)
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    write_atomic(path, text.encode("utf-8"))  # mkstemp already creates it 0600
    os.chmod(path, 0o600)
    with store.session() as session:  # everything left the store in clear: say who and when
        audit_chain.append(session, "export", store.worker_name or None)
    return len(document["cases"])


# --- reading the file ------------------------------------------------------------------
class _Refusal(ImportRejected):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{REFUSED}{where}: {problem}.")


def _pairs_once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refusal("the file", "one object has the same field twice")
        result[key] = value
    return result


def read_document(path: Path) -> Any:
    """Parse the file, refusing it plainly when it is too big, unreadable or not JSON."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _Refusal("the file", "it is larger than 512 MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise _Refusal("the file", "it cannot be read (missing, or no permission)") from exc
    try:
        return json.loads(data.decode("utf-8-sig"), object_pairs_hook=_pairs_once)
    except UnicodeDecodeError as exc:
        raise _Refusal("the file", "it is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise _Refusal("the file", f"it is not valid JSON ({where})") from exc
    except ValueError as exc:  # a number with thousands of digits, say
        raise _Refusal("the file", "it is not valid JSON (a value cannot be read)") from exc
    except RecursionError as exc:
        raise _Refusal("the file", "it is nested too deeply to be an export") from exc


def import_file(store: CaseStore, path: Path, actor_name: str) -> ImportSummary:
    """Import an export file into `store` in one transaction."""
    document = read_document(path)
    with store.session() as session:
        return import_document(session, document, actor_name)


def import_document(session: Session, document: Any, actor_name: str) -> ImportSummary:
    """Check the whole document, then insert it. Call inside a transaction that is rolled
    back on error (`CaseStore.session()` is): a refusal happens before any write."""
    plan = _Check(session).document(document)
    return _write(session, plan, actor_name)


# --- checking ---------------------------------------------------------------------------
def _unknown(name: object) -> str:
    """Name an unexpected field only when its name cannot be client data."""
    if isinstance(name, str) and _FIELD_NAME.match(name):
        return f"unknown field '{name}'"
    return "a field has an unexpected name"


def _value(column: sa.Column[Any], raw: Any, where: str, name: str) -> Any:
    """`raw` decoded for `column`, or a refusal naming the field (never the value)."""
    if raw is None:
        if not column.nullable:
            raise _Refusal(where, f"'{name}' cannot be null")
        return None
    kind = column.type
    if isinstance(kind, sa.Boolean):
        if not isinstance(raw, bool):
            raise _Refusal(where, f"'{name}' is not true or false")
        return raw
    if isinstance(kind, sa.Integer):
        if isinstance(raw, bool) or not isinstance(raw, int) or raw not in _INT_RANGE:
            raise _Refusal(where, f"'{name}' is not a whole number")
        return raw
    if isinstance(kind, sa.Date | sa.DateTime):
        timed = isinstance(kind, sa.DateTime)
        shape = "a date and time (YYYY-MM-DDTHH:MM:SS)" if timed else "a date (YYYY-MM-DD)"
        try:
            if isinstance(raw, str) and (_DATETIME if timed else _DATE).match(raw):
                return datetime.fromisoformat(raw) if timed else date.fromisoformat(raw)
        except ValueError:
            pass
        raise _Refusal(where, f"'{name}' is not {shape}")
    assert isinstance(kind, sa.String), kind
    if not isinstance(raw, str):
        raise _Refusal(where, f"'{name}' is not text")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Refusal(where, f"'{name}' is not valid Unicode text") from exc
    if kind.length is not None and len(raw) > kind.length:
        raise _Refusal(where, f"'{name}' is longer than {kind.length} characters")
    if (column.primary_key or column.foreign_keys) and not _is_uuid(raw):
        raise _Refusal(where, f"'{name}' is not a valid id (a UUID)")
    allowed = CHOICES.get((column.table.name, column.key))
    if allowed is not None and raw not in allowed:
        listed = ", ".join(str(choice) for choice in allowed)
        raise _Refusal(where, f"'{name}' is not one of: {listed}")
    return raw


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _fields(raw: Any, expected: Iterable[str], where: str) -> dict[str, Any]:
    """`raw` as an object with exactly the expected fields."""
    if not isinstance(raw, dict):
        raise _Refusal(where, "it is not a JSON object")
    wanted = set(expected)
    missing = sorted(wanted - raw.keys())
    if missing:
        more = f" and {len(missing) - 4} more" if len(missing) > 4 else ""
        raise _Refusal(where, "missing " + ", ".join(f"'{m}'" for m in missing[:4]) + more)
    unknown = sorted(raw.keys() - wanted)
    if unknown:
        raise _Refusal(where, _unknown(unknown[0]))
    return raw


def _row(
    raw: Any,
    model: type[Base],
    where: str,
    nested: tuple[str, ...] = (),
    absent: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A full row of `model` checked and decoded; nested parts are left for the caller.
    Columns in `absent` (newer than the file's format) must not be there; they are null."""
    columns = list(_table(model).columns)
    names = ["worker" if c.key == "worker_id" else c.key for c in columns]
    obj = _fields(raw, [*(n for n in names if n not in absent), *nested], where)
    worker_name = _table(Worker).c.name
    decoded: dict[str, Any] = {}
    for column, name in zip(columns, names, strict=True):
        if name in absent:
            decoded[name] = None
        elif name == "worker":  # a worker's name; same rules as the name column, nullability
            value = obj[name]
            if value is None and not column.nullable:
                raise _Refusal(where, "'worker' cannot be null")
            decoded[name] = None if value is None else _value(worker_name, value, where, name)
        else:
            decoded[name] = _value(column, obj[name], where, name)
    return decoded


def _list(raw: Any, where: str, name: str) -> list[Any]:
    if not isinstance(raw, list):
        raise _Refusal(where, f"'{name}' is not a list")
    return raw


class _Check:
    """One pass over the document, collecting decoded rows and where each came from."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.workers: list[dict[str, Any]] = []  # decoded rows, in insert order from here
        self.services: list[dict[str, Any]] = []
        self.settings: list[dict[str, Any]] = []
        self.clients: dict[str, dict[str, Any]] = {}
        self.cases: list[dict[str, Any]] = []
        self.parts: dict[str, list[dict[str, Any]]] = {key: [] for key, _m, _l in CASE_PARTS}
        self.new_workers: list[dict[str, Any]] = []
        self.places: dict[str, dict[str, str]] = {}  # table -> id -> where in the file
        self.ids: dict[str, str] = {}  # every id in the file -> where
        self.service_refs: list[tuple[str, str]] = []  # (service id, where)
        self.worker_refs: list[tuple[str, str]] = []  # (worker name, where)
        self.version = FORMAT_VERSION

    def _absent(self, model: type[Base]) -> tuple[str, ...]:
        """The columns of `model` this file's format version does not have."""
        if self.version >= 2:
            return ()
        return NEW_IN_2_COLUMNS.get(_table(model).name, ())

    def document(self, document: Any) -> _Check:
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise _Refusal("the file", "it is not a shelterplan export")
        version = document.get("format_version")
        if type(version) is not int or version not in READABLE_VERSIONS:
            readable = " or ".join(str(v) for v in READABLE_VERSIONS)
            raise _Refusal("the file", f"it is not export format version {readable}")
        self.version = version
        _fields(document, TOP_LEVEL_KEYS, "the file")
        _value(_EXPORTED_AT, document["exported_at"], "the file", "exported_at")
        self._workers(_list(document["workers"], "the file", "workers"))
        for number, raw in enumerate(_list(document["services"], "the file", "services"), 1):
            where = f"service {number}"
            self.services.append(self._claim(Service, _row(raw, Service, where), where))
        for number, raw in enumerate(_list(document["settings"], "the file", "settings"), 1):
            self._setting(raw, f"setting {number}")
        for number, raw in enumerate(_list(document["cases"], "the file", "cases"), 1):
            self._case(raw, f"case {number}")
        self._against_store()
        return self

    def _claim(self, model: type[Base], row: dict[str, Any], where: str) -> dict[str, Any]:
        """Remember where an id was met, refusing one met before: ids are unique across
        tables too (clients and notes share the search index's key)."""
        other = self.ids.get(row["id"])
        if other is not None:
            raise _Refusal(where, f"its 'id' is used twice (also by {other})")
        self.ids[row["id"]] = where
        self.places.setdefault(_table(model).name, {})[row["id"]] = where
        return row

    def _workers(self, raw_list: list[Any]) -> None:
        table, seen = _table(Worker), {}
        for number, raw in enumerate(raw_list, 1):
            where = f"worker {number}"
            obj = _fields(raw, WORKER_FIELDS, where)
            row = {name: _value(table.c[name], obj[name], where, name) for name in WORKER_FIELDS}
            same = normalise_name(row["name"])  # as at login: case and spacing do not count
            if not same:
                raise _Refusal(where, "'name' is empty")
            if same in seen:
                raise _Refusal(where, f"'name' is the same as worker {seen[same]}'s")
            seen[same] = number
            self.workers.append(row)

    def _setting(self, raw: Any, where: str) -> None:
        row = _row(raw, Setting, where)
        if row["key"] == STORE_ID_SETTING:
            raise _Refusal(where, "the store's own 'store_id' setting cannot be imported")
        for other_number, other in enumerate(self.settings, 1):
            if other["key"] == row["key"]:
                raise _Refusal(where, f"its 'key' is the same as setting {other_number}")
        self._claim(Setting, row, where)
        self.settings.append(row)

    def _case(self, raw: Any, where: str) -> None:
        parts = CASE_PARTS
        if self.version < 2:
            parts = tuple(part for part in CASE_PARTS if part[0] not in NEW_IN_2_PARTS)
        case = _row(raw, Case, where, ("client", *(key for key, _m, _l in parts)))
        self._claim(Case, case, where)
        self.cases.append(case)
        client_where = f"{where}, client"
        client = _row(raw["client"], Client, client_where, absent=self._absent(Client))
        if case["client_id"] != client["id"]:
            raise _Refusal(where, "'client_id' is not the 'id' of its 'client'")
        known = self.clients.get(client["id"])
        if known is None:
            self._claim(Client, client, client_where)
            self.clients[client["id"]] = client
        elif known != client:
            first = self.places["clients"][client["id"]]
            raise _Refusal(client_where, f"the same client differs in {first}")

        rows: dict[str, list[tuple[dict[str, Any], str]]] = {key: [] for key in self.parts}
        for key, model, label in parts:
            for number, item in enumerate(_list(raw[key], where, key), 1):
                item_where = f"{where}, {label} {number}"
                row = _row(item, model, item_where, absent=self._absent(model))
                self._claim(model, row, item_where)
                if "case_id" in row and row["case_id"] != case["id"]:
                    raise _Refusal(item_where, "'case_id' is not the id of this case")
                rows[key].append((row, item_where))
        goal_ids = {row["id"] for row, _where in rows["goals"]}
        for key, name in GOAL_REFERENCES:
            for row, item_where in rows[key]:
                if row[name] is not None and row[name] not in goal_ids:
                    raise _Refusal(item_where, f"'{name}' does not name a goal of this case")
        self.service_refs.extend((row["service_id"], w) for row, w in rows["referrals"])
        self.service_refs.extend(
            (row["service_id"], w) for row, w in rows["consents"] if row["service_id"] is not None
        )
        for key in ("assignments", "notes", "reviews"):
            named = ((row["worker"], w) for row, w in rows[key] if row["worker"] is not None)
            self.worker_refs.extend(named)
        for key, _model, _label in CASE_PARTS:
            ordered = _parents_first(rows[key]) if key == "goals" else [r for r, _w in rows[key]]
            self.parts[key].extend(ordered)

    def _existing(self, column: sa.Column[Any], values: Iterable[str]) -> set[str]:
        """Which of `values` the store already has in `column`."""
        wanted, found = list(values), set()
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            found.update(self.session.scalars(sa.select(column).where(column.in_(chunk))))
        return found

    def _against_store(self) -> None:
        """Refuse ids the store already has and references that resolve nowhere."""
        for model in (Service, Setting, Client, Case, *(m for _k, m, _l in CASE_PARTS)):
            table = _table(model)
            places = self.places.get(table.name, {})
            existing = self._existing(table.c.id, places)
            if model in (Client, Note):
                existing |= self._existing(_SEARCH_REF, places)
            for row_id, where in places.items():
                if row_id in existing:
                    raise _Refusal(where, "its 'id' already exists in this store")
        setting_places = {row["key"]: row["id"] for row in self.settings}
        taken = self._existing(_table(Setting).c.key, setting_places)
        for key, row_id in setting_places.items():
            if key in taken:
                where = self.places["settings"][row_id]
                raise _Refusal(where, "this store already has a setting with that 'key'")
        in_file = self.places.get("services", {})
        elsewhere = {sid for sid, _where in self.service_refs if sid not in in_file}
        in_store = self._existing(_table(Service).c.id, elsewhere)
        for service_id, where in self.service_refs:
            if service_id not in in_file and service_id not in in_store:
                raise _Refusal(where, "'service_id' names no service in the file or this store")
        in_store = {normalise_name(n) for n in self.session.scalars(sa.select(Worker.name))}
        known = in_store | {normalise_name(row["name"]) for row in self.workers}
        for name, where in self.worker_refs:
            if normalise_name(name) not in known:
                raise _Refusal(where, "'worker' names no worker in the file or this store")
        self.new_workers = [w for w in self.workers if normalise_name(w["name"]) not in in_store]


def _parents_first(goals: list[tuple[dict[str, Any], str]]) -> list[dict[str, Any]]:
    """Goals ordered so that each parent is inserted before its children; refuses loops."""
    by_id = {row["id"]: row for row, _where in goals}
    placed: set[str] = set()
    order: list[dict[str, Any]] = []
    for row, where in goals:
        chain: list[dict[str, Any]] = []
        current: dict[str, Any] | None = row
        while current is not None and current["id"] not in placed:
            if any(item is current for item in chain):
                raise _Refusal(where, "its 'parent_id' leads back to itself")
            chain.append(current)
            parent = current["parent_id"]
            current = by_id[parent] if parent is not None else None
        for item in reversed(chain):
            placed.add(item["id"])
            order.append(item)
    return order


# --- writing ----------------------------------------------------------------------------
def _with_worker_id(row: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """`worker` (a name) back to `worker_id`; names compare as at login."""
    if "worker" not in row:
        return row
    out = {key: value for key, value in row.items() if key != "worker"}
    name = row["worker"]
    out["worker_id"] = ids[normalise_name(name)] if name is not None else None
    return out


def _write(session: Session, plan: _Check, actor_name: str) -> ImportSummary:
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
            table = _table(model)
            session.execute(sa.insert(table), [_with_worker_id(row, ids) for row in rows])
    audit_chain.append(session, "import", actor_name)
    return ImportSummary(
        cases=len(plan.cases),
        clients=len(plan.clients),
        workers_created=len(new_workers),
        services=len(plan.services),
    )
