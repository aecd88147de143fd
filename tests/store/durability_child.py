"""Child process for the durability test: commit numbered cases, announce each commit."""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from shelterplan.core import cases
from shelterplan.core.actors import actor_named
from shelterplan.store.casestore import CaseStore


def main() -> None:
    folder, worker, passphrase, prefix = Path(sys.argv[1]), *sys.argv[2:5]
    store = CaseStore.unlock(folder, worker, passphrase)
    for number in count():
        with store.session() as session:
            actor = actor_named(session, worker)
            case = cases.open_new_case(session, actor, cases.NewClient(f"{prefix}-{number}"))
            cases.add_note(session, actor, case.id, f"note for {prefix}-{number} " + "x" * 500)
        print(number, flush=True)  # only after the commit returned


if __name__ == "__main__":
    main()
