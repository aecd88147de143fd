"""The intake wizard: a new client's file and case, built with her page by page.

All decisions live in `core.wizards.intake.IntakeFlow`; this module puts the pages
together. One thing differs from the base wizard: "She prefers not to answer" first
reads the page into the flow, so that what a skip keeps (on the consent page, her
agreement to have a file) is what is on screen, and an unticked agreement still stops
the worker there instead of being declined away.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from shelterplan.core.drafts import PendingDraft
from shelterplan.core.wizards.flow import Severity
from shelterplan.core.wizards.intake import IntakeFlow, directory_services
from shelterplan.ui.context import Desk
from shelterplan.ui.wizards.base import FlowWizard
from shelterplan.ui.wizards.intake_closing_pages import (
    GoalsPage,
    StrengthsPage,
    SummaryPage,
    TeamPage,
)
from shelterplan.ui.wizards.intake_pages import (
    ConsentPage,
    HouseholdPage,
    IdentityPage,
    SafeContactPage,
    SituationPage,
)
from shelterplan.ui.wizards.intake_widgets import IntakePage

WIDTH, HEIGHT = 1000, 700


class IntakeWizard(FlowWizard):
    def __init__(
        self,
        desk: Desk,
        flow: IntakeFlow,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        with desk.session() as session:
            services = directory_services(session)
        pages: list[IntakePage] = [
            ConsentPage(services),
            IdentityPage(),
            SafeContactPage(),
            HouseholdPage(),
            SituationPage(),
            StrengthsPage(),
            GoalsPage(),
            TeamPage(services),
            SummaryPage(),
        ]
        self.intake_pages = {page.key: page for page in pages}
        super().__init__(desk, flow, list(pages), draft_id, parent)
        self.setObjectName("intakeWizard")
        self.setWindowTitle(self.tr("New client"))
        self.resize(WIDTH, HEIGHT)
        self.currentIdChanged.connect(self._on_entered)

    # --- constructors ---------------------------------------------------------------
    @classmethod
    def start(cls, desk: Desk, parent: QWidget | None = None) -> IntakeWizard:
        return cls(desk, IntakeFlow(today=desk.today), None, parent)

    @classmethod
    def resume(
        cls, desk: Desk, pending_draft: PendingDraft, parent: QWidget | None = None
    ) -> IntakeWizard:
        flow = IntakeFlow.from_draft(pending_draft.data)
        flow.today = desk.today
        return cls(desk, flow, pending_draft.draft_id, parent)

    @property
    def intake_flow(self) -> IntakeFlow:
        assert isinstance(self.flow, IntakeFlow)
        return self.flow

    def _on_entered(self, _page_id: int) -> None:
        page = self.currentPage()
        if isinstance(page, IntakePage):
            page.show_declined_state()

    # --- declining a page -----------------------------------------------------------
    def _on_custom_button(self, which: int) -> None:
        page = self.currentPage()
        if which != self.SKIP_BUTTON.value or not isinstance(page, IntakePage):
            return
        flow = self.flow
        flow.set_values(page.key, page.read_values())  # what a skip keeps comes from here
        flow.skip(page.key)
        errors = [p for p in flow.check(page.key) if p.severity == Severity.ERROR]
        if errors:
            page.show_problems(errors)
            return
        page.show_values(flow.values.get(page.key, {}))  # shown = kept
        self._pass()

    def _pass(self) -> None:
        """Next, without reading the page into the flow again (that would undo the skip)."""
        self.moving_without_checks = True
        try:
            self.next()
        finally:
            self.moving_without_checks = False
