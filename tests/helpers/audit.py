"""A store whose audit trail holds known events: two cases, staff of each role, and locks
at fixed times (synthetic data only)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from shelterplan.core import cases, household, planning
from shelterplan.core.actors import actor_named
from shelterplan.core.client_copy import set_left_off_her_copy
from shelterplan.reports.printing import record_output
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Worker

SUPERVISOR = "Sam Supervisor"
WORKER = "Wendy Worker"
STAFF_PASSPHRASE = "staff test passphrase"
LOCK_TIMES = (
    datetime(2030, 2, 1),
    datetime(2030, 3, 10),
    datetime(2030, 3, 31, 23, 59),
    datetime(2030, 4, 1),
)


def add_staff(store: CaseStore) -> None:
    """A supervisor and a worker, each with a key slot (passphrase STAFF_PASSPHRASE)."""
    with store.session() as session:
        for name, role in ((SUPERVISOR, "supervisor"), (WORKER, "worker")):
            if session.scalar(select(Worker.id).where(Worker.name == name)) is None:
                session.add(Worker(name=name, role=role))
    for name in (SUPERVISOR, WORKER):
        store.add_worker_slot(name, STAFF_PASSPHRASE)


def fill_audit_trail(store: CaseStore) -> dict[str, str]:
    """Known events; returns the case ids ("Zoé", "Begoña") and client ids ("client:…")."""
    ids: dict[str, str] = {}
    with store.session() as session:
        supervisor = actor_named(session, SUPERVISOR)
        worker = actor_named(session, WORKER)
        zoe = cases.open_new_case(
            session, supervisor, cases.NewClient("Zoé Canarybird"), opened_on=date(2030, 1, 5)
        )
        cases.open_case(session, supervisor, zoe.id)
        cases.record_consent(session, supervisor, zoe.id, "sharing", given_on=date(2030, 1, 5))
        planning.start_review(session, supervisor, zoe.id, held_on=date(2030, 1, 6))
        service = planning.add_service(session, "Canary Housing Help")
        planning.refer(session, supervisor, zoe.id, service.id)
        household.add_dependant(session, supervisor, zoe.id, "Lili", age=4)
        goal = planning.add_goal(session, supervisor, zoe.id, "A safe place to live")
        step = planning.add_step(session, supervisor, goal.id, "Call the housing office")
        set_left_off_her_copy(session, supervisor, "step", step.id, True)
        record_output(session, supervisor, zoe.id, "plan.print")

        begona = cases.open_new_case(session, supervisor, cases.NewClient("Begoña Canaryfish"))
        cases.share_case(session, supervisor, begona.id, worker.worker_id)
        cases.open_case(session, worker, begona.id)
        for at in LOCK_TIMES:
            audit_chain.append(session, "lock", WORKER, at=at)
        ids.update(
            {
                "Zoé": zoe.id,
                "client:Zoé": zoe.client_id,
                "Begoña": begona.id,
                "client:Begoña": begona.client_id,
            }
        )
    return ids
