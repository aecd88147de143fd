"""The full integrity check of the store, run in the background right after unlocking.

Checking every page of a large store takes seconds, so the window does not wait for it:
the caseload appears at once and, if the check finds damage, the worker is told and the
app locks before she can write to a damaged store.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from shelterplan.store.casestore import CaseStore
from shelterplan.store.failures import plain_error


class IntegrityWatch(QObject):
    finished = Signal(bool)  # True: intact; False: damaged (or unreadable)

    _thread: threading.Thread | None = None

    def start(self, store: CaseStore) -> threading.Thread:
        thread = threading.Thread(
            target=self._run, args=(store,), name="shelterplan-integrity", daemon=True
        )
        self._thread = thread
        thread.start()
        return thread

    def wait(self) -> None:
        """Until a check still reading the store is done (its connection then closes)."""
        if self._thread is not None:
            self._thread.join()

    def _run(self, store: CaseStore) -> None:
        try:
            intact = not store.integrity_problems()
        except Exception as exc:
            if plain_error(exc) is None:
                raise
            intact = False
        self.finished.emit(intact)
