"""Wizard drafts: saved inside the encrypted store on every page change, so that nothing
typed is lost if the laptop dies mid-wizard; offered again at the next unlock."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.wizards.flow import WizardFlow
from shelterplan.store.base import utcnow
from shelterplan.store.models import WizardDraft


@dataclass(frozen=True)
class PendingDraft:
    draft_id: str
    kind: str
    case_id: str | None
    goal_id: str | None
    page: str
    saved_at: datetime
    data: dict[str, Any]


def save_draft(session: Session, actor: Actor, flow: WizardFlow, draft_id: str | None) -> str:
    """Create or update this flow's draft; returns its id (keep it for the next save)."""
    record = session.get(WizardDraft, draft_id) if draft_id else None
    if record is None:
        record = WizardDraft(kind=flow.kind, worker_id=actor.worker_id)
        session.add(record)
    record.case_id = flow.case_id
    record.goal_id = flow.goal_id
    record.page = flow.current
    record.data = json.dumps(flow.to_draft(), ensure_ascii=False, sort_keys=True)
    record.saved_at = utcnow()
    session.flush()
    return record.id


def pending_drafts(session: Session, actor: Actor) -> list[PendingDraft]:
    """Her unfinished wizards, newest first."""
    rows = session.scalars(
        select(WizardDraft)
        .where(WizardDraft.worker_id == actor.worker_id)
        .order_by(WizardDraft.saved_at.desc())
    )
    return [
        PendingDraft(r.id, r.kind, r.case_id, r.goal_id, r.page, r.saved_at, json.loads(r.data))
        for r in rows
    ]


def discard_draft(session: Session, actor: Actor, draft_id: str) -> None:
    record = session.get(WizardDraft, draft_id)
    if record is not None and record.worker_id == actor.worker_id:
        session.delete(record)
