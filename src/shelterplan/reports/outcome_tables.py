"""The outcome figures as titled tables of text, in a document language.

One source for the PDF report and the CSV file, so both say the same thing in the same
words. A table's first column labels its rows; the others hold numbers (shown as
written, right-aligned in print). Nothing here names a client: the figures hold none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel.dates import format_date

from shelterplan.core.outcomes import REFERRAL_STATUSES, OutcomeFigures
from shelterplan.core.periods import Bucket, Granularity
from shelterplan.reports.outcome_charts import Labels

FIGURES = (
    "active_cases",
    "overdue_steps",
    "goals_achieved",
    "housing_days",
    "referrals",
    "reviews",
)
_BABEL = {"en": "en_CA", "fr": "fr_CA", "es": "es"}


@dataclass(frozen=True)
class FigureTable:
    key: str  # one of FIGURES
    title: str
    note: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total_row: bool = False  # the last row sums the others


def bucket_label(bucket: Bucket, granularity: Granularity, terms: Labels) -> str:
    """ "Dec 2025", "déc. 2025", "dic 2025"; "Q1 2026", "T1 2026"."""
    if granularity == Granularity.QUARTER:
        year, quarter = bucket.key.split("-Q")
        return terms.text("outcomes.quarter", quarter=quarter, year=year)
    first = date(int(bucket.key[:4]), int(bucket.key[5:7]), 1)
    # Plain spaces: a narrow table column breaks the label into month and year.
    return " ".join(format_date(first, "LLL y", locale=_BABEL[terms.language]).split())


def number(value: int | float | None, terms: Labels) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.1f}".removesuffix(".0")
        return text.replace(".", ",") if terms.language in ("fr", "es") else text
    return str(value)


def percent(share: float | None, terms: Labels) -> str:
    """ "83%" in English, "83 %" in French and Spanish."""
    if share is None:
        return ""
    space = "" if terms.language == "en" else "\u00a0"
    return f"{round(share * 100)}{space}%"


def domain_label(domain: str | None, terms: Labels) -> str:
    return terms.vocab("domain", domain) if domain else terms.text("outcomes.no_domain")


def filter_lines(figures: OutcomeFigures, terms: Labels) -> list[tuple[str, str]]:
    """(label, value) lines describing the period and the filters."""
    f = figures.filters
    period = terms.text(
        "outcomes.period", start=terms.date(f.start, short=True), end=terms.date(f.end, short=True)
    )
    return [
        (terms.text("outcomes.col.period"), period),
        (terms.text("outcomes.program"), f.program or terms.text("outcomes.all_programs")),
        (terms.text("outcomes.worker"), figures.worker_label or terms.text("outcomes.all_workers")),
        (terms.text("outcomes.by"), terms.text(f"outcomes.by_{f.granularity.value}")),
    ]


def outcome_tables(figures: OutcomeFigures, terms: Labels) -> list[FigureTable]:
    t = terms
    labels = [bucket_label(b, figures.filters.granularity, t) for b in figures.buckets]
    total = t.text("outcomes.col.total")

    def worker(name: str | None) -> str:
        return name or ""

    active_rows = [(worker(r.worker_name), str(r.count)) for r in figures.active_cases]
    active_rows.append((t.text("outcomes.all_cases"), str(figures.active_cases_total)))
    tables = [
        FigureTable(
            "active_cases",
            t.text("outcomes.active_cases"),
            t.text("outcomes.active_cases_note"),
            (t.text("outcomes.col.worker"), t.text("outcomes.col.cases")),
            tuple(active_rows),
            total_row=True,
        ),
        FigureTable(
            "overdue_steps",
            t.text("outcomes.overdue_steps"),
            t.text("outcomes.overdue_steps_note"),
            (t.text("outcomes.col.worker"), t.text("outcomes.col.steps")),
            tuple((worker(r.worker_name), str(r.count)) for r in figures.overdue_steps),
        ),
    ]
    goal_rows = [
        (domain_label(s.domain, t), *(str(n) for n in s.counts), str(s.total))
        for s in figures.goals_achieved
    ]
    if goal_rows:
        columns = [
            str(sum(s.counts[i] for s in figures.goals_achieved)) for i in range(len(labels))
        ]
        goal_rows.append((total, *columns, str(figures.goals_total)))
    tables.append(
        FigureTable(
            "goals_achieved",
            t.text("outcomes.goals_achieved"),
            t.text("outcomes.goals_achieved_note"),
            (t.text("outcomes.col.domain"), *labels, total),
            tuple(goal_rows),
            total_row=bool(goal_rows),
        )
    )
    housing = figures.housing
    housing_rows = [
        (label, str(m.cases), number(m.days, t))
        for label, m in zip(labels, housing.by_bucket, strict=True)
    ]
    housing_rows.append(
        (
            t.text("outcomes.whole_period"),
            str(housing.overall.cases),
            number(housing.overall.days, t),
        )
    )
    tables.append(
        FigureTable(
            "housing_days",
            t.text("outcomes.housing_days"),
            t.text("outcomes.housing_days_note"),
            (
                t.text("outcomes.col.period"),
                t.text("outcomes.col.cases"),
                t.text("outcomes.col.median_days"),
            ),
            tuple(housing_rows),
            total_row=True,
        )
    )
    referral_rows = [
        (s.service_name, *(str(n) for n in s.counts), str(s.total)) for s in figures.referrals
    ]
    if referral_rows:
        sums = [sum(s.counts[i] for s in figures.referrals) for i in range(len(REFERRAL_STATUSES))]
        referral_rows.append((total, *(str(n) for n in sums), str(sum(sums))))
    tables.append(
        FigureTable(
            "referrals",
            t.text("outcomes.referrals"),
            t.text("outcomes.referrals_note"),
            (
                t.text("outcomes.col.service"),
                *(t.vocab("referral_status", s) for s in REFERRAL_STATUSES),
                total,
            ),
            tuple(referral_rows),
            total_row=bool(referral_rows),
        )
    )
    review_rows = [
        (
            label,
            str(r.on_time),
            str(r.late),
            str(r.not_held),
            str(r.not_yet_due),
            percent(r.share_on_time, t),
        )
        for label, r in zip(labels, figures.reviews, strict=True)
    ]
    all_reviews = figures.reviews_total
    review_rows.append(
        (
            t.text("outcomes.whole_period"),
            str(all_reviews.on_time),
            str(all_reviews.late),
            str(all_reviews.not_held),
            str(all_reviews.not_yet_due),
            percent(all_reviews.share_on_time, t),
        )
    )
    tables.append(
        FigureTable(
            "reviews",
            t.text("outcomes.reviews"),
            t.text("outcomes.reviews_note"),
            (
                t.text("outcomes.col.period"),
                t.text("outcomes.col.on_time"),
                t.text("outcomes.col.late"),
                t.text("outcomes.col.not_held"),
                t.text("outcomes.col.not_yet_due"),
                t.text("outcomes.col.share_on_time"),
            ),
            tuple(review_rows),
            total_row=True,
        )
    )
    return tables
