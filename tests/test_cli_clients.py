"""`shelterplan client-export`, `erase` and `retention`, run as a script would."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Case, Client, Erasure
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.her_file import Person, fill_two
from tests.test_cli import assert_plain_failure, run


@pytest.fixture
def filled(tmp_path: Path, no_keyring: None) -> tuple[Path, Person, Person]:
    """A passphrase-only store (as the CLI's child process opens it) with two clients."""
    folder = tmp_path / "store"
    store, _ = CaseStore.create(folder, ADMIN, PASSPHRASE)
    with store:
        her, other = fill_two(store)
    return folder, her, other


def _cli(folder: Path, *args: str):  # type: ignore[no-untyped-def]
    return run("--data-dir", str(folder), "--worker", ADMIN, *args, passphrase=PASSPHRASE)


def _clients(folder: Path) -> set[str]:
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        return set(session.scalars(sa.select(Client.id)))


def test_client_export_writes_her_zip(filled, tmp_path):
    folder, her, other = filled
    out = tmp_path / "her.zip"
    result = _cli(folder, "client-export", her.case_ids[0][:8], "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout and "2 case(s), 1 signed plan PDF(s)" in result.stdout
    assert "CANARY" not in result.stdout + result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    archive = zipfile.ZipFile(io.BytesIO(out.read_bytes()))
    document = json.loads(archive.read("her-file.json"))
    assert document["client"]["id"] == her.client_id
    assert other.client_id not in archive.read("her-file.json").decode()


def test_client_export_for_a_provider_without_consent_is_refused(filled, tmp_path):
    folder, her, _other = filled
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        unrelated = session.scalar(
            sa.text("SELECT id FROM services WHERE id != :s ORDER BY id LIMIT 1"),
            {"s": her.service_id},
        )
    out = tmp_path / "copy.zip"
    args = ("client-export", her.case_ids[0], "--out", str(out), "--for-service", unrelated)
    result = _cli(folder, *args)
    assert_plain_failure(result, "Record her consent first")
    assert not out.exists()


def test_erase_without_yes_shows_counts_and_changes_nothing(filled):
    folder, her, _other = filled
    result = _cli(folder, "erase", her.case_ids[1])
    assert_plain_failure(result, "--yes")
    assert "Would erase" in result.stdout and "notes: 3" in result.stdout
    assert her.client_id in result.stdout and "CANARY" not in result.stdout
    assert her.client_id in _clients(folder)


def test_erase_with_yes_erases_her_and_verify_still_passes(filled):
    folder, her, other = filled
    result = _cli(folder, "erase", her.case_ids[1][:10], "--yes")
    assert result.returncode == 0, result.stderr
    assert "Erased client" in result.stdout and "CANARY" not in result.stdout
    assert _clients(folder) == {other.client_id}
    verify = _cli(folder, "verify")
    assert verify.returncode == 0, verify.stderr
    again = _cli(folder, "erase", her.case_ids[1], "--yes")
    assert_plain_failure(again, "No case has that id")


def test_a_worker_cannot_erase(filled):
    folder, her, _other = filled
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        from shelterplan.store.models import Worker

        session.add(Worker(name="Wanda Worker", role="worker"))
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store:
        store.add_worker_slot("Wanda Worker", PASSPHRASE)
    args = ("--data-dir", str(folder), "--worker", "Wanda Worker", "erase", her.case_ids[0])
    result = run(*args, "--yes", passphrase=PASSPHRASE)
    assert_plain_failure(result, "supervisor or an administrator")


def test_retention_shows_sets_refuses_and_purges(filled):
    folder, her, other = filled
    result = _cli(folder, "retention")
    assert result.returncode == 0, result.stderr
    assert "No retention period is set" in result.stdout
    assert_plain_failure(_cli(folder, "retention", "--purge", "--yes"), "--years")
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:  # all her cases closed long ago
        session.execute(
            sa.update(Case)
            .where(Case.client_id == her.client_id)
            .values(phase="closed", closed_on=sa.func.date("2015-03-02"))
        )
    result = _cli(folder, "retention", "--years", "7")
    assert result.returncode == 0, result.stderr
    assert "retention-years = 7" in result.stdout
    assert "3 closed case(s) are older: 1 client(s) would be erased; 1 case(s) stay" in (
        result.stdout
    )
    assert f"client {her.client_id}:" in result.stdout
    refused = _cli(folder, "retention", "--purge")
    assert_plain_failure(refused, "--purge --yes")
    assert her.client_id in _clients(folder)
    purged = _cli(folder, "retention", "--purge", "--yes")
    assert purged.returncode == 0, purged.stderr
    assert "Erased 1 client(s) with 2 closed case(s)" in purged.stdout
    assert _clients(folder) == {other.client_id}
    store = CaseStore.unlock(folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        assert session.scalar(sa.select(sa.func.count(Erasure.id))) == 1
    assert_plain_failure(_cli(folder, "retention", "--years", "0"), "whole number of years")
