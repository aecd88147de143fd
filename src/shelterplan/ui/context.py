"""What every view needs while the store is unlocked: the store and who is working.

Views open a short unit of work (`desk.session()`) for each fetch or edit and close it
at once: no session is held across the worker's think-time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, actor_named
from shelterplan.store.casestore import CaseStore


@dataclass
class Desk:
    store: CaseStore
    actor: Actor
    today: Callable[[], date] = field(default=date.today)

    @classmethod
    def for_store(cls, store: CaseStore, today: Callable[[], date] = date.today) -> Desk:
        with store.session() as session:
            actor = actor_named(session, store.worker_name)
        return cls(store, actor, today)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.store.session() as session:
            yield session
