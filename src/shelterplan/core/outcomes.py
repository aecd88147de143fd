"""Outcome reports for supervisors and administrators: what the agency's work achieved.

`outcome_figures(session, actor, filters, today)` computes six figures over a period,
for every case or one program or one lead worker (see `OutcomeFilter`):

- **Active cases per worker**: cases open at some time in the period (opened on or
  before its last day, not closed before its first day), per lead worker
  (`CaseAssignment.lead`), and in all (each case once). A case with two lead workers
  counts for each of them; one with none, only in the total.
- **Overdue steps per worker**: open steps whose due date is in the period and before
  today, of cases that are not closed, per lead worker.
- **Goals achieved by domain**, per month or quarter: goals with status "achieved" whose
  `achieved_on` is in the period.
- **Median days from intake to housing**: per case, the days from `Case.opened_on` to the
  first `achieved_on` of its achieved goals in the housing domain (long-term or
  intermediate); a case counts in the month or quarter of that first date, when it falls
  in the period. The median is the middle value (the mean of the two middle values for
  an even number of cases); it is given for the whole period and for each month or
  quarter, with the number of cases it is taken over.
- **Referral outcomes by service**: referrals dated in the period (by the day they were
  made; a referral only suggested, by the day it was written down), counted by their
  current status, per service of the directory.
- **Reviews held on time**: see `ReviewRow`.

Only counts, dates and stored vocabulary values are read: no client's name or words, so
administrators, who see no case content, may see these figures too. Staff names (the
lead workers) and the names of the agency's services are shown; the de-identified
export for funders (`core/funder_export.py`) leaves those out as well.

Everything is counted and grouped in the database, one query per figure
(`core/outcome_sql.py`); only the medians are taken in Python, from one number per case
housed in the period (SQLite has no median).
"""

from __future__ import annotations

import bisect
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from shelterplan.core import outcome_sql
from shelterplan.core.actors import Actor
from shelterplan.core.periods import (
    MAX_BUCKETS,
    Bucket,
    Granularity,
    buckets,
    default_granularity,
    last_twelve_months,
)
from shelterplan.core.rules import InvalidInput
from shelterplan.core.vocab import Domain, ReferralStatus, Role
from shelterplan.errors import NotAllowed
from shelterplan.i18n import QT_TRANSLATE_NOOP

NOT_ALLOWED = QT_TRANSLATE_NOOP("errors", "Outcome reports are for supervisors and administrators.")


def may_see_outcomes(actor: Actor) -> bool:
    """Supervisors, and anyone who administers (aggregate figures hold no case content)."""
    return actor.role == Role.SUPERVISOR or bool(
        getattr(actor, "administers", actor.role == Role.ADMIN)
    )


def require_outcomes(actor: Actor) -> None:
    if not may_see_outcomes(actor):
        raise NotAllowed(NOT_ALLOWED)


@dataclass(frozen=True)
class OutcomeFilter:
    """The period (both days included) and what to narrow it to."""

    start: date
    end: date
    program: str | None = None  # `Case.program`, exactly as stored
    worker_id: str | None = None  # the lead worker
    granularity: Granularity = Granularity.MONTH

    @classmethod
    def default(cls, today: date) -> OutcomeFilter:
        """The last twelve months, by month."""
        start, end = last_twelve_months(today)
        return cls(start, end, granularity=default_granularity(start, end))

    def checked(self) -> OutcomeFilter:
        if self.start > self.end:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The period must start on or before the day it ends.")
            )
        if len(buckets(self.start, self.end, self.granularity)) > MAX_BUCKETS:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The period is too long to show by {unit}: "
                    "choose a shorter period, or quarters.",
                ),
                unit=self.granularity.value,
            )
        return self


@dataclass(frozen=True)
class WorkerCount:
    worker_id: str
    worker_name: str | None
    count: int


@dataclass(frozen=True)
class DomainSeries:
    """Goals achieved in one domain (None: goals with no domain), one count per bucket."""

    domain: str | None
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Median:
    """A median number of days, taken over `cases` cases (None when there are none)."""

    days: float | None
    cases: int


@dataclass(frozen=True)
class HousingFigure:
    overall: Median
    by_bucket: tuple[Median, ...]


REFERRAL_STATUSES: tuple[str, ...] = tuple(status.value for status in ReferralStatus)


@dataclass(frozen=True)
class ServiceOutcomes:
    """Referrals to one service, counted by status (in `REFERRAL_STATUSES` order)."""

    service_id: str
    service_name: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, status: str) -> int:
        return self.counts[REFERRAL_STATUSES.index(status)]


@dataclass(frozen=True)
class ReviewRow:
    """Reviews due in one month or quarter, and whether they were held on time.

    A review is *due* on the date that the review before it set (`Review.next_review_on`);
    the due date places it in a month or quarter of the period. Each review that set a
    date is then matched with the next review of the same case (the first one after it,
    in order of `held_on`):

    - *on time*: the next review was held on or before the due date;
    - *late*: the next review was held after the due date;
    - *not held*: there is no next review and the due date is before today;
    - *not yet due*: there is no next review and the due date is today or later.

    A due date is left out when the case was closed on or before it with no review
    since (no review was needed any more). The first review of a case is never "due":
    nothing set its date.
    """

    bucket: str
    on_time: int
    late: int
    not_held: int
    not_yet_due: int

    @property
    def due(self) -> int:
        """Reviews due by now: on time + late + not held."""
        return self.on_time + self.late + self.not_held

    @property
    def share_on_time(self) -> float | None:
        return self.on_time / self.due if self.due else None


