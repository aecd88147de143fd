"""Start the Qt application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from shelterplan import APP_NAME


def run_gui(folder: Path, demo: bool = False, worker: str | None = None) -> int:
    from shelterplan.ui import smoke
    from shelterplan.ui.accessibility import follow_platform_contrast, install_focus_ring
    from shelterplan.ui.crash import install_crash_handler
    from shelterplan.ui.main_window import MainWindow
    from shelterplan.ui.translations import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_translators(app)
    follow_platform_contrast(app)  # or SHELTERPLAN_HIGH_CONTRAST=1
    install_focus_ring(app)
    install_crash_handler()
    window = MainWindow(folder, demo=demo, worker=worker)
    window.show()
    smoke.arm(window)  # SHELTERPLAN_SMOKE_SCREENSHOT: grab the window and quit (tests)
    return int(app.exec())
