"""Her own copy of her file: one ZIP, her JSON and signed PDFs, nobody else's data."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from datetime import date

import pytest
import sqlalchemy as sa

from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.client_export import JSON_NAME, client_file, write_client_file
from shelterplan.core.consents import NoConsent
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed
from shelterplan.store.models import AuditEvent, CaseAssignment, PlanVersion, Worker
from tests.conftest import ADMIN
from tests.helpers.her_file import fill_two

TODAY = date(2026, 11, 23)


@pytest.fixture
def two(store):  # type: ignore[no-untyped-def]
    return fill_two(store)


def _open(data: bytes) -> tuple[zipfile.ZipFile, dict]:  # type: ignore[type-arg]
    archive = zipfile.ZipFile(io.BytesIO(data))
    return archive, json.loads(archive.read(JSON_NAME))


def _everything(archive: zipfile.ZipFile) -> str:
    return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_her_file_holds_her_json_and_signed_pdfs_and_nobody_elses(store, two, tmp_path):
    her, other = two
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "her-file.zip"
    exported = write_client_file(store, her.case_ids[1], out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["her-file.zip"]  # no temp file left
    archive, document = _open(out.read_bytes())
    names = archive.namelist()
    assert names == sorted(names) and names[0] == JSON_NAME
    assert document["format"] == "shelterplan-client-file"
    assert document["client"]["id"] == her.client_id
    assert [case["id"] for case in document["cases"]] == list(her.case_ids)
    assert exported.cases == 2 and exported.pdfs == 1
    text = _everything(archive)
    for canary in her.canaries:  # all hers but a worker's unfinished wizard (not a record)
        assert (canary in text) == ("Draft" not in canary), canary
    for canary in other.canaries:
        assert canary not in text, canary
    assert other.client_id not in text and not set(other.case_ids) & set(names)
    for info in archive.infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
    with store.session() as session:
        stored = session.scalar(
            sa.select(PlanVersion.pdf).where(PlanVersion.case_id.in_(her.case_ids))
        )
    (version,) = [v for case in document["cases"] for v in case["plan_versions"]]
    assert "pdf" not in version
    assert archive.read(version["pdf_file"]) == stored
    assert version["pdf_file"].startswith("plans/")
    actions = {entry["action"] for entry in document["access_log"]}
    assert {"consent.given", "dependant.add", "safety_plan.save"} <= actions
    assert {e["record_id"] for e in document["access_log"]} <= _ids(document)
    assert {s["id"] for s in document["services"]} == {her.service_id, *_referred(document)}
    with store.session() as session:
        last = session.scalars(sa.select(AuditEvent).order_by(AuditEvent.sequence.desc())).first()
        assert (last.action, last.record_type, last.record_id) == (
            "client.export",
            "client",
            her.client_id,
        )


def _ids(document: dict) -> set[str]:  # type: ignore[type-arg]
    ids = {document["client"]["id"]}
    for case in document["cases"]:
        ids.add(case["id"])
        for rows in case.values():
            if isinstance(rows, list):
                ids.update(row["id"] for row in rows)
    return ids


def _referred(document: dict) -> set[str]:  # type: ignore[type-arg]
    return {r["service_id"] for case in document["cases"] for r in case["referrals"]}


def test_the_same_file_gives_the_same_entries(store, two):
    her, _other = two
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        first = client_file(session, actor, her.case_ids[0])
        second = client_file(session, actor, her.case_ids[0])
    one, doc_one = _open(first.data)
    two_, doc_two = _open(second.data)
    assert one.namelist() == two_.namelist()
    doc_one.pop("exported_at"), doc_two.pop("exported_at")
    assert doc_one == doc_two


def test_a_copy_for_a_provider_needs_her_consent_to_it(store, two):
    her, _other = two
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        service_id = her.service_id  # her consent is tied to this provider
        (case_with_consent,) = [c for c in her.case_ids if _has_consent(session, c, service_id)]
        copy = client_file(session, actor, case_with_consent, service_id, TODAY)
        other_service = session.scalar(
            sa.text("SELECT id FROM services WHERE id != :s LIMIT 1"), {"s": service_id}
        )
        with pytest.raises(NoConsent) as missing:
            client_file(session, actor, case_with_consent, other_service, TODAY)
    assert "Record her consent first" in str(missing.value)
    assert not [c for c in her.canaries if c in str(missing.value)]
    _archive, document = _open(copy.data)
    assert copy.cases == 1 and [c["id"] for c in document["cases"]] == [case_with_consent]
    assert "access_log" not in document and copy.consent_id is not None


def _has_consent(session, case_id: str, service_id: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(
        session.scalar(
            sa.text("SELECT count(*) FROM consents WHERE case_id = :c AND service_id = :s"),
            {"c": case_id, "s": service_id},
        )
    )


def test_a_worker_needs_access_to_all_her_cases(store, two):
    her, _other = two
    with store.session() as session:
        worker = Worker(name="Wanda Worker", role="worker")
        session.add(worker)
        session.flush()
        actor = Actor(worker.id, worker.name, Role.WORKER)
        session.add(CaseAssignment(case_id=her.case_ids[0], worker_id=worker.id))
        session.flush()
        with pytest.raises(NotAllowed):
            client_file(session, actor, her.case_ids[0])
        session.add(CaseAssignment(case_id=her.case_ids[1], worker_id=worker.id))
        session.flush()
        assert client_file(session, actor, her.case_ids[0]).cases == 2
