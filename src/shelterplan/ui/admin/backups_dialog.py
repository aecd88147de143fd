"""Backups, for administrators: where they go, when to be reminded, and "Back up now".

The backup itself runs on a thread of its own (seconds on a large store) so the window
stays alive; the core refuses anyone who is not an administrator whatever the screen
shows. `BackupReminder` is the small status-bar button the main window shows to
administrators after unlocking: "Backups…", or a plain reminder when one is due.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.backups import (
    MAX_REMINDER_DAYS,
    BackupSettings,
    administers,
    backup_due,
    backup_settings,
    backup_to_folder,
    days_since_backup,
    set_backup_folder,
    set_backup_reminder_days,
)
from shelterplan.errors import ShelterplanError
from shelterplan.store.backup_file import BackupInfo
from shelterplan.ui.background import BackgroundRun
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.vocab_labels import utc_datetime_text


def _written(info: BackupInfo) -> tuple[Path, int]:
    return info.path, info.size


class BackupsDialog(QDialog):
    restore_requested = Signal()  # "Restore from a backup…": the main window runs it

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._desk = desk
        self._running = False
        self._run = BackgroundRun()  # not parented: it may outlive a dialog closed on lock
        self._run.finished.connect(self._on_backup_finished)

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backupFolder")
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(self.tr("For example a USB drive"))
        self.choose_folder = QPushButton(self.tr("C&hoose…"))
        self.choose_folder.setObjectName("chooseBackupFolder")
        self.choose_folder.setAccessibleName(self.tr("Choose the backup folder"))
        self.choose_folder.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_folder)

        self.days_box = QSpinBox()
        self.days_box.setObjectName("backupReminderDays")
        self.days_box.setAccessibleName(self.tr("Remind after this many days without a backup"))
        self.days_box.setRange(1, MAX_REMINDER_DAYS)
        self.days_box.setSuffix(self.tr(" days"))

        self.last_label = QLabel()
        self.last_label.setObjectName("lastBackup")
        self.last_label.setAccessibleName(self.tr("Last backup"))
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backUpNow")
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setAccessibleName(self.tr("Backing up"))
        self.progress.setRange(0, 0)  # busy: the backup API reports no steps
        self.progress.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setObjectName("backupResult")
        self.result_label.setAccessibleName(self.tr("Backup result"))
        self.result_label.setWordWrap(True)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_button)
        now_row.addWidget(self.progress, 1)
        self.restore_button = QPushButton(self.tr("R&estore from a backup…"))
        self.restore_button.setObjectName("restoreFromBackup")
        self.restore_button.setToolTip(
            self.tr("Replace the store with a backup (the store now in use is kept)")
        )
        self.restore_button.clicked.connect(self.request_restore)
        now_row.addWidget(self.restore_button)

        folder_label = QLabel(self.tr("Backup &folder"))
        folder_label.setBuddy(self.folder_edit)  # the row is a layout: name its field
        form = QFormLayout()
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Remind after"), self.days_box)
        form.addRow(self.tr("Last backup"), self.last_label)
        note = QLabel(
            self.tr(
                "Each backup is one encrypted file. The recovery key restores it on any "
                "computer; an administrator's passphrase restores it on this computer (and "
                "on any computer when the store works with passphrases only). Keep the drive "
                "somewhere safe, away from this laptop."
            )
        )
        note.setObjectName("backupNote")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(now_row)
        layout.addWidget(self.result_label)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 340)
        self._load()

    # --- showing ----------------------------------------------------------------------
    def _load(self) -> None:
        with self._desk.session() as session:
            settings = backup_settings(session)
            days = days_since_backup(session)
        self.folder_edit.setText(str(settings.folder) if settings.folder else "")
        self.days_box.setValue(settings.reminder_days)
        self._show_last(settings, days)

    def _show_last(self, settings: BackupSettings, days: int | None) -> None:
        if settings.last_backup_at is None:
            self.last_label.setText(self.tr("Never"))
            return
        when = utc_datetime_text(settings.last_backup_at)  # in the screen language
        if days == 0:
            self.last_label.setText(self.tr("{0} (today)").format(when))
        else:
            self.last_label.setText(self.tr("{0} ({1} days ago)").format(when, days))

    # --- changing ---------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> bool:
        text = self.folder_edit.text().strip()
        try:
            with self._desk.session() as session:
                settings = backup_settings(session)
                folder = Path(text).expanduser() if text else None
                if folder != settings.folder:
                    set_backup_folder(session, self._desk.actor, folder)
                if self.days_box.value() != settings.reminder_days:
                    set_backup_reminder_days(session, self._desk.actor, self.days_box.value())
        except ShelterplanError as error:
            Messages.show(
                self, Kind.WARNING, self.tr("The settings were not saved"), error_text(error)
            )
            return False
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def back_up_now(self) -> None:
        if self._running or not self.save():
            return
        self._running = True
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.buttons.setEnabled(False)
        self.progress.setVisible(True)
        self.result_label.setText(self.tr("Backing up… the app can be used meanwhile."))
        desk = self._desk
        self._run.start(
            lambda: _written(backup_to_folder(desk.store, desk.actor)),
            "The backup stopped on an unexpected problem ({0}); no backup was made.",
            "shelterplan-backup",
            desk.store,
        )

    def _on_backup_finished(self, result: object) -> None:
        self._running = False
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.buttons.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(result, ShelterplanError):
            self.result_label.setText("")
            Messages.show(self, Kind.WARNING, self.tr("No backup was made"), error_text(result))
            return
        path, size = result  # type: ignore[misc]
        self.result_label.setText(
            self.tr("Backup written: {0} ({1} MB).").format(Path(path).name, f"{size / 1e6:.1f}")
        )
        with self._desk.session() as session:
            self._show_last(backup_settings(session), days_since_backup(session))

    def request_restore(self) -> None:
        """Close, and let the main window restore (it locks before the swap)."""
        if self._running:
            return
        self.done(QDialog.DialogCode.Rejected)
        self.restore_requested.emit()

    @property
    def running(self) -> bool:
        return self._running

    def reject(self) -> None:
        if not self._running:  # the file is being written: wait for it
            super().reject()

    def close_for_lock(self) -> None:
        """The app locks: close at once (a backup under way still finishes its file)."""
        self.done(QDialog.DialogCode.Rejected)


class BackupReminder(QPushButton):
    """Status-bar button for administrators: opens Backups; says so when one is due."""

    restore_requested = Signal()  # from the Backups dialog it opened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupReminder")
        self.setFlat(True)
        self.setVisible(False)
        self._desk: Desk | None = None
        self.due = False
        self.clicked.connect(self.open_dialog)

    def show_for(self, desk: Desk, now: datetime | None = None) -> None:
        """After unlocking: shown to administrators only, never blocking anything."""
        if not administers(desk.actor):
            self.clear()
            return
        self._desk = desk
        try:
            with desk.session() as session:
                self.due = backup_due(session, now)
                days = days_since_backup(session, now)
        except ShelterplanError:
            self.clear()
            return
        if not self.due:
            text = self.tr("Backups…")
        elif days is None:
            text = self.tr("No backup yet: back up now…")
        else:
            text = self.tr("Last backup {0} days ago: back up now…").format(days)
        self.setText(text)
        self.setAccessibleName(text.rstrip("…"))
        self.setToolTip(self.tr("Backup folder, reminder and Back up now"))
        self.setStyleSheet("font-weight: bold;" if self.due else "")
        self.setVisible(True)

    def clear(self) -> None:
        """On lock: forget the store and close the dialog if it is open."""
        self._desk = None
        self.due = False
        self.setVisible(False)
        for dialog in self.window().findChildren(BackupsDialog):
            dialog.close_for_lock()

    def open_dialog(self) -> BackupsDialog | None:
        if self._desk is None:
            return None
        dialog = BackupsDialog(self._desk, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self._refresh())
        dialog.restore_requested.connect(self.restore_requested)
        dialog.open()
        return dialog

    def _refresh(self) -> None:
        if self._desk is not None:
            self.show_for(self._desk)
