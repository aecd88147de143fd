"""`shelterplan backup`, `restore` and the backup settings, as a script uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import assert_plain_failure, run

ADMIN = "Ana Admin"


@pytest.fixture(scope="module")
def initialised(tmp_path_factory) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("cli-backup") / "store"
    result = run("--data-dir", str(folder), "init", "--admin", ADMIN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    key_line = lines[lines.index(next(x for x in lines if x.startswith("RECOVERY KEY"))) + 1]
    return folder, key_line.strip()


def _as_admin(folder: Path, *args: str):  # type: ignore[no-untyped-def]
    return run("--data-dir", str(folder), "--worker", ADMIN, *args)


def test_backup_to_a_file_and_restore_with_the_recovery_key(initialised, tmp_path, monkeypatch):
    folder, recovery_key = initialised
    target = tmp_path / "one.spbackup"
    made = _as_admin(folder, "backup", str(target))
    assert made.returncode == 0, made.stderr
    assert "Wrote" in made.stdout and target.exists()
    monkeypatch.setenv("SHELTERPLAN_RECOVERY_KEY", recovery_key)
    fresh = tmp_path / "fresh"
    restored = run("--data-dir", str(fresh), "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    assert "passed every check" in restored.stdout
    verified = run("--data-dir", str(fresh), "verify")  # with the recovery key
    assert verified.returncode == 0 and "intact" in verified.stdout


def test_restore_over_the_store_as_an_administrator(initialised, tmp_path):
    folder, _key = initialised
    target = tmp_path / "two.spbackup"
    assert _as_admin(folder, "backup", str(target)).returncode == 0
    restored = _as_admin(folder, "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    assert "is kept in" in restored.stdout
    assert any(p.name.startswith("replaced-") for p in folder.iterdir())
    assert _as_admin(folder, "verify").returncode == 0


def test_settings_and_backup_to_the_folder(initialised, tmp_path):
    folder, _key = initialised
    usb = tmp_path / "usb"
    usb.mkdir()
    changed = _as_admin(
        folder, "settings", "--backup-folder", str(usb), "--backup-reminder-days", "3"
    )
    assert changed.returncode == 0, changed.stderr
    assert f"backup-folder = {usb}" in changed.stdout
    assert "backup-reminder-days = 3" in changed.stdout
    made = _as_admin(folder, "backup", "--to-folder")
    assert made.returncode == 0, made.stderr
    [written] = list(usb.iterdir())
    assert written.name.startswith("shelterplan-backup-") and written.suffix == ".spbackup"
    shown = _as_admin(folder, "settings")
    assert "last-backup = never" not in shown.stdout


def test_plain_refusals(initialised, tmp_path, monkeypatch):
    folder, _key = initialised
    assert_plain_failure(_as_admin(folder, "backup"), "Give the backup FILE")
    assert_plain_failure(
        _as_admin(folder, "backup", str(tmp_path / "no" / "such" / "b.spbackup")), "plugged in"
    )
    text = tmp_path / "notes.txt"
    text.write_text("not a backup")
    result = _as_admin(folder, "restore", str(text))
    assert_plain_failure(result, "not a shelterplan backup")
    assert result.returncode == 1
    target = tmp_path / "b.spbackup"
    assert _as_admin(folder, "backup", str(target)).returncode == 0
    truncated = tmp_path / "short.spbackup"
    truncated.write_bytes(target.read_bytes()[:-100])
    result = _as_admin(folder, "restore", str(truncated))
    assert_plain_failure(result, "damaged")
    assert result.returncode == 3
    no_key = run("--data-dir", str(tmp_path / "x"), "restore", str(target), passphrase=None)
    assert_plain_failure(no_key, "No recovery key given")
    monkeypatch.setenv("SHELTERPLAN_RECOVERY_KEY", "-".join(["ABCD"] * 13))
    wrong = run("--data-dir", str(tmp_path / "x"), "restore", str(target), passphrase=None)
    assert_plain_failure(wrong, "recovery key is not right")
    assert not (tmp_path / "x").exists()
    assert_plain_failure(
        _as_admin(folder, "settings", "--backup-reminder-days", "0"), "between 1 and 365"
    )
