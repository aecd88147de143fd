"""The main window: the unlock screen, then the worker's desk (a first, small one)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QVBoxLayout, QWidget

from shelterplan.core.actors import actor_named
from shelterplan.core.queries import CaseloadFilter, caseload_count, deadlines
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.unlock import UnlockScreen


class MainWindow(QMainWindow):
    def __init__(self, folder: Path, demo: bool = False, worker: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("shelterplan"))
        self.resize(1000, 680)
        self._folder = folder
        self._demo = demo
        self.store: CaseStore | None = None

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(folder, demo=demo, worker=worker)
        self.unlock_screen.unlocked.connect(self._on_unlocked)
        self.desk = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("deskSummary")
        self.summary.setWordWrap(True)
        desk_layout = QVBoxLayout(self.desk)
        desk_layout.addWidget(self.summary)
        desk_layout.addStretch(1)
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.desk)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(self.lock_action)
        toolbar.setMovable(False)
        toolbar.setVisible(False)
        self.addToolBar(toolbar)
        self.addAction(self.lock_action)
        self.toolbar = toolbar

    def _on_unlocked(self, store: CaseStore) -> None:
        self.store = store
        today = date.today()
        with store.session() as session:
            actor = actor_named(session, store.worker_name)
            cases = caseload_count(session, actor, CaseloadFilter(), today)
            due = deadlines(session, actor, today)
        overdue = sum(1 for row in due if row.overdue)
        self.summary.setText(
            self.tr(
                "Signed in as {0}. Your caseload: {1} cases; {2} steps overdue, {3} due this week."
            ).format(actor.name, cases, overdue, len(due) - overdue)
        )
        self.lock_action.setEnabled(True)
        self.toolbar.setVisible(True)
        self.stack.setCurrentWidget(self.desk)

    def lock(self) -> None:
        """Hide every client detail and close the database engine."""
        self.summary.clear()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.lock_action.setEnabled(False)
        self.toolbar.setVisible(False)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.passphrase_edit.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)
