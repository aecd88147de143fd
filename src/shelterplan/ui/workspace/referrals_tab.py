"""The Referrals tab: the services she was referred to, how each is going, what came of it.

"New referral…" opens the service directory in choose mode. The referral is made when
the worker picks a service; if she asked to share the client's details and there is no
matching consent, the plain message says so and the directory stays open, so she can
untick "share" or go and record the consent. Nothing is created in that case.

Status and outcome are edited below the list for the selected referral and saved
together, because completed and declined need the outcome in words (the seeds ask for
a recorded outcome of every step taken for her).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import directory
from shelterplan.core.directory import ConsentMissing, ReferralEntry
from shelterplan.core.plan_tree import load_plan
from shelterplan.core.vocab import ReferralStatus
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.directory_dialog import DirectoryChoice, DirectoryDialog
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.vocab_labels import date_text, referral_status_label

COLUMN_SERVICE, COLUMN_STATUS, COLUMN_MADE_ON, COLUMN_SHARING, COLUMN_OUTCOME = range(5)
ReferralIdRole = Qt.ItemDataRole.UserRole + 1


class ReferralsTab(QWidget):
    referral_made = Signal(str)  # the new referral's id
    provider_copy_requested = Signal(str)  # a service id: a copy of her plan for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsTab")
        self._desk: Desk | None = None
        self._case_id: str | None = None
        self._entries: list[ReferralEntry] = []
        self._editable = False
        self.directory_dialog: DirectoryDialog | None = None

        heading = QLabel(self.tr("Referrals"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        self.new_button = QPushButton(self.tr("N&ew referral…"))
        self.new_button.setObjectName("newReferral")
        self.new_button.setToolTip(self.tr("Find a service in the directory and refer her"))
        self.new_button.clicked.connect(self.new_referral)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("referralsTable")
        self.table.setAccessibleName(self.tr("Referrals, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Service"),
                self.tr("Status"),
                self.tr("Made on"),
                self.tr("Her details"),
                self.tr("Outcome"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        breathing_room = int(self.table.fontMetrics().height() * 1.8)
        self.table.verticalHeader().setMinimumSectionSize(breathing_room)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (COLUMN_STATUS, COLUMN_MADE_ON, COLUMN_SHARING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_rest: self._show_selected(row))
        self.empty_note = QLabel(
            self.tr("No referral yet. Use New referral… to find a service in the directory.")
        )
        self.empty_note.setVisible(False)

        self.editor_box = self._build_editor()
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.editor_box)
        self._show_selected(-1)

    def _build_editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected referral"))
        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedReferral")
        self.selected_label.setWordWrap(True)
        self.status_box = QComboBox()
        self.status_box.setObjectName("referralStatus")
        self.status_box.setAccessibleName(self.tr("Status"))
        for status in ReferralStatus:
            self.status_box.addItem(referral_status_label(status), status.value)
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setObjectName("referralOutcome")
        self.outcome_edit.setAccessibleName(self.tr("Outcome"))
        self.outcome_edit.setPlaceholderText(
            self.tr("What came of it — needed when it is completed or declined.")
        )
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setFixedHeight(self.outcome_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.save_button = QPushButton(self.tr("Save c&hanges"))
        self.save_button.setObjectName("saveReferral")
        self.save_button.clicked.connect(self.save_selected)
        self.copy_button = QPushButton(self.tr("Plan copy for this &provider…"))
        self.copy_button.setObjectName("providerCopy")
        self.copy_button.setToolTip(
            self.tr("Print her plan for this provider: only with her consent to share with it")
        )
        self.copy_button.clicked.connect(self._request_provider_copy)
        self.message = QLabel()
        self.message.setObjectName("referralsMessage")
        self.message.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_box)
        status_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.selected_label)
        status_label = QLabel(self.tr("S&tatus"))
        status_label.setBuddy(self.status_box)  # a layout in a row gets no buddy by itself
        form.addRow(status_label, status_row)
        form.addRow(self.tr("Outco&me"), self.outcome_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    # --- loading ----------------------------------------------------------------------
    def load(self, desk: Desk, case_id: str) -> None:
        """Show a case's referrals, fetched in one short session."""
        self.clear()
        with desk.session() as session:
            found = directory.case_referrals(session, desk.actor, case_id)
        self._desk, self._case_id = desk, case_id
        self._editable = found.editable
        self._fill(list(found.referrals))

    def _reload(self, select_id: str | None = None) -> None:
        if self._desk is None or self._case_id is None:
            return
        keep = select_id or self._selected_id()
        with self._desk.session() as session:
            found = directory.case_referrals(session, self._desk.actor, self._case_id)
        self._editable = found.editable
        self._fill(list(found.referrals), keep)

    def _fill(self, entries: list[ReferralEntry], select_id: str | None = None) -> None:
        self._entries = entries
        self.table.setRowCount(0)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            service = entry.service_name
            if entry.service_removed:
                service = self.tr("{0} (no longer in the directory)").format(service)
            if entry.goal_text:
                service = self.tr("{0}\nFor: {1}").format(service, entry.goal_text)
            sharing = self.tr("Shared") if entry.shares_client_details else self.tr("Not shared")
            texts = {
                COLUMN_SERVICE: service,
                COLUMN_STATUS: referral_status_label(entry.status),
                COLUMN_MADE_ON: date_text(entry.made_on) or self.tr("Not yet"),
                COLUMN_SHARING: sharing,
                COLUMN_OUTCOME: entry.outcome or "",
            }
            for column, text in texts.items():
                item = QTableWidgetItem(text)
                item.setData(ReferralIdRole, entry.referral_id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty_note.setVisible(not entries)
        self.new_button.setEnabled(self._case_id is not None and self._editable)
        ids = [entry.referral_id for entry in entries]
        row = ids.index(select_id) if select_id in ids else (0 if entries else -1)
        if row >= 0:
            self.table.setCurrentCell(row, COLUMN_SERVICE)
        self._show_selected(row)

    def _selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self._entries[row].referral_id if 0 <= row < len(self._entries) else None

    def _show_selected(self, row: int) -> None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        self.selected_label.setText(entry.service_name if entry else "")
        if entry is not None and entry.service_phone:
            self.selected_label.setText(
                self.tr("{0} — {1}").format(entry.service_name, entry.service_phone)
            )
        status_row = self.status_box.findData(entry.status) if entry is not None else 0
        self.status_box.setCurrentIndex(max(status_row, 0))
        self.outcome_edit.setPlainText((entry.outcome or "") if entry is not None else "")
        for widget in (self.status_box, self.outcome_edit, self.save_button):
            widget.setEnabled(entry is not None and self._editable)
        self.copy_button.setEnabled(entry is not None and not entry.service_removed)
        self.message.clear()

    def _request_provider_copy(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._entries):
            self.provider_copy_requested.emit(self._entries[row].service_id)

    def clear(self) -> None:
        """Remove every client detail; an open directory is closed with the case."""
        dialog, self.directory_dialog = self.directory_dialog, None
        if dialog is not None:
            dialog.forget_client()
            dialog.reject()
            dialog.deleteLater()
        self._desk, self._case_id = None, None
        self._editable = False
        self._fill([])

    # --- a new referral ---------------------------------------------------------------
    def new_referral(self) -> None:
        """Open the directory to choose a service (window-modal, not blocking)."""
        if self._desk is None or self._case_id is None:
            return
        desk, case_id = self._desk, self._case_id
        try:
            with desk.session() as session:
                tree = load_plan(session, desk.actor, case_id, desk.today())
        except ShelterplanError as error:
            self._tell(error)
            return
        goals = [(goal.id, goal.in_her_words) for goal in tree.all_goals()]
        dialog = DirectoryDialog(desk, self, choose=True, on_choose=self._refer, goals=goals)
        dialog.finished.connect(self._directory_closed)
        self.directory_dialog = dialog
        dialog.open()

    def _directory_closed(self) -> None:
        dialog, self.directory_dialog = self.directory_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _refer(self, choice: DirectoryChoice) -> bool:
        """Make the referral; False (dialog stays open) when it was refused."""
        if self._desk is None or self._case_id is None:
            return False
        try:
            with self._desk.session() as session:
                made = directory.refer_with_consent_check(
                    session,
                    self._desk.actor,
                    self._case_id,
                    choice.service_id,
                    goal_id=choice.goal_id,
                    shares_client_details=choice.share_details,
                    today=self._desk.today(),
                )
        except ShelterplanError as error:
            self._tell(error)
            return False
        self._reload(made.referral_id)
        self.message.setText(self.tr("Referral to {0} added.").format(made.service_name))
        self.referral_made.emit(made.referral_id)
        return True

    def _tell(self, error: ShelterplanError) -> None:
        parent = self.directory_dialog or self
        if isinstance(error, ConsentMissing):
            text = self.tr(
                "She has not consented to sharing her details with {0}. Record her consent "
                "first, or make the referral without sharing details."
            ).format(error.service_name)
            Messages.show(parent, Kind.WARNING, self.tr("Her consent is needed"), text)
            return
        Messages.show(parent, Kind.WARNING, self.tr("Referral"), error_text(error))

    # --- status and outcome -----------------------------------------------------------
    def save_selected(self) -> None:
        referral_id = self._selected_id()
        if self._desk is None or referral_id is None:
            return
        status = self.status_box.currentData()
        outcome = self.outcome_edit.toPlainText()
        try:
            with self._desk.session() as session:
                directory.set_referral_status(
                    session, self._desk.actor, referral_id, status, outcome, self._desk.today()
                )
        except ConsentMissing as error:
            self._tell(error)
            return
        except ShelterplanError as error:
            self.message.setText(self.tr("Not saved: {0} Your text is still here.").format(error))
            return
        self._reload(referral_id)
        self.message.setText(self.tr("Referral updated."))
