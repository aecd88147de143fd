"""The review wizard: going over the plan with her, goal by goal (seeds 002/003).

It only shows `core.wizards.review.ReviewFlow`. Leaving the summary page saves the whole
review at once (a commit page: no way back after it); the last page then offers to print
the updated plan and her progress page, and, when a goal is to be amended, to open its
editing once the wizard closes. Open it with `ReviewWizard.start(desk, case_id)` or
continue a draft with `ReviewWizard.resume(desk, pending)`; `finished_with` carries a
`ReviewFinished` when the wizard closes after saving.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from shelterplan.core.drafts import PendingDraft, discard_draft
from shelterplan.core.reviews import ReviewSaved
from shelterplan.core.wizards.review import ReviewFlow
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.wizards.base import FlowWizard
from shelterplan.ui.wizards.review_closing import (
    DonePage,
    NeedsPage,
    NextPage,
    ReviewSummaryPage,
)
from shelterplan.ui.wizards.review_pages import GoalsPage, SincePage


@dataclass(frozen=True)
class ReviewFinished:
    """What the workspace does once the review wizard closes."""

    saved: ReviewSaved
    amend_goal_id: str | None  # the goal to open on the Plan tab, if one is to be amended
    add_steps: bool  # open the step wizard for that goal at once


class ReviewWizard(FlowWizard):
    print_plan_requested = Signal()  # "Print the updated plan…" on the last page
    print_progress_requested = Signal()  # "Print her progress page…"

    def __init__(
        self,
        desk: Desk,
        flow: ReviewFlow,
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.saved: ReviewSaved | None = None
        pages = (
            SincePage(flow),
            GoalsPage(flow),
            NeedsPage(flow),
            NextPage(flow),
            ReviewSummaryPage(flow),
            DonePage(flow),
        )
        super().__init__(desk, flow, list(pages), draft_id, parent)
        (
            self.since_page,
            self.goals_page,
            self.needs_page,
            self.next_page,
            self.summary_page,
            self.done_page,
        ) = pages
        self.setObjectName("reviewWizard")
        self.setWindowTitle(self.tr("Review the plan together"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Save the review"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.done_page.print_plan.clicked.connect(self.print_plan_requested)
        self.done_page.print_progress.clicked.connect(self.print_progress_requested)
        self.resize(960, 700)

    # --- saving -----------------------------------------------------------------------
    def commit(self) -> bool:
        """Save the review (leaving the summary page) and drop its draft, in one go."""
        if self.saved is not None:
            return True
        flow = self.flow
        assert isinstance(flow, ReviewFlow)
        try:
            with self.desk.session() as session:
                saved = flow.finish(session, self.desk.actor)
                if self.draft_id is not None:
                    discard_draft(session, self.desk.actor, self.draft_id)
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.windowTitle(), error_text(error))
            return False
        self.saved, self.draft_id = saved, None
        return True

    def save_draft(self) -> None:
        if self.saved is None:  # once saved, there is nothing left to lose
            super().save_draft()

    def _finished(self) -> ReviewFinished | None:
        if self.saved is None:
            return None
        return ReviewFinished(
            self.saved, self.done_page.amend_goal(), self.done_page.add_steps_now()
        )

    def accept(self) -> None:
        finished = self._finished()
        if finished is None:  # Finish only shows after saving; never save twice
            return
        QWizard.accept(self)
        self.finished_with.emit(finished)

    def reject(self) -> None:
        finished = self._finished()
        if finished is None:
            super().reject()  # asks before throwing away what was typed
            return
        QWizard.reject(self)  # Escape on the last page: the review is saved already
        self.finished_with.emit(ReviewFinished(finished.saved, finished.amend_goal_id, False))

    def close_for_lock(self) -> None:
        if self.saved is not None:
            QWizard.reject(self)
            return
        super().close_for_lock()

    # --- opening ----------------------------------------------------------------------
    @classmethod
    def start(cls, desk: Desk, case_id: str, parent: QWidget | None = None) -> ReviewWizard:
        """A new review of a case. Raises a `ShelterplanError` (not her case, case gone or
        closed) before anything is shown."""
        flow = ReviewFlow(case_id=case_id)
        with desk.session() as session:
            flow.load_context(session, desk.actor, desk.today())
        return cls(desk, flow, parent=parent)

    @classmethod
    def resume(
        cls, desk: Desk, pending_draft: PendingDraft, parent: QWidget | None = None
    ) -> ReviewWizard:
        """Continue a saved draft; her goals and needs are read again."""
        flow = ReviewFlow.from_draft(pending_draft.data, case_id=pending_draft.case_id)
        assert isinstance(flow, ReviewFlow)
        with desk.session() as session:
            flow.load_context(session, desk.actor, desk.today())
        return cls(desk, flow, draft_id=pending_draft.draft_id, parent=parent)
