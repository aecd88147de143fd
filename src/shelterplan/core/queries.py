"""The app's own read queries: caseload pages, search-as-you-type, deadlines and Today.

They return small frozen rows, so a view never holds ORM objects (or a session) across
the worker's think-time. The benchmark times exactly these functions.

A caseload page is read in two steps: first only the case ids of the page, ordered by
the sort key (so the costly per-case figures are not computed for every case in
scope), then the figures of just those cases. Sorting by name walks the name index
and stops after the page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, false, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from shelterplan.core.actors import Actor
from shelterplan.core.vocab import Phase, Role, StepStatus
from shelterplan.store.fts import match_expression
from shelterplan.store.models import Case, CaseAssignment, Client, Step, Worker


def may_see_all(actor: Actor) -> bool:
    """Supervisors may list every case of the agency; workers may not, and the admin
    role sees no case at all (`Actor.sees_case_content`)."""
    return actor.sees_all_cases


# Above this many cases, a worker's list is read by walking an index in the order shown
# and checking each case is hers (stops after a page); at or below it, her cases are
# gathered first and sorted (cost follows her caseload, not the agency's size).
LARGE_CASELOAD = 1000


def _assigned(worker_id: str, walking: bool) -> ColumnElement[bool]:
    """The case is one of this worker's: IN drives the query from her assignments,
    EXISTS checks each case met while walking another index."""
    if walking:
        return exists().where(
            CaseAssignment.case_id == Case.id, CaseAssignment.worker_id == worker_id
        )
    return Case.id.in_(select(CaseAssignment.case_id).where(CaseAssignment.worker_id == worker_id))


def _walks(session: Session, *worker_ids: str | None) -> bool:
    """Walk an ordered index (True) unless some worker's caseload narrows it enough."""
    count = select(func.count()).select_from(CaseAssignment)
    sizes = [
        session.scalar(count.where(CaseAssignment.worker_id == w)) or 0 for w in worker_ids if w
    ]
    return not sizes or min(sizes) > LARGE_CASELOAD


def _unindexed(column: Any) -> Any:
    """`+column`: the same value, but SQLite will not pick an index for this term."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


# --- the caseload -------------------------------------------------------------------


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


@dataclass(frozen=True)
class WorkerChoice:
    worker_id: str
    name: str


SORT_KEYS = ("name", "phase", "next_due", "overdue", "last_contact", "worker")

# FTS5 keeps the indexed rows in this shadow table (`<table>_content`, columns c0.. in
# the order declared in store.fts: body, ref_id, case_id, kind). Reading ref_id/case_id
# here by rowid is ~6x faster than through the virtual table, which loads each row's
# body first. tests/core/test_queries.py breaks loudly if store.fts changes shape.
_SEARCH_HITS = (
    "SELECT coalesce(s.c2, c.id) FROM search_index_content AS s "
    "LEFT JOIN cases AS c ON s.c3 = 'client' AND c.client_id = s.c1 "
    "WHERE s.id IN (SELECT rowid FROM search_index WHERE search_index MATCH :match)"
)


def phase_choices() -> tuple[Phase, ...]:
    """Phases in the order a case moves through them (for filters and sorting)."""
    return tuple(Phase)


def worker_choices(session: Session) -> list[WorkerChoice]:
    """Active workers who hold cases (not the admin role), for the supervisor's filter."""
    rows = session.execute(
        select(Worker.id, Worker.name)
        .where(Worker.active.is_(True), Worker.role != Role.ADMIN.value)
        .order_by(Worker.name)
    ).all()
    return [WorkerChoice(row[0], row[1]) for row in rows]


def _open_steps_of_case() -> ColumnElement[bool]:
    return and_(Step.case_id == Case.id, Step.status == StepStatus.OPEN, Step.deleted_at.is_(None))


