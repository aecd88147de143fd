"""Export and import: an exact round trip, and plain, all-or-nothing refusals.

Stores cost an Argon2 run each, so the source document and one refusing target store
are built once per module; the refusal tests rely on "refused means unchanged", which
is exactly what they assert.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import re
import stat
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from shelterplan.core import cases, directory, planning, safety_plan, versions
from shelterplan.core.actors import actor_named
from shelterplan.core.exchange import (
    FORMAT_VERSION,
    READABLE_VERSIONS,
    ImportSummary,
    export_document,
    import_document,
    import_file,
    write_export,
)
from shelterplan.core.queries import CaseloadFilter, caseload_page
from shelterplan.errors import ImportRejected, WrongPassphrase
from shelterplan.store import audit_chain
from shelterplan.store.base import Base, utcnow
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import (
    AuditEvent,
    Case,
    CaseAssignment,
    Client,
    Consent,
    Dependant,
    Goal,
    Note,
    PlanVersion,
    Referral,
    Setting,
    Step,
    Worker,
)

ADMIN = "Ana Admin"
PASSPHRASE = "a long test passphrase"
HELENE, BEGONA, CREE = "Hélène", "Begoña", "ᐊᓂᐢ"
# Client data that must never show in a refusal message.
SECRETS = (HELENE, BEGONA, CREE, "Durand", "she keeps her papers", "old note", "Marisol")
SECRETS += ("tournesol", "blue bag", "Noé")
# The PDF she signed (synthetic), with bytes that are not text.
PDF = b"%PDF-1.4 synthetic signed plan\n" + bytes(range(256)) + b"\n%%EOF\n"
PDF_BASE64 = base64.b64encode(PDF).decode("ascii")
SECRETS += (PDF_BASE64[:24],)
REFUSED = "Import refused, nothing was changed: "
FUZZ_EXAMPLES = int(os.environ.get("SHELTERPLAN_FUZZ_EXAMPLES", "30"))


# --- building stores --------------------------------------------------------------------
def _fill(store: CaseStore) -> None:
    """Real content through the use cases: three clients, one of them with two cases."""
    today = date(2025, 3, 3)
    with store.session() as session:
        session.add(Worker(name="Bea Worker", role="worker"))
        session.add(Setting(key="agency_name", value="Maison Soleil"))
        session.flush()
        bea = session.scalar(select(Worker.id).where(Worker.name == "Bea Worker"))
        actor = actor_named(session, ADMIN)
        helene = cases.open_new_case(
            session,
            actor,
            cases.NewClient(HELENE, legal_name="Hélène Durand", languages=["fr", "en"]),
            opened_on=today,
        )
        cases.share_case(session, actor, helene.id, bea)
        cases.assess_domain(session, actor, helene.id, "housing", "couch surfing", "high", 1)
        cases.add_strength(session, actor, helene.id, "she keeps her papers in order")
        home = planning.add_goal(session, actor, helene.id, "a flat of my own", domain="housing")
        deposit = planning.add_goal(
            session, actor, helene.id, "save the deposit", kind="intermediate", parent_id=home.id
        )
        option = planning.add_option(session, actor, deposit.id, "housing benefit", "faster")
        planning.choose_option(session, actor, option.id, "she prefers it")
        step = planning.add_step(
            session,
            actor,
            deposit.id,
            "apply for the benefit",
            due_on=today + timedelta(days=7),
            appointment_at=datetime(2025, 3, 10, 9, 30),
            appointment_place="Town hall, desk 3",
        )
        held = planning.add_step(session, actor, home.id, "visit flats", responsible="worker")
        held.not_for_client = True  # left off her take-home copy
        deposit.not_for_client = True
        planning.record_step_outcome(session, actor, step.id, "done", "form sent", today)
        service = planning.add_service(session, "Housing office", domain="housing", phone="555")
        referral = planning.refer(
            session, actor, helene.id, service.id, goal_id=home.id, status="made"
        )
        referral.not_for_client = True
        legal = planning.add_service(session, "Aide juridique", domain="legal")
        consent = cases.record_consent(session, actor, helene.id, "share with legal aid")
        consent.service_id = legal.id
        directory.refer_with_consent_check(
            session, actor, helene.id, legal.id, shares_client_details=True
        )
        plan_fields = {"safe_places": "Marisol's; the blue bag is there", "code_word": "tournesol"}
        safety_plan.save_safety_plan(session, actor, helene.id, plan_fields, today=today)
        session.add(Dependant(case_id=helene.id, name="Noé", age=7, relationship_to_her="son"))
        helene.client.declined = "birth_date,legal_name"
        cases.add_person(
            session, actor, helene.id, "support", "Marisol", "sister", list_on_plan=True
        )
        cases.add_note(session, actor, helene.id, "first meeting went well")
        gone = cases.add_note(session, actor, helene.id, "old note written by mistake")
        gone.deleted_at = utcnow()
        cases.record_consent(session, actor, helene.id, "share with housing office")
        versions.freeze_plan_version(
            session, actor, helene.id, signatories=[versions.Signatory("client", HELENE)], pdf=PDF
        )
        planning.start_review(session, actor, helene.id, today, "going well", today + timedelta(30))

        begona = cases.open_new_case(session, actor, cases.NewClient(BEGONA, pronouns="she/her"))
        goal = planning.add_goal(session, actor, begona.id, "find work")
        planning.add_step(session, actor, goal.id, "write a CV", due_on=today)
        cases.add_note(session, actor, begona.id, "Begoña called")
        cases.open_new_case(session, actor, cases.NewClient(CREE, document_language="fr"))

        again = Case(client_id=helene.client_id, opened_on=today, phase="engagement")
        session.add(again)
        session.flush()
        session.add(CaseAssignment(case_id=again.id, worker_id=actor.worker_id, lead=True))
        cases.add_note(session, actor, again.id, "second stay")


@pytest.fixture(scope="module")
def no_device_keyring() -> Iterator[None]:
    """Module stores are made before the per-test keyring exists: keep them off any keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory, no_device_keyring: None) -> dict[str, Any]:
    store, _key = CaseStore.create(tmp_path_factory.mktemp("source") / "a", ADMIN, PASSPHRASE)
    with store:
        _fill(store)
        with store.session() as session:
            return export_document(session)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory, no_device_keyring: None) -> Iterator[Any]:
    """A store with a little content of its own, which every refusal must leave alone."""
    store, _key = CaseStore.create(tmp_path_factory.mktemp("target") / "b", ADMIN, PASSPHRASE)
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        planning.add_service(session, "Food bank")
        case = cases.open_new_case(session, actor, cases.NewClient("Zoé"))
        cases.add_note(session, actor, case.id, "target note")
    yield store
    store.close()


