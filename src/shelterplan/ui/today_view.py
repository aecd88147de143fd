"""The Today tab: overdue steps, appointments, steps due this week and reviews due.

Each line opens the case at that step (Enter or a double click); a review line opens
the case and starts its review. Arrows move between lines, Left/Right fold a section.
Supervisors and admins may switch to every case of the agency.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.queries import Section, may_see_all
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.models.today_model import (
    COL_CLIENT,
    COL_WHAT,
    COL_WHEN,
    CaseIdRole,
    SectionRole,
    StepIdRole,
    TodayModel,
)
from shelterplan.ui.vocab_labels import date_text


class TodayView(QWidget):
    step_requested = Signal(str, str)  # case id, step id
    review_requested = Signal(str)  # case id: a review due, to hold now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._desk: Desk | None = None
        self.model = TodayModel(self)

        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        self.all_cases_check = QCheckBox(self.tr("&All cases"))
        self.all_cases_check.setObjectName("todayAllCases")
        self.all_cases_check.setAccessibleName(self.tr("Show every case of the agency"))
        self.all_cases_check.setVisible(False)
        self.all_cases_check.toggled.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("todayRefresh")
        self.refresh_button.setAccessibleName(self.tr("Read today's list again"))
        self.refresh_button.clicked.connect(self.refresh)

        self.tree = QTreeView()
        self.tree.setObjectName("todayTree")
        self.tree.setAccessibleName(self.tr("Today's steps, appointments and reviews"))
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        text = self.tree.fontMetrics()
        widest = max(
            text.horizontalAdvance(self.tr("{0} · {1}").format(date_text(date(2026, m, 28)), ""))
            for m in range(1, 13)
        ) + text.horizontalAdvance(self.tr("{0} days late").format(365))
        header.resizeSection(COL_WHEN, widest + 2 * self.tree.indentation() + 8)
        header.resizeSection(COL_CLIENT, text.horizontalAdvance("M") * 11)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self._on_activated)

        self.empty_label = QLabel(self.tr("Nothing overdue or due this week."))
        self.empty_label.setObjectName("todayEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.all_cases_check)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        QWidget.setTabOrder(self.tree, self.all_cases_check)
        QWidget.setTabOrder(self.all_cases_check, self.refresh_button)

    def load(self, desk: Desk) -> None:
        """Read today's agenda for this worker (one short unit of work)."""
        self._desk = desk
        self.all_cases_check.setVisible(may_see_all(desk.actor))
        self.refresh()

    def refresh(self) -> None:
        desk = self._desk
        if desk is None:
            return
        all_cases = self.all_cases_check.isChecked() and may_see_all(desk.actor)
        try:
            self.model.load(desk, all_cases=all_cases)
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.tr("Today"), error_text(error))
            return
        day = desk.today()
        long_date = QLocale.FormatType.LongFormat  # "lundi 23 novembre 2026"
        when = QLocale().toString(QDate(day.year, day.month, day.day), long_date)
        self.title.setText(self.tr("Today, {0}").format(when))
        self._show_lines()

    def clear(self) -> None:
        """Drop every line and name (on lock)."""
        self._desk = None
        self.all_cases_check.blockSignals(True)
        self.all_cases_check.setChecked(False)
        self.all_cases_check.blockSignals(False)
        self.all_cases_check.setVisible(False)
        self.model.clear()
        self.title.clear()
        self.empty_label.setVisible(False)

    def _show_lines(self) -> None:
        empty = self.model.is_empty()
        self.empty_label.setVisible(empty)
        self.tree.setVisible(not empty)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        first = self.model.index(0, 0)
        if first.isValid() and self.model.rowCount(first) > 0:
            self.tree.setCurrentIndex(self.model.index(0, 0, first))

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id and index.data(SectionRole) == Section.REVIEWS_DUE:
            self.review_requested.emit(str(case_id))
        elif case_id:
            self.step_requested.emit(str(case_id), str(index.data(StepIdRole) or ""))
        elif index.isValid() and not index.parent().isValid():
            heading = index.siblingAtColumn(0)
            self.tree.setExpanded(heading, not self.tree.isExpanded(heading))
