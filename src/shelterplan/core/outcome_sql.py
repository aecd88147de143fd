"""The SQL behind the outcome figures: a few grouped queries, counted in SQLite.

Every query reads only counts, dates and stored vocabulary values — never a name or a
word a client or worker typed. Which cases count ("the scope") is the same for every
figure: live cases (not soft-deleted) of live clients, of one program when asked, of one
lead worker when asked.

How it stays fast at agency scale (100,000 clients, a million steps), from measurements
on SQLCipher with `cipher_memory_security=ON` (see the benchmark, `bench_outcomes`):

- Each figure reads one small covering index made for it (migration 0006,
  `store/models/plan.py` and friends), never the wide tables: a random row read costs a
  page decryption.
- Memory security makes every allocation that misses SQLite's lookaside pool a pair of
  system calls. So: no sorter over many rows (GROUP BY only in an index's order, or over
  a handful of groups), no window functions (they allocate per row), few groups (a
  group's aggregate context is an allocation: per-bucket counts are conditional sums in
  one group, not one group per day).
- Dates are written into the SQL as literals (`_day`, from `date` objects only, so there
  is nothing to inject): compared with a bound parameter, a DATE column's numeric
  affinity is applied to the parameter on every row, ~15x slower. Names (program,
  worker id) stay bound parameters.
- Joining each row to its case costs a seek into `cases`; when the figures cover every
  case and no case or client is soft-deleted (two tiny partial indexes tell), that join
  is left out (`Scope.everything`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from shelterplan.core.periods import Bucket

Params = dict[str, Any]

# Index names (declared on the models, created by migration 0006).
IX_LEAD = "ix_case_assignments_lead_worker"
IX_OPEN_STEPS = "ix_steps_open_case_due"
IX_GOALS_ACHIEVED = "ix_goals_achieved_domain"
IX_HOUSING = "ix_goals_housing_achieved"
IX_REFERRALS = "ix_referrals_outcomes"
IX_REVIEWS = "ix_reviews_sequence"
IX_PROGRAM = "ix_cases_program"
IX_CASES_DELETED = "ix_cases_deleted"
IX_CLIENTS_DELETED = "ix_clients_deleted"

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _day(value: date) -> str:
    """A date as an SQL literal ('2026-11-23'); refuses anything but a real date."""
    if not isinstance(value, date):
        raise TypeError("a date was expected")
    iso = value.isoformat()[:10]
    if not _ISO_DAY.match(iso):
        raise ValueError(iso)
    return f"'{iso}'"


@dataclass(frozen=True)
class Scope:
    """Which cases count, and the SQL that keeps an item's case in scope."""

    program: str | None
    worker_id: str | None
    everything: bool  # every case counts, and none (nor any client) is soft-deleted

    def params(self) -> Params:
        found: Params = {}
        if self.program is not None:
            found["program"] = self.program
        if self.worker_id is not None:
            found["worker"] = self.worker_id
        return found

    def join(self, case_id: str) -> str:
        """JOIN clauses for an item whose case id is `case_id` (empty for everything)."""
        if self.everything:
            return ""
        clauses = f" CROSS JOIN cases AS c ON c.id = {case_id}"
        if self.worker_id is not None:
            clauses += (
                f" CROSS JOIN case_assignments AS w INDEXED BY {IX_LEAD}"
                f" ON w.worker_id = :worker AND w.case_id = {case_id} AND w.lead = 1"
            )
        return clauses

    def where(self) -> str:
        """WHERE terms (starting with AND) that go with `join`."""
        if self.everything:
            return ""
        terms = (
            " AND c.deleted_at IS NULL AND c.client_id NOT IN "
            f"(SELECT id FROM clients INDEXED BY {IX_CLIENTS_DELETED} "
            "WHERE deleted_at IS NOT NULL)"
        )
        if self.program is not None:
            terms += " AND c.program = :program"
        return terms


def scope(session: Session, program: str | None, worker_id: str | None) -> Scope:
    deleted = session.execute(
        text(
            f"SELECT EXISTS (SELECT 1 FROM cases INDEXED BY {IX_CASES_DELETED} "
            "WHERE deleted_at IS NOT NULL) OR EXISTS (SELECT 1 FROM clients INDEXED BY "
            f"{IX_CLIENTS_DELETED} WHERE deleted_at IS NOT NULL)"
        )
    ).scalar_one()
    everything = program is None and worker_id is None and not deleted
    return Scope(program, worker_id, everything)


