"""Restore from a backup: from the Backups dialog (signed in) or the unlock screen.

The flow itself is in `core/restore_flow.py`; this dialog asks for the file, the
recovery key or an administrator's passphrase and a confirmation, then runs the checks
on a thread. When they pass, the window that has the store open is asked to let go of it
(`release`: the main window locks, closing its engine), and the swap runs on a thread
too. The worker then signs in to the restored store on the unlock screen. A refusal at
any step is shown as the core's plain message, and the store in the folder is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import restore_flow
from shelterplan.core.backups import PreparedRestore, RestoreResult
from shelterplan.core.restore_flow import BackupPreview, RestoreAnswers, SecretKind
from shelterplan.errors import ShelterplanError
from shelterplan.store.failures import plain_error
from shelterplan.ui.background import BackgroundRun
from shelterplan.ui.error_text import error_text
from shelterplan.ui.vocab_labels import utc_datetime_text

_UNEXPECTED = "The restore stopped on an unexpected problem ({0}) while {1}; nothing was changed."


def _known(exc: BaseException, what: str) -> ShelterplanError:
    """The plain failure behind `exc`; a bug is reported by its kind only, never data."""
    return plain_error(exc) or ShelterplanError(_UNEXPECTED.format(type(exc).__name__, what))


def _local(when: datetime) -> str:
    return utc_datetime_text(when)


class RestoreDialog(QDialog):
    """`release`: called (on the window's thread) once the backup passed every check and
    before the swap, to close every connection this program has to the current store.
    None when nothing is open (the unlock screen)."""

    restored = Signal(object)  # the RestoreResult

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        release: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._folder = folder
        self._release = release
        self._released = False
        self._running = False
        self._done = False
        self.preview: BackupPreview | None = None
        self.result: RestoreResult | None = None
        # not parented: a thread may outlive a closed dialog
        self._checks = BackgroundRun()  # every check, while the store is still in use
        self._checks.finished.connect(self._on_prepared)
        self._swap = BackgroundRun()  # putting it in place, once the window let go
        self._swap.finished.connect(self._on_finished)

        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("restoreFile")
        self.file_edit.setAccessibleName(self.tr("Backup file"))
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("chooseRestoreFile")
        self.choose_button.setAccessibleName(self.tr("Choose the backup file"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.made_label = QLabel()
        self.made_label.setObjectName("backupMadeOn")
        self.made_label.setAccessibleName(self.tr("Backup made on"))
        self.replaces_label = QLabel()
        self.replaces_label.setObjectName("restoreReplaces")
        self.replaces_label.setAccessibleName(self.tr("What the backup replaces"))
        self.replaces_label.setWordWrap(True)

        self.recovery_radio = QRadioButton(self.tr("&The recovery key"))
        self.recovery_radio.setObjectName("restoreWithRecoveryKey")
        self.admin_radio = QRadioButton(self.tr("An &administrator's passphrase"))
        self.admin_radio.setObjectName("restoreWithAdminPassphrase")
        self.recovery_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.recovery_radio)
        kinds.addButton(self.admin_radio)
        kinds.buttonToggled.connect(lambda *_args: self._kind_changed())
        kind_column = QVBoxLayout()
        kind_column.addWidget(self.recovery_radio)
        kind_column.addWidget(self.admin_radio)

        self.recovery_edit = QLineEdit()
        self.recovery_edit.setObjectName("restoreRecoveryKey")
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.recovery_edit.setPlaceholderText(self.tr("Groups of four letters and digits"))
        self.admin_box = QComboBox()
        self.admin_box.setObjectName("restoreAdminName")
        self.admin_box.setEditable(True)
        self.admin_box.setAccessibleName(self.tr("Administrator's name"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("restorePassphrase")
        self.passphrase_edit.setAccessibleName(self.tr("Administrator's passphrase"))
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.recovery_edit, self.passphrase_edit):
            edit.textChanged.connect(self._update)
            edit.returnPressed.connect(self.start)
        self.admin_box.currentTextChanged.connect(self._update)

        self.secret_note = QLabel(
            self.tr(
                "Give the recovery key (shown once when the store was made, and kept on "
                "paper), or the name and passphrase of an administrator as they were when "
                "the backup was made."
            )
        )
        self.secret_note.setObjectName("restoreSecretNote")
        self.secret_note.setWordWrap(True)
        self.keep_note = QLabel()
        self.keep_note.setObjectName("restoreKeepNote")
        self.keep_note.setWordWrap(True)

        self.confirm_box = QCheckBox()
        self.confirm_box.setObjectName("restoreConfirm")
        self.confirm_box.toggled.connect(self._update)
        self.confirm_label = QLabel()  # a check box's own text does not wrap
        self.confirm_label.setObjectName("restoreConfirmText")
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setBuddy(self.confirm_box)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_box, 0, Qt.AlignmentFlag.AlignTop)
        confirm_row.addWidget(self.confirm_label, 1)

        self.message = QLabel()
        self.message.setObjectName("restoreMessage")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreNow")
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.restore_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setObjectName("restoreProgress")
        self.progress.setAccessibleName(self.tr("Restoring"))
        self.progress.setRange(0, 0)  # busy: the checks report no steps
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the button keeps its size either way
        self.progress.setSizePolicy(policy)
        self.progress.setVisible(False)
        run_row = QHBoxLayout()
        run_row.addWidget(self.restore_button)
        run_row.addWidget(self.progress, 1)
        self.status = QLabel()
        self.status.setObjectName("restoreStatus")
        self.status.setAccessibleName(self.tr("Restore status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        file_label = QLabel(self.tr("Backup &file"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Made on"), self.made_label)
        form.addRow(self.tr("Replaces"), self.replaces_label)
        form.addRow(self.tr("Open it with"), kind_column)
        form.addRow(self.tr("Recovery &key"), self.recovery_edit)
        form.addRow(self.tr("Administrator's &name"), self.admin_box)
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.secret_note)
        layout.addWidget(self.keep_note)
        layout.addLayout(confirm_row)
        layout.addWidget(self.message)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        self._kind_changed()
        self._show_preview()

    # --- the file -----------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen = choose_backup_file(self)
        if chosen is not None:
            self.set_file(chosen)

    def set_file(self, file: Path) -> bool:
        """Read what the backup says about itself; a refusal is shown at once."""
        self.file_edit.setText(str(file))
        self.message.clear()
        try:
            self.preview = restore_flow.preview_backup(self._folder, file)
        except ShelterplanError as error:
            self.preview = None
            self.message.setText(error_text(error))
        except Exception as exc:
            self.preview = None
            self.message.setText(str(_known(exc, "reading the backup")))
        self._show_preview()
        return self.preview is not None

    def _show_preview(self) -> None:
        preview = self.preview
        current = self.admin_box.currentText()
        self.admin_box.clear()
        self.confirm_box.setChecked(False)
        self.confirm_box.setVisible(preview is not None)  # nothing to confirm before a file
        if preview is None:
            self.made_label.setText(self.tr("Choose a backup file."))
            self.replaces_label.clear()
            self.keep_note.clear()
            self.confirm_label.clear()
            self._update()
            return
        self.admin_box.addItems(list(preview.admin_names))
        if current:
            self.admin_box.setCurrentText(current)
        made = _local(preview.created_at)
        self.made_label.setText(self.tr("{0} ({1} MB)").format(made, f"{preview.size / 1e6:.1f}"))
        if preview.replaces_store:
            self.replaces_label.setText(
                self.tr("The store now in this folder, with everything recorded in it.")
            )
            self.keep_note.setText(
                self.tr(
                    "The store now in use is not changed until the restored one has passed "
                    "every check. It is then kept, not deleted, in a folder named "
                    "replaced-… beside it. shelterplan then locks, and you sign in to the "
                    "restored store."
                )
            )
            self.confirm_label.setText(
                self.tr(
                    "Replace the store in this folder with this backup of {0}. What was "
                    "recorded after {0} is not in the backup (files erased since then are "
                    "erased again)."
                ).format(made)
            )
        else:
            self.replaces_label.setText(self.tr("Nothing: this folder has no store yet."))
            self.keep_note.setText(
                self.tr(
                    "Nothing in this folder is written until the backup has passed every "
                    "check. Then you sign in to the restored store."
                )
            )
            self.confirm_label.setText(
                self.tr("Put this backup of {0} in this folder as its store.").format(made)
            )
        self.confirm_box.setAccessibleName(self.confirm_label.text())
        self._update()

    # --- the secret ---------------------------------------------------------------------
    def _kind_changed(self) -> None:
        recovery = self.recovery_radio.isChecked()
        self._form.setRowVisible(self.recovery_edit, recovery)
        self._form.setRowVisible(self.admin_box, not recovery)
        self._form.setRowVisible(self.passphrase_edit, not recovery)
        (self.recovery_edit if recovery else self.admin_box).setFocus()
        self._update()

    def answers(self) -> RestoreAnswers:
        return RestoreAnswers(
            kind=(
                SecretKind.RECOVERY_KEY
                if self.recovery_radio.isChecked()
                else SecretKind.ADMIN_PASSPHRASE
            ),
            recovery_key=self.recovery_edit.text(),
            admin_name=self.admin_box.currentText(),
            passphrase=self.passphrase_edit.text(),
            confirmed=self.confirm_box.isChecked(),
        )

    def _update(self) -> None:
        self.restore_button.setEnabled(
            not self._running
            and not self._done
            and self.preview is not None
            and self.answers().ready()
        )

    # --- running ------------------------------------------------------------------------
    def start(self) -> None:
        if self._running or self._done or self.preview is None or not self.answers().ready():
            return
        self._set_running(True)
        self.message.clear()
        self.status.setText(
            self.tr("Checking the backup… The store in this folder is not changed meanwhile.")
        )
        still_open = self._release is not None and not self._released
        folder, preview, answers = self._folder, self.preview, self.answers()
        self._checks.start(
            lambda: restore_flow.prepare(folder, preview, answers, still_open),
            _UNEXPECTED.replace("{1}", "checking the backup"),
            "shelterplan-restore",
        )

    def _on_prepared(self, result: object) -> None:
        if isinstance(result, ShelterplanError):
            self._fail(result)
            return
        assert isinstance(result, PreparedRestore)
        self.status.setText(self.tr("The backup passed every check. Putting it in place…"))
        if self._release is not None and not self._released:
            self._released = True
            try:
                self._release()  # the window locks: its connections to the store close
            except Exception:
                result.discard()
                raise
        self._swap.start(
            lambda: restore_flow.complete(result),
            _UNEXPECTED.replace("{1}", "putting the backup in place"),
            "shelterplan-restore",
        )

    def _on_finished(self, result: object) -> None:
        if isinstance(result, ShelterplanError):
            self._fail(result)
            return
        assert isinstance(result, RestoreResult)
        self.result = result
        self._done = True
        self._set_running(False)
        self.restore_button.setVisible(False)
        self.passphrase_edit.clear()
        self.recovery_edit.clear()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.status.setText("\n".join(self.summary(result)))
        self.restored.emit(result)

    def _fail(self, error: ShelterplanError) -> None:
        self._set_running(False)
        self.passphrase_edit.clear()
        self.message.setText(error_text(error))
        if self._released:
            self.status.setText(
                self.tr(
                    "The store in this folder was not changed. shelterplan is locked: sign "
                    "in again to go on working."
                )
            )
        else:
            self.status.clear()
        self._update()

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        for widget in (
            self.choose_button,
            self.recovery_radio,
            self.admin_radio,
            self.recovery_edit,
            self.admin_box,
            self.passphrase_edit,
            self.confirm_box,
        ):
            widget.setEnabled(not running and not self._done)
        self.buttons.setEnabled(not running)
        self._update()

    def summary(self, result: RestoreResult) -> list[str]:
        """What the restore did, in plain words."""
        lines = [
            self.tr("The backup of {0} is restored; it passed every check.").format(
                _local(result.backup_created_at)
            )
        ]
        if result.set_aside is not None:
            lines.append(self.tr("The store it replaced is kept in {0}.").format(result.set_aside))
        if result.replaced == "unreadable":
            lines.append(
                self.tr(
                    "The replaced store could not be read, so files erased after this backup "
                    "could not be erased again: check that no erased client came back."
                )
            )
        elif result.erasures_reapplied:
            lines.append(
                self.tr("{0} client file(s) erased after the backup were erased again.").format(
                    result.erasures_reapplied
                )
            )
        if result.upgraded:
            lines.append(self.tr("It was updated to this version of shelterplan."))
        if result.new_computer:
            lines.append(
                self.tr(
                    "It was tied to another laptop, so the passphrases do not open it here: "
                    "with the recovery key, an administrator gives each worker a new "
                    "passphrase (shelterplan worker reset-passphrase NAME)."
                )
            )
        elif result.workers_without_keys:
            lines.append(
                self.tr(
                    "These accounts cannot sign in until an administrator sets a new "
                    "passphrase: {0}."
                ).format(", ".join(result.workers_without_keys))
            )
        lines.append(self.tr("Sign in to the restored store on the unlock screen."))
        return lines

    @property
    def running(self) -> bool:
        return self._running

    def reject(self) -> None:
        if not self._running:  # the checks or the swap are under way: wait for them
            super().reject()


def choose_backup_file(parent: QWidget | None) -> Path | None:
    """The file dialog (tests replace this function)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreDialog", "Choose the backup to restore"),
        "",
        QCoreApplication.translate(
            "RestoreDialog", "shelterplan backups (*.spbackup);;All files (*)"
        ),
    )
    return Path(chosen) if chosen else None


def start_restore(
    folder: Path,
    parent: QWidget | None,
    release: Callable[[], None] | None = None,
) -> RestoreDialog | None:
    """Choose the backup file, then open the restore dialog (not blocking). None when no
    file was chosen."""
    file = choose_backup_file(parent)
    if file is None:
        return None
    dialog = RestoreDialog(folder, parent, release)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.set_file(file)
    dialog.open()
    return dialog