def _sort_key(sort: str, today: date) -> Any:
    """The value a page is ordered by; per-case figures are correlated subqueries."""
    if sort == "name":
        return Client.preferred_name
    if sort == "phase":  # the case's life cycle, the same in every screen language
        return case({phase.value: index for index, phase in enumerate(Phase)}, value=Case.phase)
    if sort == "next_due":
        return select(func.min(Step.due_on)).where(_open_steps_of_case()).scalar_subquery()
    if sort == "overdue":
        overdue = and_(_open_steps_of_case(), Step.due_on < today)
        return select(func.count(Step.id)).where(overdue).scalar_subquery()
    if sort == "last_contact":
        return Case.last_contact_on
    if sort == "worker":  # the lead worker
        return (
            select(func.min(Worker.name))
            .join(CaseAssignment, CaseAssignment.worker_id == Worker.id)
            .where(CaseAssignment.case_id == Case.id, CaseAssignment.lead.is_(True))
            .scalar_subquery()
        )
    raise ValueError(f"unknown sort key {sort!r}")


def _caseload_scope(
    actor: Actor, filters: CaseloadFilter, today: date, walking_names: bool = False
) -> Select[Any]:
    """The cases this actor asked to see, filtered; selects nothing yet.

    `walking_names` makes SQLite read clients in name order (ix_clients_preferred_name)
    and stop after the page, instead of gathering every case in scope to sort it.
    """
    join_on = Client.id == Case.client_id
    if walking_names:
        join_on = _unindexed(Client.id) == Case.client_id
    query = (
        select()
        .select_from(Case)
        .join(Client, join_on)
        .where(Case.deleted_at.is_(None), Client.deleted_at.is_(None))
    )
    if not actor.sees_case_content:
        query = query.where(false())
    if not (filters.all_cases and may_see_all(actor)):
        query = query.where(_assigned(actor.worker_id, walking_names))
    if filters.worker_id:
        query = query.where(_assigned(filters.worker_id, walking_names))
    if filters.phase:
        query = query.where(Case.phase == filters.phase)
    if filters.overdue_only:
        # EXISTS stops at the first overdue step (index steps(case_id, status, due_on)).
        query = query.where(exists().where(_open_steps_of_case(), Step.due_on < today))
    match = match_expression(filters.search or "")
    if match:
        query = query.where(Case.id.in_(text(_SEARCH_HITS).bindparams(match=match)))
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
    """One page of the caseload, in a stable order (ties broken by name, then case id)."""
    key = _sort_key(sort, today)
    if sort == "name":
        order = [key.desc(), Case.id.desc()] if descending else [key.asc(), Case.id.asc()]
    else:
        first = key.desc().nulls_last() if descending else key.asc().nulls_last()
        order = [first, Client.preferred_name.asc(), Case.id.asc()]
    walking = (
        sort == "name"
        and not match_expression(filters.search or "")
        and _walks(
            session,
            None if filters.all_cases and may_see_all(actor) else actor.worker_id,
            filters.worker_id,
        )
    )
    page = session.execute(
        _caseload_scope(actor, filters, today, walking)
        .add_columns(Case.id, Client.preferred_name, Case.phase, Case.last_contact_on)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    ).all()
    if not page:
        return []
    ids = [row[0] for row in page]
    steps: dict[str, list[tuple[date | None, int, str, str]]] = defaultdict(list)
    for case_id, due_on, position, step_id, action in session.execute(
        select(Step.case_id, Step.due_on, Step.position, Step.id, Step.action).where(
            Step.case_id.in_(ids), Step.status == StepStatus.OPEN, Step.deleted_at.is_(None)
        )
    ):
        steps[case_id].append((due_on, position, step_id, action))
    leads = dict(
        session.execute(
            select(CaseAssignment.case_id, func.min(Worker.name))
            .join(Worker, Worker.id == CaseAssignment.worker_id)
            .where(CaseAssignment.case_id.in_(ids), CaseAssignment.lead.is_(True))
            .group_by(CaseAssignment.case_id)
        ).all()
    )
    rows = []
    for case_id, name, phase, last_contact_on in page:
        open_steps = sorted(steps[case_id], key=lambda s: (s[0] is None, s[0] or date.min, s[1:]))
        first_step = open_steps[0] if open_steps else None
        rows.append(
            CaseloadRow(
                case_id=case_id,
                client_name=name,
                phase=phase,
                next_step=first_step[3] if first_step else None,
                next_due_on=first_step[0] if first_step else None,
                overdue_count=sum(1 for s in open_steps if s[0] is not None and s[0] < today),
                last_contact_on=last_contact_on,
                worker_name=leads.get(case_id),
            )
        )
    return rows