def _active(start: date, end: date) -> str:
    return f"c.opened_on <= {_day(end)} AND (c.closed_on IS NULL OR c.closed_on >= {_day(start)})"


def _case_where(s: Scope) -> str:
    """Scope terms for queries that read `cases AS c` themselves."""
    return Scope(s.program, s.worker_id, False).where()


def active_cases_by_lead(
    session: Session, s: Scope, start: date, end: date
) -> list[tuple[str, int]]:
    """(lead worker id, cases open at some time in the period), one row per worker."""
    worker = " AND l.worker_id = :worker" if s.worker_id is not None else ""
    sql = f"""
        SELECT l.worker_id, count(*)
        FROM case_assignments AS l INDEXED BY {IX_LEAD}
        CROSS JOIN cases AS c ON c.id = l.case_id
        WHERE l.lead = 1{worker} AND {_active(start, end)}{_case_where(s)}
        GROUP BY l.worker_id
    """
    return [(row[0], int(row[1])) for row in session.execute(text(sql), s.params())]


def active_cases_total(session: Session, s: Scope, start: date, end: date) -> int:
    """Cases open at some time in the period, each counted once (also those with no
    lead worker)."""
    worker = ""
    if s.worker_id is not None:
        worker = (
            f" AND EXISTS (SELECT 1 FROM case_assignments AS w INDEXED BY {IX_LEAD}"
            " WHERE w.worker_id = :worker AND w.case_id = c.id AND w.lead = 1)"
        )
    sql = f"SELECT count(*) FROM cases AS c WHERE {_active(start, end)}{_case_where(s)}{worker}"
    return int(session.execute(text(sql), s.params()).scalar_one())


def _overdue(start: date, end: date, today: date) -> str:
    last = min(end, today - timedelta(days=1))
    return (
        f"s.status = 'open' AND s.deleted_at IS NULL"
        f" AND s.due_on >= {_day(start)} AND s.due_on <= {_day(last)}"
    )


def overdue_steps_by_lead(
    session: Session, s: Scope, start: date, end: date, today: date
) -> list[tuple[str, int]]:
    """(lead worker id, open steps due in the period and before today, of cases not
    closed), one row per worker."""
    worker = " AND l.worker_id = :worker" if s.worker_id is not None else ""
    if s.everything:
        cases = ""
        closed = " AND l.case_id NOT IN (SELECT id FROM cases WHERE phase = 'closed')"
    else:
        cases = " CROSS JOIN cases AS c ON c.id = l.case_id"
        closed = f" AND c.phase != 'closed'{_case_where(s)}"
    sql = f"""
        SELECT l.worker_id, count(*)
        FROM case_assignments AS l INDEXED BY {IX_LEAD}{cases}
        CROSS JOIN steps AS s INDEXED BY {IX_OPEN_STEPS} ON s.case_id = l.case_id
        WHERE l.lead = 1{worker} AND {_overdue(start, end, today)}{closed}
        GROUP BY l.worker_id
    """
    return [(row[0], int(row[1])) for row in session.execute(text(sql), s.params())]


def overdue_steps_total(session: Session, s: Scope, start: date, end: date, today: date) -> int:
    """The same steps, each counted once (also those of cases with no lead worker)."""
    sql = f"""
        SELECT count(*) FROM steps AS s INDEXED BY {IX_OPEN_STEPS}
        CROSS JOIN cases AS c ON c.id = s.case_id
        WHERE {_overdue(start, end, today)} AND c.phase != 'closed'{_case_where(s)}
    """
    if s.worker_id is not None:
        sql += (
            f" AND EXISTS (SELECT 1 FROM case_assignments AS w INDEXED BY {IX_LEAD}"
            " WHERE w.worker_id = :worker AND w.case_id = c.id AND w.lead = 1)"
        )
    return int(session.execute(text(sql), s.params()).scalar_one())


def _bucket_sums(column: str, cut: Sequence[Bucket], condition: str = "") -> str:
    """One conditional count per bucket: `sum(<column> in bucket [AND condition])`."""
    extra = f" AND ({condition})" if condition else ""
    return ", ".join(
        f"sum({column} >= {_day(b.first)} AND {column} <= {_day(b.last)}{extra})" for b in cut
    )


