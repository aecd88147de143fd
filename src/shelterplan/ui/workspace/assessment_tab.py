"""The Assessment tab: her situation by domain, and the strengths the plan builds on.

Strengths sit beside the needs on purpose: the seeds ask the plan to build on what she
already does well, not only on what is missing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import workspace
from shelterplan.ui.context import Desk
from shelterplan.ui.models.assessment_model import (
    COLUMN_DOMAIN,
    COLUMN_NEED,
    COLUMN_PRIORITY,
    COLUMN_RISKS,
    COLUMN_SITUATION,
    AssessmentModel,
)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label


class AssessmentTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentTab")
        self.model = AssessmentModel(self)

        self.table = QTableView()
        self.table.setObjectName("assessmentTable")
        self.table.setAccessibleName(self.tr("Needs by domain"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        breathing_room = int(self.table.fontMetrics().height() * 1.7)
        self.table.verticalHeader().setMinimumSectionSize(breathing_room)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COLUMN_DOMAIN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_NEED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_PRIORITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SITUATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_RISKS, QHeaderView.ResizeMode.Stretch)
        self.needs_heading = _heading(self.tr("Needs by domain"))
        self.needs_heading.setBuddy(self.table)
        self.empty_note = QLabel(self.tr("No domain has been assessed yet."))
        self.empty_note.setVisible(False)

        self.strengths = QListWidget()
        self.strengths.setObjectName("strengthsList")
        self.strengths.setAccessibleName(self.tr("Her strengths and skills"))
        self.strengths.setWordWrap(True)
        self.strengths.setAlternatingRowColors(True)
        self.strengths.setSpacing(3)
        strengths_heading = _heading(self.tr("Her strengths and skills"))
        strengths_heading.setBuddy(self.strengths)

        needs = QWidget()
        needs_layout = QVBoxLayout(needs)
        needs_layout.setContentsMargins(0, 0, 0, 0)
        needs_layout.addWidget(self.needs_heading)
        needs_layout.addWidget(self.empty_note)
        needs_layout.addWidget(self.table)
        strengths = QWidget()
        strengths_layout = QVBoxLayout(strengths)
        strengths_layout.setContentsMargins(0, 0, 0, 0)
        strengths_layout.addWidget(strengths_heading)
        strengths_layout.addWidget(self.strengths)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(needs)
        splitter.addWidget(strengths)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def load(self, desk: Desk, case_id: str) -> None:
        """Show a case's assessment, fetched in one short session."""
        self.clear()
        with desk.session() as session:
            found = workspace.assessment(session, desk.actor, case_id)
        self.model.load(found.items)
        self.empty_note.setVisible(not found.items)
        for strength in found.strengths:
            self.strengths.addItem(strength)
        if not found.strengths:
            placeholder = QListWidgetItem(self.tr("No strength recorded yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.strengths.addItem(placeholder)
        self.table.resizeRowsToContents()

    def clear(self) -> None:
        self.model.clear()
        self.strengths.clear()
        self.empty_note.setVisible(False)
