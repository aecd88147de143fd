"""What each outcome chart shows: categories, series and colours, without any words.

The PDF report (ReportLab graphics) and the dashboard (Qt Charts) draw the same charts
from these values and label them in their own language: series are named by stable keys
(a domain, a referral status, "on_time"...), categories by a bucket key or a name that
is data (a worker, a service). Every chart also exists as a table, so colour is never
the only way to read it.

Colours: the Okabe–Ito palette (distinguishable with the common colour-vision
deficiencies), led by the documents' teal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from shelterplan.core.outcomes import REFERRAL_STATUSES, OutcomeFigures


class Labels(Protocol):
    """What labels a chart or table: `reports.terms.Terms`, or the screen's words."""

    language: str

    def text(self, key: str, **values: object) -> str: ...

    def vocab(self, group: str, value: str | None) -> str: ...

    def date(self, value: date, *, short: bool = False) -> str: ...


TEAL = "#2b6468"
PALETTE = ("#2b6468", "#e69f00", "#56b4e9", "#d55e00", "#cc79a7", "#8a9599")
STATUS_COLOURS = {  # in REFERRAL_STATUSES order
    "proposed": "#c5d2d4",
    "made": "#56b4e9",
    "accepted": "#0072b2",
    "declined": "#d55e00",
    "completed": "#2b6468",
}
REVIEW_COLOURS = {  # the series of the review chart, in order
    "on_time": "#2b6468",
    "late": "#e69f00",
    "not_held": "#d55e00",
    "not_yet_due": "#c5d2d4",
}
TOP_DOMAINS = 5  # the goal chart stacks the biggest domains, the rest as one series
OTHER = "other"  # series key of the rest
MAX_BARS = 25  # bars of a per-worker or per-service chart (the table lists them all)


class Categories(StrEnum):
    BUCKETS = "buckets"  # keys of months or quarters: label with the period's words
    NAMES = "names"  # worker or service names, shown as they are (None: no lead)


@dataclass(frozen=True)
class Series:
    key: str  # "cases", a domain, a referral status, a review outcome, or OTHER
    values: tuple[float | None, ...]  # one per category; None: nothing to show
    colour: str


@dataclass(frozen=True)
class ChartData:
    key: str  # the figure (as in outcome_tables.FIGURES)
    categories: tuple[str | None, ...]
    category_kind: Categories
    series: tuple[Series, ...]
    horizontal: bool
    stacked: bool
    cut: int = 0  # categories left off the chart (they are in the table)

    @property
    def empty(self) -> bool:
        return not self.categories or not any(
            value for series in self.series for value in series.values if value
        )

    @property
    def legend(self) -> bool:
        return len(self.series) > 1


def _top(names: list[str | None], values: list[int]) -> tuple[list[str | None], list[int], int]:
    cut = max(0, len(names) - MAX_BARS)
    return names[:MAX_BARS], values[:MAX_BARS], cut


def chart_data(figures: OutcomeFigures) -> list[ChartData]:
    """The six charts, in the order of the report."""
    buckets = tuple(bucket.key for bucket in figures.buckets)
    charts: list[ChartData] = []
    for key, rows, series_key in (
        ("active_cases", figures.active_cases, "cases"),
        ("overdue_steps", figures.overdue_steps, "steps"),
    ):
        names, values, cut = _top([r.worker_name for r in rows], [r.count for r in rows])
        charts.append(
            ChartData(
                key,
                tuple(names),
                Categories.NAMES,
                (Series(series_key, tuple(float(v) for v in values), TEAL),),
                horizontal=True,
                stacked=False,
                cut=cut,
            )
        )
    ranked = sorted(figures.goals_achieved, key=lambda s: -s.total)
    shown, rest = ranked[:TOP_DOMAINS], ranked[TOP_DOMAINS:]
    if len(rest) == 1:
        shown, rest = ranked, []
    goal_series = [
        Series(s.domain or "", tuple(float(v) for v in s.counts), PALETTE[i % len(PALETTE)])
        for i, s in enumerate(shown)
    ]
    if rest:
        others = tuple(float(sum(s.counts[i] for s in rest)) for i in range(len(buckets)))
        goal_series.append(Series(OTHER, others, PALETTE[-1]))
    charts.append(
        ChartData(
            "goals_achieved",
            buckets,
            Categories.BUCKETS,
            tuple(goal_series),
            horizontal=False,
            stacked=True,
        )
    )
    medians = tuple(m.days for m in figures.housing.by_bucket)
    charts.append(
        ChartData(
            "housing_days",
            buckets,
            Categories.BUCKETS,
            (Series("median_days", medians, TEAL),),
            horizontal=False,
            stacked=False,
        )
    )
    services = figures.referrals[:MAX_BARS]
    charts.append(
        ChartData(
            "referrals",
            tuple(s.service_name for s in services),
            Categories.NAMES,
            tuple(
                Series(
                    status, tuple(float(s.count(status)) for s in services), STATUS_COLOURS[status]
                )
                for status in REFERRAL_STATUSES
            ),
            horizontal=True,
            stacked=True,
            cut=max(0, len(figures.referrals) - MAX_BARS),
        )
    )
    charts.append(
        ChartData(
            "reviews",
            buckets,
            Categories.BUCKETS,
            tuple(
                Series(
                    name,
                    tuple(float(getattr(r, name)) for r in figures.reviews),
                    colour,
                )
                for name, colour in REVIEW_COLOURS.items()
            ),
            horizontal=False,
            stacked=True,
        )
    )
    return charts


def series_label(chart: str, key: str, terms: Labels) -> str:
    """The legend's word for a series, from `terms` (the document's, or the screen's)."""
    if chart == "goals_achieved":
        if key == OTHER:
            return terms.text("outcomes.other_domains")
        return terms.vocab("domain", key) if key else terms.text("outcomes.no_domain")
    if chart == "referrals":
        return terms.vocab("referral_status", key)
    if chart == "reviews":
        return terms.text(f"outcomes.col.{key}")
    return {
        "cases": terms.text("outcomes.col.cases"),
        "steps": terms.text("outcomes.col.steps"),
        "median_days": terms.text("outcomes.col.median_days"),
    }.get(key, key)