@dataclass(frozen=True)
class OutcomeFigures:
    filters: OutcomeFilter
    today: date
    buckets: tuple[Bucket, ...]
    active_cases: tuple[WorkerCount, ...]
    active_cases_total: int  # each case once, with or without a lead worker
    overdue_steps: tuple[WorkerCount, ...]
    goals_achieved: tuple[DomainSeries, ...]
    housing: HousingFigure
    referrals: tuple[ServiceOutcomes, ...]
    reviews: tuple[ReviewRow, ...]
    worker_label: str | None = None

    @property
    def goals_total(self) -> int:
        return sum(series.total for series in self.goals_achieved)

    @property
    def reviews_total(self) -> ReviewRow:
        rows = self.reviews
        return ReviewRow(
            "",
            sum(r.on_time for r in rows),
            sum(r.late for r in rows),
            sum(r.not_held for r in rows),
            sum(r.not_yet_due for r in rows),
        )


def _by_worker(session: Session, rows: list[tuple[str, int]]) -> tuple[WorkerCount, ...]:
    names = outcome_sql.names_of(session, "workers", [w for w, _ in rows])
    found = [WorkerCount(w, names.get(w), n) for w, n in rows if n]
    # Most first; then by name.
    found.sort(key=lambda r: (-r.count, (r.worker_name or "").casefold(), r.worker_id or ""))
    return tuple(found)


_DOMAIN_ORDER = {domain.value: index for index, domain in enumerate(Domain)}


def _goals(rows: list[tuple[str | None, tuple[int, ...]]]) -> tuple[DomainSeries, ...]:
    ordered = sorted(
        (row for row in rows if any(row[1])),
        key=lambda row: (row[0] is None, _DOMAIN_ORDER.get(row[0] or "", 99), row[0] or ""),
    )
    return tuple(DomainSeries(domain, counts) for domain, counts in ordered)


def _median(values: list[int]) -> Median:
    return Median(float(statistics.median(values)) if values else None, len(values))


def _housing(rows: list[tuple[date, int]], cut: tuple[Bucket, ...]) -> HousingFigure:
    """Medians per bucket and overall, from one row per case housed in the period."""
    per_bucket: list[list[int]] = [[] for _ in cut]
    firsts = [bucket.first for bucket in cut]
    for day, days in rows:
        per_bucket[bisect.bisect_right(firsts, day) - 1].append(days)
    return HousingFigure(
        overall=_median([days for _, days in rows]),
        by_bucket=tuple(_median(values) for values in per_bucket),
    )


def _referrals(session: Session, rows: list[tuple[str, str, int]]) -> tuple[ServiceOutcomes, ...]:
    names = outcome_sql.names_of(session, "services", [service for service, _, _ in rows])
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(REFERRAL_STATUSES))
    for service, status, count in rows:
        if status in REFERRAL_STATUSES:  # a status from a newer release is left out
            counts[service][REFERRAL_STATUSES.index(status)] += count
    found = [
        ServiceOutcomes(service, names.get(service, ""), tuple(values))
        for service, values in counts.items()
    ]
    found.sort(key=lambda s: (-s.total, s.service_name.casefold(), s.service_id))
    return tuple(found)


def outcome_figures(
    session: Session, actor: Actor, filters: OutcomeFilter, today: date
) -> OutcomeFigures:
    """Every figure for the period and filters (supervisors and administrators only)."""
    require_outcomes(actor)
    f = filters.checked()
    cut = buckets(f.start, f.end, f.granularity)
    scope = outcome_sql.scope(session, f.program, f.worker_id)
    worker_label = None
    if f.worker_id is not None:
        worker_label = outcome_sql.names_of(session, "workers", [f.worker_id]).get(f.worker_id)
    reviews = outcome_sql.review_timeliness(session, scope, cut, today)
    return OutcomeFigures(
        filters=f,
        today=today,
        buckets=cut,
        active_cases=_by_worker(
            session, outcome_sql.active_cases_by_lead(session, scope, f.start, f.end)
        ),
        active_cases_total=outcome_sql.active_cases_total(session, scope, f.start, f.end),
        overdue_steps=_by_worker(
            session, outcome_sql.overdue_steps_by_lead(session, scope, f.start, f.end, today)
        ),
        goals_achieved=_goals(outcome_sql.goals_achieved(session, scope, cut)),
        housing=_housing(outcome_sql.days_to_housing(session, scope, f.start, f.end), cut),
        referrals=_referrals(
            session, outcome_sql.referral_outcomes(session, scope, f.start, f.end)
        ),
        reviews=tuple(ReviewRow(b.key, *counts) for b, counts in zip(cut, reviews, strict=True)),
        worker_label=worker_label,
    )


@dataclass(frozen=True)
class FilterChoices:
    programs: tuple[str, ...]
    workers: tuple[tuple[str, str], ...]  # (worker id, name)


def filter_choices(session: Session, actor: Actor) -> FilterChoices:
    """The programs and lead workers the filters offer."""
    require_outcomes(actor)
    return FilterChoices(
        tuple(outcome_sql.program_names(session)), tuple(outcome_sql.lead_workers(session))
    )
