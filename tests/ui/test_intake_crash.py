"""The laptop dies mid-intake: SIGKILL after four pages loses nothing typed before the
last page change, and the next unlock offers the draft on the right page."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from shelterplan.core.actors import actor_named
from shelterplan.core.drafts import pending_drafts
from shelterplan.core.wizards.intake import IntakeFlow
from shelterplan.store.casestore import CaseStore
from shelterplan.store.engine import integrity_problems
from tests.conftest import ADMIN, PASSPHRASE
from tests.ui.intake_crash_child import TYPED

CHILD = Path(__file__).with_name("intake_crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _run_until_ready(folder: Path) -> subprocess.Popen[str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), ADMIN, PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "ready":
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(timeout=60):
        child.kill()
        child.wait(timeout=30)
        raise AssertionError(
            "the child never got ready: " + (child.stderr.read() if child.stderr else "")
        )
    return child


def test_a_killed_intake_is_offered_again_with_everything_typed(no_keyring, store_folder):
    store, _ = CaseStore.create(store_folder, ADMIN, PASSPHRASE)
    assert store.passphrase_only
    store.close()

    child = _run_until_ready(store_folder)
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL

    with CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as again:
        assert integrity_problems(again.engine) == []
        with again.session() as session:
            drafts = pending_drafts(session, actor_named(session, ADMIN))
    assert len(drafts) == 1
    draft = drafts[0]
    assert (draft.kind, draft.page, draft.case_id) == ("intake", "situation", None)

    flow = IntakeFlow.from_draft(draft.data)
    assert flow.current == "situation"
    assert flow.declined == set()
    for page, fields in TYPED.items():
        for name, value in fields.items():
            assert flow.values[page][name] == value, (page, name)
    assert flow.values["consent"]["given_on"]  # the day she agreed
    assert set(flow.values) == set(TYPED)  # the four pages she left, and only those
