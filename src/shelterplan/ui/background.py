"""A long core call (backup, restore, purge) on a thread of its own, so the window stays
alive; the result comes back to the window's thread through `finished`."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from shelterplan.errors import ShelterplanError
from shelterplan.store.casestore import CaseStore
from shelterplan.store.failures import plain_error


class BackgroundRun(QObject):
    """Keep it unparented: the thread may outlive a dialog closed when the app locks."""

    finished = Signal(object)  # what the call returned, or a ShelterplanError

    def start(
        self,
        work: Callable[[], object],
        unexpected: str,
        name: str,
        store: CaseStore | None = None,
    ) -> threading.Thread:
        """Run `work`. A known failure comes back as its plain message; anything else (a
        bug) as `unexpected`, whose `{0}` is the error's kind — never its text, which could
        hold data. `store`: disposed afterwards if the app locked meanwhile."""

        def run() -> None:
            try:
                result = work()
            except Exception as exc:
                result = plain_error(exc) or ShelterplanError(unexpected.format(type(exc).__name__))
            if store is not None and store.closed:  # close what the call opened
                store.engine.dispose()
            self.finished.emit(result)

        thread = threading.Thread(target=run, name=name, daemon=True)
        thread.start()
        return thread
