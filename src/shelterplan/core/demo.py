"""Synthetic demo data: a believable agency caseload, never a real person.

Used for demos, screenshots and the benchmark, which needs agency scale (100,000
clients, about a million steps) built in minutes. So the generator (`demo_rows`) makes
plain row dicts, and they go in one batch of cases per transaction with one
`executemany` per table, converted by SQLAlchemy's own bind processors (so dates and
booleans are stored exactly as the ORM stores them) but without its per-row overhead.

Three measured facts shape the writing (SQLCipher 4 with `cipher_memory_security=ON`,
which wipes and unlocks every freed allocation and, once on, stays on for the whole
process):
- The FTS5 index is kept by AFTER INSERT triggers, and FTS5 flushes its pending terms
  at every statement savepoint, i.e. once per row when rows go in one statement each:
  about 2,000 rows/s. Tables with triggers are therefore first written to an in-memory
  temp table and moved with one INSERT ... SELECT, so the triggers still maintain the
  index (no copy of their logic here) but FTS5 flushes once per batch: ~10x faster.
- Memory security also makes every allocation that misses SQLite's small per-connection
  lookaside pool cost an mlock and an munlock system call. The statements that the
  driver keeps prepared use that pool up, which made the load 3x slower. So the load
  runs on fresh connections that keep no prepared statements (`cached_statements=0`);
  the store's connections are disposed of before and after, so its usual settings
  and every asserted pragma still apply.
- Random UUID keys touch index pages all over the file, so the load's connections get
  a large page cache (they are closed afterwards).
"""

from __future__ import annotations

import contextlib
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from operator import itemgetter
from typing import Any

from faker import Faker
from sqlalchemy import Connection, Dialect, Engine, Table, event, select
from sqlalchemy.orm import Session

from shelterplan.core.demo_rows import INSERT_ORDER, DirectoryEntry, RowGenerator, ToSign
from shelterplan.core.demo_words import LANGS, LOCALES, SERVICE_DOMAINS, WORDS
from shelterplan.core.versions import canonical_json, content_fingerprint, plan_snapshot
from shelterplan.core.vocab import Domain, Role
from shelterplan.store import audit_chain
from shelterplan.store.base import Base, new_id, utcnow
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import (
    Case,
    Client,
    Goal,
    Note,
    PlanVersion,
    Review,
    Service,
    Step,
    Worker,
)

# Each batch rewrites most leaf pages of the random-key indexes, so bigger batches write
# less in all; 5,000 cases are about 200,000 rows (~200 MB of dicts) at a time.
BATCH_CASES = 5000
LOAD_CACHE_KIB = 262144  # page cache of the load's connections (256 MiB)


@dataclass(frozen=True)
class DemoSummary:
    """How many rows one `populate` call created."""

    workers: int
    clients: int
    cases: int
    goals: int
    steps: int
    notes: int
    reviews: int
    plan_versions: int
    services: int


@dataclass(frozen=True)
class _TableWriter:
    """One table's bulk INSERT: column order, defaults and SQLAlchemy's value converters."""

    table: str
    columns: tuple[str, ...]
    defaults: tuple[Any, ...]
    processors: tuple[Callable[[Any], Any] | None, ...]
    staged: bool  # has INSERT triggers: go through a temp table (see the module docstring)

    @classmethod
    def of(cls, table: Table, dialect: Dialect, staged: bool) -> _TableWriter:
        defaults = tuple(
            c.default.arg if c.default is not None and c.default.is_scalar else None
            for c in table.c
        )
        processors = tuple(c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.c)
        return cls(table.name, tuple(c.name for c in table.c), defaults, processors, staged)

    def write(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if all(name in rows[0] for name in self.columns):
            values = itemgetter(*self.columns)
            params = [list(values(row)) for row in rows]
        else:  # a column added after this generator was written: its scalar default or NULL
            missing = dict(zip(self.columns, self.defaults, strict=True))
            params = [[row.get(n, missing[n]) for n in self.columns] for row in rows]
        for index, process in enumerate(self.processors):
            if process is not None:
                for param in params:
                    param[index] = process(param[index])
        tuples = [tuple(param) for param in params]  # what the driver's executemany takes
        names = ", ".join(f'"{name}"' for name in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        if not self.staged:
            connection.exec_driver_sql(
                f'INSERT INTO "{self.table}" ({names}) VALUES ({marks})', tuples
            )
            return
        # On an error the whole batch, this temp table included, is rolled back.
        stage = f'temp."demo_stage_{self.table}"'
        connection.exec_driver_sql(f"CREATE TEMP TABLE {stage} ({names})")
        connection.exec_driver_sql(f"INSERT INTO {stage} VALUES ({marks})", tuples)
        connection.exec_driver_sql(
            f'INSERT INTO main."{self.table}" ({names}) SELECT {names} FROM {stage}'
        )
        connection.exec_driver_sql(f"DROP TABLE {stage}")


def _writers(session: Session) -> dict[type[Base], _TableWriter]:
    connection = session.connection()
    triggered = set(
        connection.exec_driver_sql(
            "SELECT DISTINCT tbl_name FROM sqlite_master "
            "WHERE type = 'trigger' AND upper(sql) LIKE '% INSERT ON %'"
        ).scalars()
    )
    return {
        model: _TableWriter.of(
            model.__table__, connection.dialect, model.__tablename__ in triggered
        )
        for model in (*INSERT_ORDER, PlanVersion)
    }


def _sign(session: Session, to_sign: list[ToSign], now: datetime) -> list[dict[str, Any]]:
    """Signed plan versions holding a real snapshot of each case as it now stands."""
    versions = []
    for item in to_sign:
        snapshot = plan_snapshot(session, item.case_id)
        signatories = [
            {"role": "client", "name": item.client_name},
            {"role": "worker", "name": item.worker_name},
        ]
        versions.append(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "row_version": 1,
                "case_id": item.case_id,
                "number": 1,
                "language": item.language,
                "snapshot": canonical_json(snapshot),
                "content_sha256": content_fingerprint(snapshot),
                "pdf_sha256": None,
                "signatories": json.dumps(signatories, ensure_ascii=False),
                "signed_at": datetime.combine(item.signed_on, time(10, 30)),
            }
        )
    return versions


@contextlib.contextmanager
def _fresh_connections(engine: Engine) -> Iterator[None]:
    """Connections that keep no prepared statements, for the load only (see above)."""

    def no_statement_cache(_dialect: Any, _record: Any, _args: Any, kwargs: dict[str, Any]) -> None:
        kwargs["cached_statements"] = 0

    event.listen(engine, "do_connect", no_statement_cache)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "do_connect", no_statement_cache)
        engine.dispose()


