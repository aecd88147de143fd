"""briefcase.toml and the [tool.briefcase] tables Briefcase reads from pyproject.toml."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN_SYNC = "run `python scripts/sync_briefcase.py`"


def _load_sync():
    spec = importlib.util.spec_from_file_location(
        "sync_briefcase", ROOT / "scripts" / "sync_briefcase.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("sync_briefcase", module)
    spec.loader.exec_module(module)
    return module


sync_briefcase = _load_sync()


def _toml(name: str) -> dict:
    with (ROOT / name).open("rb") as f:
        return tomllib.load(f)


def test_pyproject_briefcase_tables_match_briefcase_toml() -> None:
    wanted = _toml("briefcase.toml")["tool"]["briefcase"]
    actual = _toml("pyproject.toml").get("tool", {}).get("briefcase")
    assert actual == wanted, (
        f"pyproject.toml [tool.briefcase] differs from briefcase.toml: {RUN_SYNC}"
    )


def test_briefcase_version_is_the_project_version() -> None:
    project = _toml("pyproject.toml")["project"]["version"]
    assert _toml("briefcase.toml")["tool"]["briefcase"]["version"] == project, (
        f"briefcase.toml `version` must equal [project] version in pyproject.toml; then {RUN_SYNC}"
    )


def test_generated_region_is_current() -> None:
    assert not sync_briefcase.sync(check=True), f"pyproject.toml is out of step: {RUN_SYNC}"


def test_app_requires_every_runtime_dependency() -> None:
    def names(reqs: list[str]) -> set[str]:
        return {re.split(r"[\s<>=!~;\[(]", r, maxsplit=1)[0].lower() for r in reqs}

    project = names(_toml("pyproject.toml")["project"]["dependencies"])
    app = _toml("briefcase.toml")["tool"]["briefcase"]["app"]["shelterplan"]
    missing = project - names(app["requires"])
    assert not missing, f"add {sorted(missing)} to `requires` in briefcase.toml, then {RUN_SYNC}"


def test_sync_is_idempotent_and_keeps_the_rest(tmp_path: Path) -> None:
    briefcase = tmp_path / "briefcase.toml"
    pyproject = tmp_path / "pyproject.toml"
    shutil.copy(ROOT / "briefcase.toml", briefcase)
    original = (ROOT / "pyproject.toml").read_bytes()
    start = original.index(sync_briefcase.BEGIN.encode())
    # Start from a pyproject.toml without the generated region.
    pyproject.write_bytes(original[:start].rstrip(b"\n") + b"\n")

    assert sync_briefcase.sync(briefcase, pyproject)
    first = pyproject.read_bytes()
    assert first == original
    assert not sync_briefcase.sync(briefcase, pyproject)
    assert pyproject.read_bytes() == first


def test_check_reports_a_difference_without_writing(tmp_path: Path) -> None:
    briefcase = tmp_path / "briefcase.toml"
    pyproject = tmp_path / "pyproject.toml"
    briefcase.write_text(
        (ROOT / "briefcase.toml").read_text().replace('bundle = "org.shelterplan"', 'bundle = "x"')
    )
    shutil.copy(ROOT / "pyproject.toml", pyproject)
    before = pyproject.read_bytes()
    assert sync_briefcase.sync(briefcase, pyproject, check=True)
    assert pyproject.read_bytes() == before
    assert sync_briefcase.sync(briefcase, pyproject)
    assert tomllib.loads(pyproject.read_text())["tool"]["briefcase"]["bundle"] == "x"
    assert (
        pyproject.read_bytes()[: before.index(b"# --- generated")]
        == before[: before.index(b"# --- generated")]
    )


def test_version_mismatch_is_refused(tmp_path: Path) -> None:
    briefcase = tmp_path / "briefcase.toml"
    pyproject = tmp_path / "pyproject.toml"
    briefcase.write_text(
        (ROOT / "briefcase.toml").read_text().replace('version = "', 'version = "9', 1)
    )
    shutil.copy(ROOT / "pyproject.toml", pyproject)
    with pytest.raises(sync_briefcase.SyncError, match="version"):
        sync_briefcase.sync(briefcase, pyproject)
