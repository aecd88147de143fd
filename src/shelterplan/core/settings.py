"""Agency settings kept inside the encrypted store."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.rules import InvalidInput
from shelterplan.errors import NotAllowed
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.models import Setting

IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5
MAX_IDLE_LOCK_MINUTES = 60


def get_setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def put_setting(session: Session, key: str, value: str) -> None:
    setting = session.scalar(select(Setting).where(Setting.key == key))
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value


def idle_lock_minutes(session: Session) -> int:
    """Minutes without keyboard or mouse use before the app locks itself."""
    raw = get_setting(session, IDLE_LOCK_MINUTES)
    try:
        minutes = int(raw) if raw is not None else DEFAULT_IDLE_LOCK_MINUTES
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    return min(max(minutes, 1), MAX_IDLE_LOCK_MINUTES)


def set_idle_lock_minutes(session: Session, actor: Actor, minutes: int) -> None:
    if not actor.administers:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Only an administrator can change when the app locks itself."
            )
        )
    if not 1 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The idle lock must be between 1 and {limit} minutes."),
            limit=MAX_IDLE_LOCK_MINUTES,
        )
    put_setting(session, IDLE_LOCK_MINUTES, str(minutes))
    audit_chain.append(session, "settings.idle_lock", actor.name)
