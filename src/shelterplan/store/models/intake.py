"""Records the guided planning adds: wizard drafts, the safety plan, her dependants."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shelterplan.store.base import Base, Row, SoftDeleted


class WizardDraft(Row, Base):
    """What a worker typed in a wizard so far, saved on every page change.

    Lives inside the encrypted store, so a half-finished intake is as protected as a
    finished one, and survives the laptop dying mid-session.
    """

    __tablename__ = "wizard_drafts"

    kind: Mapped[str] = mapped_column(String(20))
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), default=None)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id"), default=None)
    page: Mapped[str] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)


class SafetyPlan(Row, SoftDeleted, Base):
    """Her safety plan, beside the case plan (women fleeing violence)."""

    __tablename__ = "safety_plans"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    warning_signs: Mapped[str | None] = mapped_column(Text, default=None)
    safe_places: Mapped[str | None] = mapped_column(Text, default=None)
    people_to_call: Mapped[str | None] = mapped_column(Text, default=None)
    code_word: Mapped[str | None] = mapped_column(String(120), default=None)
    emergency_numbers: Mapped[str | None] = mapped_column(Text, default=None)
    documents_and_items: Mapped[str | None] = mapped_column(Text, default=None)
    children_safety: Mapped[str | None] = mapped_column(Text, default=None)
    work_safety: Mapped[str | None] = mapped_column(Text, default=None)
    online_safety: Mapped[str | None] = mapped_column(Text, default=None)
    reviewed_on: Mapped[date | None] = mapped_column(Date, default=None)


class Dependant(Row, SoftDeleted, Base):
    """A child or other dependant in her care."""

    __tablename__ = "dependants"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    age: Mapped[int | None] = mapped_column(Integer, default=None)
    relationship_to_her: Mapped[str | None] = mapped_column(String(120), default=None)
    with_her: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
