"""Her own copy of her file (a portability or access request), as one ZIP file.

The ZIP holds `her-file.json` and, for every signed plan version with its PDF kept,
`plans/<case id>/plan-v<N>.pdf`: the exact bytes she signed. Entries are written in name
order with a fixed timestamp, so the same file gives the same archive.

`her-file.json` is an object with `format` ("shelterplan-client-file"), `format_version`
(1), `exported_at`, `client` (her client row), `cases` (each of her cases as a full row
with its records nested under the same keys as the agency export, `docs/export-format.md`,
rows encoded the same way: dates `YYYY-MM-DD`, times UTC, `worker_id` written as
`"worker": name`), `services` (the directory entries her referrals and consents name) and
`access_log` (every audit-trail entry about one of her records: when, which worker, what).
A plan version's `pdf` is not repeated in the JSON: `pdf_file` names its entry in the ZIP.
Soft-deleted records and the items left off her take-home copy are included, flagged as
in the store: this is everything the agency holds about her. Wizard drafts are not
records (a worker's unfinished typing) and are left out, as in the agency export.

Her own request needs no consent: it is her right. A copy for a third party
(`for_service_id`) is a disclosure: it needs her valid consent to share with that provider
(`consents.require_third_party_consent`), holds only the case it was asked from, and no
access log. The file is not encrypted: written atomically, mode 0600, and the export is
written to the audit trail. No one else's records are in it.
"""

from __future__ import annotations

import base64
import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, actor_named, require_case_access
from shelterplan.core.consents import require_third_party_consent
from shelterplan.core.exchange.export import encode, encoded_rows
from shelterplan.core.exchange.layout import CASE_PARTS, table
from shelterplan.core.rules import get_live
from shelterplan.store import audit_chain
from shelterplan.store.atomic import write_atomic
from shelterplan.store.base import utcnow
from shelterplan.store.models import AuditEvent, Case, Client, Goal, Option, Service

if TYPE_CHECKING:
    from shelterplan.store.casestore import CaseStore

FORMAT = "shelterplan-client-file"
FORMAT_VERSION = 1
JSON_NAME = "her-file.json"
EXPORT_ACTION = "client.export"
THIRD_PARTY_ACTION = "client.export.third_party"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a ZIP can say: no time of day leaks
_IN_CHUNK = 500


@dataclass(frozen=True)
class ClientFile:
    """The archive in memory, and what it holds (counts, for the worker's message)."""

    data: bytes
    client_id: str
    cases: int
    pdfs: int
    consent_id: str | None  # the consent a third-party copy rests on


def _pdf_name(case_id: str, number: int) -> str:
    return f"plans/{case_id}/plan-v{number}.pdf"


def _case_ids(
    session: Session, actor: Actor, case_id: str, for_service_id: str | None
) -> tuple[str, list[str]]:
    """Her client id, and the cases the copy holds: all hers, or for a third party only
    the case asked from."""
    case = get_live(session, Case, case_id)
    require_case_access(session, actor, case_id)
    if for_service_id is not None:
        return case.client_id, [case_id]
    ids = sorted(session.scalars(sa.select(Case.id).where(Case.client_id == case.client_id)))
    for other in ids:  # her whole file: the worker must be allowed to see all of it
        require_case_access(session, actor, other)
    return case.client_id, ids


