"""Retention: closed cases older than the agency's retention period, erased on purpose.

The period ("retention years") is an agency setting kept in the store. Nothing is erased
by itself: an administrator looks at what qualifies (counts and ids only), confirms, and
then every client whose cases are *all* closed and closed longer ago than the period is
erased through `erasure.erase_client`, exactly as if she had asked (erasure record,
tombstone, vacuum afterwards). A client with one case still open, or closed more
recently, keeps her whole file: part of a file is not erased.

"Older than N years" means closed before the same day N years ago (29 February counts
as 28 February in a year without it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.erasure import ErasureRecord, erase_client
from shelterplan.core.rules import InvalidInput
from shelterplan.core.settings import get_setting, put_setting
from shelterplan.core.vocab import Phase, Role
from shelterplan.errors import NotAllowed
from shelterplan.store import audit_chain
from shelterplan.store.models import Case

RETENTION_YEARS = "retention_years"
MIN_YEARS, MAX_YEARS = 1, 100


@dataclass(frozen=True)
class ClosedCase:
    """A case closed longer ago than the period; ids only (for the confirmation)."""

    case_id: str
    client_id: str
    erasable: bool  # every case of her client qualifies: purging erases her


def _administers(actor: Actor) -> bool:
    return bool(getattr(actor, "administers", actor.role == Role.ADMIN))


def _require_admin(actor: Actor) -> None:
    if not _administers(actor):
        raise NotAllowed("Only an administrator can manage the retention of closed cases.")


def _checked(years: int) -> int:
    if (
        isinstance(years, bool)
        or not isinstance(years, int)
        or not (MIN_YEARS <= years <= MAX_YEARS)
    ):
        raise InvalidInput(
            f"The retention period must be a whole number of years from {MIN_YEARS} to {MAX_YEARS}."
        )
    return years


def retention_years(session: Session) -> int | None:
    """The agency's retention period in years, or None when none is set."""
    raw = get_setting(session, RETENTION_YEARS)
    try:
        years = int(raw) if raw is not None else None
    except ValueError:
        return None
    return years if years is not None and MIN_YEARS <= years <= MAX_YEARS else None


def set_retention_years(session: Session, actor: Actor, years: int) -> None:
    _require_admin(actor)
    put_setting(session, RETENTION_YEARS, str(_checked(years)))
    audit_chain.append(session, "settings.retention", actor.name)


def cutoff(years: int, today: date) -> date:
    """Cases closed before this day are older than `years` years."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February, to a year without it
        return today.replace(year=today.year - years, day=28)


def closed_cases_older_than(
    session: Session, actor: Actor, years: int, today: date
) -> list[ClosedCase]:
    """Closed cases older than the period (soft-deleted ones too), oldest client first by
    id; `erasable` says whether purging erases her (all her cases qualify)."""
    _require_admin(actor)
    before = cutoff(_checked(years), today)
    old = sa.and_(Case.phase == Phase.CLOSED, Case.closed_on.is_not(None), Case.closed_on < before)
    rows = session.execute(
        sa.select(Case.id, Case.client_id).where(old).order_by(Case.client_id, Case.id)
    ).all()
    clients = {client_id for _case_id, client_id in rows}
    kept = set()
    if clients:
        kept = set(
            session.scalars(
                sa.select(Case.client_id)
                .where(Case.client_id.in_(sorted(clients)), sa.not_(old))
                .distinct()
            )
        )
    return [ClosedCase(case_id, client_id, client_id not in kept) for case_id, client_id in rows]


def purge_closed_cases(
    session: Session, actor: Actor, years: int, today: date, confirmed: bool = False
) -> list[ErasureRecord]:
    """Erase every client whose cases are all closed longer ago than `years`, once an
    administrator confirmed (`confirmed=True`). Run `vacuum_store` after the commit."""
    _require_admin(actor)
    if confirmed is not True:
        raise InvalidInput(
            "Purging erases those clients' files for good; confirm it first. Nothing was erased."
        )
    found = closed_cases_older_than(session, actor, years, today)
    clients = sorted({case.client_id for case in found if case.erasable})
    records = [erase_client(session, actor, client_id) for client_id in clients]
    audit_chain.append(session, "retention.purge", actor.name)
    return records