def _counts(session: Session) -> dict[str, int]:
    counts = {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }
    counts["search_index"] = session.scalar(text("SELECT count(*) FROM search_index")) or 0
    return counts


def _store_counts(store: CaseStore) -> dict[str, int]:
    with store.session() as session:
        return _counts(session)


def _without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


# --- round trip -------------------------------------------------------------------------
def test_round_trip_is_exact(tmp_path, no_keyring):
    source, _key = CaseStore.create(tmp_path / "a", ADMIN, PASSPHRASE)
    with source:
        _fill(source)
        exported = tmp_path / "export.json"
        assert write_export(source, exported) == 4
        with source.session() as session:
            first = export_document(session)
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    raw = exported.read_text(encoding="utf-8")
    assert HELENE in raw and CREE in raw  # ensure_ascii=False
    assert json.loads(raw)["format"] == "shelterplan-export"

    target, _key = CaseStore.create(tmp_path / "b", ADMIN, PASSPHRASE)
    with target:
        summary = import_file(target, exported, ADMIN)
        assert summary == ImportSummary(cases=4, clients=3, workers_created=1, services=2)
        with target.session() as session:
            second = export_document(session)
            actor = actor_named(session, ADMIN)
            found = {
                typed: [r.client_name for r in _search(session, actor, typed)]
                for typed in ("helene", "Begona", CREE, "durand", "mistake")
            }
            assert audit_chain.verify(session) is None
            last = session.scalar(select(AuditEvent).order_by(AuditEvent.sequence.desc()))
            assert (last.action, last.worker_name) == ("import", ADMIN)
            signed = session.scalars(select(PlanVersion)).one()
            pdf, pdf_sha256 = signed.pdf, signed.pdf_sha256  # deferred: loaded when asked
            flagged = _not_for_client(session)
    assert _without_time(second) == _without_time(first)
    assert pdf == PDF  # the very bytes she signed
    assert hashlib.sha256(pdf).hexdigest() == pdf_sha256
    assert flagged == {key: {False, True} for key in ("goals", "steps", "referrals")}
    assert found == {
        "helene": [HELENE, HELENE],
        "Begona": [BEGONA],
        CREE: [CREE],
        "durand": [HELENE, HELENE],
        "mistake": [],  # the soft-deleted note is not searchable
    }
    with pytest.raises(WrongPassphrase):  # created without a key slot
        CaseStore.unlock(tmp_path / "b", "Bea Worker", PASSPHRASE)


