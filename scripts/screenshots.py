"""Save PNGs of the main screens on a fresh demo store, to look at them.

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 .venv/bin/python scripts/screenshots.py OUT

Uses synthetic demo data only. Writes OUT/<screen>.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from PySide6.QtWidgets import QApplication

from shelterplan.core.demo import populate
from shelterplan.paths import DEMO_ADMIN, DEMO_PASSPHRASE
from shelterplan.store.casestore import CaseStore


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    from shelterplan.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        store_folder = Path(folder) / "demo"
        store, _ = CaseStore.create(store_folder, DEMO_ADMIN, DEMO_PASSPHRASE)
        with store:
            populate(store, 40, seed=3, worker_passphrase=DEMO_PASSPHRASE)
            with store.session() as session:
                from sqlalchemy import select

                from shelterplan.store.models import Worker

                worker = session.scalar(select(Worker.name).where(Worker.role == "worker"))
        window = MainWindow(store_folder, demo=True, worker=worker)
        window.resize(1100, 720)
        window.show()
        app.processEvents()
        window.grab().save(str(out / "unlock.png"))
        window.unlock_screen.passphrase_edit.setText(DEMO_PASSPHRASE)
        window.unlock_screen.try_unlock()
        app.processEvents()
        window.grab().save(str(out / "caseload.png"))
        window.desk.setCurrentIndex(window.TODAY)
        app.processEvents()
        window.grab().save(str(out / "today.png"))
        model = window.caseload.model
        window.open_case(model.case_id(0))
        for index in range(window.workspace.tabs.count()):
            window.workspace.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(out / f"case_tab{index}.png"))
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/manual"))
