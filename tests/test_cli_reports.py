"""`shelterplan outcomes` and `shelterplan funder-export`, run as the command is run."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from shelterplan.core.demo import populate
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.content import write_everything
from tests.helpers.outcomes import worker_names
from tests.test_cli import assert_plain_failure, run


@pytest.fixture
def filled(tmp_path: Path, no_keyring: None) -> tuple[Path, list[str], list[str]]:
    """A passphrase-only store: demo cases (workers with slots) and a canary case."""
    folder = tmp_path / "store"
    store, _ = CaseStore.create(folder, ADMIN, PASSPHRASE)
    with store:
        populate(store, 40, seed=2, worker_passphrase=PASSPHRASE)
        with store.session() as session:
            canaries, _ = write_everything(session, ADMIN)
        workers = worker_names(store)
    return folder, canaries, workers


def _cli(folder: Path, *args: str, worker: str = ADMIN):  # type: ignore[no-untyped-def]
    return run("--data-dir", str(folder), "--worker", worker, *args, passphrase=PASSPHRASE)


def test_outcomes_prints_the_tables(filled):
    folder, canaries, workers = filled
    result = _cli(folder, "outcomes")
    assert result.returncode == 0, result.stderr
    assert "Active cases per worker" in result.stdout
    assert "Reviews held on time" in result.stdout
    assert all(name in result.stdout for name in workers)
    assert not any(c in result.stdout for c in canaries if "Service" not in c)


def test_outcomes_filters_by_lead_worker_and_saves_csv(filled, tmp_path):
    folder, _canaries, workers = filled
    out = tmp_path / "o.csv"
    start = (date.today() - timedelta(days=200)).isoformat()
    result = _cli(
        folder, "outcomes", "--from", start, "--worker", workers[0], "--by", "quarter",
        "--lang", "fr", "--csv", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Rapport de résultats"]
    assert ["Intervenante principale", workers[0]] in rows
    active = rows.index(["Dossiers actifs par intervenante"])
    assert rows[active + 3][0] == workers[0]
    assert rows[active + 4][0].startswith("Tous les dossiers")


def test_outcomes_saves_a_pdf(filled, tmp_path):
    folder, _canaries, _workers = filled
    out = tmp_path / "o.pdf"
    result = _cli(folder, "outcomes", "--lang", "es", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Informe de resultados" in text
    assert "CANARYPreferredQZX" not in text and "CANARYNoteQZX" not in text


def test_funder_export_writes_and_audits(filled, tmp_path):
    folder, canaries, workers = filled
    out = tmp_path / "funder.csv"
    start = (date.today() - timedelta(days=364)).isoformat()
    result = _cli(
        folder, "funder-export", "--from", start, "--to", date.today().isoformat(),
        "--out", str(out), "--per-case",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "audit trail" in result.stdout and "NOT protected" in result.stdout
    text = out.read_text(encoding="utf-8-sig")
    assert "[record_level]" in text
    assert not any(c in text for c in canaries)
    assert not any(name in text for name in workers)
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        entry = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "funder.export")
        ).one()
    assert (entry.worker_name, entry.record_type) == (ADMIN, "per_case")


def test_a_worker_is_refused_plainly(filled, tmp_path):
    folder, _canaries, workers = filled
    result = _cli(folder, "outcomes", worker=workers[0])
    assert_plain_failure(result, "supervisors and administrators")
    out = tmp_path / "f.csv"
    result = _cli(
        folder, "funder-export", "--from", "2026-01-01", "--to", "2026-02-01", "--out", str(out),
        worker=workers[0],
    )  # fmt: skip
    assert_plain_failure(result, "supervisors and administrators")
    assert not out.exists()


def test_bad_dates_are_refused_plainly(filled, tmp_path):
    folder, _canaries, _workers = filled
    result = _cli(folder, "outcomes", "--from", "2026-05-01", "--to", "2026-04-01")
    assert_plain_failure(result, "The period must start on or before")
    result = _cli(folder, "outcomes", "--lead", "Nobody At All")
    assert_plain_failure(result, "no worker with that name")
