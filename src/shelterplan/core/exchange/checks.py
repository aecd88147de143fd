"""Checking a whole export document before anything is written.

One pass over the document collects the decoded rows and where each came from; then
the ids and references are checked against the importing store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core.erasure import erased_ids
from shelterplan.core.exchange.fields import Refusal, fields, list_of, row, value
from shelterplan.core.exchange.layout import (
    CASE_PARTS,
    FORMAT,
    FORMAT_VERSION,
    GOAL_REFERENCES,
    READABLE_VERSIONS,
    TOP_LEVEL_KEYS,
    WORKER_FIELDS,
    case_parts,
    table,
    worker_fields,
)
from shelterplan.core.vocab import Role
from shelterplan.store.base import Base
from shelterplan.store.casestore import STORE_ID_SETTING
from shelterplan.store.keyslots import normalise_name
from shelterplan.store.models import Case, Client, Note, Service, Setting, Worker

_IN_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit
_EXPORTED_AT: sa.Column[Any] = sa.Column("exported_at", sa.DateTime, nullable=False)
# The full-text index's own key table (store/fts.py): clients and notes share its keys.
_SEARCH_REF = sa.Table("search_refs", sa.MetaData(), sa.Column("ref_id", sa.String(36))).c.ref_id


def _readable() -> str:
    """The readable format versions in words: "1, 2 or 3"."""
    *first, last = (str(v) for v in READABLE_VERSIONS)
    return f"{', '.join(first)} or {last}" if first else last


class Check:
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
        # Clients and cases erased from this store at her request are never brought back.
        self.erased_clients, self.erased_cases = erased_ids(session)
        self.skipped_erased = 0  # cases left out for that reason

    def document(self, document: Any) -> Check:
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise Refusal("the file", "it is not a shelterplan export")
        version = document.get("format_version")
        if type(version) is not int or version not in READABLE_VERSIONS:
            raise Refusal("the file", f"it is not export format version {_readable()}")
        self.version = version
        fields(document, TOP_LEVEL_KEYS, "the file")
        value(_EXPORTED_AT, document["exported_at"], "the file", "exported_at")
        self._workers(list_of(document["workers"], "the file", "workers"))
        for number, raw in enumerate(list_of(document["services"], "the file", "services"), 1):
            where = f"service {number}"
            self.services.append(self._claim(Service, self._row(raw, Service, where), where))
        for number, raw in enumerate(list_of(document["settings"], "the file", "settings"), 1):
            self._setting(raw, f"setting {number}")
        for number, raw in enumerate(list_of(document["cases"], "the file", "cases"), 1):
            self._case(raw, f"case {number}")
        self._against_store()
        return self

    def _row(
        self, raw: Any, model: type[Base], where: str, nested: tuple[str, ...] = ()
    ) -> dict[str, Any]:
        return row(raw, model, where, self.version, nested)

    def _claim(self, model: type[Base], found: dict[str, Any], where: str) -> dict[str, Any]:
        """Remember where an id was met, refusing one met before: ids are unique across
        tables too (clients and notes share the search index's key)."""
        other = self.ids.get(found["id"])
        if other is not None:
            raise Refusal(where, f"its 'id' is used twice (also by {other})")
        self.ids[found["id"]] = where
        self.places.setdefault(table(model).name, {})[found["id"]] = where
        return found

    def _workers(self, raw_list: list[Any]) -> None:
        columns, seen = table(Worker).c, {}
        for number, raw in enumerate(raw_list, 1):
            where = f"worker {number}"
            present = worker_fields(self.version)
            obj = fields(raw, present, where)
            worker = {name: value(columns[name], obj[name], where, name) for name in present}
            if "is_admin" not in present:
                # As migration 0004 upgraded stores of that time: the "admin" of then (the
                # first account, who saw every case) is a supervisor who administers.
                worker["is_admin"] = worker["role"] == Role.ADMIN
                if worker["is_admin"]:
                    worker["role"] = Role.SUPERVISOR.value
            assert set(worker) == set(WORKER_FIELDS)
            same = normalise_name(worker["name"])  # as at login: case and spacing do not count
            if not same:
                raise Refusal(where, "'name' is empty")
            if same in seen:
                raise Refusal(where, f"'name' is the same as worker {seen[same]}'s")
            seen[same] = number
            self.workers.append(worker)

    def _setting(self, raw: Any, where: str) -> None:
        setting = self._row(raw, Setting, where)
        if setting["key"] == STORE_ID_SETTING:
            raise Refusal(where, "the store's own 'store_id' setting cannot be imported")
        for other_number, other in enumerate(self.settings, 1):
            if other["key"] == setting["key"]:
                raise Refusal(where, f"its 'key' is the same as setting {other_number}")
        self._claim(Setting, setting, where)
        self.settings.append(setting)

    def _case(self, raw: Any, where: str) -> None:
        parts = case_parts(self.version)
        case = self._row(raw, Case, where, ("client", *(key for key, _m, _l in parts)))
        self._claim(Case, case, where)
        client_where = f"{where}, client"
        client = self._row(raw["client"], Client, client_where)
        if case["client_id"] != client["id"]:
            raise Refusal(where, "'client_id' is not the 'id' of its 'client'")
        if case["id"] in self.erased_cases or client["id"] in self.erased_clients:
            self.skipped_erased += 1  # nothing more of hers is read
            return
        self.cases.append(case)
        known = self.clients.get(client["id"])
        if known is None:
            self._claim(Client, client, client_where)
            self.clients[client["id"]] = client
        elif known != client:
            first = self.places["clients"][client["id"]]
            raise Refusal(client_where, f"the same client differs in {first}")

        rows: dict[str, list[tuple[dict[str, Any], str]]] = {key: [] for key in self.parts}
        for key, model, label in parts:
            for number, item in enumerate(list_of(raw[key], where, key), 1):
                item_where = f"{where}, {label} {number}"
                decoded = self._row(item, model, item_where)
                self._claim(model, decoded, item_where)
                if "case_id" in decoded and decoded["case_id"] != case["id"]:
                    raise Refusal(item_where, "'case_id' is not the id of this case")
                rows[key].append((decoded, item_where))
        goal_ids = {goal["id"] for goal, _where in rows["goals"]}
        for key, name in GOAL_REFERENCES:
            for decoded, item_where in rows[key]:
                if decoded[name] is not None and decoded[name] not in goal_ids:
                    raise Refusal(item_where, f"'{name}' does not name a goal of this case")
        review_ids = {review["id"] for review, _where in rows["reviews"]}
        for decoded, item_where in rows["goal_reviews"]:
            if decoded["review_id"] not in review_ids:
                raise Refusal(item_where, "'review_id' does not name a review of this case")
        for signed, item_where in rows["plan_versions"]:
            pdf = signed["pdf"]  # the PDF she signed: it must be the one its hash names
            if pdf is not None and hashlib.sha256(pdf).hexdigest() != signed["pdf_sha256"]:
                raise Refusal(item_where, "'pdf' does not match 'pdf_sha256'")
        self.service_refs.extend((r["service_id"], w) for r, w in rows["referrals"])
        self.service_refs.extend(
            (r["service_id"], w) for r, w in rows["consents"] if r["service_id"] is not None
        )
        for key in ("assignments", "notes", "reviews"):
            named = ((r["worker"], w) for r, w in rows[key] if r["worker"] is not None)
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
            source = table(model)
            places = self.places.get(source.name, {})
            existing = self._existing(source.c.id, places)
            if model in (Client, Note):
                existing |= self._existing(_SEARCH_REF, places)
            for row_id, where in places.items():
                if row_id in existing:
                    raise Refusal(where, "its 'id' already exists in this store")
        setting_places = {setting["key"]: setting["id"] for setting in self.settings}
        taken = self._existing(table(Setting).c.key, setting_places)
        for key, row_id in setting_places.items():
            if key in taken:
                where = self.places["settings"][row_id]
                raise Refusal(where, "this store already has a setting with that 'key'")
        in_file = self.places.get("services", {})
        elsewhere = {sid for sid, _where in self.service_refs if sid not in in_file}
        in_store = self._existing(table(Service).c.id, elsewhere)
        for service_id, where in self.service_refs:
            if service_id not in in_file and service_id not in in_store:
                raise Refusal(where, "'service_id' names no service in the file or this store")
        in_store = {normalise_name(n) for n in self.session.scalars(sa.select(Worker.name))}
        known = in_store | {normalise_name(worker["name"]) for worker in self.workers}
        for name, where in self.worker_refs:
            if normalise_name(name) not in known:
                raise Refusal(where, "'worker' names no worker in the file or this store")
        self.new_workers = [w for w in self.workers if normalise_name(w["name"]) not in in_store]


def _parents_first(goals: list[tuple[dict[str, Any], str]]) -> list[dict[str, Any]]:
    """Goals ordered so that each parent is inserted before its children; refuses loops."""
    by_id = {goal["id"]: goal for goal, _where in goals}
    placed: set[str] = set()
    order: list[dict[str, Any]] = []
    for goal, where in goals:
        chain: list[dict[str, Any]] = []
        current: dict[str, Any] | None = goal
        while current is not None and current["id"] not in placed:
            if any(item is current for item in chain):
                raise Refusal(where, "its 'parent_id' leads back to itself")
            chain.append(current)
            parent = current["parent_id"]
            current = by_id[parent] if parent is not None else None
        for item in reversed(chain):
            placed.add(item["id"])
            order.append(item)
    return order
