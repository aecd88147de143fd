"""Printing from the case workspace: the plan, her safety plan, signing, exact reprints.

The documents are rendered in memory by `reports`; this module only opens the dialogs,
writes to the audit trail what left the store (printed or saved), and freezes the plan
when the worker marks it signed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.rules import get_live
from shelterplan.core.versions import signed_pdf
from shelterplan.errors import ShelterplanError
from shelterplan.reports import printing
from shelterplan.reports.model import (
    Audience,
    PlanPrint,
    RenderedPdf,
    SignatoryRole,
    SignatureBlock,
)
from shelterplan.reports.plan_pdf import render_plan
from shelterplan.reports.progress_pdf import render_progress
from shelterplan.reports.safety_pdf import render_safety_plan
from shelterplan.store.models import Case
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.printing.choices import (
    LARGE_PRINT,
    POCKET_CARD,
    SUPERVISOR_BLOCK,
    TAKE_HOME,
    FlagOption,
    PrintChoice,
    PrintOptions,
    plan_print_options,
    safety_print_options,
)
from shelterplan.ui.printing.print_dialog import PrintDialog
from shelterplan.ui.printing.sign_dialog import SignDialog
from shelterplan.ui.vocab_labels import date_text

T = TypeVar("T")
CODE_WORD = "code_word"


class CasePrinting(QObject):
    """Owns the print and sign dialogs of one workspace, so a lock can close them."""

    signed = Signal(str)  # the new plan version's id

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._desk: Desk | None = None
        self._case_id: str | None = None
        self._dialog: PrintDialog | None = None
        self._printed: PlanPrint | None = None  # the plan as last rendered for printing
        self._sign_dialog: SignDialog | None = None

    def set_case(self, desk: Desk | None, case_id: str | None) -> None:
        self.close_for_lock()
        self._desk, self._case_id = desk, case_id

    def close_for_lock(self) -> None:
        """Drop every document and close the dialog (the app is locking or the case
        changes)."""
        dialog, self._dialog = self._dialog, None
        self._printed = None
        signing, self._sign_dialog = self._sign_dialog, None
        if signing is not None:
            signing.close_for_lock()
        if dialog is not None:
            dialog.close_for_lock()
            dialog.deleteLater()

    # --- running core work --------------------------------------------------------------
    def _run(self, title: str, work: Callable[[Session, Actor], T]) -> T | None:
        if self._desk is None:
            return None
        try:
            with self._desk.session() as session:
                return work(session, self._desk.actor)
        except ShelterplanError as error:
            Messages.show(self._parent, Kind.WARNING, title, error_text(error))
            return None

    def _case_language(self) -> str:
        def language(session: Session, _actor: Actor) -> str:
            return get_live(session, Case, self._case_id or "").client.document_language

        return self._run(self.tr("Printing"), language) or "en"

    def _show(self, dialog: PrintDialog) -> None:
        """Show a dialog made after `close_for_lock()` closed the one before."""
        self._dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: PrintDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
            dialog.deleteLater()

    def _audit(self, how: str) -> None:
        case_id = self._case_id
        if case_id is not None:
            self._run(
                self.tr("Printing"),
                lambda session, actor: printing.record_output(session, actor, case_id, how),
            )

    # --- the case plan ----------------------------------------------------------------
    def _plan_print(self, choice: PrintChoice) -> PlanPrint:
        """The plan as it stands, for this choice; raises a known failure plainly."""
        assert self._desk is not None and self._case_id is not None
        with self._desk.session() as session:
            return printing.plan_print(
                session,
                self._desk.actor,
                self._case_id,
                language=choice.language,
                audience=Audience.TAKE_HOME if choice.has(TAKE_HOME) else Audience.FULL,
                large_print=choice.has(LARGE_PRINT),
                extra_signatory=SignatoryRole.SUPERVISOR if choice.has(SUPERVISOR_BLOCK) else None,
                today=self._desk.today(),
            )

    def print_plan(self) -> None:
        if self._desk is None or self._case_id is None:
            return
        self.close_for_lock()

        def render(choice: PrintChoice) -> RenderedPdf:
            plan = self._plan_print(choice)
            self._printed = plan
            return render_plan(plan)

        dialog = PrintDialog(
            self._parent,
            self.tr("Print the case plan"),
            plan_print_options(self._case_language()),
            render,
            "case-plan.pdf",
        )
        dialog.printed.connect(self._plan_printed)
        dialog.saved.connect(lambda _choice, _pdf: self._audit("plan.save_pdf"))
        self._show(dialog)

    def _plan_printed(self, choice: PrintChoice, _pdf: RenderedPdf) -> None:
        self._audit("plan.print")
        printed = self._printed
        if choice.has(TAKE_HOME) or printed is None:
            return  # her copy is not the copy that is signed
        asked = Messages.ask(
            self._parent,
            self.tr("Sign the plan"),
            self.tr(
                "When she and you have signed the paper copy, mark the plan as signed: "
                "this version is then kept exactly as printed. Mark it as signed now?"
            ),
        )
        if asked:
            self.sign_plan(printed)

    def sign_plan(self, printed: PlanPrint | None = None) -> None:
        """Record the signatures and freeze the version (the paper copy must match)."""
        if self._desk is None or self._case_id is None:
            return
        if printed is None:
            choice = PrintChoice(self._case_language())
            printed = self._run(self.tr("Sign the plan"), lambda _s, _a: self._plan_print(choice))
            if printed is None:
                return
        answer = self.ask_signatures(printed)
        if answer is None or self._desk is None:
            return  # cancelled, or the app locked while the dialog was open
        blocks, signed_on = answer
        case_id, language = self._case_id, printed.language
        version = self._run(
            self.tr("The plan was not marked as signed"),
            lambda session, actor: (
                printing.sign_plan(
                    session,
                    actor,
                    case_id,
                    blocks=blocks,
                    signed_on=signed_on,
                    language=language,
                    large_print=printed.large_print,
                    expected_fingerprint=printed.fingerprint[:12],
                ).id
            ),
        )
        if version is not None:
            self.close_for_lock()
            self.signed.emit(version)

    def ask_signatures(self, printed: PlanPrint) -> tuple[tuple[SignatureBlock, ...], date] | None:
        """The Mark-as-signed dialog (modal); tests replace this method."""
        assert self._desk is not None
        dialog = SignDialog(
            self._parent,
            printed.version_number,
            printed.fingerprint[:12],
            printed.signatures,
            today=self._desk.today(),
        )
        self._sign_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or self._sign_dialog is not dialog:
                return None
            return dialog.signature_blocks(), dialog.signed_on()
        finally:
            self._sign_dialog = None
            dialog.deleteLater()

    # --- a copy for a provider, with her consent -----------------------------------------
    def print_provider_copy(self, service_id: str) -> None:
        """Her plan for one provider: refused plainly without her consent to share with it.
        The copy leaves out what her take-home copy leaves out (safety notes, the shelter's
        address, anything for the agency only)."""
        if self._desk is None or self._case_id is None:
            return
        desk, case_id = self._desk, self._case_id
        allowed = self._run(
            self.tr("No copy for this provider"),
            lambda session, actor: (
                printing.check_provider_copy(session, actor, case_id, service_id, desk.today())
                or True
            ),
        )
        if not allowed:
            return
        self.close_for_lock()
        base = plan_print_options(self._case_language())
        options = PrintOptions(
            base.language, base.languages, tuple(f for f in base.flags if f.key == LARGE_PRINT)
        )

        def render(choice: PrintChoice) -> RenderedPdf:
            return render_plan(
                self._plan_print(PrintChoice(choice.language, choice.flags | {TAKE_HOME}))
            )

        def given(_choice: PrintChoice, _pdf: RenderedPdf) -> None:
            self._run(
                self.tr("Printing"),
                lambda session, actor: printing.record_provider_copy(
                    session, actor, case_id, service_id
                ),
            )

        dialog = PrintDialog(
            self._parent, self.tr("Print her plan for a provider"), options, render, "plan.pdf"
        )
        dialog.printed.connect(given)
        dialog.saved.connect(given)
        self._show(dialog)

    # --- a signed version, exactly as signed ----------------------------------------------
    def reprint_version(self, version_id: str) -> None:
        found = self._run(
            self.tr("The signed version cannot be printed"),
            lambda session, actor: _signed(session, actor, version_id),
        )
        if found is None:
            return
        number, signed_on, data = found
        self.close_for_lock()
        note = self.tr("Version {0}, signed on {1}: printed exactly as it was signed.").format(
            number, date_text(signed_on)
        )
        dialog = PrintDialog.for_fixed_pdf(
            self._parent,
            self.tr("Print a signed version"),
            data,
            note,
            f"case-plan-v{number}-signed.pdf",
        )
        dialog.printed.connect(lambda _choice, _pdf: self._audit("plan.print"))
        dialog.saved.connect(lambda _choice, _pdf: self._audit("plan.save_pdf"))
        self._show(dialog)

    # --- her progress page ---------------------------------------------------------------
    def print_progress(self) -> None:
        """What she has achieved since the plan began, in her language, for her to keep."""
        if self._desk is None or self._case_id is None:
            return
        self.close_for_lock()
        desk, case_id = self._desk, self._case_id
        options = PrintOptions(
            self._case_language(), flags=(FlagOption(LARGE_PRINT, self.tr("Large print")),)
        )

        def render(choice: PrintChoice) -> RenderedPdf:
            with desk.session() as session:
                return render_progress(
                    printing.progress_print(
                        session,
                        desk.actor,
                        case_id,
                        language=choice.language,
                        large_print=choice.has(LARGE_PRINT),
                        today=desk.today(),
                    )
                )

        dialog = PrintDialog(
            self._parent, self.tr("Print her progress page"), options, render, "progress.pdf"
        )
        dialog.printed.connect(lambda _choice, _pdf: self._audit("progress.print"))
        dialog.saved.connect(lambda _choice, _pdf: self._audit("progress.save_pdf"))
        self._show(dialog)

    # --- her safety plan ----------------------------------------------------------------
    def print_safety_plan(self) -> None:
        if self._desk is None or self._case_id is None:
            return
        self.close_for_lock()
        base = safety_print_options(self._case_language())
        code_word = FlagOption(
            CODE_WORD,
            self.tr("Include the code word"),
            detail=self.tr("Only if she wants it written down."),
        )
        options = PrintOptions(base.language, base.languages, (*base.flags, code_word))
        desk, case_id = self._desk, self._case_id

        def render(choice: PrintChoice) -> RenderedPdf:
            with desk.session() as session:
                return render_safety_plan(
                    printing.safety_print(
                        session,
                        desk.actor,
                        case_id,
                        language=choice.language,
                        pocket_card=choice.has(POCKET_CARD),
                        large_print=choice.has(LARGE_PRINT),
                        with_code_word=choice.has(CODE_WORD),
                        today=desk.today(),
                    )
                )

        dialog = PrintDialog(
            self._parent, self.tr("Print her safety plan"), options, render, "notes.pdf"
        )
        dialog.printed.connect(lambda _choice, _pdf: self._audit("safety_plan.print"))
        dialog.saved.connect(lambda _choice, _pdf: self._audit("safety_plan.save_pdf"))
        self._show(dialog)


def _signed(session: Session, actor: Actor, version_id: str) -> tuple[int, date, bytes]:
    version, data = signed_pdf(session, actor, version_id)
    signed_at = version.signed_at
    return version.number, (signed_at.date() if signed_at else date.today()), data
