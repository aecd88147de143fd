"""Wrong passphrases cost a growing wait that survives a restart."""

from __future__ import annotations

import pytest

from shelterplan.errors import UnlockDelayed, WrongPassphrase
from shelterplan.store.casestore import CaseStore
from shelterplan.store.throttle import FILE_NAME, delay_after
from tests.conftest import ADMIN, PASSPHRASE


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_delay_grows_and_is_capped():
    delays = [delay_after(n) for n in range(12)]
    assert delays[:3] == [0, 0, 0]
    assert delays[3:6] == [2, 4, 8]
    assert delays == sorted(delays) and max(delays) == 300


def test_wait_persists_across_restarts_and_success_resets(store, store_folder):
    store.close()
    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store_folder, ADMIN, "wrong wrong wrong", clock=clock)
    with pytest.raises(UnlockDelayed):  # even the right passphrase waits its turn
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock)
    clock.now += 2.1
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, ADMIN, "wrong wrong wrong", clock=clock)
    # A "restart": a fresh call reads the counter from the file beside the store.
    with pytest.raises(UnlockDelayed) as caught:
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock)
    assert 3 < caught.value.seconds <= 4
    assert "Wait 4 seconds" in str(caught.value)
    clock.now += 4.1
    CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock).close()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, ADMIN, "wrong again here", clock=clock)
    CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock).close()


def test_damaged_counter_file_does_not_lift_the_wait(store, store_folder):
    store.close()
    (store_folder / FILE_NAME).write_text("{broken")
    with pytest.raises(UnlockDelayed):
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=Clock())


CHILD = """
import sys
from pathlib import Path
from shelterplan.errors import UnlockDelayed, WrongPassphrase
from shelterplan.store.casestore import CaseStore
folder, now, passphrase = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
try:
    CaseStore.unlock(folder, "Ana Admin", passphrase, clock=lambda: now).close()
    print("unlocked")
except UnlockDelayed as wait:
    print(f"wait {wait.seconds:.1f}")
except WrongPassphrase:
    print("wrong")
"""


def _attempt_in_new_process(folder, now: float, passphrase: str) -> str:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), repr(now), passphrase],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return result.stdout.strip()


def test_the_wait_keeps_growing_across_real_process_restarts(no_keyring, tmp_path):
    """Each attempt runs in a new process (a restarted app) with an injected clock."""
    folder = tmp_path / "store"
    CaseStore.create(folder, ADMIN, PASSPHRASE)[0].close()
    now = 1_000_000.0
    seen: list[str] = []
    for failures in range(5):
        now += delay_after(failures) + 0.1  # wait out the delay, then try again
        seen.append(_attempt_in_new_process(folder, now, "wrong wrong wrong"))
    assert seen == ["wrong"] * 5
    # Five failures: the next try waits 8 s, even with the right passphrase, in a new
    # process; 3 s later still 5 s; after the wait the right passphrase opens it.
    assert delay_after(5) == 8
    assert _attempt_in_new_process(folder, now, PASSPHRASE) == "wait 8.0"
    assert _attempt_in_new_process(folder, now + 3, PASSPHRASE) == "wait 5.0"
    assert _attempt_in_new_process(folder, now + 8.1, PASSPHRASE) == "unlocked"
    # The counter was reset by that success: a wrong try costs no wait again.
    assert _attempt_in_new_process(folder, now + 9, "wrong wrong wrong") == "wrong"
