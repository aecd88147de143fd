"""Her children and dependants on the Overview tab: seen and kept up to date any time.

A compact table (name, age, relationship, with her) with Add…, Edit… and Remove. Each
fetch or write is one short session; the table is filled again after every change. Once
the case is closed the list can be read but not changed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import household
from shelterplan.core.household import DependantEntry
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.models.dependants_model import (
    COLUMN_AGE,
    COLUMN_NAME,
    COLUMN_RELATIONSHIP,
    COLUMN_WITH_HER,
    DependantsModel,
)
from shelterplan.ui.workspace.dependant_dialog import DependantDialog, DependantValues


class HouseholdBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Children and dependants"))
        self.setObjectName("householdBox")
        self._desk: Desk | None = None
        self._case_id: str | None = None
        self._editable = False
        self.form_dialog: DependantDialog | None = None

        self.model = DependantsModel(self)
        self.table = self._build_table()
        self.empty_note = QLabel(self.tr("No child or dependant recorded."))
        self.empty_note.setObjectName("householdEmpty")
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("addDependant")
        self.add_button.setToolTip(self.tr("Record a child or dependant in her care"))
        self.add_button.clicked.connect(self.add_dependant)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editDependant")
        self.edit_button.setToolTip(self.tr("Change the selected child or dependant"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeDependant")
        self.remove_button.setToolTip(self.tr("Take the selected child or dependant off the case"))
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fill([])

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("dependantsTable")
        table.setAccessibleName(self.tr("Children and dependants"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.verticalHeader().setVisible(False)
        row_height = int(table.fontMetrics().height() * 1.7)
        table.verticalHeader().setDefaultSectionSize(row_height)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_RELATIONSHIP, QHeaderView.ResizeMode.Stretch)
        # Short columns get their heading's width plus room to breathe, whatever the rows.
        metrics, padding = header.fontMetrics(), header.fontMetrics().height() * 2
        for column in (COLUMN_AGE, COLUMN_WITH_HER):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(heading) + padding)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.activated.connect(self._activated)
        return table

    def _fit_height(self) -> None:
        """As tall as its rows: the overview scrolls as a whole, not table by table."""
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().sizeHint().height()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

    # --- loading ----------------------------------------------------------------------
    def load(self, desk: Desk, case_id: str) -> None:
        """Show a case's children and dependants, fetched in one short session."""
        self.clear()
        with desk.session() as session:
            found = household.dependants(session, desk.actor, case_id)
            editable = household.can_edit(session, desk.actor, case_id)
        self._desk, self._case_id, self._editable = desk, case_id, editable
        self._fill(found)

    def clear(self) -> None:
        """Remove every client detail, including from an open form."""
        dialog, self.form_dialog = self.form_dialog, None
        if dialog is not None:
            dialog.forget()
            dialog.reject()
            dialog.deleteLater()
        self._desk, self._case_id, self._editable = None, None, False
        self._fill([])

    def _reload(self, select_id: str | None = None) -> None:
        """Fetch again after a change, keeping the selected row where it still exists."""
        if self._desk is None or self._case_id is None:
            return
        current = self._selected()
        select_id = select_id or (current.dependant_id if current is not None else None)
        try:
            with self._desk.session() as session:
                found = household.dependants(session, self._desk.actor, self._case_id)
                self._editable = household.can_edit(session, self._desk.actor, self._case_id)
        except ShelterplanError as error:
            self._fill([])
            self._tell(error_text(error))
            return
        self._fill(found, select_id)

    def _fill(self, entries: list[DependantEntry], select_id: str | None = None) -> None:
        self.model.load(entries)
        self.table.setVisible(bool(entries))
        self.empty_note.setVisible(not entries)
        self._fit_height()
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:  # no row is chosen for her: a highlight on the overview reads as a flag
            self.table.setCurrentIndex(self.model.index(row, COLUMN_NAME))
        self._update_buttons()

    def _selected(self) -> DependantEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.dependant_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        writable = self._case_id is not None and self._editable
        chosen = writable and self._selected() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _activated(self, index: QModelIndex) -> None:
        if self.edit_button.isEnabled() and index.isValid():
            self.edit_selected()

    # --- the form ---------------------------------------------------------------------
    def add_dependant(self) -> None:
        if self._case_id is not None and self._editable:
            self._open_form(None)

    def edit_selected(self) -> None:
        entry = self._selected()
        if entry is not None and self._editable:
            self._open_form(entry)

    def _open_form(self, entry: DependantEntry | None) -> None:
        """Window-modal, not blocking; a second press while one is open just raises it."""
        if self.form_dialog is not None:
            self.form_dialog.raise_()
            self.form_dialog.activateWindow()
            return
        dependant_id = entry.dependant_id if entry is not None else None
        dialog = DependantDialog(self, entry, lambda values: self._save(dependant_id, values))
        dialog.finished.connect(self._form_closed)
        self.form_dialog = dialog
        dialog.open()

    def _form_closed(self) -> None:
        dialog, self.form_dialog = self.form_dialog, None
        if dialog is not None:
            dialog.forget()
            dialog.deleteLater()

    def _save(self, dependant_id: str | None, values: DependantValues) -> str | None:
        """Add or change one dependant; the sentence saying why not, or None when saved."""
        if self._desk is None or self._case_id is None:
            return self.tr("The case is no longer open on this screen; nothing was saved.")
        desk = self._desk
        try:
            with desk.session() as session:
                if dependant_id is None:
                    dependant_id = household.add_dependant(
                        session,
                        desk.actor,
                        self._case_id,
                        values.name,
                        values.age,
                        values.relationship_to_her,
                        values.with_her,
                        values.notes,
                    ).id
                else:
                    household.update_dependant(
                        session,
                        desk.actor,
                        dependant_id,
                        name=values.name,
                        age=values.age,
                        relationship_to_her=values.relationship_to_her,
                        with_her=values.with_her,
                        notes=values.notes,
                    )
        except ShelterplanError as error:
            self._reload()  # e.g. the case was closed meanwhile: the buttons follow
            return self.tr("Not saved: {0}").format(error)
        self._reload(dependant_id)
        return None

    # --- removing ---------------------------------------------------------------------
    def remove_selected(self) -> None:
        entry, desk, case_id = self._selected(), self._desk, self._case_id
        if entry is None or desk is None or not self._editable:
            return
        question = self.tr(
            "Take {0} off her list of children and dependants? The record is kept in the "
            "store but no longer shown."
        ).format(entry.name)
        if not Messages.ask(self, self.tr("Remove a child or dependant"), question):
            return
        if self._desk is not desk or self._case_id != case_id:
            return  # the screen was locked or another case opened while she was asked
        try:
            with desk.session() as session:
                household.remove_dependant(session, desk.actor, entry.dependant_id)
        except ShelterplanError as error:
            self._tell(error_text(error))
        self._reload()

    def _tell(self, text: str) -> None:
        Messages.show(self, Kind.WARNING, self.tr("Children and dependants"), text)
