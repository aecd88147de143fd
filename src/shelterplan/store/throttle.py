"""A growing wait after wrong passphrases, remembered across restarts.

Kept in a small file beside the store (it must work before the store is unlocked);
it holds only a count and a time, never a name.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from shelterplan.errors import UnlockDelayed
from shelterplan.store.atomic import write_atomic

FILE_NAME = "unlock-attempts.json"
FREE_TRIES = 3
MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """0 s for the first tries, then 2, 4, 8 ... seconds, at most five minutes."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** (failures - FREE_TRIES + 1))


class Throttle:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = folder / FILE_NAME
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            document = json.loads(self._path.read_text("utf-8"))
            return int(document["failures"]), float(document["last_failure"])
        except FileNotFoundError:
            return 0, 0.0
        except (ValueError, KeyError, TypeError):
            # A damaged counter must not become a way around the wait.
            return FREE_TRIES + 2, self._clock()

    def seconds_left(self) -> float:
        failures, last = self._read()
        return max(0.0, last + delay_after(failures) - self._clock())

    def check(self) -> None:
        left = self.seconds_left()
        if left > 0:
            raise UnlockDelayed(left)

    def failed(self) -> None:
        failures, _ = self._read()
        payload = {"failures": failures + 1, "last_failure": self._clock()}
        write_atomic(self._path, json.dumps(payload).encode("utf-8"))

    def succeeded(self) -> None:
        if self._path.exists():
            write_atomic(self._path, json.dumps({"failures": 0, "last_failure": 0}).encode())
