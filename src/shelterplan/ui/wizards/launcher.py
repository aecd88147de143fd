"""Opening the wizards, and offering unfinished ones again after an unlock.

Imports the wizard modules lazily, so the desk does not pay for them until asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from shelterplan.core.drafts import PendingDraft, discard_draft, pending_drafts
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.vocab_labels import utc_datetime_text
from shelterplan.ui.wizards.base import FlowWizard

Done = Callable[[object], None]


def _opened(make: Callable[[], FlowWizard], parent: QWidget, done: Done) -> FlowWizard | None:
    """Build and show a wizard; a known failure (not her case, goal gone) is a message."""
    try:
        wizard = make()
    except ShelterplanError as error:
        Messages.show(
            parent,
            Kind.WARNING,
            QCoreApplication.translate("drafts", "shelterplan"),
            error_text(error),
        )
        return None
    return _show(wizard, done)


def _show(wizard: FlowWizard, done: Done) -> FlowWizard:
    wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.finished_with.connect(done)
    wizard.show()
    return wizard


def open_intake(desk: Desk, parent: QWidget, done: Done) -> FlowWizard | None:
    from shelterplan.ui.wizards.intake_wizard import IntakeWizard

    return _opened(lambda: IntakeWizard.start(desk, parent), parent, done)


def open_goal_wizard(desk: Desk, case_id: str, parent: QWidget, done: Done) -> FlowWizard | None:
    from shelterplan.ui.wizards.goal_wizard import GoalWizard

    return _opened(lambda: GoalWizard.start(desk, case_id, parent), parent, done)


def open_step_wizard(desk: Desk, goal_id: str, parent: QWidget, done: Done) -> FlowWizard | None:
    from shelterplan.ui.wizards.step_wizard import StepWizard

    return _opened(lambda: StepWizard.start(desk, goal_id, parent), parent, done)


def open_review_wizard(desk: Desk, case_id: str, parent: QWidget, done: Done) -> FlowWizard | None:
    """The review of a case; her unfinished review of this case, if any, is resumed."""
    from shelterplan.ui.wizards.review_wizard import ReviewWizard

    with desk.session() as session:
        drafts = pending_drafts(session, desk.actor)
    draft = next((d for d in drafts if d.kind == "review" and d.case_id == case_id), None)
    if draft is not None:
        return _opened(lambda: ReviewWizard.resume(desk, draft, parent), parent, done)
    return _opened(lambda: ReviewWizard.start(desk, case_id, parent), parent, done)


def resume(desk: Desk, draft: PendingDraft, parent: QWidget, done: Done) -> FlowWizard | None:
    if draft.kind == "intake":
        from shelterplan.ui.wizards.intake_wizard import IntakeWizard

        return _opened(lambda: IntakeWizard.resume(desk, draft, parent), parent, done)
    if draft.kind == "goals":
        from shelterplan.ui.wizards.goal_wizard import GoalWizard

        return _opened(lambda: GoalWizard.resume(desk, draft, parent), parent, done)
    if draft.kind == "steps":
        from shelterplan.ui.wizards.step_wizard import StepWizard

        return _opened(lambda: StepWizard.resume(desk, draft, parent), parent, done)
    if draft.kind == "review":
        from shelterplan.ui.wizards.review_wizard import ReviewWizard

        return _opened(lambda: ReviewWizard.resume(desk, draft, parent), parent, done)
    return None


def _kind_label(kind: str) -> str:
    labels = {
        "intake": QCoreApplication.translate("drafts", "an intake"),
        "goals": QCoreApplication.translate("drafts", "goal setting"),
        "steps": QCoreApplication.translate("drafts", "new steps"),
        "review": QCoreApplication.translate("drafts", "a review"),
    }
    return labels.get(kind, kind)


def offer_drafts(desk: Desk, parent: QWidget, done: Done) -> FlowWizard | None:
    """After unlocking: resume her newest unfinished wizard, discard it, or leave it."""
    with desk.session() as session:
        drafts = pending_drafts(session, desk.actor)
    if not drafts:
        return None
    draft = drafts[0]
    answer = Messages.choose(
        parent,
        QCoreApplication.translate("drafts", "Unfinished work"),
        QCoreApplication.translate(
            "drafts", "You did not finish {0} (saved {1}). Nothing typed was lost."
        ).format(_kind_label(draft.kind), utc_datetime_text(draft.saved_at)),
        [
            QCoreApplication.translate("drafts", "&Resume where I stopped"),
            QCoreApplication.translate("drafts", "&Discard it"),
            QCoreApplication.translate("drafts", "&Later"),
        ],
    )
    if answer == 0:
        return resume(desk, draft, parent, done)
    if answer == 1:
        with desk.session() as session:
            discard_draft(session, desk.actor, draft.draft_id)
    return None
