"""The supervisor's view of the audit trail: who did what, to which record, and when.

Only supervisors and administrators read the trail, and reading it is itself written to
it (`audit.view`, naming the client when the view was filtered to her). The trail holds
ids, never names; a client's preferred name is looked up here, inside the encrypted
store, for the screen only (and only for readers who may see every case), and never
goes to a log.

A client's entries are those whose record is one of her cases, or a record of one of
her cases (a consent, a plan version, a referral ...), or her client record itself.
Soft-deleted records still count: the history of a record outlives it. After an
erasure her records are gone, so only the non-identifying tombstone remains.

`check_store` is the same check as `shelterplan verify`: every database page
(SQLCipher's HMACs and SQLite's own check), then the hash chain of the trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.base import Base
from shelterplan.store.casestore import CaseStore
from shelterplan.store.fts import match_expression
from shelterplan.store.models import AuditEvent, Case, Client, Worker

VIEW_ACTION = "audit.view"
VERIFY_ACTION = "audit.verify"
READERS_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Only supervisors and administrators can read the audit trail."
)


# Record types written to the trail whose rows belong to one case (`case_id`): every
# mapped table with a `case_id` column, named as the trail names it (the table's name in
# the singular: "plan_versions" -> "plan_version", "people" -> "person"), so a table
# added later is found without a change here.
def case_records() -> dict[str, Any]:
    return dict(_case_records())


@cache
def _case_records() -> tuple[tuple[str, Any], ...]:
    found: list[tuple[str, Any]] = []
    for mapper in Base.registry.mappers:
        table = getattr(mapper.class_, "__tablename__", "")
        if table and table != "cases" and "case_id" in mapper.columns:
            found.append(
                ("person" if table == "people" else table.removesuffix("s"), mapper.class_)
            )
    return tuple(sorted(found, key=lambda pair: pair[0]))


# Every action the app writes, in the order a reader thinks of them (the UI has words
# for each; an action written by a newer version is shown as stored).
ACTIONS: tuple[str, ...] = (
    "login",
    "login.failed",
    "login.recovery_key",
    "lock",
    "passphrase.change",
    "case.create",
    "case.open",
    "case.share",
    "case.phase",
    "client.code_word.show",
    "consent.given",
    "consent.withdrawn",
    "dependant.add",
    "dependant.update",
    "dependant.remove",
    "review.start",
    "review.assessment",
    "review.goal",
    "goal.achieved",
    "goal.set_aside",
    "referral.create",
    "referral.status",
    "plan.print",
    "progress.print",
    "plan.provider_copy",
    "progress.save_pdf",
    "plan.save_pdf",
    "plan.reprint",
    "plan.sign",
    "plan.freeze",
    "plan.client_copy",
    "safety_plan.save",
    "safety_plan.review",
    "safety_plan.print",
    "safety_plan.save_pdf",
    "safety_plan.code_word.show",
    "service.add",
    "service.update",
    "service.remove",
    "export",
    "import",
    "client.export",
    "client.export.third_party",
    "funder.export",
    "client.erase",
    "client.erase.reapplied",
    "retention.purge",
    "settings.agency",
    "settings.idle_lock",
    "settings.retention",
    "settings.backup_folder",
    "settings.backup_reminder",
    "backup.create",
    "backup.restore",
    "account.add",
    "account.disable",
    "account.reset_passphrase",
    "account.rekey",
    "recovery_key.new",
    "store.create",
    "demo.populate",
    VIEW_ACTION,
    VERIFY_ACTION,
)


@dataclass(frozen=True)
class AuditFilter:
    """Times are UTC without tzinfo, as stored: `since` inclusive, `until` exclusive.

    `up_to_sequence` holds the trail as it stood at the first page of a look, so that
    entries appended meanwhile (this look's own `audit.view`, a colleague's work) do not
    shift the later pages."""

    worker: str | None = None
    client_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    up_to_sequence: int | None = None


@dataclass(frozen=True)
class AuditEntry:
    sequence: int
    at: datetime  # UTC, without tzinfo
    worker_name: str | None
    action: str
    record_type: str | None
    record_id: str | None
    case_id: str | None = None  # the case the record belongs to, when it still exists
    client_id: str | None = None
    client_name: str | None = None  # her preferred name, for readers who see every case


@dataclass(frozen=True)
class ClientChoice:
    client_id: str
    name: str
    opened_on: date | None = None  # her first case opened, to tell two of the same name apart


@dataclass(frozen=True)
class StoreCheck:
    """What `check_store` found. `broken_at` is the entry where the chain breaks."""

    database_problems: tuple[str, ...]
    entries: int
    chain_break: audit_chain.ChainBreak | None
    last_good: AuditEntry | None = None  # the last entry before the break
    at_break: AuditEntry | None = None  # the entry found where the break is, if any

    @property
    def intact(self) -> bool:
        return not self.database_problems and self.chain_break is None


# --- who may read ------------------------------------------------------------------
def may_read_audit(actor: Actor) -> bool:
    """Supervisors and administrators (the admin role, or administrator rights)."""
    administers = getattr(actor, "administers", actor.role == Role.ADMIN)
    return actor.role in (Role.SUPERVISOR, Role.ADMIN) or bool(administers)


def shows_client_names(actor: Actor) -> bool:
    """Names only for readers who may see every case (not an admin without cases)."""
    return may_read_audit(actor) and actor.sees_all_cases


def require_audit_reader(actor: Actor) -> None:
    if not may_read_audit(actor):
        raise NotAllowed(READERS_ONLY)


# --- the query ---------------------------------------------------------------------
def _her_records(client_id: str) -> ColumnElement[bool]:
    her_cases = select(Case.id).where(Case.client_id == client_id)
    conditions = [
        and_(AuditEvent.record_type == "client", AuditEvent.record_id == client_id),
        and_(AuditEvent.record_type == "case", AuditEvent.record_id.in_(her_cases)),
    ]
    for record_type, model in case_records().items():
        conditions.append(
            and_(
                AuditEvent.record_type == record_type,
                AuditEvent.record_id.in_(select(model.id).where(model.case_id.in_(her_cases))),
            )
        )
    return or_(*conditions)


def _scope(filters: AuditFilter) -> Select[Any]:
    query = select(AuditEvent)
    if filters.worker is not None:
        query = query.where(AuditEvent.worker_name == filters.worker)
    if filters.action is not None:
        query = query.where(AuditEvent.action == filters.action)
    if filters.since is not None:
        query = query.where(AuditEvent.at >= filters.since)
    if filters.until is not None:
        query = query.where(AuditEvent.at < filters.until)
    if filters.client_id is not None:
        query = query.where(_her_records(filters.client_id))
    if filters.up_to_sequence is not None:
        query = query.where(AuditEvent.sequence <= filters.up_to_sequence)
    return query


def audit_entries(
    session: Session,
    actor: Actor,
    filters: AuditFilter = AuditFilter(),
    limit: int = 100,
    offset: int = 0,
) -> list[AuditEntry]:
    """One page of the trail, newest first. The first page of a look (offset 0) is
    written to the trail as `audit.view`, after it is read; for the later pages, pass
    the first page's top sequence as `up_to_sequence` (see `AuditFilter`)."""
    require_audit_reader(actor)
    events = session.scalars(
        _scope(filters).order_by(AuditEvent.sequence.desc()).offset(offset).limit(limit)
    ).all()
    entries = _described(session, actor, events)
    if offset == 0:
        if filters.client_id is not None:
            audit_chain.append(session, VIEW_ACTION, actor.name, "client", filters.client_id)
        else:
            audit_chain.append(session, VIEW_ACTION, actor.name)
    return entries


