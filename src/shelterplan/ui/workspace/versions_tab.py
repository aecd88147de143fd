"""The Reviews and versions tab: which plan she signed when, and what changed since.

The list of changes answers the question a worker has before a session: "is the plan
she holds on paper still the plan?" If not, it says what to walk through with her.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import workspace
from shelterplan.core.plan_diff import ChangeKind, PlanChange
from shelterplan.core.workspace import ReviewEntry, ReviewsAndVersions
from shelterplan.ui.context import Desk
from shelterplan.ui.models.versions_model import (
    COLUMN_FINGERPRINT,
    COLUMN_LANGUAGE,
    COLUMN_NUMBER,
    COLUMN_SIGNED_AT,
    COLUMN_SIGNED_BY,
    PrintableRole,
    VersionIdRole,
    VersionsModel,
)
from shelterplan.ui.vocab_labels import date_text, goal_status_label, step_status_label

_DATE_CHANGES = {
    ChangeKind.GOAL_TARGET_CHANGED,
    ChangeKind.STEP_DUE_CHANGED,
    ChangeKind.NEXT_REVIEW_CHANGED,
}


def _list(accessible_name: str) -> QListWidget:
    view = QListWidget()
    view.setAccessibleName(accessible_name)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSpacing(3)
    return view


class VersionsTab(QWidget):
    reprint_requested = Signal(str)  # the id of a signed version, to print exactly as signed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsTab")
        self.model = VersionsModel(self)

        self.table = QTableView()
        self.table.setObjectName("versionsTable")
        self.table.setAccessibleName(self.tr("Plan versions, newest first"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (COLUMN_NUMBER, COLUMN_LANGUAGE, COLUMN_SIGNED_AT, COLUMN_FINGERPRINT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_SIGNED_BY, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(header.sizeHint().height() + rows * 5 + 4)

        self.changes_status = QLabel()
        self.changes_status.setObjectName("changesStatus")
        self.changes_status.setWordWrap(True)
        font = self.changes_status.font()
        font.setBold(True)
        self.changes_status.setFont(font)
        self.changes = _list(self.tr("Changes since the last signed version"))
        self.changes.setObjectName("changesList")
        self.reviews = _list(self.tr("Reviews, newest first"))
        self.reviews.setObjectName("reviewsList")

        self.reprint_button = QPushButton(self.tr("Print this &version again…"))
        self.reprint_button.setObjectName("reprintVersion")
        self.reprint_button.setToolTip(
            self.tr("Prints the selected signed version exactly as it was signed")
        )
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self._request_reprint)
        self.table.selectionModel().currentRowChanged.connect(self._update_reprint)
        versions_box = QGroupBox(self.tr("Plan versions"))
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        versions_layout.addLayout(buttons)
        changes_box = QGroupBox(self.tr("Changes since the last signed version"))
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.addWidget(self.changes_status)
        changes_layout.addWidget(self.changes, 1)
        reviews_box = QGroupBox(self.tr("Reviews"))
        QVBoxLayout(reviews_box).addWidget(self.reviews)

        lower = QHBoxLayout()
        lower.addWidget(changes_box, 1)
        lower.addWidget(reviews_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(versions_box)
        layout.addLayout(lower, 1)

    def load(self, desk: Desk, case_id: str) -> None:
        """Show versions, changes and reviews, fetched in one short session."""
        self.clear()
        with desk.session() as session:
            found = workspace.reviews_and_versions(session, desk.actor, case_id)
        self.model.load(found.versions)
        self.table.resizeColumnsToContents()
        if self.model.rowCount() and self._printable(0):
            self.table.setCurrentIndex(self.model.index(0, COLUMN_NUMBER))
        self._update_reprint()
        self._show_changes(found)
        for review in found.reviews:
            self.reviews.addItem(self._review_item(review))
        if not found.reviews:
            self._placeholder(self.reviews, self.tr("No review held yet."))

    def selected_version_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(VersionIdRole)) if index.isValid() else None

    def _printable(self, row: int) -> bool:
        return bool(self.model.index(row, COLUMN_NUMBER).data(PrintableRole))

    def _update_reprint(self, *_args: object) -> None:
        index = self.table.currentIndex()
        self.reprint_button.setEnabled(index.isValid() and self._printable(index.row()))

    def _request_reprint(self) -> None:
        version_id = self.selected_version_id()
        if version_id is not None:
            self.reprint_requested.emit(version_id)

    def clear(self) -> None:
        self.model.clear()
        self.reprint_button.setEnabled(False)
        self.changes_status.clear()
        self.changes.clear()
        self.reviews.clear()

    # --- changes --------------------------------------------------------------------
    def _show_changes(self, found: ReviewsAndVersions) -> None:
        if not found.ever_signed:
            self.changes_status.setText(
                self.tr("No version signed yet — print the plan and sign it with her.")
            )
            return
        number = found.last_signed_number
        if not found.changes_since_signed:
            self.changes_status.setText(
                self.tr("No changes since version {0} was signed.").format(number)
            )
            return
        self.changes_status.setText(
            self.tr(
                "Since version {0} was signed ({1} changes) — print and sign a new version "
                "so she holds the current plan:"
            ).format(number, len(found.changes_since_signed))
        )
        for change in found.changes_since_signed:
            self.changes.addItem(self.change_text(change))

    def _value(self, change: PlanChange, value: str | None) -> str:
        if change.kind in _DATE_CHANGES:
            return date_text(value) if value else self.tr("no date")
        if change.kind == ChangeKind.GOAL_STATUS_CHANGED:
            return goal_status_label(value)
        if change.kind == ChangeKind.STEP_STATUS_CHANGED:
            return step_status_label(value)
        return value or ""

    def change_text(self, change: PlanChange) -> str:
        """One change in words; the plain record stays in core so it is testable."""
        texts = {
            ChangeKind.GOAL_ADDED: self.tr("New goal: {0}"),
            ChangeKind.GOAL_REMOVED: self.tr("Goal removed: {0}"),
            ChangeKind.GOAL_REWORDED: self.tr("Goal reworded: “{1}” became “{2}”"),
            ChangeKind.GOAL_TARGET_CHANGED: self.tr("Goal “{0}”: target date {1} → {2}"),
            ChangeKind.GOAL_STATUS_CHANGED: self.tr("Goal “{0}”: {1} → {2}"),
            ChangeKind.STEP_ADDED: self.tr("New step: {0}"),
            ChangeKind.STEP_REMOVED: self.tr("Step removed: {0}"),
            ChangeKind.STEP_REWORDED: self.tr("Step reworded: “{1}” became “{2}”"),
            ChangeKind.STEP_STATUS_CHANGED: self.tr("Step “{0}”: {1} → {2}"),
            ChangeKind.STEP_DUE_CHANGED: self.tr("Step “{0}”: due date {1} → {2}"),
            ChangeKind.STEP_DETAILS_CHANGED: self.tr(
                "Step “{0}”: who does it, appointment or instructions changed"
            ),
            ChangeKind.REFERRALS_CHANGED: self.tr("Referrals changed"),
            ChangeKind.PEOPLE_CHANGED: self.tr("People listed on the plan changed"),
            ChangeKind.NEXT_REVIEW_CHANGED: self.tr("Next review: {1} → {2}"),
            ChangeKind.OTHER_CHANGED: self.tr("Other details of the plan changed"),
        }
        template = texts.get(change.kind, self.tr("Other details of the plan changed"))
        return template.format(
            change.subject or "",
            self._value(change, change.before),
            self._value(change, change.after),
        )

    # --- reviews --------------------------------------------------------------------
    def _review_item(self, review: ReviewEntry) -> QListWidgetItem:
        first = date_text(review.held_on)
        if review.worker_name:
            first = self.tr("{0} · {1}").format(first, review.worker_name)
        lines = [first]
        if review.summary:
            lines.append(review.summary)
        if review.next_review_on is not None:
            lines.append(self.tr("Next review: {0}").format(date_text(review.next_review_on)))
        item = QListWidgetItem("\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, review.review_id)
        return item

    @staticmethod
    def _placeholder(view: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        view.addItem(item)
