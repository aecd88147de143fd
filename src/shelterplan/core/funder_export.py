"""The de-identified export for funders: aggregate figures only, small counts hidden.

What it holds (format: docs/funder-export.md): for a period, the number of cases open in
it and of overdue steps; goals achieved by domain and month (or quarter); the median
days from intake to a housing goal achieved; referral outcomes by the *domain* of the
service; reviews held on time. Definitions are those of `shelterplan.core.outcomes`.

What it never holds: a name (not of a client, not of a worker, not of a service or a
program — those are typed text, and a small service or program can point at a person),
a word anyone typed, a record id, or a count from 1 to 4. Counts are protected with
`shelterplan.core.suppression` (primary and complementary suppression against every
total the file shows). Every vocabulary value written passes an allow-list of the
stored identifiers, so even a value that should never hold free text cannot carry any.

Record-level rows (one row per goal: domain, kind, status, months) are added only when
asked for (`per_case=True`), with a warning in the file: they are not suppressed, so
whoever receives them must treat them as sensitive. They hold months, not days, and a
case number that is only a row counter of this file.

Every export is written to the audit trail ("funder.export"; record type "per_case"
when the rows are included) in the same transaction that produces it.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from shelterplan import __version__
from shelterplan.core import outcome_sql
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.outcomes import (
    REFERRAL_STATUSES,
    OutcomeFigures,
    OutcomeFilter,
    outcome_figures,
    require_outcomes,
)
from shelterplan.core.periods import Granularity, default_granularity
from shelterplan.core.suppression import HIDDEN, SMALLEST_SHOWN, protect, protect_single, shown
from shelterplan.core.vocab import Domain, GoalKind, GoalStatus
from shelterplan.store import audit_chain
from shelterplan.store.atomic import write_atomic
from shelterplan.store.casestore import CaseStore

AUDIT_ACTION = "funder.export"
BOM = "\ufeff"
FORMAT = "shelterplan-funder-export"
FORMAT_VERSION = 1
UNSPECIFIED = "unspecified"
OTHER = "other"

_DOMAINS = frozenset(d.value for d in Domain)
_KINDS = frozenset(k.value for k in GoalKind)
_GOAL_STATUSES = frozenset(s.value for s in GoalStatus)

PER_CASE_WARNING = (
    "WARNING: the record_level section holds one row per goal. These rows are NOT "
    "protected by small-count suppression: combined with other knowledge they could "
    "point at a person. Share them only under your agreement with the funder, keep "
    "them encrypted, and delete them when done."
)


def _vocab(value: str | None, allowed: frozenset[str]) -> str:
    """A stored vocabulary value, or a neutral word: never anything typed."""
    if not value:
        return UNSPECIFIED
    return value if value in allowed else OTHER


def _month(value: str | date | None) -> str:
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    return text[:7] if len(text) >= 7 and text[4] == "-" else ""


@dataclass(frozen=True)
class Section:
    """One titled table of the file."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str | None = None


@dataclass(frozen=True)
class FunderExport:
    sections: tuple[Section, ...]
    hidden: int  # values hidden by suppression, all sections together
    record_rows: int  # 0 unless record-level rows were asked for

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for index, section in enumerate(self.sections):
            if index:
                writer.writerow([])
            writer.writerow([f"[{section.name}]"])
            if section.note:
                writer.writerow([section.note])
            writer.writerow(section.header)
            writer.writerows(section.rows)
        return out.getvalue()

    def csv_bytes(self) -> bytes:
        """UTF-8 with a byte-order mark, so that Excel reads the accents right."""
        return (BOM + self.csv_text()).encode("utf-8")


