"""Checks shared by the use cases; each failure is a plain sentence for the worker."""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from shelterplan.errors import NotFound, ShelterplanError
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.base import Base

E = TypeVar("E", bound=StrEnum)
M = TypeVar("M", bound=Base)


class InvalidInput(ShelterplanError):
    """Input a use case refuses; nothing was saved."""


def fold(text: str | None) -> str:
    """Text compared as a person reads it: case and accents ignored ("Santé" = "sante")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def require_text(value: str | None, what: str) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{what} cannot be empty."), what=what)
    return cleaned


def optional_text(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    return cleaned or None


def require_choice(value: str, choices: type[E], what: str) -> E:
    try:
        return choices(value)
    except ValueError as exc:
        allowed = ", ".join(c.value for c in choices)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{what} must be one of: {allowed}."),
            what=what,
            allowed=allowed,
        ) from exc


def get_live(session: Session, model: type[M], record_id: str) -> M:
    """A record that exists and is not soft-deleted."""
    record = session.get(model, record_id)
    if record is None or getattr(record, "deleted_at", None) is not None:
        raise NotFound()
    return record