def _parts(session: Session, case_ids: list[str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Rows of each part of her cases, grouped by case id."""
    goal_case: dict[str, str] = {}
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for key, model, _label in CASE_PARTS:
        columns = table(model).c
        if model is Option:
            goals = sa.select(Goal.id).where(Goal.case_id.in_(case_ids))
            where = columns.goal_id.in_(goals)
        else:
            where = columns.case_id.in_(case_ids)
        by_case: dict[str, list[dict[str, Any]]] = {}
        for row in encoded_rows(session, model, where):
            owner = goal_case[row["goal_id"]] if model is Option else row["case_id"]
            by_case.setdefault(owner, []).append(row)
            if model is Goal:
                goal_case[row["id"]] = row["case_id"]
        grouped[key] = by_case
    return grouped


def _access_log(session: Session, ids: set[str]) -> list[dict[str, Any]]:
    wanted = sorted(ids)
    events: dict[int, dict[str, Any]] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        for event in session.scalars(sa.select(AuditEvent).where(AuditEvent.record_id.in_(chunk))):
            events[event.sequence] = {
                "at": encode(event.at),
                "worker": event.worker_name,
                "action": event.action,
                "record_type": event.record_type,
                "record_id": event.record_id,
            }
    return [events[number] for number in sorted(events)]


def client_document(
    session: Session, client_id: str, case_ids: list[str], access_log: bool = True
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Her file as plain data, and the signed PDFs by their name in the archive."""
    session.flush()
    (client,) = encoded_rows(session, Client, table(Client).c.id == client_id)
    cases = encoded_rows(session, Case, table(Case).c.id.in_(case_ids))
    parts = _parts(session, case_ids)
    pdfs: dict[str, bytes] = {}
    ids = {client_id, *case_ids}
    service_ids: set[str] = set()
    for case in cases:
        for key, _model, _label in CASE_PARTS:
            rows = parts[key].get(case["id"], [])
            for row in rows:
                ids.add(row["id"])
                if row.get("service_id"):
                    service_ids.add(row["service_id"])
            case[key] = rows
        for version in case["plan_versions"]:
            pdf = version.pop("pdf")
            version["pdf_file"] = None
            if pdf is not None:
                name = _pdf_name(case["id"], version["number"])
                pdfs[name] = base64.b64decode(pdf)  # as the export encoded it
                version["pdf_file"] = name
    services = encoded_rows(session, Service, table(Service).c.id.in_(sorted(service_ids)))
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": encode(utcnow()),
        "client": client,
        "cases": cases,
        "services": services,
    }
    if access_log:
        document["access_log"] = _access_log(session, ids)
    return document, pdfs


def _zip(document: dict[str, Any], pdfs: dict[str, bytes]) -> bytes:
    text = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    entries = {JSON_NAME: text.encode("utf-8"), **pdfs}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def client_file(
    session: Session,
    actor: Actor,
    case_id: str,
    for_service_id: str | None = None,
    today: date | None = None,
) -> ClientFile:
    """Build her file as a ZIP in memory; nothing is written or audited yet."""
    client_id, case_ids = _case_ids(session, actor, case_id, for_service_id)
    consent_id = None
    if for_service_id is not None:
        consent_id = require_third_party_consent(session, case_id, for_service_id, today)
    document, pdfs = client_document(
        session, client_id, case_ids, access_log=for_service_id is None
    )
    return ClientFile(_zip(document, pdfs), client_id, len(case_ids), len(pdfs), consent_id)


def record_export(session: Session, actor: Actor, exported: ClientFile) -> None:
    """Write the export to the audit trail: her own copy by client id, a third party's
    copy by the consent it rests on."""
    if exported.consent_id is not None:
        audit_chain.append(session, THIRD_PARTY_ACTION, actor.name, "consent", exported.consent_id)
    else:
        audit_chain.append(session, EXPORT_ACTION, actor.name, "client", exported.client_id)


def write_file(path: Path, data: bytes) -> None:
    """Atomically, readable by its owner only (the archive is not encrypted)."""
    write_atomic(path, data)  # mkstemp already creates it 0600
    os.chmod(path, 0o600)


def write_client_file(
    store: CaseStore,
    case_id: str,
    path: Path,
    for_service_id: str | None = None,
    today: date | None = None,
) -> ClientFile:
    """Build her file as the store's worker, write it, then audit it."""
    with store.session() as session:
        actor = actor_named(session, store.worker_name)
        exported = client_file(session, actor, case_id, for_service_id, today)
    write_file(path, exported.data)
    with store.session() as session:
        record_export(session, actor, exported)
    return exported
