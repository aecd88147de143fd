"""The audit trail as a table, newest first, fetched a page at a time.

A trail grows by every open, print and login, so the model never reads it whole: it
asks `core.audit_view.audit_entries` for the next page (`canFetchMore` / `fetchMore`)
inside a short unit of work. The first page of each look fixes the top of the trail
(`AuditFilter.up_to_sequence`) so entries appended meanwhile do not shift later pages.
Client names come from the encrypted store and live only in this model's rows; they are
dropped on `clear()` (when the app locks).
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from shelterplan.core.audit_view import (
    AuditEntry,
    AuditFilter,
    audit_count,
    audit_entries,
    case_records,
)
from shelterplan.errors import ShelterplanError
from shelterplan.ui.audit.action_words import action_words, record_words
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.vocab_labels import utc_datetime_text

Index = QModelIndex | QPersistentModelIndex

COLUMNS = 4
COL_WHEN, COL_WORKER, COL_ACTION, COL_RECORD = range(COLUMNS)


class AuditRole(IntEnum):
    SequenceRole = Qt.ItemDataRole.UserRole + 1  # int
    ActionKeyRole = Qt.ItemDataRole.UserRole + 2  # str, as stored


class AuditModel(QAbstractTableModel):
    PAGE_SIZE = 200

    failed = Signal(str)  # a known failure while fetching, in plain words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._filters = AuditFilter()
        self._anchored = AuditFilter()
        self._rows: list[AuditEntry] = []
        self._more = False
        self._total: int | None = None

    # --- what to show -------------------------------------------------------------------
    def load(self, desk: Desk, filters: AuditFilter | None = None) -> None:
        """A new look at the trail from its newest entry (written to it as audit.view)."""
        self._desk = desk
        if filters is not None:
            self._filters = filters
        self._refetch()

    def set_filters(self, filters: AuditFilter) -> None:
        if filters != self._filters:
            self._filters = filters
            self._refetch()

    def filters(self) -> AuditFilter:
        return self._filters

    def clear(self) -> None:
        """Forget every row and the store (client names included)."""
        self.beginResetModel()
        self._desk = None
        self._rows = []
        self._filters = AuditFilter()
        self._anchored = AuditFilter()
        self._more = False
        self._total = None
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def total(self) -> int:
        """How many entries this look matches (counted once, after the first page)."""
        if self._total is None:
            if not self._more or self._desk is None:
                self._total = len(self._rows)
            else:
                desk = self._desk
                try:
                    with desk.session() as session:
                        self._total = audit_count(session, desk.actor, self._anchored)
                except ShelterplanError as error:
                    self.failed.emit(error_text(error))
                    return len(self._rows)
        return self._total

    def _refetch(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._anchored = replace(self._filters, up_to_sequence=None)
        self._more = self._desk is not None
        self._total = None
        self.endResetModel()
        self.fetchMore(QModelIndex())

    # --- paging -------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._desk is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        desk = self._desk
        assert desk is not None
        try:
            with desk.session() as session:
                page = audit_entries(
                    session, desk.actor, self._anchored, self.PAGE_SIZE, len(self._rows)
                )
        except ShelterplanError as error:
            self._more = False
            self.failed.emit(error_text(error))
            return
        if not self._rows and page:
            self._anchored = replace(self._anchored, up_to_sequence=page[0].sequence)
        self._more = len(page) == self.PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- the item model -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("When"), self.tr("Worker"), self.tr("What"), self.tr("Record")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_WHEN: self.tr("In this computer's local time"),
                COL_WORKER: self.tr("Who was signed in (empty: nobody, or a name not known)"),
                COL_RECORD: self.tr("What it was done to, and whose file it belongs to"),
            }.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == AuditRole.SequenceRole:
            return entry.sequence
        if role == AuditRole.ActionKeyRole:
            return entry.action
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_WHEN:
                return self.tr("Entry {0} of the trail").format(entry.sequence)
            if column == COL_ACTION:
                return entry.action
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_WORKER:
            return entry.worker_name or self.tr("No worker named")
        return None

    def _text(self, entry: AuditEntry, column: int) -> str:
        if column == COL_WHEN:
            return utc_datetime_text(entry.at)
        if column == COL_WORKER:
            return entry.worker_name or ""
        if column == COL_ACTION:
            return action_words(entry.action)
        return self._record_text(entry)

    def _record_text(self, entry: AuditEntry) -> str:
        kind = record_words(entry.record_type)
        if not kind:
            return ""
        if entry.client_name:
            return self.tr("{0} · {1}").format(kind, entry.client_name)
        belongs_to_a_client = entry.record_type in ("case", "client", *case_records())
        if belongs_to_a_client and entry.client_id is None:
            # Erased (or removed by the retention rule): only the entry remains.
            return self.tr("{0} · no longer in the store").format(kind)
        return kind