def _demo_workers(session: Session, seed: int, admin: str) -> tuple[list[Worker], int]:
    """Three workers and a supervisor, named by the seed; existing ones are reused."""
    fake = Faker([LOCALES["en"], LOCALES["fr"]])
    fake.seed_instance(seed)
    names: list[str] = []
    while len(names) < 4:
        name = f"{fake.first_name_female()} {fake.last_name()}"
        if name not in names and name.casefold() != admin.casefold():
            names.append(name)
    workers, created = [], 0
    for index, name in enumerate(names):
        worker = session.scalar(select(Worker).where(Worker.name == name))
        if worker is None:
            role = Role.SUPERVISOR if index == 3 else Role.WORKER
            worker = Worker(name=name, role=role.value, active=True)
            session.add(worker)
            created += 1
        workers.append(worker)
    session.flush()
    return workers, created


def _directory(session: Session, seed: int) -> tuple[list[DirectoryEntry], int]:
    """The service directory: the store's own if it has one, else about fifteen entries."""
    rows = session.execute(
        select(Service.id, Service.domain, Service.name, Service.address)
        .where(Service.deleted_at.is_(None))
        .order_by(Service.name, Service.id)
    ).all()
    if rows:
        return [
            DirectoryEntry(r[0], r[1] or Domain.SOCIAL_SUPPORT, r[2], r[3] or "") for r in rows
        ], 0
    rng = random.Random(seed)
    services = []
    for index, domain in enumerate(SERVICE_DOMAINS):
        lang = LANGS[index % 3]  # each entry is named in the language it serves in
        fake = Faker(LOCALES[lang])
        fake.seed_instance(seed * 100 + index)
        service = Service(
            name=WORDS[lang]["service"][index],
            domain=domain,
            address=fake.address().replace("\n", ", "),
            phone=fake.phone_number().split("x")[0].strip(),
            hours=rng.choice(WORDS[lang]["hours"]),
            eligibility=rng.choice(WORDS[lang]["eligibility"]),
            languages=lang if lang == "en" else f"{lang}, en",
        )
        session.add(service)
        services.append(service)
    session.flush()
    entries = [DirectoryEntry(s.id, s.domain or "", s.name, s.address or "") for s in services]
    return entries, len(entries)


def populate(
    store: CaseStore,
    clients: int,
    seed: int = 0,
    today: date | None = None,
    worker_passphrase: str | None = None,
) -> DemoSummary:
    """Fill the store with `clients` synthetic clients, each with one case and a plan.

    Demo workers get key slots only when `worker_passphrase` is given (Argon2 is slow).
    Idle pooled connections of the store are closed before and after the load; a session
    held open elsewhere meanwhile keeps its own connection. Only for demo and test stores.
    """
    today = today or date.today()
    with store.session() as session:
        workers, new_workers = _demo_workers(session, seed, store.worker_name)
        services, new_services = _directory(session, seed)
        writers = _writers(session)
    if worker_passphrase:
        for worker in workers:
            store.add_worker_slot(worker.name, worker_passphrase)
    leads = [(w.id, w.name) for w in workers if w.role == Role.WORKER]
    generator = RowGenerator(seed, today, leads, services)
    totals: dict[type[Base], int] = {}
    done = 0
    try:
        with _fresh_connections(store.engine):
            while done < clients:
                size = min(BATCH_CASES, clients - done)
                for _ in range(size):
                    generator.case()
                rows, to_sign = generator.take()
                with store.session() as session:
                    connection = session.connection()
                    connection.exec_driver_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
                    for model, model_rows in rows.items():
                        writers[model].write(connection, model_rows)
                    rows[PlanVersion] = _sign(session, to_sign, utcnow())
                    writers[PlanVersion].write(connection, rows[PlanVersion])
                for model, model_rows in rows.items():
                    totals[model] = totals.get(model, 0) + len(model_rows)
                done += size
    finally:
        if done or new_workers or new_services:  # whatever was written is on the record
            with store.session() as session:
                audit_chain.append(session, "demo.populate", store.worker_name)
    return DemoSummary(
        workers=new_workers,
        clients=totals.get(Client, 0),
        cases=totals.get(Case, 0),
        goals=totals.get(Goal, 0),
        steps=totals.get(Step, 0),
        notes=totals.get(Note, 0),
        reviews=totals.get(Review, 0),
        plan_versions=totals.get(PlanVersion, 0),
        services=new_services,
    )
