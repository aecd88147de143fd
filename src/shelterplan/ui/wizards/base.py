"""A QWizard driven by a core `WizardFlow`, with a draft saved on every page change.

Pages only show and read values; the flow decides the order, what may be skipped (and
records a skip as "declined"), what blocks a page (errors) and what is only said
(warnings, shown once, never blocking). Cancel asks before throwing work away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from shelterplan.core.drafts import discard_draft, save_draft
from shelterplan.core.wizards.flow import Problem, Severity, WizardFlow
from shelterplan.errors import ShelterplanError
from shelterplan.ui.accessibility import room_for_shortcuts
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages


class FlowPage(QWizardPage):
    """One page of a flow. Subclasses build widgets into `self.body` and implement
    `read_values`, `show_values` and `problem_text`."""

    key = ""

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
        self.body = QVBoxLayout()
        self.problems = QLabel()
        self.problems.setObjectName("pageProblems")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems on this page"))
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addStretch(1)
        layout.addWidget(self.problems)
        self._warned: tuple[Problem, ...] = ()

    # --- for subclasses -----------------------------------------------------------------
    def read_values(self) -> dict[str, Any]:
        return {}

    def show_values(self, values: dict[str, Any]) -> None:
        """Fill the widgets from saved values (a resumed draft, or Back)."""

    def problem_text(self, problem: Problem) -> str:
        """The translated sentence for a problem code of this page."""
        return problem.code

    # --- flow glue ----------------------------------------------------------------------
    @property
    def flow_wizard(self) -> FlowWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FlowWizard)
        return wizard

    def initializePage(self) -> None:
        values = self.flow_wizard.flow.values.get(self.key)
        if values is not None:
            self.show_values(values)
        self.problems.hide()
        self._warned = ()

    def validatePage(self) -> bool:
        wizard = self.flow_wizard
        if wizard.moving_without_checks:
            return True  # a skip ("declined") or replaying a resumed draft
        flow = wizard.flow
        flow.set_values(self.key, self.read_values())
        problems = flow.check(self.key)
        errors = [p for p in problems if p.severity == Severity.ERROR]
        warnings = tuple(p for p in problems if p.severity == Severity.WARNING)
        if errors:
            self._show_problems(errors)
            return False
        if warnings and warnings != self._warned:
            # Warnings never block: shown once, then Next goes on.
            self._warned = warnings
            self._show_problems(list(warnings), note=True)
            return False
        self.problems.hide()
        return True

    def _show_problems(self, problems: list[Problem], note: bool = False) -> None:
        lines = [self.problem_text(p) for p in problems]
        if note:
            lines.append(self.tr("Press Next again to go on anyway."))
        self.problems.setText("\n".join(lines))
        self.problems.show()


class FlowWizard(QWizard):
    """Runs a flow; `finished_with(result)` is emitted after the flow's records are saved."""

    finished_with = Signal(object)

    SKIP_BUTTON = QWizard.WizardButton.CustomButton1

    def __init__(
        self,
        desk: Desk,
        flow: WizardFlow,
        pages: list[FlowPage],
        draft_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.flow = flow
        self.draft_id = draft_id
        self._pages = {page.key: page for page in pages}
        self._ids: dict[str, int] = {}
        self.moving_without_checks = False
        self._last_page: FlowPage | None = None
        for number, page in enumerate(pages):
            self.setPage(number, page)
            self._ids[page.key] = number
            room_for_shortcuts(page)  # "&Target date:" would lose its last letter
        self.setStartId(self._ids[flow.current])
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(self.SKIP_BUTTON, self.tr("She prefers not to &answer"))
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._on_page_changed)
        self.resize(760, 560)
        self._replay_to(flow.current)

    def _replay_to(self, key: str) -> None:
        """Open a resumed draft on its page with the pages before it in the history,
        so Back works as if the worker had walked there (nothing is checked again)."""
        first = self.flow.page_keys()[0]
        self.flow.current = first
        self.setStartId(self._ids[first])
        self.restart()
        self.moving_without_checks = True
        try:
            while isinstance(self.currentPage(), FlowPage) and self.flow.current != key:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.moving_without_checks = False

    # --- order ----------------------------------------------------------------------
    def nextId(self) -> int:
        page = self.currentPage()
        if not isinstance(page, FlowPage):
            return -1
        self.flow.current = page.key
        following = self.flow.next_key()
        return self._ids[following] if following is not None else -1

    def _on_page_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if not isinstance(page, FlowPage):
            return
        left = self._last_page
        if (
            left is not None
            and left is not page
            and not self.flow.is_declined(left.key)
            and not self.moving_without_checks
        ):
            # Going Back skips validatePage: keep what was typed on the page left behind.
            self.flow.set_values(left.key, left.read_values())
        self._last_page = page
        self.flow.current = page.key
        self.button(self.SKIP_BUTTON).setVisible(self.flow.page(page.key).skippable)
        self.save_draft()

    def _on_custom_button(self, which: int) -> None:
        page = self.currentPage()
        if which == self.SKIP_BUTTON.value and isinstance(page, FlowPage):
            self.flow.skip(page.key)  # recorded as "declined", not as empty
            self.moving_without_checks = True
            try:
                self.next()
            finally:
                self.moving_without_checks = False

    # --- saving -----------------------------------------------------------------------
    def save_draft(self) -> None:
        """Everything typed so far goes into the encrypted store."""
        try:
            with self.desk.session() as session:
                self.draft_id = save_draft(session, self.desk.actor, self.flow, self.draft_id)
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.windowTitle(), error_text(error))

    def close_for_lock(self) -> None:
        """The app is locking: keep everything typed as a draft and close without asking."""
        page = self.currentPage()
        if isinstance(page, FlowPage):
            self.flow.set_values(page.key, page.read_values())
        self.save_draft()
        QWizard.reject(self)

    def accept(self) -> None:
        page = self.currentPage()
        if isinstance(page, FlowPage) and not page.validatePage():
            return
        try:
            with self.desk.session() as session:
                result = self.flow.finish(session, self.desk.actor)
                if self.draft_id is not None:
                    discard_draft(session, self.desk.actor, self.draft_id)
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.windowTitle(), error_text(error))
            return
        self.draft_id = None
        super().accept()
        self.finished_with.emit(result)

    def reject(self) -> None:
        page = self.currentPage()
        if isinstance(page, FlowPage):
            self.flow.set_values(page.key, page.read_values())
        if self.flow.values and not Messages.ask(
            self,
            self.tr("Close the wizard?"),
            self.tr(
                "Throw away what was typed in this wizard? Choose No to keep it as a "
                "draft you can finish later."
            ),
        ):
            self.save_draft()
            super().reject()
            return
        if self.draft_id is not None:
            with self.desk.session() as session:
                discard_draft(session, self.desk.actor, self.draft_id)
            self.draft_id = None
        super().reject()
