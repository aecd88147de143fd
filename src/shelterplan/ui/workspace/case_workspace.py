"""The case workspace: one open case, its parts as tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from shelterplan.core import cases
from shelterplan.core.rules import get_live
from shelterplan.store.models import Case
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.wizards import launcher
from shelterplan.ui.wizards.base import FlowWizard
from shelterplan.ui.workspace.assessment_tab import AssessmentTab
from shelterplan.ui.workspace.case_printing import CasePrinting
from shelterplan.ui.workspace.notes_tab import NotesTab
from shelterplan.ui.workspace.overview_tab import OverviewTab
from shelterplan.ui.workspace.plan_tab import PlanTab
from shelterplan.ui.workspace.referrals_tab import ReferralsTab
from shelterplan.ui.workspace.safety_tab import SafetyTab
from shelterplan.ui.workspace.versions_tab import VersionsTab


class CaseWorkspace(QWidget):
    opened = Signal(str)  # the client's preferred name, for the window's tab title
    review_saved = Signal()  # a review was saved: her next review date moved
    erased = Signal()  # her file was erased: the case is gone

    OVERVIEW, SAFETY, ASSESSMENT, PLAN, REFERRALS, NOTES, VERSIONS = range(7)

    def __init__(self) -> None:
        super().__init__()
        self.case_id: str | None = None
        self.overview = OverviewTab()
        self.assessment = AssessmentTab()
        self.plan = PlanTab()
        self.notes = NotesTab()
        self.versions = VersionsTab()
        self.safety = SafetyTab()
        self.referrals = ReferralsTab()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.tabs.addTab(self.safety, self.tr("&Safety plan"))
        self.tabs.addTab(self.assessment, self.tr("&Assessment"))
        self.tabs.addTab(self.plan, self.tr("&Plan"))
        self.tabs.addTab(self.referrals, self.tr("Re&ferrals"))
        self.tabs.addTab(self.notes, self.tr("&Notes"))
        self.tabs.addTab(self.versions, self.tr("&Reviews and versions"))
        self._parts = (
            self.overview,
            self.safety,
            self.assessment,
            self.plan,
            self.referrals,
            self.notes,
            self.versions,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._desk: Desk | None = None
        self.notes.note_added.connect(self._refresh_versions)
        self.plan.new_goal_requested.connect(self._new_goal)
        self.plan.new_steps_requested.connect(self._new_steps)
        self.plan.review_requested.connect(self.start_review)
        self.safety.save_failed.connect(self._tell)
        self.referrals.referral_made.connect(self._refresh_versions)
        self.printing = CasePrinting(self)
        self.plan.print_requested.connect(self.printing.print_plan)
        self.plan.sign_requested.connect(lambda: self.printing.sign_plan())
        self.plan.progress_print_requested.connect(self.printing.print_progress)
        self.versions.reprint_requested.connect(self.printing.reprint_version)
        self.safety.print_requested.connect(self.printing.print_safety_plan)
        self.referrals.provider_copy_requested.connect(self.printing.print_provider_copy)
        self.printing.signed.connect(self._after_signing)
        self.overview.file_actions.erased.connect(self.erased)

    def _tell(self, message: str) -> None:
        Messages.show(self.window(), Kind.WARNING, self.tr("Safety plan"), message)

    def _new_goal(self) -> None:
        if self._desk is not None and self.case_id is not None:
            launcher.open_goal_wizard(self._desk, self.case_id, self, self._after_wizard)

    def _new_steps(self, goal_id: str) -> None:
        if self._desk is not None:
            launcher.open_step_wizard(self._desk, goal_id, self, self._after_wizard)

    def _after_wizard(self, _result: object) -> None:
        self.reload()

    def start_review(self) -> None:
        """The review wizard for this case (her unfinished review of it is resumed)."""
        if self._desk is not None and self.case_id is not None:
            wizard = launcher.open_review_wizard(self._desk, self.case_id, self, self._after_review)
            self.attach_review(wizard)

    def attach_review(self, wizard: FlowWizard | None, follow_up: bool = False) -> None:
        """Print from a review wizard's last page; with `follow_up`, also amend and show
        the saved review here once it closes (a review resumed by the main window)."""
        if wizard is None or wizard.flow.kind != "review":
            return
        wizard.print_plan_requested.connect(self.printing.print_plan)  # type: ignore[attr-defined]
        wizard.print_progress_requested.connect(self.printing.print_progress)  # type: ignore[attr-defined]
        if follow_up:
            wizard.finished_with.connect(self._after_review)

    def _after_review(self, result: object) -> None:
        """Show the saved review; open the goal to amend, and its step wizard if asked."""
        self.reload()
        self.review_saved.emit()
        goal_id = getattr(result, "amend_goal_id", None)
        if not goal_id:
            return
        self.tabs.setCurrentWidget(self.plan)
        index = self.plan.model.index_for_item(goal_id)
        if index.isValid():
            self.plan.view.setCurrentIndex(index)
            self.plan.view.scrollTo(index)
        if getattr(result, "add_steps", False):
            self._new_steps(goal_id)

    def _after_signing(self, _version_id: str) -> None:
        self.reload()
        self.tabs.setCurrentWidget(self.versions)

    def reload(self) -> None:
        """Fill every tab again from the store (after a wizard or another window wrote)."""
        if self._desk is None or self.case_id is None:
            return
        current = self.tabs.currentIndex()
        for tab in self._parts:
            tab.load(self._desk, self.case_id)
        self.tabs.setCurrentIndex(current)

    def open_case(self, desk: Desk, case_id: str, step_id: str | None = None) -> None:
        """Open a case (written to the audit trail) and fill every tab."""
        with desk.session() as session:
            cases.open_case(session, desk.actor, case_id)
            name = get_live(session, Case, case_id).client.preferred_name
        self._desk = desk
        self.case_id = case_id
        self.printing.set_case(desk, case_id)
        for tab in self._parts:
            tab.load(desk, case_id)
        if step_id:
            self.tabs.setCurrentWidget(self.plan)
            self.plan.select_step(step_id)
        self.opened.emit(name)

    def _refresh_versions(self, *_args: object) -> None:
        if self._desk is not None and self.case_id is not None:
            self.versions.load(self._desk, self.case_id)

    def clear(self) -> None:
        """Forget the case: no client detail remains in any tab or print dialog."""
        self.printing.set_case(None, None)
        for tab in self._parts:
            tab.clear()  # the safety tab saves unsaved changes first
        self.case_id = None
        self._desk = None
