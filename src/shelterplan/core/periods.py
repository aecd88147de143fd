"""Report periods: a date range cut into months or quarters.

A bucket is named by a key that sorts in time order and that SQLite computes from a
stored date (`bucket_sql`), so figures are grouped in the database and the buckets with
nothing in them are filled in here ("2026-03", "2026-Q1").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

MAX_BUCKETS = 120  # ten years of months: a chart with more bars says nothing


class Granularity(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


@dataclass(frozen=True)
class Bucket:
    key: str  # "2026-03" or "2026-Q1"
    first: date
    last: date


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def bucket_key(day: date, granularity: Granularity) -> str:
    if granularity == Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month + 2) // 3}"
    return f"{day.year:04d}-{day.month:02d}"


def buckets(start: date, end: date, granularity: Granularity) -> tuple[Bucket, ...]:
    """Every month or quarter touching [start, end], clipped to the period, in order."""
    found: list[Bucket] = []
    month = _month_start(start)
    while month <= end:
        key = bucket_key(month, granularity)
        following = _next_month(month)
        if found and found[-1].key == key:
            previous = found[-1]
            found[-1] = Bucket(key, previous.first, min(end, following - timedelta(days=1)))
        else:
            found.append(Bucket(key, max(start, month), min(end, following - timedelta(days=1))))
        month = following
    return tuple(found)


def bucket_sql(column: str, granularity: Granularity) -> str:
    """SQL giving the bucket key of a date column stored as ISO text ('YYYY-MM-DD')."""
    if granularity == Granularity.QUARTER:
        return (
            f"(substr({column}, 1, 4) || '-Q' || "
            f"((CAST(substr({column}, 6, 2) AS INTEGER) + 2) / 3))"
        )
    return f"substr({column}, 1, 7)"


def default_granularity(start: date, end: date) -> Granularity:
    """Months for a year or less, quarters beyond."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return Granularity.MONTH if months <= 13 else Granularity.QUARTER


def last_twelve_months(today: date) -> tuple[date, date]:
    """The default period: the twelve whole months up to and including this one."""
    this_month = _month_start(today)
    year, month = this_month.year, this_month.month - 11
    if month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1), today
