"""Her situation by domain: the latest assessment of each, with need and her priority.

High and urgent needs carry a text marker and a bold font, never colour alone, so they
stand out for a colour-blind worker and are read aloud by a screen reader.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from shelterplan.core.vocab import NeedLevel
from shelterplan.core.workspace import AssessmentEntry
from shelterplan.ui.models.rows import RowsTableModel
from shelterplan.ui.vocab_labels import date_text, domain_label, need_label

Index = QModelIndex | QPersistentModelIndex

COLUMN_DOMAIN = 0
COLUMN_NEED = 1
COLUMN_PRIORITY = 2
COLUMN_SITUATION = 3
COLUMN_RISKS = 4
COLUMN_COUNT = 5

PRESSING_NEEDS = frozenset({NeedLevel.HIGH, NeedLevel.URGENT})


class AssessmentRole(IntEnum):
    ItemIdRole = Qt.ItemDataRole.UserRole + 1
    DomainRole = Qt.ItemDataRole.UserRole + 2  # stored value, e.g. "housing"
    NeedLevelRole = Qt.ItemDataRole.UserRole + 3  # stored value, e.g. "urgent"
    PressingRole = Qt.ItemDataRole.UserRole + 4  # bool: high or urgent


ItemIdRole = AssessmentRole.ItemIdRole
DomainRole = AssessmentRole.DomainRole
NeedLevelRole = AssessmentRole.NeedLevelRole
PressingRole = AssessmentRole.PressingRole


class AssessmentModel(RowsTableModel[AssessmentEntry]):
    column_count = COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COLUMN_DOMAIN: self.tr("Domain"),
                COLUMN_NEED: self.tr("Need"),
                COLUMN_PRIORITY: self.tr("Her priority"),
                COLUMN_SITUATION: self.tr("Situation"),
                COLUMN_RISKS: self.tr("Risks"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COLUMN_PRIORITY:
            return self.tr("What matters most to her: 1 is the most important, 5 the least.")
        return None

    def need_text(self, item: AssessmentEntry) -> str:
        label = need_label(item.need_level)
        if item.need_level in PRESSING_NEEDS:
            return self.tr("⚠ {0}").format(label)
        return label

    def _display(self, item: AssessmentEntry, column: int) -> str | None:
        if column == COLUMN_DOMAIN:
            return domain_label(item.domain)
        if column == COLUMN_NEED:
            return self.need_text(item)
        if column == COLUMN_PRIORITY:
            return str(item.client_priority) if item.client_priority is not None else "—"
        if column == COLUMN_SITUATION:
            return item.situation or ""
        if column == COLUMN_RISKS:
            return item.risks or ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        pressing = item.need_level in PRESSING_NEEDS
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COLUMN_DOMAIN, COLUMN_NEED):
            return self.tr("Assessed on {0}").format(date_text(item.assessed_on))
        if role == Qt.ItemDataRole.FontRole and pressing and column == COLUMN_NEED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            vertical = Qt.AlignmentFlag.AlignTop
            if column == COLUMN_PRIORITY:
                return int(vertical | Qt.AlignmentFlag.AlignHCenter)
            return int(vertical | Qt.AlignmentFlag.AlignLeft)
        if role == ItemIdRole:
            return item.item_id
        if role == DomainRole:
            return item.domain
        if role == NeedLevelRole:
            return item.need_level
        if role == PressingRole:
            return pressing
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({int(role): role.name.encode() for role in AssessmentRole})
        return names
