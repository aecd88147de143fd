"""Her file as a whole, at the bottom of the Overview: export it for her, or erase it.

"Export her file…" writes her own copy (a ZIP of her records as JSON and her signed
plans, `core.client_export`) after the same unencrypted-file warning as saving a PDF.
"Erase her file…" is shown to supervisors and administrators only (the rule itself is in
`core.erasure`): a dialog says what will go, that it cannot be undone and that older
backups will not bring it back, and the worker must type the word ERASE (in her screen
language) before the button works. After erasing, `erased` tells the window to go back
to the caseload: the case no longer exists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import client_export, erasure
from shelterplan.core.erasure import ErasurePreview
from shelterplan.core.rules import get_live
from shelterplan.errors import ShelterplanError
from shelterplan.store.models import Case
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.printing.save_pdf import CopyTexts, save_unencrypted_copy

ZIP_SUFFIX = ".zip"


class ErasePrompt(QDialog):
    """Asks for the typed word before erasing; `accepted` only once it was typed."""

    def __init__(self, parent: QWidget | None, client_name: str, preview: ErasurePreview):
        super().__init__(parent)
        self.setObjectName("erasePrompt")
        self.setWindowTitle(self.tr("Erase her file"))
        self.word = self.tr("ERASE")
        records = preview.total
        cases = len(preview.case_ids)
        text = QLabel(
            self.tr(
                "This erases {0}'s file for good: her client record and her {1} case(s), "
                "{2} records in all — notes, plans, signed versions, consents, everything."
                "\n\nIt cannot be undone. Backups and exports taken before will not bring "
                "it back: restoring or importing one erases her again.\n\nErase only when "
                "she asked for it, or your agency's retention rules require it. On a large "
                "store, rewriting the file afterwards can take a minute."
            ).format(client_name, cases, records)
        )
        text.setWordWrap(True)
        text.setObjectName("eraseExplanation")
        self.explanation = text
        prompt = QLabel(self.tr("Type {0} to confirm:").format(self.word))
        self.typed = QLineEdit()
        self.typed.setObjectName("eraseWord")
        self.typed.setAccessibleName(self.tr("Type {0} to confirm").format(self.word))
        prompt.setBuddy(self.typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseForGood")
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter never erases
        self.typed.textChanged.connect(self._check)
        text.setMinimumWidth(text.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)
        self.typed.setFocus()

    def _check(self, typed: str) -> None:
        self.erase_button.setEnabled(typed.strip() == self.word)

    def accept(self) -> None:
        if self.typed.text().strip() == self.word:
            super().accept()

    def close_for_lock(self) -> None:
        """The app locks: her name leaves the screen and nothing is erased."""
        self.explanation.clear()
        self.typed.clear()
        self.reject()


class HerFileActions(QWidget):
    """The two buttons, for the case shown; `erased` once her file is gone."""

    erased = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("herFileActions")
        self._desk: Desk | None = None
        self._case_id: str | None = None
        self._prompt: ErasePrompt | None = None
        self.export_button = QPushButton(self.tr("Export her file…"))
        self.export_button.setObjectName("exportHerFile")
        self.export_button.setToolTip(
            self.tr("Her own copy of everything held about her, as a ZIP file (not encrypted)")
        )
        self.export_button.clicked.connect(self.export_file)
        self.erase_button = QPushButton(self.tr("Erase her file…"))
        self.erase_button.setObjectName("eraseHerFile")
        self.erase_button.setToolTip(
            self.tr("At her request: remove her file from this store for good")
        )
        self.erase_button.clicked.connect(self.erase_file)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 8, 0, 0)
        row.addStretch(1)
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        self.clear()

    def load(self, desk: Desk, case_id: str) -> None:
        self._desk, self._case_id = desk, case_id
        self.export_button.setEnabled(True)
        self.erase_button.setVisible(erasure.may_erase(desk.actor))

    def clear(self) -> None:
        """Forget the case (lock, another case): an open prompt closes, erasing nothing."""
        if self._prompt is not None:
            self._prompt.close_for_lock()
        self._desk, self._case_id = None, None
        self.export_button.setEnabled(False)
        self.erase_button.setVisible(False)

    def _fail(self, title: str, error: ShelterplanError) -> None:
        Messages.show(self.window(), Kind.WARNING, title, error_text(error))

    # --- export -----------------------------------------------------------------------
    def _zip_texts(self) -> CopyTexts:
        return CopyTexts(
            suffix=ZIP_SUFFIX,
            warning_title=self.tr("Save an unencrypted copy of her file?"),
            warning=self.tr(
                "Her file is saved as a ZIP file that is not encrypted: her records, notes "
                "and signed plans, as she asked. Anyone who has this laptop, the folder or "
                "the USB stick it is saved on can open it and read everything in it.\n\n"
                "Give it to her, save it only where your agency allows, and delete it when "
                "you no longer need it.\n\nSave her file anyway?"
            ),
            dialog_caption=self.tr("Save her file as ZIP (not encrypted)"),
            file_filter=self.tr("ZIP files (*.zip)"),
            not_saved_title=self.tr("Her file was not saved"),
            disk_full=self.tr(
                "The disk is full, so her file was not saved. Free some space, or choose "
                "another place, and try again."
            ),
            read_only=self.tr(
                "Her file could not be saved there: the folder is read-only or you do not "
                "have permission to write in it. Nothing was saved; choose another folder "
                "and try again."
            ),
            failed=self.tr(
                "Her file could not be saved there, and nothing was saved. Check that the "
                "folder still exists (a USB stick may have been taken out), then choose "
                "another place and try again."
            ),
        )

    def export_file(self) -> None:
        desk, case_id = self._desk, self._case_id
        if desk is None or case_id is None:
            return
        made: list[client_export.ClientFile] = []

        def build() -> bytes:
            with desk.session() as session:
                made.append(client_export.client_file(session, desk.actor, case_id))
            return made[0].data

        try:
            written = save_unencrypted_copy(
                self.window(), build, f"her-file-{case_id[:8]}.zip", self._zip_texts()
            )
            if written is None or not made:
                return
            with desk.session() as session:
                client_export.record_export(session, desk.actor, made[0])
        except ShelterplanError as error:
            self._fail(self.tr("Her file was not saved"), error)
            return
        Messages.show(
            self.window(),
            Kind.INFO,
            self.tr("Her file is saved"),
            self.tr(
                "Saved {0}: {1} case(s) and {2} signed plan(s). The file is not encrypted."
            ).format(written.name, made[0].cases, made[0].pdfs),
        )

    # --- erasure ----------------------------------------------------------------------
    def erase_file(self) -> None:
        desk, case_id = self._desk, self._case_id
        if desk is None or case_id is None:
            return
        try:
            with desk.session() as session:
                client_id = erasure.client_of_case(session, case_id)
                preview = erasure.erasure_preview(session, desk.actor, client_id)
                name = get_live(session, Case, case_id).client.preferred_name
        except ShelterplanError as error:
            self._fail(self.tr("Erase her file"), error)
            return
        prompt = self._prompt = ErasePrompt(self.window(), name, preview)
        try:
            if prompt.exec() != QDialog.DialogCode.Accepted or self._desk is not desk:
                return
        finally:
            self._prompt = None
            prompt.close_for_lock()
            prompt.deleteLater()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            erasure.erase_and_vacuum(desk.store, desk.actor, client_id)
        except ShelterplanError as error:
            self._fail(self.tr("Her file was not erased"), error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.clear()
        self.erased.emit()
        Messages.show(
            self.window(),
            Kind.INFO,
            self.tr("Her file is erased"),
            self.tr(
                "Her file was erased from this store. The audit trail keeps only that a "
                "file was erased, by whom and when."
            ),
        )