def _table(
    name: str,
    first: str,
    labels: list[str],
    columns: list[str],
    cells: list[list[int]],
    note: str | None = None,
) -> tuple[Section, int]:
    """A count table with row and column totals, protected against them."""
    if not labels:
        return Section(name, (first, *columns, "total"), (), note), 0
    safe = protect(cells, row_totals=True, column_totals=True)
    assert safe.row_totals is not None and safe.column_totals is not None
    rows = [
        (label, *(shown(v) for v in values), shown(total))
        for label, values, total in zip(labels, safe.cells, safe.row_totals, strict=True)
    ]
    rows.append(("total", *(shown(v) for v in safe.column_totals), shown(safe.grand_total)))
    return Section(name, (first, *columns, "total"), tuple(rows), note), safe.hidden_count


def _about(f: OutcomeFilter, today: date, per_case: bool) -> Section:
    rows = [
        ("format", FORMAT),
        ("format_version", str(FORMAT_VERSION)),
        ("made_by", f"shelterplan {__version__}"),
        ("made_on", today.isoformat()),
        ("period_start", f.start.isoformat()),
        ("period_end", f.end.isoformat()),
        ("grouped_by", f.granularity.value),
        (
            "suppression",
            f"counts from 1 to {SMALLEST_SHOWN - 1} are hidden, and so are enough other "
            "counts that none can be worked out from a total",
        ),
        ("hidden_marker", HIDDEN),
        ("record_level_rows", "included" if per_case else "not included"),
    ]
    return Section("about", ("item", "value"), tuple(rows))


def _housing(figures: OutcomeFigures) -> tuple[Section, int]:
    keys = [bucket.key for bucket in figures.buckets]
    medians = figures.housing.by_bucket
    counts = [[m.cases] for m in medians]
    if not keys:
        return Section("days_intake_to_housing", ("period", "cases", "median_days"), ()), 0
    safe = protect(counts, column_totals=True)
    assert safe.column_totals is not None

    def median(cases: int, days: float | None) -> str:
        # A median of fewer than SMALLEST_SHOWN cases is one of those few cases' own days.
        if days is None or cases < SMALLEST_SHOWN:
            return HIDDEN if cases else ""
        return f"{days:g}"

    rows = [
        (key, shown(count[0]), median(m.cases, m.days))
        for key, count, m in zip(keys, safe.cells, medians, strict=True)
    ]
    overall = figures.housing.overall
    rows.append(("total", shown(safe.column_totals[0]), median(overall.cases, overall.days)))
    note = (
        "Per case: days from intake to the first housing goal achieved; a case counts in the "
        "month or quarter of that first date. Medians of fewer than "
        f"{SMALLEST_SHOWN} cases are hidden."
    )
    section = Section(
        "days_intake_to_housing", ("period", "cases", "median_days"), tuple(rows), note
    )
    return section, safe.hidden_count


def _referrals_by_domain(session: Session, figures: OutcomeFigures) -> tuple[Section, int]:
    domains = outcome_sql.service_domains(session, [s.service_id for s in figures.referrals])
    by_domain: dict[str, list[int]] = defaultdict(lambda: [0] * len(REFERRAL_STATUSES))
    for service in figures.referrals:
        domain = _vocab(domains.get(service.service_id), _DOMAINS)
        for index, count in enumerate(service.counts):
            by_domain[domain][index] += count
    order = {d.value: i for i, d in enumerate(Domain)}
    labels = sorted(by_domain, key=lambda d: (order.get(d, 99), d))
    return _table(
        "referral_outcomes_by_service_domain",
        "service_domain",
        labels,
        list(REFERRAL_STATUSES),
        [by_domain[d] for d in labels],
        "Referrals dated in the period, by their status today, grouped by the domain of "
        "the service (services are not named).",
    )