def caseload_count(session: Session, actor: Actor, filters: CaseloadFilter, today: date) -> int:
    """How many cases the filters match. Costs one look at every case in scope: the UI
    asks for it after the first page is on screen."""
    query = _caseload_scope(actor, filters, today).add_columns(Case.id).subquery()
    return int(session.scalar(select(func.count()).select_from(query)) or 0)


# --- deadlines (the desk summary and the benchmark) ---------------------------------


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
    """Open steps overdue or due within `days_ahead`, most overdue first.

    A supervisor's summary covers every case (`Actor.sees_all_cases`), as before; the
    admin role sees none.
    """
    if not actor.sees_case_content:
        return []
    horizon = today + timedelta(days=days_ahead)
    mine = None if actor.sees_all_cases else actor.worker_id
    walking = _walks(session, mine)
    if walking:
        when, status = [Step.due_on <= horizon], None
    else:
        # A small caseload: start from her cases (ix_steps_case_status_due), never from
        # the agency-wide due-date index, which holds every open step of every case.
        when = [_unindexed(Step.due_on) <= horizon]
        status = _unindexed(Step.status) == StepStatus.OPEN
    query = _agenda_steps(mine, walking, when, status).order_by(Step.due_on, Step.id).limit(limit)
    return [
        DeadlineRow(r[1], r[0], r[2], r[3], r[4], r[5], r[4] is not None and r[4] < today)
        for r in session.execute(query).all()
    ]


# --- Today --------------------------------------------------------------------------


class Section(StrEnum):
    """Today's sections, in the order they are shown."""

    OVERDUE = "overdue"
    APPOINTMENTS_TODAY = "appointments_today"
    DUE_THIS_WEEK = "due_this_week"
    APPOINTMENTS_THIS_WEEK = "appointments_this_week"
    REVIEWS_DUE = "reviews_due"


@dataclass(frozen=True)
class AgendaEntry:
    """One line of Today: a step (or, for a review, the case) to open."""

    section: Section
    case_id: str
    step_id: str | None  # None for a review
    client_name: str
    text: str | None  # the step's action; None for a review
    due_on: date | None  # the step's due date, or the review date
    appointment_at: datetime | None
    place: str | None


@dataclass(frozen=True)
class TodayAgenda:
    today: date
    entries: tuple[AgendaEntry, ...]
    cut_short: frozenset[Section]  # sections that hold only their first `limit` lines

    def section(self, section: Section) -> list[AgendaEntry]:
        return [entry for entry in self.entries if entry.section == section]


WEEK_DAYS = 7


