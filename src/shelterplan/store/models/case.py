"""The client, her case, assessment, consents and the people around her."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shelterplan.store.base import Base, Row, SoftDeleted


class Client(Row, SoftDeleted, Base):
    __tablename__ = "clients"

    preferred_name: Mapped[str] = mapped_column(String(200), index=True)
    legal_name: Mapped[str | None] = mapped_column(String(200), default=None)
    pronouns: Mapped[str | None] = mapped_column(String(40), default=None)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    approximate_age: Mapped[int | None] = mapped_column(Integer, default=None)
    languages: Mapped[str | None] = mapped_column(String(200), default=None)
    document_language: Mapped[str] = mapped_column(String(5), default="en")
    safe_phone: Mapped[str | None] = mapped_column(String(60), default=None)
    may_leave_message: Mapped[bool | None] = mapped_column(Boolean, default=None)
    safe_times: Mapped[str | None] = mapped_column(Text, default=None)
    code_word: Mapped[str | None] = mapped_column(String(120), default=None)
    do_not_tell: Mapped[str | None] = mapped_column(Text, default=None)
    # Questions she chose not to answer at intake (comma-separated field names):
    # "declined" is an answer, not a gap to fill in later.
    declined: Mapped[str | None] = mapped_column(Text, default=None)

    cases: Mapped[list[Case]] = relationship(back_populates="client")


class Case(Row, SoftDeleted, Base):
    __tablename__ = "cases"

    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    program: Mapped[str | None] = mapped_column(String(120), default=None)
    phase: Mapped[str] = mapped_column(String(20), default="engagement", index=True)
    intervention_model: Mapped[str] = mapped_column(String(20), default="standard")
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    last_contact_on: Mapped[date | None] = mapped_column(Date, default=None)

    client: Mapped[Client] = relationship(back_populates="cases")
    assignments: Mapped[list[CaseAssignment]] = relationship(back_populates="case")


class CaseAssignment(Row, Base):
    """A worker assigned to a case (the lead worker, or a case shared with her)."""

    __tablename__ = "case_assignments"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"), index=True)
    lead: Mapped[bool] = mapped_column(Boolean, default=True)

    case: Mapped[Case] = relationship(back_populates="assignments")


class AssessmentItem(Row, SoftDeleted, Base):
    """Her situation in one domain: what is happening, how pressing, and her priority."""

    __tablename__ = "assessment_items"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    domain: Mapped[str] = mapped_column(String(40))
    situation: Mapped[str | None] = mapped_column(Text, default=None)
    need_level: Mapped[str] = mapped_column(String(20), default="none")
    client_priority: Mapped[int | None] = mapped_column(Integer, default=None)
    risks: Mapped[str | None] = mapped_column(Text, default=None)
    assessed_on: Mapped[date] = mapped_column(Date)


class Strength(Row, SoftDeleted, Base):
    __tablename__ = "strengths"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    description: Mapped[str] = mapped_column(Text)


class Person(Row, SoftDeleted, Base):
    """A trusted support person or a service provider on her team."""

    __tablename__ = "people"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    relationship_or_role: Mapped[str | None] = mapped_column(String(200), default=None)
    organisation: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(60), default=None)
    safe_to_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_to_share: Mapped[bool] = mapped_column(Boolean, default=False)
    list_on_plan: Mapped[bool] = mapped_column(Boolean, default=False)


class Consent(Row, Base):
    __tablename__ = "consents"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(80))
    scope: Mapped[str | None] = mapped_column(Text, default=None)
    given_on: Mapped[date | None] = mapped_column(Date, default=None)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    expires_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Sharing with one provider of the directory (None: a purpose not tied to one).
    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"), default=None)
