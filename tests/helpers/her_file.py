"""Two clients with everything a file can hold: the one to erase, and one who stays.

`write_everything` fills one case through the use cases; on top of it she gets what it
does not write (dependant, safety plan, a wizard draft, a consent tied to a provider, a
soft-deleted note) and a second, closed case. Canaries of the service directory are not
hers: the directory is agency data and stays.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from shelterplan.core import cases, household, planning, safety_plan
from shelterplan.core.actors import actor_named
from shelterplan.store.base import utcnow
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Case, Note, WizardDraft, Worker
from tests.conftest import ADMIN
from tests.helpers.content import canary, write_everything

AGENCY_LABELS = ("Service", "Address")  # the directory entry write_everything adds


@dataclass(frozen=True)
class Person:
    client_id: str
    case_ids: tuple[str, ...]
    canaries: tuple[str, ...]  # hers only (the directory's are left out)
    service_id: str


def supervising_admin(session: Session, name: str = ADMIN) -> None:
    """The first account as a supervisor with administrator rights, as migration 0004
    makes it (so these tests hold before and after that change reaches `create`)."""
    values: dict[str, object] = {"role": "supervisor"}
    if hasattr(Worker, "is_admin"):
        values["is_admin"] = True
    session.execute(update(Worker).where(Worker.name == name).values(**values))


def write_person(session: Session, tag: str) -> Person:
    written, case_id = write_everything(session, ADMIN, tag)
    actor = actor_named(session, ADMIN)
    c = lambda label: canary(label + tag)  # noqa: E731
    today = date(2026, 11, 23)
    case = session.get(Case, case_id)
    assert case is not None
    client_id = case.client_id
    household.add_dependant(session, actor, case_id, c("Child"), 7, c("Daughter"), notes=c("Kid"))
    safety_plan.save_safety_plan(
        session, actor, case_id, {"safe_places": c("SafePlace"), "code_word": c("SafeWord")}
    )
    service = planning.add_service(session, f"Legal clinic {tag}")
    tied = cases.record_consent(session, actor, case_id, "share_with_provider", None, today)
    tied.service_id = service.id
    gone = cases.add_note(session, actor, case_id, c("DeletedNote"))
    session.execute(update(Note).where(Note.id == gone.id).values(deleted_at=utcnow()))
    session.add(
        WizardDraft(
            kind="goal",
            worker_id=actor.worker_id,
            case_id=case_id,
            page="goal",
            data=json.dumps({"words": c("Draft")}),
            saved_at=utcnow(),
        )
    )
    # A second, older case of hers, closed long ago, with a note of its own.
    older = Case(
        client_id=client_id,
        program=c("OldProgram"),
        phase="closed",
        opened_on=date(2014, 1, 6),
        closed_on=date(2015, 3, 2),
    )
    session.add(older)
    session.flush()
    cases.add_note(session, actor, older.id, c("OldNote"))
    session.flush()
    labels = ["Child", "Daughter", "Kid", "SafePlace", "SafeWord", "DeletedNote", "Draft"]
    labels += ["OldProgram", "OldNote"]
    agency = {canary(label + tag) for label in AGENCY_LABELS}
    mine = [text for text in written if text not in agency] + [c(label) for label in labels]
    return Person(client_id, tuple(sorted((case_id, older.id))), tuple(mine), service.id)


def fill_two(store: CaseStore) -> tuple[Person, Person]:
    """Her (tag "A", to be erased) and another client (tag "B", who stays)."""
    with store.session() as session:
        supervising_admin(session)
    with store.session() as session:
        her = write_person(session, "A")
    with store.session() as session:
        other = write_person(session, "B")
    return her, other
