"""The plan's frozen versions, newest first: which was signed, when and by whom."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from shelterplan.core.workspace import VersionEntry
from shelterplan.ui.models.rows import RowsTableModel
from shelterplan.ui.vocab_labels import language_label, signatory_role_label, utc_datetime_text

Index = QModelIndex | QPersistentModelIndex

COLUMN_NUMBER = 0
COLUMN_LANGUAGE = 1
COLUMN_SIGNED_AT = 2
COLUMN_SIGNED_BY = 3
COLUMN_FINGERPRINT = 4
COLUMN_COUNT = 5


class VersionRole(IntEnum):
    VersionIdRole = Qt.ItemDataRole.UserRole + 1
    NumberRole = Qt.ItemDataRole.UserRole + 2
    SignedRole = Qt.ItemDataRole.UserRole + 3  # bool
    PrintableRole = Qt.ItemDataRole.UserRole + 4  # bool: its signed PDF is kept


VersionIdRole = VersionRole.VersionIdRole
NumberRole = VersionRole.NumberRole
SignedRole = VersionRole.SignedRole
PrintableRole = VersionRole.PrintableRole


class VersionsModel(RowsTableModel[VersionEntry]):
    column_count = COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COLUMN_NUMBER: self.tr("Version"),
            COLUMN_LANGUAGE: self.tr("Language"),
            COLUMN_SIGNED_AT: self.tr("Signed"),
            COLUMN_SIGNED_BY: self.tr("Signed by"),
            COLUMN_FINGERPRINT: self.tr("Fingerprint"),
        }.get(section)

    def _signed_by(self, version: VersionEntry) -> str:
        return ", ".join(
            self.tr("{0} ({1})").format(person.name, signatory_role_label(person.role))
            for person in version.signatories
        )

    def _display(self, version: VersionEntry, column: int) -> str | None:
        if column == COLUMN_NUMBER:
            return str(version.number)
        if column == COLUMN_LANGUAGE:
            return language_label(version.language)
        if column == COLUMN_SIGNED_AT:
            if not version.signed:
                return self.tr("Draft — not signed")
            return utc_datetime_text(version.signed_at)
        if column == COLUMN_SIGNED_BY:
            return self._signed_by(version) or "—"
        if column == COLUMN_FINGERPRINT:
            return version.fingerprint
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        version = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(version, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_FINGERPRINT:
            return self.tr(
                "The start of the plan's SHA-256 fingerprint: the same plan always gives "
                "the same fingerprint, so a printed copy can be checked against it."
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont("monospace") if column == COLUMN_FINGERPRINT else QFont()
            font.setStyleHint(
                QFont.StyleHint.Monospace
                if column == COLUMN_FINGERPRINT
                else QFont.StyleHint.AnyStyle
            )
            font.setItalic(not version.signed)  # a draft is not the plan she holds
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_NUMBER:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == VersionIdRole:
            return version.version_id
        if role == NumberRole:
            return version.number
        if role == SignedRole:
            return version.signed
        if role == PrintableRole:
            return version.has_pdf
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({int(role): role.name.encode() for role in VersionRole})
        return names