def _search(session: Session, actor: Any, typed: str) -> list[Any]:
    return caseload_page(session, actor, CaseloadFilter(search=typed), date(2025, 3, 3))


def _not_for_client(session: Session, case_ids: list[str] | None = None) -> dict[str, set[bool]]:
    """The `not_for_client` values found in goals, steps and referrals (of `case_ids`)."""
    found = {}
    for model in (Goal, Step, Referral):
        query = select(model.not_for_client)
        if case_ids is not None:
            query = query.where(model.case_id.in_(case_ids))
        found[model.__tablename__] = set(session.scalars(query))
    return found


_WORKER = {"active": True, "screen_language": None}


def test_export_shape(document):
    top = ["format", "format_version", "exported_at", "workers", "services", "settings"]
    assert set(document) == {*top, "cases"}
    assert document["workers"] == [
        {**_WORKER, "name": ADMIN, "role": "supervisor", "is_admin": True},
        {**_WORKER, "name": "Bea Worker", "role": "worker", "is_admin": False},
    ]
    assert [s["key"] for s in document["settings"]] == ["agency_name"]
    assert [c["id"] for c in document["cases"]] == sorted(c["id"] for c in document["cases"])
    helene = _case(document, HELENE)
    assert {a["worker"] for a in helene["assignments"]} == {ADMIN, "Bea Worker"}
    assert "worker_id" not in helene["notes"][0]
    assert sum(n["deleted_at"] is not None for n in helene["notes"]) == 1
    step = next(s for s in helene["steps"] if s["appointment_at"])
    assert step["appointment_at"] == "2025-03-10T09:30:00.000000"
    assert step["due_on"] == "2025-03-10"
    assert step["row_version"] == 2  # the outcome was recorded: the version is kept
    clients = [c["client"] for c in document["cases"] if c["client"]["preferred_name"] == HELENE]
    assert len(clients) == 2 and clients[0] == clients[1]
    assert document["format_version"] == FORMAT_VERSION == 3
    assert READABLE_VERSIONS == (1, 2, 3)
    assert clients[0]["declined"] == "birth_date,legal_name"
    legal = next(s for s in document["services"] if s["name"] == "Aide juridique")
    assert {c["service_id"] for c in helene["consents"]} == {legal["id"], None}
    assert [d["name"] for d in helene["dependants"]] == ["Noé"]
    (plan,) = helene["safety_plans"]
    assert plan["code_word"] == "tournesol" and plan["reviewed_on"] == "2025-03-03"
    assert "wizard_drafts" not in json.dumps(document)  # working state stays on the laptop
    others = [c for c in document["cases"] if c is not helene]
    assert all(c["dependants"] == [] and c["safety_plans"] == [] for c in others)
    (signed,) = helene["plan_versions"]
    assert signed["pdf"] == PDF_BASE64  # a deferred column on the model, exported all the same
    assert signed["pdf_sha256"] == hashlib.sha256(PDF).hexdigest()
    for key in ("goals", "steps", "referrals"):
        assert [item["not_for_client"] for item in helene[key]].count(True) == 1
        assert all(item["not_for_client"] is False for c in others for item in c[key])


