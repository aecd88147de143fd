"""At 150 % on a 1920×1080 screen (1280×720 logical pixels), every main screen, wizard
page and dialog fits, and no label or button is cut short.

Qt must start scaled, so the screens are shown by a child process
(tests/ui/scale150_child.py); its screenshots are screenshots/accessibility/scale150_*.png.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from shelterplan.store.casestore import CaseStore
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.desk import fill_three_cases
from tests.ui import a11y_scenes as scenes

CHILD = Path(__file__).with_name("scale150_child.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("scaled") / "store"
    home = folder.parent / "home"
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("QT_SCALE_FACTOR", None)
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())  # passphrase-only, as the child unlocks it
    try:
        store, _key = CaseStore.create(folder, ADMIN, PASSPHRASE)
        fill_three_cases(store)
        ids = scenes.synthetic_case(store, date.today())
        store.close()
    finally:
        keyring.set_keyring(previous)
    done = subprocess.run(
        [sys.executable, str(CHILD), str(folder), ADMIN, PASSPHRASE, json.dumps(ids)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    return json.loads(lines[-1])


def test_the_child_ran_at_150_percent_on_full_hd(report):
    assert report["ratio"] == 1.5
    assert report["screen"] == [1280, 720]


def test_every_screen_was_shown(report):
    names = set(report["screens"])  # type: ignore[arg-type]
    assert {"unlock", "caseload", "today", "intake/consent", "review/done", "sign"} <= names
    assert sum(name.startswith("case_") for name in names) >= 7


def test_everything_fits_and_nothing_is_cut_short(report):
    screens: dict[str, dict[str, object]] = report["screens"]  # type: ignore[assignment]
    for name, s in screens.items():
        print(name, s["minimum"], s["size"], s["problems"])
    problems = {name: s["problems"] for name, s in screens.items() if s["problems"]}
    assert problems == {}
