"""The unlock screen: her name, her passphrase, and plain words when it fails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import access
from shelterplan.errors import ShelterplanError
from shelterplan.paths import DEMO_PASSPHRASE
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.translations import save_language, saved_language


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the opened CaseStore

    def __init__(self, folder: Path, demo: bool = False, worker: str | None = None) -> None:
        super().__init__()
        self._folder = folder
        self.setObjectName("unlockScreen")

        title = QLabel(self.tr("shelterplan"))
        title.setObjectName("unlockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)

        self.worker_box = QComboBox()
        self.worker_box.setEditable(True)
        self.worker_box.addItems(access.worker_names(folder))
        self.worker_box.setAccessibleName(self.tr("Your name"))
        if worker:
            self.worker_box.setCurrentText(worker)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.returnPressed.connect(self.try_unlock)

        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)

        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        form = QFormLayout()
        form.addRow(self.tr("&Your name"), self.worker_box)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.labelForField(self.worker_box).setBuddy(self.worker_box)  # type: ignore[union-attr]

        notes = QVBoxLayout()
        if access.passphrase_only(folder):
            self.mode_note = QLabel(
                self.tr(
                    "No system keyring is available: this store is protected by passphrases "
                    "only, not tied to this computer."
                )
            )
            self.mode_note.setWordWrap(True)
            notes.addWidget(self.mode_note)
        if demo:
            demo_note = QLabel(
                self.tr("Demo store with synthetic cases. Every passphrase is: {0}").format(
                    DEMO_PASSPHRASE
                )
            )
            demo_note.setObjectName("demoNote")
            demo_note.setWordWrap(True)
            demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            notes.addWidget(demo_note)

        self.language_box = QComboBox()
        self.language_box.setObjectName("screenLanguage")
        self.language_box.setAccessibleName(self.tr("Language of the screen"))
        self.language_box.addItem(self.tr("As the computer is set"), None)
        for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español")):
            self.language_box.addItem(name, code)  # each language in its own name
        self.language_box.setCurrentIndex(max(self.language_box.findData(saved_language()), 0))
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        language_row = QFormLayout()
        language_row.addRow(self.tr("&Language"), self.language_box)
        language_row.addRow(self.language_note)

        panel = QWidget()
        panel.setMaximumWidth(520)
        column = QVBoxLayout(panel)
        column.addWidget(title)
        column.addSpacing(12)
        column.addLayout(form)
        column.addWidget(self.unlock_button)
        column.addWidget(self.message)
        column.addLayout(notes)
        column.addSpacing(12)
        column.addLayout(language_row)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(panel, 3)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        (self.passphrase_edit if worker else self.worker_box).setFocus()

    def prepare_for(self, worker: str | None) -> None:
        """Back on the unlock screen after a lock: her name kept, the passphrase empty."""
        self.passphrase_edit.clear()
        self.message.clear()
        if worker:
            self.worker_box.setCurrentText(worker)
            self.passphrase_edit.setFocus()
        else:
            self.worker_box.setFocus()

    def try_unlock(self) -> None:
        name = self.worker_box.currentText().strip()
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        if not name or not passphrase:
            self.message.setText(self.tr("Type your name and your passphrase."))
            return
        try:
            # The full page-by-page check runs in the background (ui/integrity_watch.py).
            store: CaseStore = access.unlock(self._folder, name, passphrase, check_integrity=False)
        except ShelterplanError as error:
            self.message.setText(self._explain(error))
            return
        self.message.clear()
        self.unlocked.emit(store)

    def _explain(self, error: ShelterplanError) -> str:
        from shelterplan.errors import UnlockDelayed, WrongPassphrase

        if isinstance(error, UnlockDelayed):
            return self.tr("Too many wrong passphrases. Wait {0} seconds and try again.").format(
                int(error.seconds + 0.999)
            )
        if isinstance(error, WrongPassphrase):
            return self.tr("The name or passphrase is not right. Check the spelling and try again.")
        return str(error)

    def _language_chosen(self, _index: int) -> None:
        save_language(self.language_box.currentData())
        self.language_note.setText(
            self.tr("The screen will be in this language the next time shelterplan starts.")
        )
