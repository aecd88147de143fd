"""Retention of closed cases, for administrators: the period, what it would erase now,
and "Purge now…".

The rules are in `core/retention.py` (administrators only, whatever this screen shows;
nothing is erased without an explicit confirmation). Purging erases every client whose
cases are all closed longer ago than the period, then rewrites the store file so none of
it remains: that runs on a thread of its own (a minute on a large store).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.retention import (
    MAX_YEARS,
    MIN_YEARS,
    RetentionPreview,
    clear_retention_years,
    purge_and_vacuum,
    retention_preview,
    retention_years,
    set_retention_years,
)
from shelterplan.errors import ShelterplanError
from shelterplan.ui.background import BackgroundRun
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.vocab_labels import date_text

DEFAULT_YEARS = 7


class PurgePrompt(QDialog):
    """Says how many client files go for good; the button works only once ticked."""

    def __init__(self, parent: QWidget | None, preview: RetentionPreview) -> None:
        super().__init__(parent)
        self.setObjectName("purgePrompt")
        self.setWindowTitle(self.tr("Purge closed cases"))
        words = self.tr(
            "This erases {0} client file(s) for good: every record of their {1} case(s), "
            "all closed before {2}. It cannot be undone.\n\nBackups made before still hold "
            "these files; restoring one erases them again."
        ).format(preview.clients_erased, preview.cases_erased, date_text(preview.before))
        if preview.cases_kept:
            words += " " + self.tr(
                "{0} old case(s) stay because their client has a more recent or open case."
            ).format(preview.cases_kept)
        text = self.explanation = QLabel(words)
        text.setObjectName("purgeExplanation")
        text.setWordWrap(True)
        self.confirm_box = QCheckBox(
            self.tr("I understand: erase these {0} client file(s) for good.").format(
                preview.clients_erased
            )
        )
        self.confirm_box.setObjectName("purgeConfirm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setObjectName("purgeErase")
        self.erase_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.confirm_box.toggled.connect(self.erase_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.buttons)
        self.resize(480, 240)

    def accept(self) -> None:
        if self.confirm_box.isChecked():
            super().accept()


class RetentionDialog(QDialog):
    """Raises NotAllowed (from the core) for anyone who does not administer."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention of closed cases"))
        self._desk = desk
        self._running = False
        self._prompt: PurgePrompt | None = None
        self._run = BackgroundRun()  # not parented: it may outlive a dialog closed on lock
        self._run.finished.connect(self._on_purge_finished)

        self.enabled_box = QCheckBox(self.tr("&Purge closed cases after"))
        self.enabled_box.setObjectName("retentionOn")
        self.years_box = QSpinBox()
        self.years_box.setObjectName("retentionYears")
        self.years_box.setAccessibleName(self.tr("Years to keep closed cases"))
        self.years_box.setRange(MIN_YEARS, MAX_YEARS)
        self.years_box.setSuffix(self.tr(" years"))
        years_row = QHBoxLayout()
        years_row.addWidget(self.enabled_box)
        years_row.addWidget(self.years_box)
        years_row.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setObjectName("retentionCount")
        self.count_label.setAccessibleName(self.tr("Closed cases older than the period"))
        self.count_label.setWordWrap(True)
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.purge_button = QPushButton(self.tr("Purge &now…"))
        self.purge_button.setObjectName("purgeNow")
        self.purge_button.setAccessibleName(self.tr("Purge now"))
        self.purge_button.clicked.connect(self.purge_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("purgeProgress")
        self.progress.setAccessibleName(self.tr("Purging"))
        self.progress.setRange(0, 0)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the button keeps its size either way
        self.progress.setSizePolicy(policy)
        self.progress.setVisible(False)
        purge_row = QHBoxLayout()
        purge_row.addWidget(self.purge_button)
        purge_row.addWidget(self.progress, 1)
        self.result_label = QLabel()
        self.result_label.setObjectName("purgeResult")
        self.result_label.setAccessibleName(self.tr("Purge result"))
        self.result_label.setWordWrap(True)

        note = QLabel(
            self.tr(
                "Nothing is erased by itself: an administrator purges when the agency's "
                "rules say so. A client is erased only when all her cases are closed and "
                "older than the period; a client with a more recent or open case keeps her "
                "whole file. Backups made before still hold erased files, and restoring one "
                "erases them again."
            )
        )
        note.setObjectName("retentionNote")
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(years_row)
        form.addRow(self.tr("Now"), self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(purge_row)
        layout.addWidget(self.result_label)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

        self.enabled_box.toggled.connect(self._changed)
        self.years_box.valueChanged.connect(self._changed)
        self._load()

    # --- showing ----------------------------------------------------------------------
    def _load(self) -> None:
        with self._desk.session() as session:
            years = retention_years(session)
            # Refused here for anyone who does not administer: the dialog never opens.
            retention_preview(session, self._desk.actor, years or DEFAULT_YEARS, self._today())
        self.enabled_box.blockSignals(True)
        self.years_box.blockSignals(True)
        self.enabled_box.setChecked(years is not None)
        self.years_box.setValue(years or DEFAULT_YEARS)
        self.enabled_box.blockSignals(False)
        self.years_box.blockSignals(False)
        self._changed()

    def _today(self) -> date:
        return self._desk.today()

    def years(self) -> int | None:
        """The period as shown (None: off)."""
        return self.years_box.value() if self.enabled_box.isChecked() else None

    def preview(self) -> RetentionPreview | None:
        years = self.years()
        if years is None:
            return None
        with self._desk.session() as session:
            return retention_preview(session, self._desk.actor, years, self._today())

    def _changed(self) -> None:
        self.years_box.setEnabled(self.enabled_box.isChecked() and not self._running)
        try:
            preview = self.preview()
        except ShelterplanError as error:
            self.count_label.setText(error_text(error))
            self.purge_button.setEnabled(False)
            return
        if preview is None:
            self.count_label.setText(
                self.tr("Off: closed cases are kept until someone erases them.")
            )
            self.purge_button.setEnabled(False)
            return
        self.count_label.setText(
            self.tr(
                "{0} closed case(s) were closed before {1}: purging would erase {2} client "
                "file(s) ({3} case(s)); {4} case(s) stay because their client has a more "
                "recent or open case."
            ).format(
                preview.old_cases,
                date_text(preview.before),
                preview.clients_erased,
                preview.cases_erased,
                preview.cases_kept,
            )
        )
        self.purge_button.setEnabled(preview.clients_erased > 0 and not self._running)

    # --- changing ---------------------------------------------------------------------
    def save(self) -> bool:
        years = self.years()
        try:
            with self._desk.session() as session:
                if years != retention_years(session):
                    if years is None:
                        clear_retention_years(session, self._desk.actor)
                    else:
                        set_retention_years(session, self._desk.actor, years)
        except ShelterplanError as error:
            Messages.show(
                self, Kind.WARNING, self.tr("The setting was not saved"), error_text(error)
            )
            return False
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def purge_now(self) -> None:
        """Save the period, say what goes, and purge only once it was confirmed."""
        if self._running or not self.save():
            return
        try:
            preview = self.preview()
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.tr("Nothing was erased"), error_text(error))
            return
        if preview is None or preview.clients_erased == 0:
            self._changed()
            return
        prompt = self._prompt = PurgePrompt(self, preview)
        try:
            if prompt.exec() != QDialog.DialogCode.Accepted:
                self.result_label.setText(self.tr("Nothing was erased."))
                return
        finally:
            self._prompt = None
            prompt.deleteLater()
        self._running = True
        self.purge_button.setEnabled(False)
        self.enabled_box.setEnabled(False)
        self.years_box.setEnabled(False)
        self.buttons.setEnabled(False)
        self.progress.setVisible(True)
        self.result_label.setText(
            self.tr("Erasing, then rewriting the store file… this can take a minute.")
        )
        desk, years, today = self._desk, preview.years, self._today()
        self._run.start(
            lambda: purge_and_vacuum(desk.store, desk.actor, years, today, confirmed=True),
            "The purge stopped on an unexpected problem ({0}); "
            "whatever was not yet committed was not erased.",
            "shelterplan-purge",
            desk.store,
        )

    def _on_purge_finished(self, result: object) -> None:
        self._running = False
        self.enabled_box.setEnabled(True)
        self.buttons.setEnabled(True)
        self.progress.setVisible(False)
        if isinstance(result, ShelterplanError):
            self.result_label.setText("")
            Messages.show(
                self, Kind.WARNING, self.tr("The purge did not finish"), error_text(result)
            )
        else:
            self.result_label.setText(
                self.tr("Erased {0} client file(s) with {1} case(s).").format(
                    result.clients,  # type: ignore[attr-defined]
                    result.cases,  # type: ignore[attr-defined]
                )
            )
        if not self._desk.store.closed:
            self._changed()

    @property
    def running(self) -> bool:
        return self._running

    def reject(self) -> None:
        if not self._running:  # the store is being rewritten: wait for it
            super().reject()

    def close_for_lock(self) -> None:
        """The app locks: close at once (a purge under way still finishes)."""
        if self._prompt is not None:
            self._prompt.reject()
        self.done(QDialog.DialogCode.Rejected)