def _as_version_2(document: dict[str, Any]) -> dict[str, Any]:
    """The document as a shelterplan before printed plans (format version 3) wrote it."""
    old = copy.deepcopy(document)
    old["format_version"] = 2
    for worker in old["workers"]:  # as migration 0004's downgrade: administrators were "admin"
        if worker.pop("is_admin") and worker["role"] == "supervisor":
            worker["role"] = "admin"
    for case in old["cases"]:
        for key in ("goals", "steps", "referrals"):
            for item in case[key]:
                del item["not_for_client"]
        for signed in case["plan_versions"]:
            del signed["pdf"]
        del case["goal_reviews"]  # reviews per goal came with format version 3
    return old


def _as_version_1(document: dict[str, Any]) -> dict[str, Any]:
    """The document as a shelterplan before dependants and safety plans wrote it."""
    old = _as_version_2(document)
    old["format_version"] = 1
    for case in old["cases"]:
        del case["client"]["declined"], case["dependants"], case["safety_plans"]
        for consent in case["consents"]:
            del consent["service_id"]
    return old


def test_a_version_1_file_is_still_read(document, target):
    """Files written before format version 2 import, the new fields left empty."""
    with Session(target.engine) as session:
        session.begin()
        summary = import_document(session, _as_version_1(document), ADMIN)
        helene = session.scalar(select(Client).where(Client.preferred_name == HELENE))
        declined = helene.declined
        imported = [case["id"] for case in document["cases"]]
        consents = set(
            session.scalars(select(Consent.service_id).where(Consent.case_id.in_(imported)))
        )
        dependants = session.scalar(select(func.count(Dependant.id)))
        flagged = _not_for_client(session, imported)
        pdfs = set(
            session.scalars(select(PlanVersion.pdf).where(PlanVersion.case_id.in_(imported)))
        )
        session.rollback()
    assert summary.cases == 4
    assert declined is None and consents == {None}
    assert dependants == 0
    assert flagged == {"goals": {False}, "steps": {False}, "referrals": {False}}
    assert pdfs == {None}


def test_a_version_2_file_is_still_read(document, target):
    """Files written before printed plans import: every item on her copy (the column's
    default, not null), and no PDF kept; the hash of the PDF signed then stays."""
    with Session(target.engine) as session:
        session.begin()
        summary = import_document(session, _as_version_2(document), ADMIN)
        imported = [case["id"] for case in document["cases"]]
        flagged = _not_for_client(session, imported)
        signed = session.execute(
            select(PlanVersion.pdf, PlanVersion.pdf_sha256).where(PlanVersion.case_id.in_(imported))
        ).all()
        dependants = session.scalar(select(func.count(Dependant.id)))
        session.rollback()
    assert summary == ImportSummary(cases=4, clients=3, workers_created=1, services=2)
    assert flagged == {"goals": {False}, "steps": {False}, "referrals": {False}}
    assert [tuple(row) for row in signed] == [(None, hashlib.sha256(PDF).hexdigest())]
    assert dependants == 1  # version 2 parts are read as before


def test_an_admin_of_an_older_file_becomes_a_supervisor_who_administers(document, target):
    """As migration 0004 did to stores: the "admin" of then saw every case."""
    old = _as_version_2(document)
    old["workers"].append({**_WORKER, "name": "Old Coordinator", "role": "admin"})
    with Session(target.engine) as session:
        session.begin()
        import_document(session, old, ADMIN)
        found = session.execute(
            select(Worker.name, Worker.role, Worker.is_admin).where(Worker.name != ADMIN)
        ).all()
        session.rollback()
    assert sorted(tuple(row) for row in found) == [
        ("Bea Worker", "worker", False),
        ("Old Coordinator", "supervisor", True),
    ]


def test_a_version_3_worker_must_say_whether_she_administers(document, target):
    changed = copy.deepcopy(document)
    del changed["workers"][1]["is_admin"]
    with Session(target.engine) as session:
        session.begin()
        with pytest.raises(ImportRejected, match="worker 2: missing 'is_admin'"):
            import_document(session, changed, ADMIN)
        session.rollback()


