"""The append-only, hash-chained audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from shelterplan.store.base import Base, Row


class AuditEvent(Row, Base):
    """One thing that happened. `entry_hash` covers the previous hash and this entry."""

    __tablename__ = "audit_events"

    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    worker_name: Mapped[str | None] = mapped_column(String(120), default=None)
    action: Mapped[str] = mapped_column(String(40))
    record_type: Mapped[str | None] = mapped_column(String(40), default=None)
    record_id: Mapped[str | None] = mapped_column(String(36), default=None)
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
