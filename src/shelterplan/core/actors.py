"""Who is doing something, and what her role lets her see."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, NotFound
from shelterplan.store.models import CaseAssignment, Worker


@dataclass(frozen=True)
class Actor:
    worker_id: str
    name: str
    role: Role

    @property
    def sees_all_cases(self) -> bool:
        """Supervisors and admins may list and open every case of the agency."""
        return self.role in (Role.SUPERVISOR, Role.ADMIN)


def actor_named(session: Session, name: str) -> Actor:
    worker = session.scalar(select(Worker).where(Worker.name == name, Worker.active.is_(True)))
    if worker is None:
        raise NotFound("There is no active worker with that name.")
    return Actor(worker.id, worker.name, Role(worker.role))


def may_see_case(session: Session, actor: Actor, case_id: str) -> bool:
    if actor.sees_all_cases:
        return True
    assigned = session.scalar(
        select(CaseAssignment.id).where(
            CaseAssignment.case_id == case_id, CaseAssignment.worker_id == actor.worker_id
        )
    )
    return assigned is not None


def require_case_access(session: Session, actor: Actor, case_id: str) -> None:
    if not may_see_case(session, actor, case_id):
        raise NotAllowed("This case is not assigned to you. Ask a supervisor to share it.")
