"""The same plan gives the same bytes, in this process and in fresh ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from shelterplan.reports.plan_pdf import render_plan
from shelterplan.reports.safety_pdf import render_safety_plan
from tests.helpers.plan_samples import sample_plan, sample_safety

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
from shelterplan.reports.model import Audience
from shelterplan.reports.plan_pdf import render_plan
from shelterplan.reports.safety_pdf import render_safety_plan
from tests.helpers.plan_samples import sample_plan, sample_safety
print(render_plan(sample_plan("fr", signed=True)).sha256)
print(render_plan(sample_plan("es", audience=Audience.TAKE_HOME, large_print=True)).sha256)
print(render_safety_plan(sample_safety("en", pocket_card=True)).sha256)
"""


def _in_fresh_process(hash_seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return result.stdout.split()


def test_two_fresh_processes_and_this_one_agree() -> None:
    from shelterplan.reports.model import Audience

    here = [
        render_plan(sample_plan("fr", signed=True)).sha256,
        render_plan(sample_plan("es", audience=Audience.TAKE_HOME, large_print=True)).sha256,
        render_safety_plan(sample_safety("en", pocket_card=True)).sha256,
    ]
    assert _in_fresh_process("1") == here
    assert _in_fresh_process("4242") == here
