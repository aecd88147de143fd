"""Child process of the backup-under-writes test (started with multiprocessing 'spawn'):
commits numbered cases in a loop and reports each number through the pipe only after
its commit returned, until the parent says stop."""

from __future__ import annotations

from itertools import count
from multiprocessing.connection import Connection
from pathlib import Path


def write_cases(folder: str, worker: str, passphrase: str, pipe: Connection) -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())  # the store is passphrase-only, as in the parent

    from shelterplan.core import cases
    from shelterplan.core.actors import actor_named
    from shelterplan.store.casestore import CaseStore

    store = CaseStore.unlock(Path(folder), worker, passphrase, check_integrity=False)
    try:
        for number in count():
            if pipe.poll():
                break  # "stop"
            with store.session() as session:
                actor = actor_named(session, worker)
                case = cases.open_new_case(session, actor, cases.NewClient(f"writer-{number}"))
                cases.add_note(session, actor, case.id, f"note {number} " + "x" * 400)
            pipe.send(number)  # only after the commit returned
    finally:
        store.close()
        pipe.send("done")
