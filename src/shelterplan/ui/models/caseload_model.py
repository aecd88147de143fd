"""The caseload table: one row per case, fetched a page at a time.

At agency scale (100,000 clients) the model never reads the whole caseload: it holds
the pages the view has scrolled to, and asks `core.queries.caseload_page` for the next
one (`canFetchMore` / `fetchMore`) inside a short unit of work, so no database session
stays open while the worker reads. Sorting and filtering happen in the query: they
reset the model and fetch the first page again.
"""

from __future__ import annotations

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
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from shelterplan.core.queries import CaseloadFilter, CaseloadRow, caseload_count, caseload_page
from shelterplan.errors import ShelterplanError
from shelterplan.ui.accessibility import overdue_colour
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.vocab_labels import date_text, phase_label

Index = QModelIndex | QPersistentModelIndex

COLUMNS = 7
COL_CLIENT, COL_PHASE, COL_NEXT_STEP, COL_NEXT_DUE, COL_OVERDUE, COL_LAST_CONTACT, COL_WORKER = (
    range(COLUMNS)
)

# The query's sort key for each column; the next step is ordered by when it is due.
SORT_KEYS = {
    COL_CLIENT: "name",
    COL_PHASE: "phase",
    COL_NEXT_STEP: "next_due",
    COL_NEXT_DUE: "next_due",
    COL_OVERDUE: "overdue",
    COL_LAST_CONTACT: "last_contact",
    COL_WORKER: "worker",
}


class CaseloadRole(IntEnum):
    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    OverdueCountRole = Qt.ItemDataRole.UserRole + 2  # int


CaseIdRole = CaseloadRole.CaseIdRole
OverdueCountRole = CaseloadRole.OverdueCountRole


class CaseloadModel(QAbstractTableModel):
    PAGE_SIZE = 100

    failed = Signal(str)  # a known failure while fetching, in plain words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._rows: list[CaseloadRow] = []
        self._filters = CaseloadFilter()
        self._sort_column = COL_CLIENT
        self._descending = False
        self._more = False  # the last page was full: there may be another
        self._total: int | None = None

    # --- what to show -------------------------------------------------------------------
    def load(self, desk: Desk) -> None:
        """Show this worker's caseload from the first page (also: reload after a write)."""
        self._desk = desk
        self._refetch()

    def clear(self) -> None:
        """Forget every row and the store: after locking, the model holds nothing."""
        self.beginResetModel()
        self._desk = None
        self._rows = []
        self._filters = CaseloadFilter()
        self._more = False
        self._total = None
        self.endResetModel()

    def set_filters(self, filters: CaseloadFilter) -> None:
        if filters != self._filters:
            self._filters = filters
            self._refetch()

    def filters(self) -> CaseloadFilter:
        return self._filters

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self._sort_column, self._descending):
            self._sort_column, self._descending = column, descending
            self._refetch()

    def sort_key(self) -> tuple[str, bool]:
        """The query's sort key and whether it runs descending."""
        return SORT_KEYS[self._sort_column], self._descending

    def case_id(self, row: int) -> str | None:
        return self._rows[row].case_id if 0 <= row < len(self._rows) else None

    def total(self) -> int:
        """How many cases match, counted once per reset (it looks at every case in scope,
        so the view asks for it after the first page is on screen)."""
        if self._total is None:
            if not self._more or self._desk is None:
                self._total = len(self._rows)
            else:
                desk = self._desk
                try:
                    with desk.session() as session:
                        count = caseload_count(session, desk.actor, self._filters, desk.today())
                except ShelterplanError as error:
                    self.failed.emit(error_text(error))
                    return len(self._rows)
                self._total = count
        return self._total

    def total_is_known(self) -> bool:
        return self._total is not None or not self._more

    def _refetch(self) -> None:
        self.beginResetModel()
        self._rows = []
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
        sort, descending = self.sort_key()
        try:
            with desk.session() as session:
                page = caseload_page(
                    session,
                    desk.actor,
                    self._filters,
                    desk.today(),
                    offset=len(self._rows),
                    limit=self.PAGE_SIZE,
                    sort=sort,
                    descending=descending,
                )
        except ShelterplanError as error:
            self._more = False
            self.failed.emit(error_text(error))
            return
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
            return [
                self.tr("Client"),
                self.tr("Phase"),
                self.tr("Next step"),
                self.tr("Due"),
                self.tr("Overdue"),
                self.tr("Last contact"),
                self.tr("Worker"),
            ][section]
        if role == Qt.ItemDataRole.InitialSortOrderRole and section == COL_OVERDUE:
            return Qt.SortOrder.DescendingOrder  # the first click shows the most overdue
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_CLIENT: self.tr("Her preferred name or alias"),
                COL_NEXT_DUE: self.tr("When the next open step is due"),
                COL_OVERDUE: self.tr("Open steps past their due date"),
                COL_WORKER: self.tr("The lead worker"),
            }.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == CaseIdRole:
            return row.case_id
        if role == OverdueCountRole:
            return row.overdue_count
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        overdue = column == COL_OVERDUE and row.overdue_count > 0
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NEXT_STEP:
                return row.next_step
            if overdue:
                return self._overdue_words(row.overdue_count)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and overdue:
            return self._overdue_words(row.overdue_count)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(_overdue_colour())
        if role == Qt.ItemDataRole.FontRole and overdue:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_OVERDUE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: CaseloadRow, column: int) -> str:
        if column == COL_CLIENT:
            return row.client_name
        if column == COL_PHASE:
            return phase_label(row.phase)
        if column == COL_NEXT_STEP:
            return row.next_step or ""
        if column == COL_NEXT_DUE:
            return date_text(row.next_due_on)
        if column == COL_OVERDUE:
            # A text marker, not colour alone: "⚠ 2" reads the same without colour.
            return self.tr("⚠ {0}").format(row.overdue_count) if row.overdue_count else ""
        if column == COL_LAST_CONTACT:
            return date_text(row.last_contact_on)
        return row.worker_name or ""

    def _overdue_words(self, count: int) -> str:
        if count == 1:
            return self.tr("1 step overdue")
        return self.tr("{0} steps overdue").format(count)


def _bold() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    return font


def _overdue_colour() -> QColor:
    """A red that stays readable on both light and dark palettes (as the plan tab's), or
    the palette's text colour under high contrast."""
    return overdue_colour(QGuiApplication.palette())
