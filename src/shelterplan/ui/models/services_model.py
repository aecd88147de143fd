"""The service directory as a table: one row per service found by the search.

The model holds plain `ServiceEntry` rows that the directory dialog fetched in one short
session; a directory is hundreds of rows, so it is loaded whole rather than paged.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from shelterplan.core.directory import ServiceEntry
from shelterplan.ui.models.rows import RowsTableModel
from shelterplan.ui.vocab_labels import domain_label

Index = QModelIndex | QPersistentModelIndex

COLUMN_NAME = 0
COLUMN_DOMAIN = 1
COLUMN_PHONE = 2
COLUMN_LANGUAGES = 3
COLUMN_COUNT = 4


class ServiceRole(IntEnum):
    ServiceIdRole = Qt.ItemDataRole.UserRole + 1
    DomainRole = Qt.ItemDataRole.UserRole + 2  # stored value, e.g. "legal"


ServiceIdRole = ServiceRole.ServiceIdRole
DomainRole = ServiceRole.DomainRole


class ServicesModel(RowsTableModel[ServiceEntry]):
    column_count = COLUMN_COUNT

    def service_at(self, row: int) -> ServiceEntry | None:
        return self.row_at(row)

    def row_of(self, service_id: str) -> int:
        """The row showing this service, or -1 when the search does not show it."""
        for row, entry in enumerate(self._rows):
            if entry.service_id == service_id:
                return row
        return -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COLUMN_NAME: self.tr("Service"),
            COLUMN_DOMAIN: self.tr("Domain"),
            COLUMN_PHONE: self.tr("Phone"),
            COLUMN_LANGUAGES: self.tr("Languages"),
        }.get(section)

    def _display(self, entry: ServiceEntry, column: int) -> str | None:
        if column == COLUMN_NAME:
            return entry.name
        if column == COLUMN_DOMAIN:
            return domain_label(entry.domain)
        if column == COLUMN_PHONE:
            return entry.phone or ""
        if column == COLUMN_LANGUAGES:
            return entry.languages or ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMN_NAME:
            return "\n".join(part for part in (entry.name, entry.address) if part)
        if role == ServiceIdRole:
            return entry.service_id
        if role == DomainRole:
            return entry.domain
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({int(role): role.name.encode() for role in ServiceRole})
        return names
