"""Unlocking, as the UI sees it: which workers a store knows, and opening it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from shelterplan.errors import KeyFileCorrupt, KeyFileMissing
from shelterplan.store.casestore import CaseStore
from shelterplan.store.device import usable_keyring
from shelterplan.store.keyslots import KeySlots
from shelterplan.store.throttle import Throttle


def worker_names(folder: Path) -> list[str]:
    """Names with a key slot (staff names only; no client data lives outside the store)."""
    try:
        return sorted(KeySlots.load(folder).worker_names(), key=str.casefold)
    except (KeyFileMissing, KeyFileCorrupt, OSError):
        return []


def passphrase_only(folder: Path) -> bool:
    """True when the store is protected by passphrases alone (no trusted keyring)."""
    try:
        return not KeySlots.load(folder).device_bound
    except (KeyFileMissing, KeyFileCorrupt, OSError):
        return usable_keyring() is None


def seconds_until_next_try(folder: Path, clock: Callable[[], float] = time.time) -> float:
    return Throttle(folder, clock).seconds_left()


def unlock(
    folder: Path,
    worker: str,
    passphrase: str,
    clock: Callable[[], float] = time.time,
    check_integrity: bool = True,
) -> CaseStore:
    return CaseStore.unlock(
        folder, worker, passphrase, clock=clock, check_integrity=check_integrity
    )