def audit_count(
    session: Session,
    actor: Actor,
    filters: AuditFilter = AuditFilter(),
) -> int:
    """How many entries the filters match (one look at the whole trail)."""
    require_audit_reader(actor)
    query = _scope(filters).with_only_columns(AuditEvent.id).subquery()
    return int(session.scalar(select(func.count()).select_from(query)) or 0)


def _described(session: Session, actor: Actor, events: Any) -> list[AuditEntry]:
    """Each event with the case and client its record belongs to (a page at a time)."""
    wanted: dict[str, set[str]] = {}
    for event in events:
        if event.record_type and event.record_id:
            wanted.setdefault(event.record_type, set()).add(event.record_id)
    case_of: dict[tuple[str, str], str] = {
        ("case", case_id): case_id for case_id in wanted.get("case", ())
    }
    for record_type, model in case_records().items():
        ids = wanted.get(record_type)
        if ids:
            for record_id, case_id in session.execute(
                select(model.id, model.case_id).where(model.id.in_(ids))
            ):
                case_of[(record_type, record_id)] = case_id
    client_of_case = dict(
        session.execute(
            select(Case.id, Case.client_id).where(Case.id.in_(set(case_of.values())))
        ).all()
    )
    client_ids = set(client_of_case.values()) | set(wanted.get("client", ()))
    names: dict[str, str] = {}
    if client_ids and shows_client_names(actor):
        names = dict(
            session.execute(
                select(Client.id, Client.preferred_name).where(Client.id.in_(client_ids))
            ).all()
        )
    entries = []
    for event in events:
        key = (event.record_type or "", event.record_id or "")
        case_id = case_of.get(key)
        if event.record_type == "client":
            client_id = event.record_id
        else:
            client_id = client_of_case.get(case_id) if case_id else None
        entries.append(
            AuditEntry(
                sequence=event.sequence,
                at=event.at,
                worker_name=event.worker_name,
                action=event.action,
                record_type=event.record_type,
                record_id=event.record_id,
                case_id=case_id if case_id in client_of_case else None,
                client_id=client_id if client_id in client_ids else None,
                client_name=names.get(client_id) if client_id else None,
            )
        )
    return entries