@pytest.mark.parametrize("room", [0, -1])
def test_a_pdf_over_the_size_limit_is_refused(document, target, monkeypatch, room):
    """The limit is on the decoded bytes: a PDF of exactly the limit is imported."""
    monkeypatch.setattr("shelterplan.core.exchange.fields.MAX_BINARY_BYTES", len(PDF) + room)
    with Session(target.engine) as session:
        session.begin()
        before = _counts(session)
        try:
            import_document(session, copy.deepcopy(document), ADMIN)
            refusal = None
        except ImportRejected as refused:
            refusal = str(refused)
            assert _counts(session) == before
        finally:
            session.rollback()
    if room == 0:
        assert refusal is None
    else:
        where = f"{_where(document, HELENE)}, plan version 1"
        assert refusal is not None and refusal.startswith(f"{REFUSED}{where}: 'pdf' is larger")


# --- refusals ---------------------------------------------------------------------------
def _case(document: dict[str, Any], name: str, with_goals: bool = True) -> dict[str, Any]:
    return next(
        case
        for case in document["cases"]
        if case["client"]["preferred_name"] == name and bool(case["goals"]) == with_goals
    )


def _where(document: dict[str, Any], name: str) -> str:
    return f"case {document['cases'].index(_case(document, name)) + 1}"


def _intermediate(case: dict[str, Any]) -> dict[str, Any]:
    return next(goal for goal in case["goals"] if goal["parent_id"])


Mutation = Callable[[dict[str, Any], CaseStore], tuple[Any, str]]


