"""Who is doing something, and what her role lets her see.

Roles: a *worker* sees her own caseload and the cases shared with her; a *supervisor*
sees every case (and the audit trail); an *admin* manages accounts, settings and
backups and sees **no case content**. Administrator rights can also be given on top of
the worker or supervisor role (`Worker.is_admin`): a small shelter's coordinator is a
supervisor who administers. These rules are enforced here, in `core/`, whatever the
screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, NotFound
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.models import CaseAssignment, Worker

NO_CASE_CONTENT = QT_TRANSLATE_NOOP(
    "errors", "An administrator's account does not see case content."
)


@dataclass(frozen=True)
class Actor:
    worker_id: str
    name: str
    role: Role
    is_admin: bool = False

    @property
    def administers(self) -> bool:
        """Accounts, settings and backups: the admin role, or administrator rights."""
        return self.is_admin or self.role == Role.ADMIN

    @property
    def sees_all_cases(self) -> bool:
        """Supervisors may list and open every case of the agency."""
        return self.role == Role.SUPERVISOR

    @property
    def sees_case_content(self) -> bool:
        """False for the admin role: accounts and settings, never a client's file."""
        return self.role != Role.ADMIN


def actor_named(session: Session, name: str) -> Actor:
    worker = session.scalar(select(Worker).where(Worker.name == name, Worker.active.is_(True)))
    if worker is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no active worker with that name."))
    return Actor(worker.id, worker.name, Role(worker.role), bool(worker.is_admin))


def may_see_case(session: Session, actor: Actor, case_id: str) -> bool:
    if not actor.sees_case_content:
        return False
    if actor.sees_all_cases:
        return True
    assigned = session.scalar(
        select(CaseAssignment.id).where(
            CaseAssignment.case_id == case_id, CaseAssignment.worker_id == actor.worker_id
        )
    )
    return assigned is not None


def require_case_access(session: Session, actor: Actor, case_id: str) -> None:
    if not actor.sees_case_content:
        raise NotAllowed(NO_CASE_CONTENT)
    if not may_see_case(session, actor, case_id):
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "This case is not assigned to you. Ask a supervisor to share it."
            )
        )


def require_case_content(actor: Actor) -> None:
    """Refuse case work (a new case, an export of case files) to the admin role."""
    if not actor.sees_case_content:
        raise NotAllowed(NO_CASE_CONTENT)