def _records(session: Session, f: OutcomeFilter, today: date) -> Section:
    scope = outcome_sql.scope(session, None, None)
    rows = outcome_sql.goal_records(session, scope, f.start, f.end)
    cases: dict[str, tuple[str, str]] = {}
    goals: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for case_id, opened, closed, kind, domain, status, achieved in rows:
        cases[case_id] = (_month(opened), _month(closed))
        goals[case_id].append(
            (
                _vocab(kind, _KINDS),
                _vocab(domain, _DOMAINS),
                _vocab(status, _GOAL_STATUSES),
                _month(achieved),
            )
        )
    # Rows in an order that says nothing about ids or when rows were written.
    ordered = sorted(cases, key=lambda c: (cases[c], sorted(goals[c]), c))
    out: list[tuple[str, ...]] = []
    for number, case_id in enumerate(ordered, start=1):
        for goal in sorted(goals[case_id]):
            out.append((str(number), *cases[case_id], *goal))
    header = (
        "case_number",
        "case_opened_month",
        "case_closed_month",
        "goal_kind",
        "goal_domain",
        "goal_status",
        "goal_achieved_month",
    )
    return Section("record_level", header, tuple(out), PER_CASE_WARNING)


def funder_export(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    today: date,
    per_case: bool = False,
    granularity: Granularity | None = None,
) -> FunderExport:
    """The export's tables for the whole agency over [start, end] (no audit entry)."""
    require_outcomes(actor)
    f = OutcomeFilter(start, end, granularity=granularity or default_granularity(start, end))
    figures = outcome_figures(session, actor, f, today)
    keys = [bucket.key for bucket in figures.buckets]
    hidden = 0
    scope = outcome_sql.scope(session, None, None)
    active = figures.active_cases_total
    overdue = outcome_sql.overdue_steps_total(session, scope, start, end, today)
    summary_values = [protect_single(active), protect_single(overdue)]
    hidden += sum(value is None for value in summary_values)
    summary = Section(
        "summary",
        ("figure", "value"),
        (
            ("cases_open_in_period", shown(summary_values[0])),
            ("overdue_steps_due_in_period", shown(summary_values[1])),
        ),
    )
    goal_labels = [_vocab(series.domain, _DOMAINS) for series in figures.goals_achieved]
    merged: dict[str, list[int]] = {}
    for label, series in zip(goal_labels, figures.goals_achieved, strict=True):
        row = merged.setdefault(label, [0] * len(keys))
        for index, count in enumerate(series.counts):
            row[index] += count
    goals, n = _table(
        "goals_achieved_by_domain", "domain", list(merged), keys, list(merged.values())
    )
    hidden += n
    housing, n = _housing(figures)
    hidden += n
    referrals, n = _referrals_by_domain(session, figures)
    hidden += n
    review_rows = [[r.on_time, r.late, r.not_held, r.not_yet_due] for r in figures.reviews]
    reviews, n = _table(
        "reviews_by_due_date",
        "period",
        keys,
        ["held_on_time", "held_late", "not_held", "not_yet_due"],
        review_rows,
        "A review is due on the date the review before it set; on time when the next "
        "review was held on or before that date.",
    )
    hidden += n
    sections = [_about(f, today, per_case), summary, goals, housing, referrals, reviews]
    records = 0
    if per_case:
        record_section = _records(session, f, today)
        records = len(record_section.rows)
        sections.append(record_section)
    return FunderExport(tuple(sections), hidden, records)


def write_funder_export(
    store: CaseStore,
    worker_name: str,
    path: Path,
    start: date,
    end: date,
    today: date | None = None,
    per_case: bool = False,
) -> FunderExport:
    """Compute, record in the audit trail, and write the file atomically.

    The audit entry and the file go together: if the file cannot be written, the
    transaction (and its entry) is rolled back; if the entry cannot be committed, the
    file is removed again.
    """
    today = today or date.today()
    written = False
    try:
        with store.session() as session:
            actor = actor_named(session, worker_name)
            export = funder_export(session, actor, start, end, today, per_case)
            audit_chain.append(session, AUDIT_ACTION, actor.name, "per_case" if per_case else None)
            session.flush()
            write_atomic(path, export.csv_bytes())
            written = True
    except BaseException:
        if written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return export


def section_named(export: FunderExport, name: str) -> Section:
    return next(section for section in export.sections if section.name == name)


def all_cells(export: FunderExport) -> Iterable[str]:
    for section in export.sections:
        yield from section.header
        for row in section.rows:
            yield from row