# --- what the filters offer ------------------------------------------------------------
def audit_workers(session: Session, actor: Actor) -> list[str]:
    """Every worker the store has known (disabled ones too: their entries remain)."""
    require_audit_reader(actor)
    names = session.scalars(select(Worker.name)).all()
    return sorted(set(names), key=str.casefold)


def find_clients(session: Session, actor: Actor, typed: str, limit: int = 20) -> list[ClientChoice]:
    """Clients whose name or alias starts with the words typed (for the client filter).
    Names are case content: only readers who may see every case can search them."""
    require_audit_reader(actor)
    if not shows_client_names(actor):
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "Your role reads the audit trail without client names.")
        )
    match = match_expression(typed)
    if match is None:
        return []
    hits = text(
        "SELECT ref_id FROM search_index WHERE search_index MATCH :match AND kind = 'client'"
    ).bindparams(match=match)
    first_case = (
        select(func.min(Case.opened_on)).where(Case.client_id == Client.id).scalar_subquery()
    )
    rows = session.execute(
        select(Client.id, Client.preferred_name, first_case)
        .where(Client.id.in_(hits))
        .order_by(Client.preferred_name, Client.id)
        .limit(limit)
    ).all()
    return [ClientChoice(client_id, name, opened) for client_id, name, opened in rows]


def client_name(session: Session, actor: Actor, client_id: str) -> str | None:
    """Her preferred name for the screen, or None (erased, or not for this reader)."""
    require_audit_reader(actor)
    if not shows_client_names(actor):
        return None
    return session.scalar(select(Client.preferred_name).where(Client.id == client_id))


# --- checking the chain ----------------------------------------------------------------
def check_store(store: CaseStore, actor: Actor) -> StoreCheck:
    """The check `shelterplan verify` makes: the database pages, then the hash chain.

    Reads every page (seconds on a large store): the UI runs it off the main thread.
    The check is written to the trail unless the database itself is damaged."""
    require_audit_reader(actor)
    problems = tuple(store.integrity_problems())
    with store.session() as session:
        broken = audit_chain.verify(session)
        entries = int(session.scalar(select(func.count(AuditEvent.id))) or 0)
        last_good = at_break = None
        if broken is not None:
            before = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.sequence < broken.sequence)
                .order_by(AuditEvent.sequence.desc())
                .limit(1)
            ).all()
            found = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.sequence >= broken.sequence)
                .order_by(AuditEvent.sequence)
                .limit(1)
            ).all()
            described = _described(session, actor, [*before, *found])
            last_good = described[0] if before else None
            at_break = described[-1] if found else None
        if not problems:
            audit_chain.append(session, VERIFY_ACTION, actor.name)
    return StoreCheck(problems, entries, broken, last_good, at_break)