def today_agenda(
    session: Session, actor: Actor, today: date, all_cases: bool = False, limit: int = 200
) -> TodayAgenda:
    """What needs her today: overdue steps, appointments, steps due and reviews due.

    A step appears once: under its appointment when it has one today or this week
    (the appointment is what she acts on), else as overdue or due this week. "This
    week" is the next seven days. Closed cases are left out. Each section holds at most
    `limit` lines, most urgent first. Her own cases only, unless a supervisor asks for
    `all_cases`; nothing for the admin role.
    """
    if not actor.sees_case_content:
        return TodayAgenda(today, (), frozenset())
    horizon = today + timedelta(days=WEEK_DAYS)
    mine = None if all_cases and may_see_all(actor) else actor.worker_id
    walking = _walks(session, mine)
    start, end = datetime.combine(today, time()), datetime.combine(horizon, time()) + timedelta(1)
    # No index holds appointment times: when walking, read the steps table in one pass
    # (~5x faster than the status index plus a row lookup per open step).
    status = _unindexed(Step.status) == StepStatus.OPEN if walking else None
    when = [Step.appointment_at >= start, Step.appointment_at < end]
    query = _agenda_steps(mine, walking, when, status)
    appointments = _fetch(session, query, Step.appointment_at, 2 * limit)
    placed = {row[1] for row in appointments}
    more = limit + len(placed)
    overdue = _fetch(
        session, _agenda_steps(mine, walking, [Step.due_on < today]), Step.due_on, more
    )
    when = [Step.due_on >= today, Step.due_on <= horizon]
    due = _fetch(session, _agenda_steps(mine, walking, when), Step.due_on, more)
    tomorrow = datetime.combine(today + timedelta(1), time())
    entries: list[AgendaEntry] = []
    cut_short: set[Section] = set()
    for section, rows, overflow in (
        (Section.OVERDUE, [r for r in overdue if r[1] not in placed], False),
        (Section.APPOINTMENTS_TODAY, [r for r in appointments if r[5] < tomorrow], False),
        (Section.DUE_THIS_WEEK, [r for r in due if r[1] not in placed], False),
        (
            Section.APPOINTMENTS_THIS_WEEK,
            [r for r in appointments if r[5] >= tomorrow],
            len(appointments) > 2 * limit,  # the ones not read are all later
        ),
    ):
        if overflow or len(rows) > limit:
            cut_short.add(section)
        entries.extend(AgendaEntry(section, *row) for row in rows[:limit])
    reviews = _reviews_due(session, mine, walking, horizon, limit)
    if len(reviews) > limit:
        cut_short.add(Section.REVIEWS_DUE)
    entries.extend(
        AgendaEntry(Section.REVIEWS_DUE, case_id, None, name, None, review_on, None, None)
        for case_id, name, review_on in reviews[:limit]
    )
    return TodayAgenda(today, tuple(entries), frozenset(cut_short))


def _agenda_steps(
    worker_id: str | None,
    walking: bool,
    when: list[ColumnElement[bool]],
    status: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """Open steps of live, not closed cases (of `worker_id`, or of everyone if None)."""
    query = (
        select(
            Step.case_id,
            Step.id,
            Client.preferred_name,
            Step.action,
            Step.due_on,
            Step.appointment_at,
            Step.appointment_place,
        )
        .join(Case, Case.id == Step.case_id)
        .join(Client, Client.id == Case.client_id)
        .where(
            Step.status == StepStatus.OPEN if status is None else status,
            *when,
            Step.deleted_at.is_(None),
            Case.deleted_at.is_(None),
            Case.phase != Phase.CLOSED,
            Client.deleted_at.is_(None),
        )
    )
    if worker_id:
        query = query.where(_assigned(worker_id, walking))
    return query


def _fetch(session: Session, query: Select[Any], by: Any, limit: int) -> list[Any]:
    """The first `limit` + 1 lines by `by` (one more tells that a section was cut short)."""
    ordered = query.order_by(by, Client.preferred_name, Step.position, Step.id)
    return list(session.execute(ordered.limit(limit + 1)).all())


def _reviews_due(
    session: Session, worker_id: str | None, walking: bool, horizon: date, limit: int
) -> list[Any]:
    query = (
        select(Case.id, Client.preferred_name, Case.next_review_on)
        .join(Client, Client.id == Case.client_id)
        .where(
            Case.next_review_on <= horizon,
            Case.phase != Phase.CLOSED,
            Case.deleted_at.is_(None),
            Client.deleted_at.is_(None),
        )
        .order_by(Case.next_review_on, Client.preferred_name, Case.id)
        .limit(limit + 1)
    )
    if worker_id:
        query = query.where(_assigned(worker_id, walking))
    return list(session.execute(query).all())
