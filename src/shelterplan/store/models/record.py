"""Workers, the service directory, referrals, notes and store settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shelterplan.store.base import Base, Row, SoftDeleted


class Worker(Row, Base):
    __tablename__ = "workers"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="worker")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    screen_language: Mapped[str | None] = mapped_column(String(10), default=None)
    # Administrator rights (accounts, settings, backups) on top of `role`. A worker whose
    # role is "admin" administers but sees no case content; the first account of a store
    # is a supervisor who is also an administrator.
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Erasure(Row, Base):
    """A client erased at her request, remembered so that restoring an older backup or
    importing an older export never brings her file back. Holds ids only: nothing that
    names or describes her."""

    __tablename__ = "erasures"

    client_id: Mapped[str] = mapped_column(String(36), index=True)
    case_ids: Mapped[str] = mapped_column(Text)  # JSON list of her case ids
    erased_at: Mapped[datetime] = mapped_column(DateTime)


class Service(Row, SoftDeleted, Base):
    """An entry of the agency's directory of local services."""

    __tablename__ = "services"

    name: Mapped[str] = mapped_column(String(200))
    domain: Mapped[str | None] = mapped_column(String(40), default=None)
    address: Mapped[str | None] = mapped_column(Text, default=None)
    phone: Mapped[str | None] = mapped_column(String(60), default=None)
    hours: Mapped[str | None] = mapped_column(Text, default=None)
    eligibility: Mapped[str | None] = mapped_column(Text, default=None)
    languages: Mapped[str | None] = mapped_column(String(120), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class Referral(Row, SoftDeleted, Base):
    __tablename__ = "referrals"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goals.id"), default=None)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    made_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome: Mapped[str | None] = mapped_column(Text, default=None)
    shares_client_details: Mapped[bool] = mapped_column(Boolean, default=False)
    not_for_client: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Note(Row, SoftDeleted, Base):
    __tablename__ = "notes"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("workers.id"), default=None)
    written_at: Mapped[datetime] = mapped_column(DateTime)
    body: Mapped[str] = mapped_column(Text)


class Setting(Row, Base):
    """Agency-wide settings kept inside the encrypted store (agency name, idle lock...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)
