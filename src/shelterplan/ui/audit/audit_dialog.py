"""The supervisor's audit viewer: who did what, to which record, and when.

Filters: a worker, a client (type part of her name, then pick her: a look at her trail
is itself written to the trail, so nothing is looked up for her until she is picked),
an action, and a range of days in local time. The table fetches the trail a page at a
time. "Check the chain" runs the check `shelterplan verify` makes (every database page,
then the hash chain) off the main thread and says plainly where the chain breaks.

Supervisors and administrators only: the core refuses anyone else whatever this screen
shows. Client names appear only for readers who may see every case. The dialog holds
names while open; locking the app clears and closes it (`close_for_lock`).
"""

from __future__ import annotations

import contextlib
import threading
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import audit_view
from shelterplan.core.audit_view import AuditEntry, AuditFilter, StoreCheck
from shelterplan.errors import ShelterplanError
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.failures import plain_error
from shelterplan.ui.audit.action_words import action_words
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.focus_order import DateEditTabLeaves
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.models.audit_model import COL_ACTION, COL_RECORD, AuditModel
from shelterplan.ui.vocab_labels import date_text, utc_datetime_text

SEARCH_PAUSE_MS = 200
ANY_DAY = QDate(2000, 1, 1)  # the date edits show "Any" at their minimum


def local_day_start_utc(day: date) -> datetime:
    """Midnight of a local calendar day, as a stored time (UTC, without zone)."""
    local = datetime.combine(day, time()).astimezone()  # zone-less: read as local time
    return local.astimezone(UTC).replace(tzinfo=None)


class _CheckRunner(QObject):
    """Runs `check_store` in a thread and reports back on the dialog's thread."""

    finished = Signal(object)  # StoreCheck, or str: a plain failure

    def start(self, desk: Desk) -> threading.Thread:
        thread = threading.Thread(
            target=self._run, args=(desk,), name="shelterplan-audit-check", daemon=True
        )
        thread.start()
        return thread

    def _run(self, desk: Desk) -> None:
        try:
            result: object = audit_view.check_store(desk.store, desk.actor)
        except Exception as exc:
            known = plain_error(exc)
            if known is None:
                known = ShelterplanError(QT_TRANSLATE_NOOP("errors", "The check could not run."))
            result = error_text(known)
        # RuntimeError: the dialog was closed (the app locked) while the check ran.
        with contextlib.suppress(RuntimeError):
            self.finished.emit(result)


class AuditDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.setAccessibleName(self.tr("Audit trail"))
        self.resize(980, 620)
        self._desk: Desk | None = desk
        self._names = audit_view.shows_client_names(desk.actor)

        # --- filters ----------------------------------------------------------------
        self.worker_box = QComboBox()
        self.worker_box.setObjectName("auditWorker")
        self.worker_box.setAccessibleName(self.tr("Worker"))
        self.worker_box.addItem(self.tr("Any worker"), None)

        self.client_search = QLineEdit()
        self.client_search.setObjectName("auditClientSearch")
        self.client_search.setAccessibleName(self.tr("Find a client by name"))
        self.client_search.setPlaceholderText(self.tr("Type part of her name…"))
        self.client_search.setClearButtonEnabled(True)
        self.client_box = QComboBox()
        self.client_box.setObjectName("auditClient")
        self.client_box.setAccessibleName(self.tr("Client"))
        self.client_box.setMinimumContentsLength(24)
        self.client_box.addItem(self.tr("Any client"), None)
        if not self._names:
            why = self.tr("Your role reads the audit trail without client names.")
            for widget in (self.client_search, self.client_box):
                widget.setEnabled(False)
                widget.setToolTip(why)

        self.action_box = QComboBox()
        self.action_box.setObjectName("auditAction")
        self.action_box.setAccessibleName(self.tr("Action"))
        self.action_box.addItem(self.tr("Any action"), None)
        for key in audit_view.ACTIONS:
            self.action_box.addItem(action_words(key), key)

        self.since_edit = self._date_edit("auditSince", self.tr("From date"))
        self.until_edit = self._date_edit("auditUntil", self.tr("To date (included)"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setObjectName("auditClearFilters")

        client_row = QHBoxLayout()
        client_row.addWidget(self.client_search, 1)
        client_row.addWidget(self.client_box, 1)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.since_edit)
        to_label = QLabel(self.tr("to"))
        dates_row.addWidget(to_label)
        dates_row.addWidget(self.until_edit)
        dates_row.addStretch(1)
        dates_row.addWidget(self.clear_button)
        form = QFormLayout()
        worker_label = QLabel(self.tr("&Worker:"))
        worker_label.setBuddy(self.worker_box)
        client_label = QLabel(self.tr("&Client:"))
        client_label.setBuddy(self.client_search)
        action_label = QLabel(self.tr("&Action:"))
        action_label.setBuddy(self.action_box)
        dates_label = QLabel(self.tr("&Days:"))
        dates_label.setBuddy(self.since_edit)
        form.addRow(worker_label, self.worker_box)
        form.addRow(client_label, client_row)
        form.addRow(action_label, self.action_box)
        form.addRow(dates_label, dates_row)
        filters = QGroupBox(self.tr("Show"))
        filters.setLayout(form)

        # --- the table --------------------------------------------------------------
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit trail entries, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(COL_ACTION, 300)
        self.table.setColumnWidth(COL_RECORD, 260)

        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.count_label.setAccessibleName(self.tr("How many entries are shown"))
        self.more_button = QPushButton(self.tr("Show &more"))
        self.more_button.setObjectName("auditMore")
        self.more_button.setToolTip(self.tr("Fetch the next older entries"))

        # --- checking the chain -----------------------------------------------------
        self.check_button = QPushButton(self.tr("C&heck the chain"))
        self.check_button.setObjectName("auditCheck")
        self.check_button.setToolTip(
            self.tr(
                "Check every page of the database and that no entry of the audit trail "
                "was changed, removed or reordered (as `shelterplan verify` does)"
            )
        )
        self.check_result = QLabel()
        self.check_result.setObjectName("auditCheckResult")
        self.check_result.setAccessibleName(self.tr("Result of the check"))
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._runner = _CheckRunner(self)
        self._runner.finished.connect(self._on_checked)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(check_row)
        layout.addWidget(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._find_clients)

        self.worker_box.currentIndexChanged.connect(self._apply)
        self.client_box.currentIndexChanged.connect(self._apply)
        self.action_box.currentIndexChanged.connect(self._apply)
        self.since_edit.dateChanged.connect(self._apply)
        self.until_edit.dateChanged.connect(self._apply)
        self.client_search.textEdited.connect(lambda _text: self._search_timer.start())
        self.clear_button.clicked.connect(self.clear_filters)
        self.more_button.clicked.connect(self._fetch_more)
        self.check_button.clicked.connect(self.check_chain)
        self.model.failed.connect(self._show_failure)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        self._fill_workers()
        self.model.load(desk, self.current_filters())

    @classmethod
    def show_for(cls, desk: Desk, parent: QWidget) -> AuditDialog:
        """Show the viewer (one per window), raised if already open."""
        for dialog in parent.findChildren(AuditDialog):
            if dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = cls(desk, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = DateEditTabLeaves()  # "Any day" would otherwise keep Tab for good
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setMinimumDate(ANY_DAY)
        edit.setSpecialValueText(self.tr("Any day"))
        edit.setDate(ANY_DAY)
        return edit

    # --- filters --------------------------------------------------------------------
    def _fill_workers(self) -> None:
        if self._desk is None:
            return
        try:
            with self._desk.session() as session:
                names = audit_view.audit_workers(session, self._desk.actor)
        except ShelterplanError as error:
            self._show_failure(error_text(error))
            return
        for name in names:
            self.worker_box.addItem(name, name)

    def current_filters(self) -> AuditFilter:
        since = self._day(self.since_edit)
        until = self._day(self.until_edit)
        return AuditFilter(
            worker=self.worker_box.currentData(),
            client_id=self.client_box.currentData(),
            action=self.action_box.currentData(),
            since=local_day_start_utc(since) if since else None,
            until=local_day_start_utc(date.fromordinal(until.toordinal() + 1)) if until else None,
        )

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        if value == ANY_DAY:
            return None
        return date(value.year(), value.month(), value.day())

    def _apply(self, *_args: object) -> None:
        if self._desk is not None:
            self.model.set_filters(self.current_filters())

    def clear_filters(self) -> None:
        for box in (self.worker_box, self.action_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        for edit in (self.since_edit, self.until_edit):
            edit.blockSignals(True)
            edit.setDate(ANY_DAY)
            edit.blockSignals(False)
        self.client_search.clear()
        self._reset_clients()
        self._apply()

    def _reset_clients(self, choices: list[audit_view.ClientChoice] | None = None) -> None:
        self.client_box.blockSignals(True)
        chosen = self.client_box.currentData()
        self.client_box.clear()
        self.client_box.addItem(self.tr("Any client"), None)
        for choice in choices or []:
            label = choice.name
            if choice.opened_on is not None:
                label = self.tr("{0} (since {1})").format(choice.name, date_text(choice.opened_on))
            self.client_box.addItem(label, choice.client_id)
        index = self.client_box.findData(chosen) if chosen else 0
        self.client_box.setCurrentIndex(max(index, 0))
        self.client_box.blockSignals(False)
        if self.client_box.currentData() != chosen:
            self._apply()

    def _find_clients(self) -> None:
        """Fill the list to pick from; nothing is filtered until she is picked."""
        if self._desk is None or not self._names:
            return
        typed = self.client_search.text()
        try:
            with self._desk.session() as session:
                found = audit_view.find_clients(session, self._desk.actor, typed)
        except ShelterplanError as error:
            self._show_failure(error_text(error))
            return
        if not typed.strip():
            self._reset_clients()
            return
        self._reset_clients(found)
        if found and self.client_box.currentIndex() == 0:
            self.client_box.setToolTip(
                self.tr("{0} clients found: pick one to see her entries").format(len(found))
            )

    def pick_client(self, client_id: str) -> bool:
        """Choose a client among those found (as picking her in the list does)."""
        index = self.client_box.findData(client_id)
        if index < 0:
            return False
        self.client_box.setCurrentIndex(index)
        return True

    # --- the table ------------------------------------------------------------------
    def _fetch_more(self) -> None:
        self.model.fetchMore(self.table.rootIndex())
        self.table.scrollToBottom()

    def _update_count(self, *_args: object) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        self.more_button.setVisible(more)
        if shown == 0:
            self.count_label.setText(self.tr("No entries match."))
        elif more:
            self.count_label.setText(
                self.tr("Showing the newest {0} of {1} entries").format(shown, self.model.total())
            )
        elif shown == 1:
            self.count_label.setText(self.tr("1 entry"))
        else:
            self.count_label.setText(self.tr("{0} entries").format(shown))

    def entries(self) -> list[AuditEntry]:
        rows = (self.model.entry(row) for row in range(self.model.rowCount()))
        return [entry for entry in rows if entry is not None]

    # --- checking the chain ---------------------------------------------------------
    def check_chain(self) -> None:
        if self._desk is None:
            return
        self.check_button.setEnabled(False)
        self.check_result.setText(
            self.tr("Checking every page of the store and every entry of the trail…")
        )
        self._runner.start(self._desk)

    def _on_checked(self, result: object) -> None:
        if self._desk is None:
            return
        self.check_button.setEnabled(True)
        if isinstance(result, StoreCheck):
            text = self.describe(result)
            # A text marker, not colour alone, for a store that fails the check.
            self.check_result.setText(text if result.intact else self.tr("⚠ {0}").format(text))
        else:
            self.check_result.setText(self.tr("⚠ {0}").format(result))

    def describe(self, check: StoreCheck) -> str:
        """The result in plain words, saying where the chain breaks."""
        if check.database_problems:
            return self.tr(
                "The database file is damaged: some of its pages fail their check. Keep the "
                "store as it is, do not write to it, and tell your administrator; a backup "
                "can be restored."
            )
        broken = check.chain_break
        if broken is None:
            return self.tr(
                "The store is intact: every page of the database checks out and the audit "
                "trail of {0} entries is unbroken."
            ).format(check.entries)
        reasons = {
            "an entry is missing": self.tr("an entry is missing"),
            "it does not follow the entry before it": self.tr(
                "it does not follow the entry before it"
            ),
            "the entry was changed": self.tr("the entry was changed"),
        }
        reason = reasons.get(broken.reason, broken.reason)
        where = self.tr("The audit trail is broken at entry {0} of {1}: {2}.").format(
            broken.sequence, check.entries, reason
        )
        if check.at_break is not None:
            found = self._entry_words(check.at_break)
            where += " " + self.tr("That entry reads: {0}.").format(found)
        if check.last_good is not None:
            where += " " + self.tr("Everything up to entry {0} ({1}) checks out.").format(
                check.last_good.sequence, self._entry_words(check.last_good)
            )
        else:
            where += " " + self.tr("The break is at the very start of the trail.")
        return (
            where
            + " "
            + self.tr(
                "The store may have been altered outside the app: keep it as it is and tell "
                "your administrator."
            )
        )

    def _entry_words(self, entry: AuditEntry) -> str:
        who = entry.worker_name or self.tr("no worker named")
        return self.tr("{0}, {1}, {2}").format(
            action_words(entry.action), who, utc_datetime_text(entry.at)
        )

    # --- closing --------------------------------------------------------------------
    def _show_failure(self, text: str) -> None:
        Messages.show(self, Kind.WARNING, self.tr("Audit trail"), text)

    def close_for_lock(self) -> None:
        """The app is locking: drop every row and name, and close."""
        self._desk = None
        self._search_timer.stop()
        self.model.clear()
        self.client_search.clear()
        self.client_box.blockSignals(True)
        self.client_box.clear()
        self.client_box.blockSignals(False)
        self.check_result.clear()
        self.close()
