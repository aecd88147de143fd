"""One outcome figure as a table: the words in the first column, numbers in the others.

Holds a `FigureTable` (text only: counts, dates, staff and service names; never a client)
made by `reports.outcome_tables` with the screen's words. Numbers are right-aligned, the
total row is bold, and every cell reads the same to a screen reader as it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from shelterplan.reports.outcome_tables import FigureTable
from shelterplan.ui.models.rows import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class FigureTableModel(RowsTableModel[tuple[str, ...]]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        self._total_row = False

    def set_table(self, table: FigureTable | None) -> None:
        """Show a figure's table (None: nothing, e.g. after the app locked)."""
        self.beginResetModel()
        self._header = table.header if table else ()
        self._rows = list(table.rows) if table else []
        self._total_row = bool(table and table.total_row)
        self.endResetModel()

    def clear(self) -> None:
        self.set_table(None)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._header):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section else _LEFT
        return None

    def is_total(self, row: int) -> bool:
        return self._total_row and row == len(self._rows) - 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < len(row):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # "Jan 2026, On time: 4" reads well cell by cell.
            if column == 0:
                return row[0]
            return f"{row[0]}, {self._header[column]}: {row[column] or '–'}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column else _LEFT
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None
