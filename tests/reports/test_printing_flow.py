"""From a case in the store to paper and back: printing, signing, re-printing exactly."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from shelterplan.core import client_copy, planning, versions, workspace
from shelterplan.core.actors import actor_named
from shelterplan.core.agency import agency_details, set_agency_details
from shelterplan.core.rules import InvalidInput
from shelterplan.errors import NotAllowed, NotFound, StoreTampered
from shelterplan.reports import printing
from shelterplan.reports.model import Audience, PlanPrint, SignatoryRole, SignatureBlock
from shelterplan.reports.plan_pdf import render_plan
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, PlanVersion, Step
from tests.conftest import ADMIN
from tests.helpers.content import canary, write_everything

SIGNATURE = (((0.05, 0.7), (0.3, 0.2), (0.5, 0.8), (0.95, 0.3)),)


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def case_id(store: CaseStore) -> str:
    with store.session() as session:
        _, case_id = write_everything(session, ADMIN)
        set_agency_details(
            session,
            actor_named(session, ADMIN),
            name="Maison Synthétique",
            address="12 rue Imaginaire, Montréal",
            phone="555-0142",
        )
    return case_id


def _blocks(name: str = "Éloïse") -> list[SignatureBlock]:
    return [
        SignatureBlock(SignatoryRole.CLIENT, name, strokes=SIGNATURE),
        SignatureBlock(SignatoryRole.WORKER, ADMIN),
    ]


def _sign(store: CaseStore, case_id: str, **options: object) -> str:
    with store.session() as session:
        version = printing.sign_plan(
            session,
            actor_named(session, ADMIN),
            case_id,
            blocks=_blocks(),
            signed_on=date.today(),
            **options,  # type: ignore[arg-type]
        )
        return version.id


def test_printing_shows_the_agency_and_the_next_version(store, case_id):
    with store.session() as session:
        document = printing.render_case_plan(session, actor_named(session, ADMIN), case_id)
        number = versions.next_version_number(session, case_id)
    text = _text(document.data)
    assert "Maison Synthétique" in text
    assert "12 rue Imaginaire" in text
    assert canary("LongGoal") in text
    assert str(number) in text


def test_take_home_copy_leaves_out_the_address_and_what_is_held_back(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        full = printing.render_case_plan(session, actor, case_id)
        home = printing.render_case_plan(session, actor, case_id, audience=Audience.TAKE_HOME)
    assert canary("Action") in _text(full.data)  # the step write_everything left off her copy
    assert canary("Action") not in _text(home.data)
    assert "12 rue Imaginaire" not in _text(home.data)
    assert canary("DoNotTell") in _text(full.data)
    assert canary("DoNotTell") not in _text(home.data)


def test_signing_freezes_the_snapshot_and_the_signed_pdf(store, case_id):
    version_id = _sign(store, case_id)
    with store.session() as session:
        version = session.get(PlanVersion, version_id)
        assert version is not None and version.pdf is not None
        assert version.number == 2  # write_everything froze version 1
        assert version.signed_at is not None
        assert hashlib.sha256(version.pdf).hexdigest() == version.pdf_sha256
        signers = versions.stored_signatories(version.signatories)
        assert [(s.role, s.name) for s in signers] == [("client", "Éloïse"), ("worker", ADMIN)]
        assert signers[0].strokes == SIGNATURE
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "plan.sign" in actions
        text = _text(version.pdf)
    assert "Éloïse" in text and ADMIN in text


def test_a_signed_version_reprints_byte_identically(store, case_id):
    version_id = _sign(store, case_id)
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        version, stored = versions.signed_pdf(session, actor, version_id)
        signed_on = version.signed_at.date()
        agency = printing._agency(session)[0]
        again = render_plan(
            PlanPrint(
                snapshot=json.loads(version.snapshot),
                fingerprint=version.content_sha256,
                version_number=version.number,
                language=version.language,
                printed_on=signed_on,
                agency=agency,
                signatures=tuple(
                    SignatureBlock(SignatoryRole(s.role), s.name, signed_on, s.strokes)
                    for s in versions.stored_signatories(version.signatories)
                ),
                signed=True,
            )
        )
    assert again.data == stored


def test_editing_after_signing_starts_a_new_draft(store, case_id):
    version_id = _sign(store, case_id)
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        assert not versions.changed_since_last_version(session, case_id)
        step_id = session.scalars(select(Step.id).where(Step.case_id == case_id)).first()
        goal_id = session.get(Step, step_id).goal_id
        planning.add_step(session, actor, goal_id, "Call the housing office", "client")
        assert versions.changed_since_last_version(session, case_id)
        state = workspace.reviews_and_versions(session, actor, case_id)
        assert state.changes_since_signed
        signed_number = session.get(PlanVersion, version_id).number
        assert state.last_signed_number == signed_number
        draft = printing.plan_print(session, actor, case_id)
    assert draft.version_number == signed_number + 1


def test_signing_refuses_a_plan_that_changed_since_the_paper_was_printed(store, case_id):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        printed = printing.plan_print(session, actor, case_id)
        step_id = session.scalars(select(Step.id).where(Step.case_id == case_id)).first()
        client_copy.set_left_off_her_copy(session, actor, "step", step_id, False)
    with store.session() as session, pytest.raises(InvalidInput, match="changed since"):
        printing.sign_plan(
            session,
            actor_named(session, ADMIN),
            case_id,
            blocks=_blocks(),
            signed_on=date.today(),
            expected_fingerprint=printed.fingerprint[:12],
        )
    with store.session() as session:
        assert session.scalar(select(PlanVersion.number).order_by(PlanVersion.number.desc())) == 1


@pytest.mark.parametrize(
    ("blocks", "signed_on", "message"),
    [
        (_blocks(), date.today() + timedelta(days=1), "future"),
        ([SignatureBlock(SignatoryRole.WORKER, ADMIN)], date.today(), "Both"),
        (_blocks(name="  "), date.today(), "Both"),
    ],
)
def test_signing_needs_both_names_and_a_past_date(store, case_id, blocks, signed_on, message):
    with store.session() as session, pytest.raises(InvalidInput, match=message):
        printing.sign_plan(
            session, actor_named(session, ADMIN), case_id, blocks=blocks, signed_on=signed_on
        )


def test_a_damaged_stored_pdf_is_not_printed(store, case_id):
    version_id = _sign(store, case_id)
    with store.engine.begin() as connection:  # damage below the app: the trigger is dropped
        connection.exec_driver_sql("DROP TRIGGER plan_versions_frozen")
        connection.exec_driver_sql(
            "UPDATE plan_versions SET pdf = X'255044462D312E34' WHERE id = ?", (version_id,)
        )
    with store.session() as session, pytest.raises(StoreTampered, match="verify"):
        versions.signed_pdf(session, actor_named(session, ADMIN), version_id)


def test_a_version_without_its_pdf_says_so(store, case_id):
    with store.session() as session:
        first = session.scalar(select(PlanVersion.id).where(PlanVersion.number == 1))
    with store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER plan_versions_frozen")
        connection.exec_driver_sql(
            "UPDATE plan_versions SET pdf = NULL, pdf_sha256 = NULL WHERE id = ?", (first,)
        )
    with store.session() as session, pytest.raises(NotFound, match="Print the current plan"):
        versions.signed_pdf(session, actor_named(session, ADMIN), first)


def test_only_an_admin_changes_the_agency_details(store, case_id):
    with store.session() as session:
        admin = actor_named(session, ADMIN)
        worker = workspace_worker(session, admin)
        with pytest.raises(NotAllowed):
            set_agency_details(session, worker, name="Elsewhere")
        with pytest.raises(InvalidInput, match="PNG or JPEG"):
            set_agency_details(session, admin, logo=b"GIF89a not a png")
        set_agency_details(session, admin, logo=b"\x89PNG\r\n\x1a\n" + b"0" * 10, paper="a4")
        details = agency_details(session)
    assert details.name == "Maison Synthétique"
    assert details.paper == "a4" and details.logo is not None


def workspace_worker(session, admin):  # type: ignore[no-untyped-def]
    from shelterplan.core.actors import Actor
    from shelterplan.core.vocab import Role
    from shelterplan.store.models import Worker

    worker = Worker(name="Synthetic Worker", role="worker")
    session.add(worker)
    session.flush()
    return Actor(worker.id, worker.name, Role.WORKER)


def test_the_safety_plan_prints_its_code_word_only_when_asked(store, case_id):
    from shelterplan.core.safety_plan import save_safety_plan

    with store.session() as session:
        actor = actor_named(session, ADMIN)
        save_safety_plan(
            session,
            actor,
            case_id,
            {"warning_signs": "He calls many times", "code_word": "Blue umbrella"},
        )
        plain = printing.render_case_safety_plan(session, actor, case_id)
        worded = printing.render_case_safety_plan(session, actor, case_id, with_code_word=True)
    assert "He calls many times" in _text(plain.data)
    assert "Blue umbrella" not in _text(plain.data)
    assert "Blue umbrella" in _text(worded.data)
    assert "Maison Synthétique" not in _text(worded.data)
