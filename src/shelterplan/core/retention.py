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
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.erasure import ErasureRecord, erase_client
from shelterplan.core.rules import InvalidInput
from shelterplan.core.settings import get_setting, put_setting
from shelterplan.core.vocab import Phase, Role
from shelterplan.errors import NotAllowed
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.maintenance import vacuum_store
from shelterplan.store.models import Case

if TYPE_CHECKING:
    from shelterplan.store.casestore import CaseStore

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
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Only an administrator can manage the retention of closed cases."
            )
        )


def _checked(years: int) -> int:
    if (
        isinstance(years, bool)
        or not isinstance(years, int)
        or not (MIN_YEARS <= years <= MAX_YEARS)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The retention period must be a whole number of years from {least} to {most}.",
            ),
            least=MIN_YEARS,
            most=MAX_YEARS,
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


def clear_retention_years(session: Session, actor: Actor) -> None:
    """No retention period: closed cases are kept until someone erases them."""
    _require_admin(actor)
    put_setting(session, RETENTION_YEARS, "")
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


@dataclass(frozen=True)
class RetentionPreview:
    """Counts for the administrator before she purges (no names, no ids)."""

    years: int
    before: date  # cases closed before this day are older than the period
    old_cases: int  # closed cases older than the period
    clients_erased: int  # clients whose cases are all that old: purging erases them
    cases_erased: int  # their cases
    cases_kept: int  # old cases whose client has a more recent or open case: they stay


def retention_preview(session: Session, actor: Actor, years: int, today: date) -> RetentionPreview:
    """What purging with `years` would erase today (administrators only)."""
    found = closed_cases_older_than(session, actor, years, today)
    erasable = [case for case in found if case.erasable]
    return RetentionPreview(
        years=years,
        before=cutoff(years, today),
        old_cases=len(found),
        clients_erased=len({case.client_id for case in erasable}),
        cases_erased=len(erasable),
        cases_kept=len(found) - len(erasable),
    )


@dataclass(frozen=True)
class PurgeResult:
    clients: int  # client files erased
    cases: int  # their cases (every case of each client)
    vacuumed: bool  # the store file was rewritten and its log emptied


def purge_and_vacuum(
    store: CaseStore, actor: Actor, years: int, today: date, confirmed: bool = False
) -> PurgeResult:
    """`purge_closed_cases` in a transaction of its own, then `vacuum_store` once it
    committed, so that none of the erased files stays in the store file."""
    with store.session() as session:
        records = purge_closed_cases(session, actor, years, today, confirmed=confirmed)
    vacuumed = vacuum_store(store).complete if records else True
    return PurgeResult(len(records), sum(len(r.case_ids) for r in records), vacuumed)


def purge_closed_cases(
    session: Session, actor: Actor, years: int, today: date, confirmed: bool = False
) -> list[ErasureRecord]:
    """Erase every client whose cases are all closed longer ago than `years`, once an
    administrator confirmed (`confirmed=True`). Run `vacuum_store` after the commit."""
    _require_admin(actor)
    if confirmed is not True:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "Purging erases those clients' files for good; confirm it first. "
                "Nothing was erased.",
            )
        )
    found = closed_cases_older_than(session, actor, years, today)
    clients = sorted({case.client_id for case in found if case.erasable})
    records = [erase_client(session, actor, client_id) for client_id in clients]
    audit_chain.append(session, "retention.purge", actor.name)
    return records