def _bad_json(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    return json.dumps(doc)[:-40].encode(), "the file: it is not valid JSON (line 1, column"


def _too_deep(_doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    return b"[" * 200_000 + b"]" * 200_000, "nested too deeply"


def _huge_number(_doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    return b"[" + b"7" * 5000 + b"]", "it is not valid JSON (a value cannot be read)"


def _wrong_format(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    doc["format"] = "another-export"
    return doc, "the file: it is not a shelterplan export."


def _wrong_version(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    doc["format_version"] = 4
    return doc, "the file: it is not export format version 1, 2 or 3."


def _version_as_text(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    doc["format_version"] = "3"
    return doc, "the file: it is not export format version 1, 2 or 3."


def _missing_key(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    del _case(doc, HELENE)["steps"][1]["due_on"]
    return doc, f"{_where(doc, HELENE)}, step 2: missing 'due_on'."


def _unknown_key(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, BEGONA)["client"]["favourite_colour"] = "blue"
    return doc, f"{_where(doc, BEGONA)}, client: unknown field 'favourite_colour'."


def _wrong_type(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, HELENE)["goals"][0]["position"] = "1"
    return doc, f"{_where(doc, HELENE)}, goal 1: 'position' is not a whole number."


def _bad_date(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    case = _case(doc, HELENE)
    number = next(i for i, s in enumerate(case["steps"], 1) if s["due_on"])
    case["steps"][number - 1]["due_on"] = "2025-02-30"
    where = f"{_where(doc, HELENE)}, step {number}"
    return doc, f"{REFUSED}{where}: 'due_on' is not a date (YYYY-MM-DD)."


def _dangling_parent(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _intermediate(_case(doc, HELENE))["parent_id"] = str(uuid.uuid4())
    return doc, "'parent_id' does not name a goal of this case"


def _goal_loop(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    case = _case(doc, HELENE)
    child = _intermediate(case)
    parent = next(goal for goal in case["goals"] if goal["id"] == child["parent_id"])
    parent["parent_id"] = child["id"]
    return doc, "its 'parent_id' leads back to itself"


def _other_case_goal(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, HELENE)["steps"][0]["goal_id"] = _case(doc, BEGONA)["goals"][0]["id"]
    return doc, f"{_where(doc, HELENE)}, step 1: 'goal_id' does not name a goal of this case."


def _duplicate_id(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    notes = _case(doc, HELENE)["notes"]
    notes[1]["id"] = notes[0]["id"]
    return doc, f"{_where(doc, HELENE)}, note 2: its 'id' is used twice (also by "


def _id_in_store(doc: dict[str, Any], target: CaseStore) -> tuple[Any, str]:
    with target.session() as session:
        _case(doc, BEGONA)["notes"][0]["id"] = session.scalar(select(Note.id))
    return doc, f"{_where(doc, BEGONA)}, note 1: its 'id' already exists in this store."


def _id_shared_across_tables(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    case = _case(doc, BEGONA)
    case["notes"][0]["id"] = case["client"]["id"]
    return doc, f"{_where(doc, BEGONA)}, note 1: its 'id' is used twice (also by case "


def _note_id_is_a_client_in_store(doc: dict[str, Any], target: CaseStore) -> tuple[Any, str]:
    with target.session() as session:
        _case(doc, BEGONA)["notes"][0]["id"] = session.scalar(select(Client.id))
    return doc, f"{_where(doc, BEGONA)}, note 1: its 'id' already exists in this store."


def _same_field_twice(_doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    return b'{"format": "shelterplan-export", "format": 1}', "the same field twice"


def _bad_enum(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, CREE, with_goals=False)["phase"] = "finished"
    return doc, "'phase' is not one of: engagement, assessment, planning,"


def _too_long(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, BEGONA)["client"]["preferred_name"] = BEGONA * 40
    return doc, "client: 'preferred_name' is longer than 200 characters."


def _unknown_worker(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, BEGONA)["notes"][0]["worker"] = "Nobody Here"
    return doc, "note 1: 'worker' names no worker in the file or this store."


def _client_differs(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, HELENE, with_goals=False)["client"]["pronouns"] = "elle"
    return doc, "client: the same client differs in case "


def _store_id(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    doc["settings"][0]["key"] = "store_id"
    return doc, "setting 1: the store's own 'store_id' setting cannot be imported."


def _unknown_service(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    doc["services"] = []
    return doc, "referral 1: 'service_id' names no service in the file or this store."


def _unknown_consent_service(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    case = _case(doc, HELENE)
    number = next(i for i, c in enumerate(case["consents"], 1) if c["service_id"])
    case["consents"][number - 1]["service_id"] = str(uuid.uuid4())
    where = f"{_where(doc, HELENE)}, consent {number}"
    return doc, f"{where}: 'service_id' names no service in the file or this store."


def _safety_plan_of_another_case(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, HELENE)["safety_plans"][0]["case_id"] = _case(doc, BEGONA)["id"]
    return doc, f"{_where(doc, HELENE)}, safety plan 1: 'case_id' is not the id of this case."


def _dependant_without_name(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, HELENE)["dependants"][0]["name"] = None
    return doc, f"{_where(doc, HELENE)}, dependant 1: 'name' cannot be null."


def _version_1_with_new_fields(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    old = _as_version_1(doc)
    _case(old, HELENE)["client"]["declined"] = None
    return old, f"{_where(old, HELENE)}, client: unknown field 'declined'."


def _version_1_with_new_parts(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    old = _as_version_1(doc)
    _case(old, BEGONA)["safety_plans"] = []
    return old, f"{_where(old, BEGONA)}: unknown field 'safety_plans'."


def _version_2_with_new_fields(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    old = _as_version_2(doc)
    _case(old, HELENE)["steps"][0]["not_for_client"] = False
    return old, f"{_where(old, HELENE)}, step 1: unknown field 'not_for_client'."


def _version_2_with_pdf(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    old = _as_version_2(doc)
    _case(old, HELENE)["plan_versions"][0]["pdf"] = None
    return old, f"{_where(old, HELENE)}, plan version 1: unknown field 'pdf'."


def _version_1_with_version_3_fields(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    old = _as_version_1(doc)
    _case(old, BEGONA)["goals"][0]["not_for_client"] = True
    return old, f"{_where(old, BEGONA)}, goal 1: unknown field 'not_for_client'."


def _signed(doc: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Hélène's signed plan version, and where it is in the file."""
    return _case(doc, HELENE)["plan_versions"][0], f"{_where(doc, HELENE)}, plan version 1"


def _pdf_tampered(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    signed, where = _signed(doc)
    changed = bytearray(PDF)
    changed[12] ^= 0x01  # one bit of the signed text; its hash left as it was
    signed["pdf"] = base64.b64encode(bytes(changed)).decode("ascii")
    return doc, f"{REFUSED}{where}: 'pdf' does not match 'pdf_sha256'."


def _pdf_without_its_hash(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    signed, where = _signed(doc)
    signed["pdf_sha256"] = None
    return doc, f"{REFUSED}{where}: 'pdf' does not match 'pdf_sha256'."


def _pdf_not_base64(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    signed, where = _signed(doc)
    signed["pdf"] = "%PDF-1.4 synthetic, not encoded"
    return doc, f"{REFUSED}{where}: 'pdf' is not base64 text."


def _pdf_with_line_breaks(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    signed, where = _signed(doc)  # MIME-style base64: not the standard, strict form
    signed["pdf"] = "\n".join(PDF_BASE64[i : i + 76] for i in range(0, len(PDF_BASE64), 76))
    return doc, f"{REFUSED}{where}: 'pdf' is not base64 text."


def _pdf_badly_padded(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    signed, where = _signed(doc)
    signed["pdf"] = PDF_BASE64.rstrip("=") + "A"
    return doc, f"{REFUSED}{where}: 'pdf' is not base64 text."


def _pdf_not_text(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    signed, where = _signed(doc)
    signed["pdf"] = list(PDF[:8])
    return doc, f"{REFUSED}{where}: 'pdf' is not base64 text."


def _flag_not_boolean(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    _case(doc, HELENE)["referrals"][0]["not_for_client"] = None
    return doc, f"{_where(doc, HELENE)}, referral 1: 'not_for_client' cannot be null."


def _not_a_list(doc: dict[str, Any], _t: CaseStore) -> tuple[Any, str]:
    doc["cases"][0]["consents"] = {}
    return doc, "case 1: 'consents' is not a list."


MUTATIONS: dict[str, Mutation] = {
    "bad_json": _bad_json,
    "too_deep": _too_deep,
    "huge_number": _huge_number,
    "wrong_format": _wrong_format,
    "wrong_version": _wrong_version,
    "missing_key": _missing_key,
    "unknown_key": _unknown_key,
    "wrong_type": _wrong_type,
    "bad_date": _bad_date,
    "dangling_parent_goal": _dangling_parent,
    "goal_loop": _goal_loop,
    "step_on_other_case_goal": _other_case_goal,
    "duplicate_id": _duplicate_id,
    "id_already_in_store": _id_in_store,
    "id_shared_across_tables": _id_shared_across_tables,
    "note_id_is_a_client_id_in_store": _note_id_is_a_client_in_store,
    "same_field_twice": _same_field_twice,
    "bad_enum": _bad_enum,
    "string_too_long": _too_long,
    "unknown_worker": _unknown_worker,
    "client_differs_between_cases": _client_differs,
    "store_id_setting": _store_id,
    "unknown_service": _unknown_service,
    "unknown_consent_service": _unknown_consent_service,
    "safety_plan_of_another_case": _safety_plan_of_another_case,
    "dependant_without_name": _dependant_without_name,
    "version_as_text": _version_as_text,
    "version_1_with_new_fields": _version_1_with_new_fields,
    "version_1_with_new_parts": _version_1_with_new_parts,
    "version_2_with_new_fields": _version_2_with_new_fields,
    "version_2_with_pdf": _version_2_with_pdf,
    "version_1_with_version_3_fields": _version_1_with_version_3_fields,
    "pdf_tampered": _pdf_tampered,
    "pdf_without_its_hash": _pdf_without_its_hash,
    "pdf_not_base64": _pdf_not_base64,
    "pdf_with_line_breaks": _pdf_with_line_breaks,
    "pdf_badly_padded": _pdf_badly_padded,
    "pdf_not_text": _pdf_not_text,
    "flag_not_boolean": _flag_not_boolean,
    "not_a_list": _not_a_list,
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_refused_plainly_and_nothing_changes(name, document, target, tmp_path):
    payload, expected = MUTATIONS[name](copy.deepcopy(document), target)
    path = tmp_path / "import.json"
    path.write_bytes(payload if isinstance(payload, bytes) else json.dumps(payload).encode())
    before = _store_counts(target)
    with pytest.raises(ImportRejected) as refused:
        import_file(target, path, ADMIN)
    message = str(refused.value)
    assert message.startswith(REFUSED) and message.endswith(".")
    assert expected in message
    assert not any(secret in message for secret in SECRETS)
    assert _store_counts(target) == before


def test_file_too_large_is_refused(target, tmp_path, monkeypatch):
    monkeypatch.setattr("shelterplan.core.exchange.load.MAX_FILE_BYTES", 10)
    path = tmp_path / "big.json"
    path.write_text("[" + "1," * 20 + "1]")
    with pytest.raises(ImportRejected, match="larger than 512 MiB"):
        import_file(target, path, ADMIN)


def test_workers_are_matched_by_name_as_at_login(document, target):
    """The refusal tests start from a document the target accepts (rolled back here);
    a worker named with other case and spacing is the target's own worker, as at login."""
    renamed = json.loads(json.dumps(document).replace(f'"{ADMIN}"', '"ana  ADMIN"'))
    with Session(target.engine) as session:
        session.begin()
        summary = import_document(session, renamed, ADMIN)
        names = set(session.scalars(select(Worker.name)))
        admin_notes = session.scalar(
            select(func.count(Note.id)).join(Worker).where(Worker.name == ADMIN)
        )
        session.rollback()
    assert summary == ImportSummary(cases=4, clients=3, workers_created=1, services=2)
    assert names == {ADMIN, "Bea Worker"}
    assert admin_notes == 1 + 4  # the target's own note and the four imported


# --- fuzzing ----------------------------------------------------------------------------
def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


def _json_values(document: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Random JSON, plus values that are almost right (other ids, enums, edge numbers)."""
    ids = sorted(set(re.findall(r'"([0-9a-f]{8}-[0-9a-f-]{27})"', json.dumps(document))))
    near = [*ids, "", "open", "admin", "fr", "2025-02-30", "2025-03-03", 2**63, -1, 1.5, True]
    near += ["JVBERi0xLjQ=", "JVBERi0xLjQ", PDF_BASE64]  # base64: right, unpadded, another's
    scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=12)
    scalars |= st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(near)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
        max_leaves=6,
    )


def _mutate(document: dict[str, Any], data: st.DataObject, values: st.SearchStrategy[Any]) -> Any:
    """Drop a field or row, replace a value with random JSON, add a field, copy a row."""
    # Reversed: Hypothesis favours early choices, and those should not all be "format".
    paths = list(_paths(document))[::-1]
    for _round in range(data.draw(st.integers(1, 3), label="mutations")):
        path = data.draw(st.sampled_from(paths), label="path")
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if not path:
            return data.draw(values, label="whole document")
        key = path[-1]
        how = data.draw(st.sampled_from(["replace", "drop", "add", "duplicate"]), label="how")
        if how == "replace":
            parent[key] = data.draw(values, label="value")
        elif how == "drop":
            del parent[key]
        elif how == "add" and isinstance(parent, dict):
            parent[data.draw(st.text(max_size=8), label="new key")] = data.draw(values)
        elif isinstance(parent, list):  # "duplicate", or "add" to a list
            parent.append(copy.deepcopy(parent[key]))
        paths = list(_paths(document))[::-1]
    return document


def test_mutated_documents_import_or_are_refused_whole(document, target):
    """Whatever the file says, the outcome is an import or a plain refusal made before
    any write; never a crash. Each example is rolled back so the target stays reusable."""
    values = _json_values(document)

    @settings(
        max_examples=FUZZ_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        mutated = _mutate(copy.deepcopy(document), data, values)
        with Session(target.engine) as session:
            session.begin()
            before = _counts(session)
            try:
                import_document(session, mutated, ADMIN)
            except ImportRejected as refused:
                assert str(refused).startswith(REFUSED)
                assert not any(secret in str(refused) for secret in SECRETS)
                assert _counts(session) == before  # refused before any write
            finally:
                session.rollback()  # keep the target reusable after a successful import

    check()
