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
