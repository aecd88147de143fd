"""Where a store lives when the worker does not say."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from shelterplan import APP_NAME

DEMO_FOLDER = "demo"
DEMO_ADMIN = "Demo Admin"
DEMO_PASSPHRASE = "demo passphrase 2026"  # shown on the unlock screen of the demo store


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def demo_data_dir(base: Path | None = None) -> Path:
    return (base or default_data_dir()) / DEMO_FOLDER


def resources_dir() -> Path:
    """The `resources/` folder: fonts, icons and translations the app ships with.

    A source checkout (and an editable install) has it beside `src/`; a Briefcase app
    carries it next to the `shelterplan` package; SHELTERPLAN_RESOURCES overrides both.
    """
    override = os.environ.get("SHELTERPLAN_RESOURCES")
    package = Path(__file__).resolve().parent
    candidates = [Path(override)] if override else []
    candidates += [
        package / "resources",
        package.parent / "resources",
        package.parents[1] / "resources",
    ]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("The shelterplan resources folder (fonts, icons) is missing.")
