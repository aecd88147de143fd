"""The unlock screen: her name, her passphrase, and plain words when it fails.

"Restore from a backup…" is always there (a small link), and said plainly when the
folder has no store yet (a new laptop after the old one died): the recovery key or an
administrator's passphrase from the backup itself opens it (ui/admin/restore_dialog.py).
"""

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

from shelterplan.core import access, restore_flow
from shelterplan.errors import ShelterplanError
from shelterplan.paths import DEMO_PASSPHRASE
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.error_text import error_text
from shelterplan.ui.translations import save_language, saved_language


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # the opened CaseStore
    restored = Signal(object)  # a RestoreResult: another store is in the folder now

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

        self.no_store_note = QLabel(
            self.tr(
                "There is no shelterplan store in this folder yet. If this laptop replaces "
                "one whose store was backed up, restore the backup. Otherwise an "
                "administrator creates a store with 'shelterplan init'."
            )
        )
        self.no_store_note.setObjectName("noStoreNote")
        self.no_store_note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setObjectName("unlockRestore")
        self.restore_button.setToolTip(
            self.tr("With the recovery key or an administrator's passphrase")
        )
        self.restore_button.clicked.connect(self.restore_from_backup)
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)

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
        column.addWidget(self.no_store_note)
        column.addLayout(restore_row)
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
        self._show_store_state()

    def _show_store_state(self) -> None:
        """No store yet: say so, and make restoring the obvious way on."""
        missing = not restore_flow.folder_has_store(self._folder)
        self.no_store_note.setVisible(missing)
        self.restore_button.setFlat(not missing)  # a small link when there is a store

    def restore_from_backup(self) -> object:
        """Restore without being signed in (nothing of this store is open here)."""
        from shelterplan.ui.admin.restore_dialog import start_restore

        self.message.clear()
        dialog = start_restore(self._folder, self.window(), release=None)
        if dialog is not None:
            dialog.restored.connect(self.after_restore)
        return dialog

    def after_restore(self, result: object) -> None:
        """Another store is in the folder: its names, and a word on what to do."""
        names = access.worker_names(self._folder)
        typed = self.worker_box.currentText()
        self.worker_box.clear()
        self.worker_box.addItems(names)
        self.worker_box.setCurrentText(typed if typed in names else "")
        self.passphrase_edit.clear()
        self._show_store_state()
        if getattr(result, "new_computer", False):
            self.message.setText(
                self.tr(
                    "The backup is restored, but it was tied to another laptop: the "
                    "passphrases open it here only once an administrator has set new ones "
                    "with the recovery key."
                )
            )
        else:
            self.message.setText(self.tr("The backup is restored. Sign in to the restored store."))
        self.worker_box.setFocus()
        self.restored.emit(result)

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
            self.message.setText(error_text(error))
            return
        self.message.clear()
        self.unlocked.emit(store)

    def _language_chosen(self, _index: int) -> None:
        save_language(self.language_box.currentData())
        self.language_note.setText(
            self.tr("The screen will be in this language the next time shelterplan starts.")
        )
