"""The app's own read queries: caseload pages, search-as-you-type and deadlines.

They return small frozen rows, so a view never holds ORM objects (or a session) across
the worker's think-time. The benchmark times exactly these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, select, text
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.vocab import StepStatus
from shelterplan.store.fts import match_expression
from shelterplan.store.models import Case, CaseAssignment, Client, Step, Worker


@dataclass(frozen=True)
class CaseloadRow:
    case_id: str
    client_name: str
    phase: str
    next_step: str | None
    next_due_on: date | None
    overdue_count: int
    last_contact_on: date | None
    worker_name: str | None


@dataclass(frozen=True)
class CaseloadFilter:
    all_cases: bool = False
    phase: str | None = None
    worker_id: str | None = None
    overdue_only: bool = False
    search: str | None = None


SORT_KEYS = ("name", "phase", "next_due", "overdue", "last_contact", "worker")


def _matching_case_ids(typed: str) -> Any:
    """Cases whose client's names or notes match what was typed (FTS5 prefix search)."""
    return text(
        "SELECT coalesce(s.case_id, c.id) AS case_id FROM search_index AS s "
        "LEFT JOIN cases AS c ON s.kind = 'client' AND c.client_id = s.ref_id "
        "WHERE search_index MATCH :match"
    ).bindparams(match=match_expression(typed) or '""')


def _caseload_select(actor: Actor, filters: CaseloadFilter, today: date) -> Select[Any]:
    open_step = and_(
        Step.case_id == Case.id, Step.status == StepStatus.OPEN, Step.deleted_at.is_(None)
    )
    next_step = (
        select(Step.action).where(open_step).order_by(Step.due_on.is_(None), Step.due_on).limit(1)
    ).scalar_subquery()
    next_due = select(func.min(Step.due_on)).where(open_step).scalar_subquery()
    overdue = select(func.count(Step.id)).where(open_step, Step.due_on < today).scalar_subquery()
    lead = (
        select(Worker.name)
        .join(CaseAssignment, CaseAssignment.worker_id == Worker.id)
        .where(CaseAssignment.case_id == Case.id, CaseAssignment.lead.is_(True))
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(
            Case.id,
            Client.preferred_name,
            Case.phase,
            next_step.label("next_step"),
            next_due.label("next_due"),
            overdue.label("overdue"),
            Case.last_contact_on,
            lead.label("worker"),
        )
        .join(Client, Client.id == Case.client_id)
        .where(Case.deleted_at.is_(None), Client.deleted_at.is_(None))
    )
    if not (filters.all_cases and actor.sees_all_cases):
        mine = select(CaseAssignment.case_id).where(CaseAssignment.worker_id == actor.worker_id)
        query = query.where(Case.id.in_(mine))
    if filters.worker_id:
        theirs = select(CaseAssignment.case_id).where(CaseAssignment.worker_id == filters.worker_id)
        query = query.where(Case.id.in_(theirs))
    if filters.phase:
        query = query.where(Case.phase == filters.phase)
    if filters.overdue_only:
        query = query.where(overdue > 0)
    if filters.search and match_expression(filters.search):
        query = query.where(Case.id.in_(_matching_case_ids(filters.search)))
    return query


def caseload_page(
    session: Session,
    actor: Actor,
    filters: CaseloadFilter,
    today: date,
    offset: int = 0,
    limit: int = 100,
    sort: str = "name",
    descending: bool = False,
) -> list[CaseloadRow]:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    query = _caseload_select(actor, filters, today).subquery()
    column = {
        "name": query.c.preferred_name,
        "phase": query.c.phase,
        "next_due": query.c.next_due,
        "overdue": query.c.overdue,
        "last_contact": query.c.last_contact_on,
        "worker": query.c.worker,
    }[sort]
    order = column.desc() if descending else column.asc()
    rows = session.execute(
        select(query).order_by(order, query.c.id).offset(offset).limit(limit)
    ).all()
    return [CaseloadRow(*row) for row in rows]


def caseload_count(session: Session, actor: Actor, filters: CaseloadFilter, today: date) -> int:
    query = _caseload_select(actor, filters, today).subquery()
    return int(session.scalar(select(func.count()).select_from(query)) or 0)


@dataclass(frozen=True)
class DeadlineRow:
    step_id: str
    case_id: str
    client_name: str
    action: str
    due_on: date | None
    appointment_at: Any
    overdue: bool


def deadlines(
    session: Session, actor: Actor, today: date, days_ahead: int = 7, limit: int = 500
) -> list[DeadlineRow]:
    """Open steps overdue or due within `days_ahead`, and appointments in that window."""
    horizon = today + timedelta(days=days_ahead)
    query = (
        select(
            Step.id,
            Step.case_id,
            Client.preferred_name,
            Step.action,
            Step.due_on,
            Step.appointment_at,
        )
        .join(Case, Case.id == Step.case_id)
        .join(Client, Client.id == Case.client_id)
        .where(
            Step.status == StepStatus.OPEN,
            Step.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Step.due_on <= horizon,
        )
        .order_by(Step.due_on, Step.id)
        .limit(limit)
    )
    if not actor.sees_all_cases:
        mine = select(CaseAssignment.case_id).where(CaseAssignment.worker_id == actor.worker_id)
        query = query.where(Step.case_id.in_(mine))
    return [
        DeadlineRow(r[0], r[1], r[2], r[3], r[4], r[5], r[4] is not None and r[4] < today)
        for r in session.execute(query).all()
    ]
