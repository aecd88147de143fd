"""The `shelterplan` command as an administrator or a script uses it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "cli test passphrase"


def run(*args: str, passphrase: str | None = PASSPHRASE, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never a real keyring
    env.pop("SHELTERPLAN_PASSPHRASE", None)
    if passphrase is not None:
        env["SHELTERPLAN_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "shelterplan", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
        cwd=cwd,
    )


def assert_plain_failure(result, fragment: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def initialised(tmp_path_factory) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("cli") / "store"
    result = run("--data-dir", str(folder), "init", "--admin", "Ana Admin")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    key_line = lines[lines.index(next(x for x in lines if x.startswith("RECOVERY KEY"))) + 1]
    return folder, key_line.strip()


def test_init_prints_the_recovery_key_once_and_says_passphrase_only(initialised):
    folder, recovery_key = initialised
    assert len(recovery_key.split("-")) == 13
    assert (folder / "shelterplan.db").exists() and (folder / "keyslots.json").exists()
    assert recovery_key not in (folder / "keyslots.json").read_text()


def test_init_refuses_an_existing_store(initialised):
    folder, _ = initialised
    result = run("--data-dir", str(folder), "init", "--admin", "Someone Else")
    assert_plain_failure(result, "already exists")


def test_init_refuses_a_short_passphrase(tmp_path):
    result = run("--data-dir", str(tmp_path / "s"), "init", "--admin", "A", passphrase="short")
    assert_plain_failure(result, "at least 12 characters")
    assert not (tmp_path / "s" / "shelterplan.db").exists()


def test_verify_reports_an_intact_store(initialised):
    folder, _ = initialised
    result = run("--data-dir", str(folder), "--worker", "Ana Admin", "verify")
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout


def test_wrong_passphrase_is_one_plain_sentence(initialised):
    folder, _ = initialised
    result = run(
        "--data-dir", str(folder), "--worker", "Ana Admin", "verify", passphrase="nope nope nope"
    )
    assert_plain_failure(result, "passphrase is not right")


def test_no_passphrase_and_no_terminal(initialised):
    folder, _ = initialised
    result = run("--data-dir", str(folder), "--worker", "Ana Admin", "verify", passphrase=None)
    assert_plain_failure(result, "SHELTERPLAN_PASSPHRASE")


def test_missing_store_and_missing_key_file(tmp_path, initialised):
    result = run("--data-dir", str(tmp_path / "nothing"), "--worker", "A", "verify")
    assert_plain_failure(result, "no shelterplan store")
    folder, _ = initialised
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "shelterplan.db").write_bytes((folder / "shelterplan.db").read_bytes())
    result = run("--data-dir", str(copy), "--worker", "Ana Admin", "verify")
    assert_plain_failure(result, "keyslots.json")


def test_tampered_database_fails_verify_plainly(tmp_path, initialised):
    import shutil

    folder, _ = initialised
    copy = tmp_path / "tampered"
    shutil.copytree(folder, copy)
    db = copy / "shelterplan.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x40
    db.write_bytes(bytes(data))
    result = run("--data-dir", str(copy), "--worker", "Ana Admin", "verify")
    assert_plain_failure(result, "integrity check")
    assert result.returncode == 3


def test_broken_audit_chain_is_reported_with_its_place(tmp_path, initialised):
    import shutil

    from shelterplan.store import cipher
    from shelterplan.store.keyslots import KeySlots

    folder, _ = initialised
    copy = tmp_path / "audit"
    shutil.copytree(folder, copy)
    key = KeySlots.load(copy).unlock_worker("Ana Admin", PASSPHRASE, None)
    db = copy / "shelterplan.db"
    connection = cipher.connect(db, key, cipher.profile_of(db, key))
    # Someone with the key bypasses the app: drops the guard and edits the first entry.
    connection.execute("DROP TRIGGER audit_events_no_update")
    connection.execute("UPDATE audit_events SET action = 'nothing' WHERE sequence = 1")
    connection.commit()
    connection.close()
    result = run("--data-dir", str(copy), "--worker", "Ana Admin", "verify")
    assert result.returncode == 3
    assert "broken at entry 1" in result.stderr
    assert "Traceback" not in result.stderr


def test_not_a_store(tmp_path, initialised):
    folder, _ = initialised
    copy = tmp_path / "junk"
    copy.mkdir()
    (copy / "keyslots.json").write_bytes((folder / "keyslots.json").read_bytes())
    (copy / "shelterplan.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4080)
    result = run("--data-dir", str(copy), "--worker", "Ana Admin", "verify")
    assert_plain_failure(result, "not a shelterplan store")


def test_recovery_key_opens_the_store_for_verify(initialised, monkeypatch):
    folder, recovery_key = initialised
    monkeypatch.setenv("SHELTERPLAN_RECOVERY_KEY", recovery_key)
    result = run("--data-dir", str(folder), "verify", passphrase=None)
    assert result.returncode == 0, result.stderr


def test_export_then_import_into_a_new_store_round_trips(tmp_path, initialised):
    import json

    folder, _ = initialised
    first = tmp_path / "first.json"
    result = run("--data-dir", str(folder), "--worker", "Ana Admin", "export", "--out", str(first))
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout
    assert first.stat().st_mode & 0o077 == 0
    target = tmp_path / "target"
    assert run("--data-dir", str(target), "init", "--admin", "Ana Admin").returncode == 0
    result = run("--data-dir", str(target), "--worker", "Ana Admin", "import", str(first))
    assert result.returncode == 0, result.stderr
    second = tmp_path / "second.json"
    run("--data-dir", str(target), "--worker", "Ana Admin", "export", "--out", str(second))
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b


def test_malformed_import_is_refused_whole(tmp_path, initialised):
    folder, _ = initialised
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "shelterplan-export", "format_version": 1, "cases": [}')
    result = run("--data-dir", str(folder), "--worker", "Ana Admin", "import", str(bad))
    assert_plain_failure(result, "Import refused, nothing was changed")


def test_demo_data_adds_synthetic_cases_that_verify(tmp_path):
    folder = tmp_path / "demo"
    assert run("--data-dir", str(folder), "init", "--admin", "Ana Admin").returncode == 0
    result = run("--data-dir", str(folder), "--worker", "Ana Admin", "demo-data", "--clients", "5")
    assert result.returncode == 0, result.stderr
    assert "Added 5 synthetic cases" in result.stdout
    result = run("--data-dir", str(folder), "--worker", "Ana Admin", "verify")
    assert "5 cases" in result.stdout


def test_admin_sets_the_idle_lock(tmp_path):
    folder = tmp_path / "s"
    assert run("--data-dir", str(folder), "init", "--admin", "Ana Admin").returncode == 0
    base = ("--data-dir", str(folder), "--worker", "Ana Admin", "settings")
    assert "idle-lock-minutes = 5" in run(*base).stdout
    assert "idle-lock-minutes = 2" in run(*base, "--idle-lock-minutes", "2").stdout
    result = run(*base, "--idle-lock-minutes", "500")
    assert_plain_failure(result, "between 1 and 60 minutes")
