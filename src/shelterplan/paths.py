"""Where a store lives when the worker does not say."""

from __future__ import annotations

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
