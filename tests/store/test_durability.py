"""Killing a writer with SIGKILL loses no acknowledged commit and damages nothing.

SHELTERPLAN_SOAK=N runs N kills (default 3).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from shelterplan.store.casestore import CaseStore
from shelterplan.store.engine import integrity_problems
from shelterplan.store.models import Client
from tests.conftest import ADMIN, PASSPHRASE

CHILD = Path(__file__).with_name("durability_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _kill_during_writes(folder: Path, delay: float, prefix: str) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), ADMIN, PASSPHRASE, prefix],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    acknowledged: list[int] = []
    first = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            acknowledged.append(int(line))
            first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not first.wait(timeout=60):
        child.kill()
        raise AssertionError(
            "the writer never committed: " + (child.stderr.read() if child.stderr else "")
        )
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    return list(acknowledged)


@pytest.mark.soak
def test_acknowledged_commits_survive_sigkill(no_keyring, store_folder):
    store, _ = CaseStore.create(store_folder, ADMIN, PASSPHRASE)
    store.close()
    rounds = int(os.environ.get("SHELTERPLAN_SOAK", "3"))
    rng = random.Random(2026)
    expected: set[str] = set()
    for round_number in range(rounds):
        prefix = f"round{round_number}"
        acked = _kill_during_writes(store_folder, rng.uniform(0.05, 0.8), prefix)
        assert acked, "no commit was acknowledged before the kill"
        with CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as again:
            assert integrity_problems(again.engine) == []
            with again.session() as session:
                names = session.scalars(select(Client.preferred_name)).all()
        expected.update(f"{prefix}-{n}" for n in acked)
        missing = expected - set(names)
        assert not missing, f"{len(missing)} acknowledged commits were lost"
