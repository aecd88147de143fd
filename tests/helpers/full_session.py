"""One whole working session through the real code, for the no-network tests.

Create a store, unlock it, run an intake through its core flow, add a plan, render the
plan PDF and print it to a PDF printer, open the main window (offscreen) and unlock it
by typing, open the audit viewer, lock, and take a backup. Synthetic data only.

Runs under pytest (tests/test_no_network.py) and as a child process (`python -m
tests.helpers.full_session FOLDER`) so that a system-call tracer can watch it too.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SUPERVISOR = "Sam Supervisor"
PASSPHRASE = "no network session passphrase"
ADMIN = "Ana Admin"


@dataclass
class SessionResult:
    case_id: str
    printed_pages: int
    printed_file: Path
    backup_file: Path
    caseload_rows: int
    audit_rows: int


def _wait(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def run_full_session(folder: Path, out: Path) -> SessionResult:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from shelterplan.core import planning
    from shelterplan.core.actors import actor_named
    from shelterplan.core.backups import make_backup
    from shelterplan.core.wizards.intake import IntakeFlow
    from shelterplan.reports.printing import record_output, render_case_plan
    from shelterplan.store.casestore import CaseStore
    from shelterplan.store.models import Worker
    from shelterplan.ui.audit.audit_dialog import AuditDialog
    from shelterplan.ui.main_window import MainWindow
    from shelterplan.ui.printing.printer import print_pdf

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)

    # A new store, with a supervisor who does the case work.
    store, _recovery_key = CaseStore.create(folder, ADMIN, PASSPHRASE)
    with store:
        with store.session() as session:
            session.add(Worker(name=SUPERVISOR, role="supervisor"))
        store.add_worker_slot(SUPERVISOR, PASSPHRASE)

    # Unlock; intake through the wizard's core flow; a plan; print it.
    with CaseStore.unlock(folder, SUPERVISOR, PASSPHRASE) as store:
        flow = IntakeFlow()
        flow.set_values("consent", {"agrees_to_file": True})
        flow.set_values("identity", {"preferred_name": "Noor Canarysky", "document_language": "fr"})
        flow.set_values("goals", {"goals": [{"text": "Un logement sûr", "domain": "housing"}]})
        with store.session() as session:
            actor = actor_named(session, SUPERVISOR)
            case_id = flow.finish(session, actor)
        with store.session() as session:
            actor = actor_named(session, SUPERVISOR)
            goal = planning.add_goal(session, actor, case_id, "Un revenu stable")
            planning.add_step(
                session,
                actor,
                goal.id,
                "Appeler l'aide sociale",
                "client",
                date.today() + timedelta(days=3),
            )
        with store.session() as session:
            actor = actor_named(session, SUPERVISOR)
            pdf = render_case_plan(session, actor, case_id)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printed_file = out / "printed-plan.pdf"
        printer.setOutputFileName(str(printed_file))
        pages = print_pdf(pdf.data, printer, dpi_cap=72)
        with store.session() as session:
            record_output(session, actor_named(session, SUPERVISOR), case_id, "plan.print")

    # The window: unlock by typing, the caseload, the audit viewer, then lock.
    window = MainWindow(folder)
    window.resize(1000, 700)
    window.show()
    screen = window.unlock_screen
    screen.worker_box.setCurrentText(SUPERVISOR)
    screen.passphrase_edit.setText(PASSPHRASE)
    screen.try_unlock()
    _wait(lambda: window.stack.currentWidget() is window.desk)
    _wait(lambda: window.caseload.model.rowCount() == 1)
    caseload_rows = window.caseload.model.rowCount()
    window.open_case(case_id)
    window.audit_action.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None
    audit_rows = dialog.model.rowCount()
    window.lock()
    assert window.store is None
    window.close()
    app.processEvents()

    # A backup, taken by the administrator (a checked, still encrypted backup file).
    backup_file = out / "shelterplan-backup.spbackup"
    with CaseStore.unlock(folder, ADMIN, PASSPHRASE) as store:
        with store.session() as session:
            admin = actor_named(session, ADMIN)
        make_backup(store, admin, backup_file)

    return SessionResult(case_id, pages, printed_file, backup_file, caseload_rows, audit_rows)


def main(argv: list[str]) -> int:
    """Child-process entry: run the session in FOLDER (a fresh folder) and say "done"."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(argv[0])
    result = run_full_session(folder / "store", folder / "out")
    print(f"done {result.printed_pages} pages, {result.caseload_rows} case")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
