"""Her children and dependants as a compact table: name, age, relationship, with her.

A household is a handful of rows, fetched whole in one short session and replaced whole
after every change. Notes are not a column; they show as the row's tooltip.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from shelterplan.core.household import DependantEntry
from shelterplan.ui.models.rows import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

COLUMN_NAME = 0
COLUMN_AGE = 1
COLUMN_RELATIONSHIP = 2
COLUMN_WITH_HER = 3
COLUMN_COUNT = 4


class DependantRole(IntEnum):
    DependantIdRole = Qt.ItemDataRole.UserRole + 1
    WithHerRole = Qt.ItemDataRole.UserRole + 2  # bool


DependantIdRole = DependantRole.DependantIdRole
WithHerRole = DependantRole.WithHerRole


class DependantsModel(RowsTableModel[DependantEntry]):
    column_count = COLUMN_COUNT

    def dependant_at(self, row: int) -> DependantEntry | None:
        return self.row_at(row)

    def row_of(self, dependant_id: str) -> int:
        """The row showing this dependant, or -1."""
        for row, entry in enumerate(self._rows):
            if entry.dependant_id == dependant_id:
                return row
        return -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COLUMN_NAME: self.tr("Name"),
            COLUMN_AGE: self.tr("Age"),
            COLUMN_RELATIONSHIP: self.tr("Relationship"),
            COLUMN_WITH_HER: self.tr("With her"),
        }.get(section)

    @staticmethod
    def _alignment(column: int) -> int:
        """Short columns (age, yes/no) centred under their heading; text to the left."""
        horizontal = (
            Qt.AlignmentFlag.AlignHCenter
            if column in (COLUMN_AGE, COLUMN_WITH_HER)
            else Qt.AlignmentFlag.AlignLeft
        )
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)

    def _display(self, entry: DependantEntry, column: int) -> str | None:
        if column == COLUMN_NAME:
            return entry.name
        if column == COLUMN_AGE:
            return str(entry.age) if entry.age is not None else ""
        if column == COLUMN_RELATIONSHIP:
            return entry.relationship_to_her or ""
        if column == COLUMN_WITH_HER:
            return self.tr("Yes") if entry.with_her else self.tr("No")
        return None

    def _accessible(self, entry: DependantEntry, column: int) -> str | None:
        """What a screen reader says: a blank age is said, not skipped."""
        if column == COLUMN_AGE and entry.age is None:
            return self.tr("Age not recorded")
        if column == COLUMN_WITH_HER:
            return self.tr("With her") if entry.with_her else self.tr("Not with her")
        return self._display(entry, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.notes or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == DependantIdRole:
            return entry.dependant_id
        if role == WithHerRole:
            return entry.with_her
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({int(role): role.name.encode() for role in DependantRole})
        return names
