"""Goals (worked backwards from the long-term goal), options, steps, reviews, versions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shelterplan.store.base import Base, Row, SoftDeleted


class Goal(Row, SoftDeleted, Base):
    __tablename__ = "goals"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))
    domain: Mapped[str | None] = mapped_column(String(40), default=None)
    in_her_words: Mapped[str] = mapped_column(Text)
    target_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default="active")
    concurrent_theme: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    achieved_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Left off her take-home copy (e.g. a goal the worker holds for now).
    not_for_client: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    parent: Mapped[Goal | None] = relationship(remote_side="Goal.id")


class Option(Row, SoftDeleted, Base):
    """An option explored for a goal, with its benefits, alternatives and consequences."""

    __tablename__ = "options"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    benefits: Mapped[str | None] = mapped_column(Text, default=None)
    alternatives: Mapped[str | None] = mapped_column(Text, default=None)
    consequences: Mapped[str | None] = mapped_column(Text, default=None)
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text, default=None)


class Step(Row, SoftDeleted, Base):
    __tablename__ = "steps"
    __table_args__ = (
        Index("ix_steps_open_due", "status", "due_on"),
        Index("ix_steps_case_status_due", "case_id", "status", "due_on"),
        Index("ix_steps_open_appointment", "status", "appointment_at"),
    )

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"))
    action: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(20), default="client")
    responsible_name: Mapped[str | None] = mapped_column(String(200), default=None)
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    appointment_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    appointment_place: Mapped[str | None] = mapped_column(Text, default=None)
    instructions: Mapped[str | None] = mapped_column(Text, default=None)
    documents_needed: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(20), default="open")
    outcome: Mapped[str | None] = mapped_column(Text, default=None)
    outcome_on: Mapped[date | None] = mapped_column(Date, default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    not_for_client: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Review(Row, SoftDeleted, Base):
    __tablename__ = "reviews"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("workers.id"), default=None)
    held_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text, default=None)
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)


class GoalReview(Row, SoftDeleted, Base):
    """What one review said about one goal: how far it came, what helped and what got in
    the way (the factors that favour or hinder change), and what was decided."""

    __tablename__ = "goal_reviews"

    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    progress: Mapped[str | None] = mapped_column(String(20), default=None)
    helped: Mapped[str | None] = mapped_column(Text, default=None)
    hindered: Mapped[str | None] = mapped_column(Text, default=None)
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    # The goal's steps as the review saw them: done and missed since the review before
    # (or since the plan began), and still open.
    steps_done: Mapped[int] = mapped_column(Integer, default=0)
    steps_missed: Mapped[int] = mapped_column(Integer, default=0)
    steps_open: Mapped[int] = mapped_column(Integer, default=0)


class PlanVersion(Row, Base):
    """A frozen snapshot of the plan. Append-only: never updated once written."""

    __tablename__ = "plan_versions"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(5))
    snapshot: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    signatories: Mapped[str | None] = mapped_column(Text, default=None)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # The signed PDF itself, so the paper she signed can be printed again exactly, by any
    # later release. Loaded only when asked for.
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)
