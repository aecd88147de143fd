"""`shelterplan worker ...`, `recovery-key new` and `data-key rotate`, as scripts use them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import assert_plain_failure

ADMIN = "Ana Admin"
ADMIN_PASSPHRASE = "cli accounts admin phrase"
BEA_PASSPHRASE = "bea's cli passphrase here"
ROSA_PASSPHRASE = "rosa's own cli phrase"


def run(*args: str, **env_vars: str | None):  # type: ignore[no-untyped-def]
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never a real keyring
    for name in (
        "SHELTERPLAN_PASSPHRASE",
        "SHELTERPLAN_NEW_PASSPHRASE",
        "SHELTERPLAN_RECOVERY_KEY",
    ):
        env.pop(name, None)
    for name, value in env_vars.items():
        if value is not None:
            env[f"SHELTERPLAN_{name.upper()}"] = value
    return subprocess.run(
        [sys.executable, "-m", "shelterplan", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def _recovery_key(output: str) -> str:
    lines = output.splitlines()
    heading = next(i for i, line in enumerate(lines) if "RECOVERY KEY" in line)
    return lines[heading + 1].strip()


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, str]:
    store = tmp_path / "store"
    result = run("--data-dir", str(store), "init", "--admin", ADMIN, passphrase=ADMIN_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return store, _recovery_key(result.stdout)


def as_admin(store: Path, *args: str, **env: str | None):  # type: ignore[no-untyped-def]
    env.setdefault("passphrase", ADMIN_PASSPHRASE)
    return run("--data-dir", str(store), "--worker", ADMIN, *args, **env)


def test_add_list_disable_with_key_rotation(folder):
    store, recovery_key = folder
    added = as_admin(store, "worker", "add", "Bea Worker", "--role", "worker",
                     new_passphrase=BEA_PASSPHRASE)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Added Bea Worker (worker)" in added.stdout
    assert BEA_PASSPHRASE not in added.stdout + added.stderr
    rosa = as_admin(store, "worker", "add", "Rosa", "--role", "admin",
                    new_passphrase=ROSA_PASSPHRASE)  # fmt: skip
    assert "with administrator rights" in rosa.stdout
    listed = as_admin(store, "worker", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["NAME", "ROLE", "ADMINISTRATOR", "STATUS"]
    assert ["Ana", "Admin", "supervisor", "yes", "active"] in [line.split() for line in lines]
    assert ["Bea", "Worker", "worker", "no", "active"] in [line.split() for line in lines]
    assert ["Rosa", "admin", "yes", "active"] in [line.split() for line in lines]
    # Bea unlocks, but may not manage accounts.
    bea = run("--data-dir", str(store), "--worker", "Bea Worker", "worker", "add", "Cleo",
              "--role", "worker", passphrase=BEA_PASSPHRASE,
              new_passphrase="cleo's quite long phrase")  # fmt: skip
    assert_plain_failure(bea, "Only an administrator")

    disabled = as_admin(store, "worker", "disable", "bea worker", "--rotate-key")
    assert disabled.returncode == 0, disabled.stderr
    assert "can no longer unlock" in disabled.stdout and "new data key" in disabled.stdout
    bea = run("--data-dir", str(store), "--worker", "Bea Worker", "verify",
              passphrase=BEA_PASSPHRASE)  # fmt: skip
    assert_plain_failure(bea, "passphrase is not right")
    rosa = run("--data-dir", str(store), "--worker", "Rosa", "worker", "list",
               passphrase=ROSA_PASSPHRASE)  # fmt: skip
    assert rosa.returncode == 0, rosa.stderr  # a remaining worker, after the rotation
    assert ["Bea", "Worker", "worker", "no", "disabled"] in [
        line.split() for line in rosa.stdout.splitlines()
    ]
    assert run("--data-dir", str(store), "verify", recovery_key=recovery_key).returncode == 0


def test_weak_or_missing_new_passphrases_are_refused_before_unlocking(tmp_path):
    nowhere = str(tmp_path / "no-store")  # the new passphrase is checked first
    result = run("--data-dir", nowhere, "--worker", ADMIN, "worker", "add", "Bea", "--role",
                 "worker", new_passphrase="PasswordPassword")  # fmt: skip
    assert_plain_failure(result, "too common")
    result = run("--data-dir", nowhere, "--worker", ADMIN, "worker", "add", "Bea", "--role",
                 "worker")  # fmt: skip
    assert_plain_failure(result, "SHELTERPLAN_NEW_PASSPHRASE")
    result = run("--data-dir", str(tmp_path / "s"), "init", "--admin", "A",
                 passphrase="  Correct Horse Battery Staple ")  # fmt: skip
    assert_plain_failure(result, "too common")
    assert not (tmp_path / "s" / "shelterplan.db").exists()


def test_reset_new_recovery_key_and_rotation(folder):
    store, old_key = folder
    # The only administrator forgot her passphrase: the recovery key alone resets it.
    result = run("--data-dir", str(store), "worker", "reset-passphrase", ADMIN,
                 recovery_key=old_key, new_passphrase="ana's second cli phrase")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "old one no longer works" in result.stdout
    wrong = run("--data-dir", str(store), "--worker", ADMIN, "worker", "reset-passphrase",
                "Nobody", passphrase="ana's second cli phrase", recovery_key=old_key,
                new_passphrase="another new cli phrase")  # fmt: skip
    assert_plain_failure(wrong, "no account with that name")

    result = as_admin(store, "recovery-key", "new", passphrase="ana's second cli phrase")
    assert result.returncode == 0, result.stderr
    new_key = _recovery_key(result.stdout)
    assert new_key != old_key and len(new_key.split("-")) == 13
    assert new_key not in (store / "keyslots.json").read_text()
    old = run("--data-dir", str(store), "data-key", "rotate", recovery_key=old_key)
    assert_plain_failure(old, "recovery key is not right")
    rotated = run("--data-dir", str(store), "data-key", "rotate", recovery_key=new_key)
    assert rotated.returncode == 0, rotated.stderr
    assert as_admin(store, "verify", passphrase="ana's second cli phrase").returncode == 0
