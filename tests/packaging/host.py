"""What the packaging tests need from the machine, and when a gap is a failure.

On a machine without a Debian tool (a developer's non-Debian laptop) the tests that need
it are skipped, saying which package to install. In CI (CI=true) nothing is skipped: a
missing tool fails the test, because scripts/setup.sh installs them all there.
"""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> None:
    """Skip with `reason`, or fail with it in CI."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: scripts/setup.sh should have provided it)")
    pytest.skip(reason)


def require_tool(name: str, debian_package: str) -> str:
    """The path of the command `name`, or skip (fail in CI) saying how to get it."""
    path = shutil.which(name)
    if path is None:
        unavailable(f"{name} is not installed (Debian package {debian_package})")
    assert path is not None
    return path