def goals_achieved(
    session: Session, s: Scope, cut: Sequence[Bucket]
) -> list[tuple[str | None, tuple[int, ...]]]:
    """(domain or None, goals achieved in each bucket), one row per domain."""
    if not cut:
        return []
    first, last = cut[0].first, cut[-1].last
    sql = f"""
        SELECT g.domain, {_bucket_sums("g.achieved_on", cut)}
        FROM goals AS g INDEXED BY {IX_GOALS_ACHIEVED}{s.join("g.case_id")}
        WHERE g.status = 'achieved' AND g.deleted_at IS NULL
          AND g.achieved_on >= {_day(first)} AND g.achieved_on <= {_day(last)}{s.where()}
        GROUP BY g.domain
    """
    return [
        (row[0], tuple(int(v or 0) for v in row[1:]))
        for row in session.execute(text(sql), s.params())
    ]


def days_to_housing(session: Session, s: Scope, start: date, end: date) -> list[tuple[date, int]]:
    """(first housing goal achieved on, days since intake), one row per case whose first
    achieved housing goal falls in the period.

    One row per case housed in the period (a few thousand at most): the medians are
    taken from these in Python, as SQLite has no median.
    """
    case_join = "" if not s.everything else " CROSS JOIN cases AS c ON c.id = g.case_id"
    sql = f"""
        SELECT g.achieved_on, CAST(julianday(g.achieved_on) - julianday(c.opened_on) AS INTEGER)
        FROM goals AS g INDEXED BY {IX_HOUSING}{case_join}{s.join("g.case_id")}
        WHERE g.status = 'achieved' AND g.domain = 'housing' AND g.deleted_at IS NULL
          AND g.achieved_on >= {_day(start)} AND g.achieved_on <= {_day(end)}{s.where()}
          AND NOT EXISTS (
              SELECT 1 FROM goals AS e INDEXED BY {IX_HOUSING}
              WHERE e.case_id = g.case_id AND e.status = 'achieved' AND e.domain = 'housing'
                AND e.deleted_at IS NULL
                AND (e.achieved_on < g.achieved_on
                     OR (e.achieved_on = g.achieved_on AND e.rowid < g.rowid)))
    """
    return [
        (date.fromisoformat(str(row[0])[:10]), int(row[1]))
        for row in session.execute(text(sql), s.params())
    ]


def referral_outcomes(
    session: Session, s: Scope, start: date, end: date
) -> list[tuple[str, str, int]]:
    """(service id, referral status, referrals dated in the period).

    A referral is dated by `made_on`; one only suggested (never made) by the day it was
    written down (`created_at`).
    """
    after_end = _day(end + timedelta(days=1))
    sql = f"""
        SELECT r.service_id, r.status, count(*)
        FROM referrals AS r INDEXED BY {IX_REFERRALS}{s.join("r.case_id")}
        WHERE r.deleted_at IS NULL
          AND ((r.made_on >= {_day(start)} AND r.made_on <= {_day(end)})
               OR (r.made_on IS NULL AND r.created_at >= {_day(start)}
                   AND r.created_at < {after_end})){s.where()}
        GROUP BY r.service_id, r.status
    """
    return [(row[0], row[1], int(row[2])) for row in session.execute(text(sql), s.params())]


REVIEW_OUTCOMES = ("on_time", "late", "not_held", "not_yet_due")


