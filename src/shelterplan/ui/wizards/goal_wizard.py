"""The goal wizard: the long-term goal, the goals on the way, options, services, themes.

It works backwards, as seed 004 teaches, and only shows `core.wizards.goals.GoalFlow`.
Open it from the Plan tab with `GoalWizard.start(desk, case_id)`, or continue a saved
draft with `GoalWizard.resume(desk, pending)`. `finished_with` carries the ids of the
goals created, once they are saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from shelterplan.core.drafts import PendingDraft
from shelterplan.core.wizards.goals import GoalFlow
from shelterplan.ui.context import Desk
from shelterplan.ui.wizards.base import FlowWizard
from shelterplan.ui.wizards.goal_choices import (
    ConcurrentPage,
    GoalSummaryPage,
    OptionsPage,
)
from shelterplan.ui.wizards.goal_pages import IntermediatePage, LongTermPage
from shelterplan.ui.wizards.goal_services import ServicesPage


class GoalWizard(FlowWizard):
    def __init__(
        self,
        desk: Desk,
        flow: GoalFlow,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        today = flow.context.today if flow.context else desk.today()
        pages = (
            LongTermPage(flow, today),
            IntermediatePage(flow, today),
            OptionsPage(flow),
            ServicesPage(flow),
            ConcurrentPage(flow),
            GoalSummaryPage(flow),
        )
        super().__init__(desk, flow, list(pages), draft_id, parent)
        (
            self.long_term_page,
            self.intermediate_page,
            self.options_page,
            self.services_page,
            self.concurrent_page,
            self.summary_page,
        ) = pages
        self.setObjectName("goalWizard")
        self.setWindowTitle(self.tr("Goals, worked backwards"))
        # The services page is the only one that may be skipped: say what skipping means.
        self.setButtonText(self.SKIP_BUTTON, self.tr("No &services now"))
        self.resize(920, 680)

    def _on_custom_button(self, which: int) -> None:
        if which == self.SKIP_BUTTON.value and self.currentPage() is self.services_page:
            self.services_page.untick_all()
        super()._on_custom_button(which)

    @classmethod
    def start(cls, desk: Desk, case_id: str, parent: QWidget | None = None) -> GoalWizard:
        """A new goal wizard for a case. Raises a `ShelterplanError` (not her case, case
        gone) before anything is shown."""
        flow = GoalFlow(case_id=case_id)
        with desk.session() as session:
            flow.load_context(session, desk.actor, desk.today())
        return cls(desk, flow, parent=parent)

    @classmethod
    def resume(
        cls, desk: Desk, pending_draft: PendingDraft, parent: QWidget | None = None
    ) -> GoalWizard:
        """Continue a saved draft where it stopped; the directory and her goals are read
        again, since they may have changed since."""
        flow = GoalFlow.from_draft(pending_draft.data, case_id=pending_draft.case_id)
        assert isinstance(flow, GoalFlow)
        with desk.session() as session:
            flow.load_context(session, desk.actor, desk.today())
        return cls(desk, flow, draft_id=pending_draft.draft_id, parent=parent)
