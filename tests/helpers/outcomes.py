"""A fixed synthetic store for the outcome reports: demo cases plus follow-up reviews.

The demo generator holds one review per reviewed case; "reviews held on time" needs a
review after it, so a seeded share of those cases get one — on time, late, or, for
some, still to come. Only invented data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from shelterplan.core.demo import populate
from shelterplan.core.vocab import Role
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Review, Worker

TODAY = date(2026, 11, 23)


def add_follow_up_reviews(store: CaseStore, seed: int, today: date = TODAY) -> int:
    """For about 70% of the reviews that set a date already passed, a next review."""
    rng = random.Random(seed)
    added = 0
    with store.session() as session:
        reviews = session.execute(
            select(Review.case_id, Review.worker_id, Review.held_on, Review.next_review_on)
            .where(Review.next_review_on.is_not(None), Review.deleted_at.is_(None))
            .order_by(Review.case_id)
        ).all()
        for case_id, worker_id, _held, due in reviews:
            if due >= today or rng.random() > 0.7:
                continue
            held = due + timedelta(days=rng.choice((-9, -4, -1, 0, 0, 2, 6, 15)))
            if held > today:
                continue
            session.add(
                Review(
                    case_id=case_id,
                    worker_id=worker_id,
                    held_on=held,
                    next_review_on=held + timedelta(days=rng.choice((30, 60, 90))),
                )
            )
            added += 1
    return added


def outcome_store(store: CaseStore, clients: int = 240, seed: int = 11) -> None:
    populate(store, clients, seed=seed, today=TODAY)
    add_follow_up_reviews(store, seed)


def supervisor_name(store: CaseStore) -> str:
    with store.session() as session:
        name = session.scalar(
            select(Worker.name).where(Worker.role == Role.SUPERVISOR.value).order_by(Worker.name)
        )
    assert name is not None
    return name


def worker_names(store: CaseStore) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Worker.name).where(Worker.role == Role.WORKER.value).order_by(Worker.name)
            )
        )