def review_timeliness(
    session: Session, s: Scope, cut: Sequence[Bucket], today: date
) -> list[tuple[int, ...]]:
    """Per bucket of the due date: (on time, late, not held, not yet due).

    See `shelterplan.core.outcomes.ReviewRow` for the definition. The next review of a
    case is the first one held on a later day (one index seek per due date).
    """
    if not cut:
        return []
    first, last = cut[0].first, cut[-1].last
    outcomes = range(len(REVIEW_OUTCOMES))  # 0 on time, 1 late, 2 not held, 3 not yet due
    n = len(cut)
    # Each review's cell (outcome * buckets + bucket) is worked out once; then one integer
    # comparison per sum.
    bucket = " ".join(f"WHEN d.due <= {_day(b.last)} THEN {i}" for i, b in enumerate(cut))
    sums = ", ".join(f"sum(x.cell = {k * n + i})" for k in outcomes for i in range(n))
    closed = "(SELECT k.closed_on FROM cases AS k WHERE k.id = d.case_id)"
    # MATERIALIZED: each review's next review is looked up once, not once per sum.
    sql = f"""
        WITH d AS MATERIALIZED (
            SELECT r.case_id, r.next_review_on AS due, (
                SELECT min(n.held_on) FROM reviews AS n INDEXED BY {IX_REVIEWS}
                WHERE n.case_id = r.case_id AND n.held_on > r.held_on AND n.deleted_at IS NULL
            ) AS next_held
            FROM reviews AS r INDEXED BY {IX_REVIEWS}{s.join("r.case_id")}
            WHERE r.deleted_at IS NULL
              AND r.next_review_on >= {_day(first)} AND r.next_review_on <= {_day(last)}{s.where()}
        ), x AS MATERIALIZED (
            SELECT CASE
                WHEN d.next_held IS NULL AND d.due < {_day(today)} THEN 2
                WHEN d.next_held IS NULL THEN 3
                WHEN d.next_held <= d.due THEN 0
                ELSE 1 END * {n} + CASE {bucket} END AS cell
            FROM d
            WHERE NOT (d.next_held IS NULL AND coalesce({closed} <= d.due, 0))
        )
        SELECT {sums} FROM x
    """
    row = session.execute(text(sql), s.params()).one()
    values = [int(v or 0) for v in row]
    return [tuple(values[k * n + i] for k in outcomes) for i in range(n)]


def names_of(session: Session, table: str, ids: Sequence[str]) -> dict[str, str]:
    """id -> name for workers or services (staff names and the agency's directory)."""
    if table not in ("workers", "services"):
        raise ValueError(table)
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    marks = ", ".join(f":id{n}" for n in range(len(wanted)))
    params = {f"id{n}": value for n, value in enumerate(wanted)}
    rows = session.execute(text(f"SELECT id, name FROM {table} WHERE id IN ({marks})"), params)
    return {row[0]: row[1] for row in rows}


def service_domains(session: Session, ids: Sequence[str]) -> dict[str, str | None]:
    """id -> the service's domain (a stored vocabulary value), for grouping by domain."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    marks = ", ".join(f":id{n}" for n in range(len(wanted)))
    params = {f"id{n}": value for n, value in enumerate(wanted)}
    rows = session.execute(text(f"SELECT id, domain FROM services WHERE id IN ({marks})"), params)
    return {row[0]: row[1] for row in rows}


def program_names(session: Session) -> list[str]:
    """The programs live cases belong to (agency program names, for the filter)."""
    sql = (
        f"SELECT DISTINCT program FROM cases INDEXED BY {IX_PROGRAM} "
        "WHERE program IS NOT NULL AND deleted_at IS NULL ORDER BY program"
    )
    return [row[0] for row in session.execute(text(sql))]


def lead_workers(session: Session) -> list[tuple[str, str]]:
    """(id, name) of active workers and supervisors, for the worker filter."""
    sql = "SELECT id, name FROM workers WHERE active = 1 AND role != 'admin' ORDER BY name, id"
    return [(row[0], row[1]) for row in session.execute(text(sql))]


def goal_records(
    session: Session, s: Scope, start: date, end: date
) -> list[tuple[str, str, str | None, str | None, str | None, str, str | None]]:
    """One row per live goal of the cases open in the period (the funder export's
    record-level rows, only when asked for):
    (case id, case opened_on, case closed_on, goal kind, goal domain, goal status,
    goal achieved_on). Ids are for grouping only; callers never write them out."""
    worker = ""
    if s.worker_id is not None:
        worker = (
            f" AND EXISTS (SELECT 1 FROM case_assignments AS w INDEXED BY {IX_LEAD}"
            " WHERE w.worker_id = :worker AND w.case_id = c.id AND w.lead = 1)"
        )
    sql = f"""
        SELECT c.id, c.opened_on, c.closed_on, g.kind, g.domain, g.status, g.achieved_on
        FROM cases AS c JOIN goals AS g ON g.case_id = c.id AND g.deleted_at IS NULL
        WHERE {_active(start, end)}{_case_where(s)}{worker}
    """
    return [tuple(row) for row in session.execute(text(sql), s.params())]  # type: ignore[misc]
