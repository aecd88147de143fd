"""`shelterplan plan-pdf` and the agency details of `shelterplan settings`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from shelterplan.core.actors import actor_named
from shelterplan.reports import printing
from shelterplan.reports.model import SignatoryRole, SignatureBlock
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import PlanVersion
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.content import canary, write_everything
from tests.test_cli import assert_plain_failure, run


@pytest.fixture
def filled(tmp_path: Path, no_keyring: None) -> tuple[Path, str]:
    """A passphrase-only store (as the CLI's child process opens it) with one full case."""
    folder = tmp_path / "store"
    store, _ = CaseStore.create(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        _, case_id = write_everything(session, ADMIN)
    return folder, case_id


def _cli(folder: Path, *args: str):  # type: ignore[no-untyped-def]
    return run("--data-dir", str(folder), "--worker", ADMIN, *args, passphrase=PASSPHRASE)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_plan_pdf_writes_her_plan_in_the_language_asked(filled, tmp_path):
    folder, case_id = filled
    base = ("settings", "--agency-name", "Maison Synthétique", "--agency-address", "1 rue Nulle")
    assert _cli(folder, *base).returncode == 0
    out = tmp_path / "plan.pdf"
    result = _cli(folder, "plan-pdf", case_id[:8], "--lang", "es", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout
    text = _text(out)
    assert canary("LongGoal") in text and "1 rue Nulle" in text
    home = tmp_path / "home.pdf"
    result = _cli(folder, "plan-pdf", case_id, "--take-home", "--large-print", "--out", str(home))
    assert result.returncode == 0, result.stderr
    assert "1 rue Nulle" not in _text(home)
    assert len(PdfReader(str(home)).pages) > len(PdfReader(str(out)).pages)


def test_plan_pdf_reprints_a_signed_version_exactly(filled, tmp_path, no_keyring):
    folder, case_id = filled
    from datetime import date

    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        version = printing.sign_plan(
            session,
            actor_named(session, ADMIN),
            case_id,
            blocks=[
                SignatureBlock(SignatoryRole.CLIENT, "Begoña"),
                SignatureBlock(SignatoryRole.WORKER, ADMIN),
            ],
            signed_on=date.today(),
        )
        number, stored = version.number, version.pdf
    out = tmp_path / "signed.pdf"
    result = _cli(folder, "plan-pdf", case_id, "--version", str(number), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == stored
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        assert session.scalar(select(PlanVersion.number).order_by(PlanVersion.number.desc())) == 2


def test_plan_pdf_unknown_case_or_version_is_one_plain_sentence(filled, tmp_path):
    folder, case_id = filled
    out = tmp_path / "x.pdf"
    assert_plain_failure(_cli(folder, "plan-pdf", "0000000000", "--out", str(out)), "No case")
    assert_plain_failure(_cli(folder, "plan-pdf", "abc", "--out", str(out)), "at least 6")
    result = _cli(folder, "plan-pdf", case_id, "--version", "9", "--out", str(out))
    assert_plain_failure(result, "no plan version 9")
    assert not out.exists()
