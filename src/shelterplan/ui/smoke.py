"""Proof that the window comes up, for installer tests: SHELTERPLAN_SMOKE_SCREENSHOT.

With SHELTERPLAN_SMOKE_SCREENSHOT=/some/file.png in the environment, the app saves a grab
of its main window to that file as soon as the event loop runs, prints one line naming
the screen it shows (e.g. `unlockScreen`), and quits: exit code 0 if the file was
written. The installed package is tested this way headless (QT_QPA_PLATFORM=offscreen).
Unset, nothing changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QStackedWidget

SMOKE_SCREENSHOT = "SHELTERPLAN_SMOKE_SCREENSHOT"


def shown_screen(window: QMainWindow) -> str:
    """The object name of the screen the main window shows."""
    central = window.centralWidget()
    if isinstance(central, QStackedWidget) and central.currentWidget() is not None:
        return central.currentWidget().objectName()
    return central.objectName() if central is not None else ""


def capture(window: QMainWindow, path: Path) -> bool:
    """Save a grab of `window` to `path`, say so on stdout, and end the event loop."""
    saved = window.grab().save(str(path), "PNG")
    outcome = "saved to" if saved else "could not be saved to"
    print(f"shelterplan smoke: showing {shown_screen(window)}; screenshot {outcome} {path}")
    sys.stdout.flush()
    QCoreApplication.exit(0 if saved else 1)
    return saved


def arm(window: QMainWindow) -> bool:
    """If SHELTERPLAN_SMOKE_SCREENSHOT is set, capture `window` once the loop runs."""
    target = os.environ.get(SMOKE_SCREENSHOT)
    if not target:
        return False
    QTimer.singleShot(0, window, lambda: capture(window, Path(target)))
    return True
