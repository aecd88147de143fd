"""The main window: the unlock screen, then the worker's desk.

The desk has three tabs: her caseload, Today (what is due), and the open case. Locking
(idle timer, Ctrl+L or the toolbar) clears every view and model, closes the database
engine and shows the unlock screen; unlocking as the same worker returns to the same
place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QToolBar

from shelterplan import APP_NAME
from shelterplan.core.audit_view import may_read_audit
from shelterplan.core.settings import idle_lock_minutes
from shelterplan.errors import ShelterplanError, StoreTampered
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.accessibility import reachable_by_tab, room_for_shortcuts
from shelterplan.ui.admin.accounts_dialog import AccountsDialog
from shelterplan.ui.admin.agency_dialog import AgencyDialog
from shelterplan.ui.admin.backups_dialog import BackupReminder
from shelterplan.ui.admin.restore_dialog import RestoreDialog, start_restore
from shelterplan.ui.admin.retention_dialog import RetentionDialog
from shelterplan.ui.audit.audit_dialog import AuditDialog
from shelterplan.ui.caseload_view import CaseloadView
from shelterplan.ui.clipboard import sensitive_clipboard
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.idle_lock import IdleWatcher
from shelterplan.ui.integrity_watch import IntegrityWatch
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.reports.dashboard import OutcomesDialog, may_see_outcomes
from shelterplan.ui.today_view import TodayView
from shelterplan.ui.unlock import UnlockScreen
from shelterplan.ui.wizards import launcher
from shelterplan.ui.wizards.base import FlowWizard
from shelterplan.ui.workspace.case_workspace import CaseWorkspace


@dataclass
class Place:
    """Where the worker was when the app locked, to return her there."""

    worker: str
    desk_tab: int
    case_id: str | None
    case_tab: int


class MainWindow(QMainWindow):
    CASELOAD, TODAY, CASE = range(3)

    def __init__(self, folder: Path, demo: bool = False, worker: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("shelterplan"))
        self.setObjectName("mainWindow")
        self.resize(1100, 720)
        self._folder = folder
        self.store: CaseStore | None = None
        self.desk_context: Desk | None = None
        self._place: Place | None = None

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(folder, demo=demo, worker=worker)
        self.unlock_screen.unlocked.connect(self._on_unlocked)
        self.unlock_screen.restored.connect(self._forget_place)

        self.caseload = CaseloadView()
        self.today = TodayView()
        self.workspace = CaseWorkspace()
        self.desk = QTabWidget()
        self.desk.setObjectName("deskTabs")
        self.desk.setAccessibleName(self.tr("Your desk"))
        self.desk.addTab(self.caseload, self.tr("Caseload"))
        self.desk.addTab(self.today, self.tr("Today"))
        self.desk.addTab(self.workspace, self.tr("Case"))
        self.desk.setTabEnabled(self.CASE, False)
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.desk)
        room_for_shortcuts(self.stack)  # "&Your name" would lose its last letter

        self.caseload.case_requested.connect(self.open_case)
        self.today.step_requested.connect(self._open_step)
        self.today.review_requested.connect(self._open_review)
        self.workspace.review_saved.connect(self._after_review)
        self.workspace.opened.connect(self._on_case_opened)
        self.workspace.erased.connect(self._after_erasure)

        self.status = QLabel()
        self.status.setObjectName("statusText")
        self.statusBar().addWidget(self.status, 1)
        self.backup_reminder = BackupReminder(self)  # administrators: Backups…, or "due"
        self.statusBar().addPermanentWidget(self.backup_reminder)
        self.backup_reminder.restore_requested.connect(self.restore_from_backup)

        self._build_actions()
        self.idle = IdleWatcher(5 * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.integrity = IntegrityWatch(self)
        self.integrity.finished.connect(self._on_integrity_checked)
        self._restore_geometry()

    # --- actions ----------------------------------------------------------------------
    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.toolbar = toolbar

        def action(text: str, shortcut: str, slot: object, shown: bool = True) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setToolTip(self.tr("{0} ({1})").format(text.replace("&", ""), shortcut))
            act.triggered.connect(slot)
            act.setEnabled(False)
            if shown:
                toolbar.addAction(act)
            self.addAction(act)  # shortcuts work even when the toolbar is hidden
            return act

        # The desk tabs are the buttons for these; the shortcuts reach them by keyboard.
        self.caseload_action = action(self.tr("Caseload"), "Ctrl+1", lambda: self._go(0), False)
        self.today_action = action(self.tr("Today"), "Ctrl+2", lambda: self._go(1), False)
        self.case_action = action(self.tr("Case"), "Ctrl+3", lambda: self._go(2), False)
        self.search_action = action(self.tr("&Find a client"), "Ctrl+F", self._focus_search)
        self.new_client_action = action(self.tr("&New client…"), "Ctrl+N", self.new_client)
        self.lock_action = action(self.tr("&Lock"), "Ctrl+L", self.lock)
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L): hides every client detail"))
        # Supervisors and administrators only (shown at unlock; the core checks too).
        self.audit_action = action(self.tr("&Audit trail…"), "Ctrl+Shift+T", self.show_audit)
        # Administrators only (shown at unlock; core/accounts.py checks too).
        self.accounts_action = action(self.tr("A&ccounts…"), "Ctrl+Shift+U", self.show_accounts)
        self.agency_action = action(self.tr("A&gency details…"), "", self.show_agency)
        self.agency_action.setToolTip(
            self.tr("The agency's name, address and logo on printed plans")
        )
        self.retention_action = action(self.tr("&Retention…"), "", self.show_retention)
        self.retention_action.setToolTip(
            self.tr("How long closed cases are kept, and purging older ones")
        )
        # Supervisors and administrators (aggregate figures; the core checks too).
        self.outcomes_action = action(self.tr("&Outcomes…"), "Ctrl+Shift+O", self.show_outcomes)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        reachable_by_tab(toolbar)
        toolbar.setVisible(False)
        self.addToolBar(toolbar)
        self._desk_actions = [
            self.caseload_action,
            self.today_action,
            self.case_action,
            self.search_action,
            self.new_client_action,
            self.lock_action,
            self.audit_action,
            self.accounts_action,
            self.agency_action,
            self.retention_action,
            self.outcomes_action,
        ]

    def _go(self, index: int) -> None:
        if self.desk.isTabEnabled(index):
            self.desk.setCurrentIndex(index)

    def _focus_search(self) -> None:
        self.desk.setCurrentIndex(self.CASELOAD)
        self.caseload.focus_search()

    # --- unlocking and locking ----------------------------------------------------------
    def _on_unlocked(self, store: CaseStore) -> None:
        self.store = store
        try:
            desk = Desk.for_store(store)
            with desk.session() as session:
                minutes = idle_lock_minutes(session)
            self.desk_context = desk
            self.caseload.load(desk)
            self.today.load(desk)
        except ShelterplanError as error:
            self._show_error(error)
            self.lock()
            return
        mode = self.tr(" · passphrase-only mode") if store.passphrase_only else ""
        self.status.setText(self.tr("Signed in as {0}").format(desk.actor.name) + mode)
        self.backup_reminder.show_for(desk)
        for act in self._desk_actions:
            act.setEnabled(True)
        self.audit_action.setVisible(may_read_audit(desk.actor))
        self.audit_action.setEnabled(may_read_audit(desk.actor))
        self.accounts_action.setVisible(desk.actor.administers)
        self.accounts_action.setEnabled(desk.actor.administers)
        self.agency_action.setVisible(desk.actor.administers)
        self.agency_action.setEnabled(desk.actor.administers)
        self.retention_action.setVisible(desk.actor.administers)
        self.retention_action.setEnabled(desk.actor.administers)
        self.outcomes_action.setVisible(may_see_outcomes(desk.actor))
        self.outcomes_action.setEnabled(may_see_outcomes(desk.actor))
        self.new_client_action.setEnabled(desk.actor.sees_case_content)  # not the admin role
        self.toolbar.setVisible(True)
        self.stack.setCurrentWidget(self.desk)
        self.idle.set_interval_ms(minutes * 60_000)
        self.idle.start()
        self._return_to_place(desk)
        self.integrity.start(store)
        QTimer.singleShot(0, self._offer_drafts)

    # --- wizards ------------------------------------------------------------------------
    def new_client(self) -> None:
        if self.desk_context is not None:
            launcher.open_intake(self.desk_context, self, self._after_intake)

    def _after_intake(self, case_id: object) -> None:
        """The new case opens; the intake ends by offering to make her safety plan."""
        self._after_wizard(case_id)
        if self.workspace.case_id is not None and Messages.ask(
            self,
            self.tr("Safety plan"),
            self.tr(
                "The case is created. Would she like to make her safety plan now? "
                "(You can also do it later from the Safety plan tab.)"
            ),
        ):
            self.workspace.tabs.setCurrentWidget(self.workspace.safety)
            self.workspace.safety.setFocus()

    def show_audit(self) -> None:
        """The audit viewer (supervisors and administrators)."""
        if self.desk_context is not None and may_read_audit(self.desk_context.actor):
            AuditDialog.show_for(self.desk_context, self)

    def show_outcomes(self) -> None:
        """The outcome dashboard (supervisors and administrators)."""
        if self.desk_context is not None:
            OutcomesDialog.show_for(self.desk_context, self)

    def show_accounts(self) -> None:
        """Worker accounts, passphrases, the recovery key, the data key (administrators)."""
        if self.desk_context is None or not self.desk_context.actor.administers:
            return
        try:
            dialog = AccountsDialog(self.desk_context, self)
        except ShelterplanError as error:
            self._show_error(error)
            return
        dialog.exec()
        dialog.deleteLater()

    def show_agency(self) -> None:
        """The agency's name, address, phone and logo for printed plans (administrators)."""
        if self.desk_context is None or not self.desk_context.actor.administers:
            return
        dialog = AgencyDialog(self.desk_context, self)
        dialog.exec()
        dialog.deleteLater()

    def show_retention(self) -> None:
        """How long closed cases are kept, and purging older ones (administrators)."""
        if self.desk_context is None or not self.desk_context.actor.administers:
            return
        try:
            dialog = RetentionDialog(self.desk_context, self)
        except ShelterplanError as error:  # the core refuses anyone who does not administer
            self._show_error(error)
            return
        dialog.exec()
        dialog.deleteLater()

    def restore_from_backup(self) -> RestoreDialog | None:
        """Replace the store with a backup (administrators). The backup is checked while
        the worker is still signed in; before the swap the window locks, so that no
        connection of this program holds the store, and she then signs in to the
        restored one."""
        if self.desk_context is None or not self.desk_context.actor.administers:
            return None
        dialog = start_restore(self._folder, self, release=self._release_for_restore)
        if dialog is not None:
            dialog.restored.connect(self.unlock_screen.after_restore)
        return dialog

    def _release_for_restore(self) -> None:
        """Lock, and let a background integrity check still reading the store finish, so
        that no connection of this program holds it when the restore swaps it."""
        self.lock()
        self.integrity.wait()

    def _forget_place(self, _result: object = None) -> None:
        """Another store is in the folder now: the case she had open may not be in it."""
        self._place = None

    def _offer_drafts(self) -> None:
        if self.desk_context is not None:
            wizard = launcher.offer_drafts(self.desk_context, self, self._after_wizard)
            if wizard is not None and wizard.flow.kind == "review" and wizard.flow.case_id:
                self.open_case(wizard.flow.case_id)  # it prints and amends from the case
                self.workspace.attach_review(wizard, follow_up=True)

    def _after_wizard(self, result: object) -> None:
        """A wizard saved its records: show them (a new case opens at once)."""
        if self.desk_context is None:
            return
        self.caseload.refresh()
        self.today.refresh()
        if isinstance(result, str):
            self.open_case(result)
        elif self.workspace.case_id is not None:
            self.workspace.reload()

    def _on_integrity_checked(self, intact: bool) -> None:
        if intact:
            return
        self.lock()
        self._show_error(StoreTampered())

    def _return_to_place(self, desk: Desk) -> None:
        place, self._place = self._place, None
        if place is None or place.worker != desk.actor.name:
            self.desk.setCurrentIndex(self.CASELOAD)
            self.caseload.focus_search()
            return
        if place.case_id is not None:
            try:
                self.workspace.open_case(desk, place.case_id)
                self.workspace.tabs.setCurrentIndex(place.case_tab)
            except ShelterplanError:
                place.desk_tab = self.CASELOAD
        self.desk.setCurrentIndex(place.desk_tab)

    def lock(self) -> None:
        """Hide every client detail, drop the models' data and close the engine."""
        if self.store is not None and self.desk_context is not None:
            self._place = Place(
                worker=self.desk_context.actor.name,
                desk_tab=self.desk.currentIndex(),
                case_id=self.workspace.case_id,
                case_tab=self.workspace.tabs.currentIndex(),
            )
            try:
                with self.store.session() as session:
                    audit_chain.append(session, "lock", self.desk_context.actor.name)
            except ShelterplanError:
                pass  # locking must never fail
        self.idle.stop()
        for wizard in self.findChildren(FlowWizard):
            if wizard.isVisible():
                wizard.close_for_lock()  # what was typed stays, as a draft in the store
        for dialog in self.findChildren(AuditDialog):
            dialog.close_for_lock()  # it holds client names
        for outcomes in self.findChildren(OutcomesDialog):
            outcomes.close_for_lock()
        for agency_dialog in self.findChildren(AgencyDialog):
            agency_dialog.reject()
        for retention_dialog in self.findChildren(RetentionDialog):
            retention_dialog.close_for_lock()
        for accounts_dialog in self.findChildren(AccountsDialog):
            accounts_dialog.close_for_lock()  # and any recovery key it shows
        self.caseload.clear()
        self.today.clear()
        self.workspace.clear()
        self.desk.setTabText(self.CASE, self.tr("Case"))
        self.desk.setTabEnabled(self.CASE, False)
        self.status.clear()
        self.backup_reminder.clear()
        sensitive_clipboard().clear_if_ours()
        if self.store is not None:
            self.store.close()
        self.store = None
        self.desk_context = None
        for act in self._desk_actions:
            act.setEnabled(False)
        self.toolbar.setVisible(False)
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.prepare_for(self._place.worker if self._place else None)

    # --- cases --------------------------------------------------------------------------
    def open_case(self, case_id: str, step_id: str | None = None) -> None:
        if self.desk_context is None:
            return
        try:
            self.workspace.open_case(self.desk_context, case_id, step_id)
        except ShelterplanError as error:
            self._show_error(error)
            return
        self.desk.setCurrentIndex(self.CASE)

    def _open_step(self, case_id: str, step_id: str) -> None:
        self.open_case(case_id, step_id or None)

    def _open_review(self, case_id: str) -> None:
        """A review due, from Today: the case opens and its review starts."""
        self.open_case(case_id)
        if self.workspace.case_id == case_id:
            self.workspace.tabs.setCurrentWidget(self.workspace.plan)
            self.workspace.start_review()

    def _after_review(self) -> None:
        """Her next review date moved: Today and the caseload say so."""
        self.caseload.refresh()
        self.today.refresh()

    def _after_erasure(self) -> None:
        """Her file was erased: close the case and go back to the caseload."""
        self.workspace.clear()
        self.desk.setTabText(self.CASE, self.tr("Case"))
        self.desk.setTabEnabled(self.CASE, False)
        self.caseload.refresh()
        self.today.refresh()
        self.desk.setCurrentIndex(self.CASELOAD)

    def _on_case_opened(self, client_name: str) -> None:
        self.desk.setTabEnabled(self.CASE, True)
        self.desk.setTabText(self.CASE, self.tr("Case: {0}").format(client_name))

    def _show_error(self, error: ShelterplanError) -> None:
        Messages.show(self, Kind.WARNING, self.tr("shelterplan"), error_text(error))

    # --- window -------------------------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings(APP_NAME, APP_NAME)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings().setValue("window/geometry", self.saveGeometry())
        self.lock()
        super().closeEvent(event)
