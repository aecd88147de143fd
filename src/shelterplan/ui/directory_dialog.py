"""The service directory: search it as you type, read a service's details, choose one.

In "choose" mode (a new referral) the dialog also asks whether her details will be
shared, and hands the choice to the caller, which may refuse it (no consent) and keep
the dialog open so the worker can untick the box or cancel. Supervisors and admins also
get Add, Edit and Remove; the core refuses those to workers whatever the screen shows.
The dialog shows directory data only, never the client's, so it holds nothing to clear
on a lock beyond being closed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import directory
from shelterplan.core.directory import ServiceEntry
from shelterplan.core.vocab import Domain
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.models.services_model import (
    COLUMN_DOMAIN,
    COLUMN_LANGUAGES,
    COLUMN_NAME,
    COLUMN_PHONE,
    ServicesModel,
)
from shelterplan.ui.vocab_labels import domain_label

SEARCH_PAUSE_MS = 150  # as the caseload: skip a query per keystroke, still feel live
DETAILS = ("domain", "address", "phone", "hours", "eligibility", "languages", "notes")


@dataclass(frozen=True)
class DirectoryChoice:
    service_id: str
    service_name: str
    share_details: bool
    goal_id: str | None = None  # the goal the referral serves, if the worker named one


# Called with the worker's choice; returns False to keep the dialog open (e.g. no consent).
ChoiceHandler = Callable[[DirectoryChoice], bool]


class ServiceForm(QDialog):
    """Add or edit one service of the directory (supervisors and admins)."""

    def __init__(self, parent: QWidget | None, entry: ServiceEntry | None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceForm")
        self.setWindowTitle(self.tr("Edit service") if entry else self.tr("Add a service"))
        self.name_edit = QLineEdit(entry.name if entry else "")
        self.name_edit.setMaxLength(directory.NAME_LENGTH)
        self.domain_box = QComboBox()
        self.domain_box.addItem(self.tr("No domain"), None)
        for domain in Domain:
            self.domain_box.addItem(domain_label(domain), domain.value)
        if entry is not None and entry.domain:
            self.domain_box.setCurrentIndex(max(self.domain_box.findData(entry.domain), 0))
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Domain"), self.domain_box)
        for key, caption in self._captions().items():
            text = (getattr(entry, key) or "") if entry is not None else ""
            longest = directory.DETAIL_LENGTHS[key]
            if longest is not None:
                edit: QLineEdit | QPlainTextEdit = QLineEdit(text)
                edit.setMaxLength(longest)
            else:
                edit = QPlainTextEdit(text)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.setAccessibleName(caption.replace("&", ""))
            self.edits[key] = edit
            form.addRow(caption, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def _captions(self) -> dict[str, str]:
        return {
            "address": self.tr("&Address"),
            "phone": self.tr("&Phone"),
            "hours": self.tr("&Hours"),
            "eligibility": self.tr("&Eligibility"),
            "languages": self.tr("&Languages"),
            "notes": self.tr("N&otes"),
        }

    def values(self) -> dict[str, str | None]:
        values: dict[str, str | None] = {"name": self.name_edit.text()}
        values["domain"] = self.domain_box.currentData()
        for key, edit in self.edits.items():
            values[key] = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        return values

    @staticmethod
    def ask(parent: QWidget, entry: ServiceEntry | None) -> dict[str, str | None] | None:
        """The details typed, or None when the worker cancels (tests replace this)."""
        form = ServiceForm(parent, entry)
        try:
            return form.values() if form.exec() == QDialog.DialogCode.Accepted else None
        finally:
            form.deleteLater()


class DirectoryDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        choose: bool = False,
        on_choose: ChoiceHandler | None = None,
        goals: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryDialog")
        self.setWindowTitle(self.tr("Choose a service") if choose else self.tr("Service directory"))
        self._desk = desk
        self._choose_mode = choose
        self._on_choose = on_choose
        self._choice: DirectoryChoice | None = None
        self._goals = tuple(goals)  # (goal id, her words) to choose what the referral serves
        self.model = ServicesModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.search)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("directorySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, languages, eligibility, notes…"))
        self.search_edit.setAccessibleName(self.tr("Search the directory"))
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.domain_box = QComboBox()
        self.domain_box.setObjectName("directoryDomain")
        self.domain_box.setAccessibleName(self.tr("Domain"))
        self.domain_box.addItem(self.tr("All domains"), None)
        for domain in Domain:
            self.domain_box.addItem(domain_label(domain), domain.value)
        self.domain_box.currentIndexChanged.connect(lambda _index: self.search())
        search_label, domain_label_widget = QLabel(self.tr("&Search")), QLabel(self.tr("Do&main"))
        search_label.setBuddy(self.search_edit)
        domain_label_widget.setBuddy(self.domain_box)

        self.table = QTableView()
        self.table.setObjectName("directoryTable")
        self.table.setAccessibleName(self.tr("Services"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a service; the details show the rest
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_DOMAIN, COLUMN_PHONE, COLUMN_LANGUAGES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.table.activated.connect(self._on_activated)
        self.empty_note = QLabel(self.tr("No service matches. Try fewer words."))
        self.empty_note.setVisible(False)

        self.details = self._build_details()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.empty_note)
        left_layout.addLayout(self._build_maintenance())
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 300])

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(domain_label_widget)
        top.addWidget(self.domain_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._build_buttons())
        self.resize(940, 580)
        self.search()
        self.search_edit.setFocus()

    # --- building ---------------------------------------------------------------------
    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("About this service"))
        box.setObjectName("serviceDetails")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_label = QLabel()
        self.name_label.setObjectName("serviceName")
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.name_label.setFont(font)
        form.addRow(self.name_label)
        self.detail_labels: dict[str, QLabel] = {}
        captions = (
            self.tr("Domain"),
            self.tr("Address"),
            self.tr("Phone"),
            self.tr("Hours"),
            self.tr("Eligibility"),
            self.tr("Languages"),
            self.tr("Notes"),
        )
        for key, caption in zip(DETAILS, captions, strict=True):
            label = QLabel()
            label.setObjectName("service_" + key)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = label
            caption_label = QLabel(caption)
            caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.addRow(caption_label, label)
        return box

    def _build_maintenance(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.setToolTip(self.tr("Take the service out of the directory"))
        self.add_button.clicked.connect(self.add_service)
        self.edit_button.clicked.connect(self.edit_service)
        self.remove_button.clicked.connect(self.remove_service)
        maintains = directory.may_maintain_directory(self._desk.actor)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            button.setVisible(maintains)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_buttons(self) -> QWidget:
        footer = QWidget()
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 0, 0, 0)
        self.share_check = QCheckBox(self.tr("S&hare her details with this service"))
        self.share_check.setObjectName("shareDetails")
        self.share_check.setToolTip(
            self.tr("Only with her consent to sharing with this service, recorded in her case.")
        )
        self.share_check.setVisible(self._choose_mode)
        self.goal_box = QComboBox()
        self.goal_box.setObjectName("referralGoal")
        self.goal_box.setAccessibleName(self.tr("The goal this referral serves"))
        self.goal_box.addItem(self.tr("No particular goal"), None)
        for goal_id, words in self._goals:
            self.goal_box.addItem(words, goal_id)
        self.goal_box.setMaximumWidth(320)
        goal_label = QLabel(self.tr("For &goal"))
        goal_label.setBuddy(self.goal_box)
        for widget in (goal_label, self.goal_box):
            widget.setVisible(self._choose_mode and bool(self._goals))
        self.buttons = QDialogButtonBox()
        if self._choose_mode:
            self.choose_button = self.buttons.addButton(
                self.tr("&Refer her"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.choose_button = QPushButton()  # never shown: browsing chooses nothing
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)  # Return in the search box searches, never refers
            button.setDefault(False)
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(goal_label)
        row.addWidget(self.goal_box)
        row.addSpacing(12)
        row.addWidget(self.share_check)
        row.addStretch(1)
        row.addWidget(self.buttons)
        return footer

    def forget_client(self) -> None:
        """Drop her goals from the dialog (on lock or case change), before it goes."""
        self.goal_box.clear()
        self._goals = ()

    # --- searching --------------------------------------------------------------------
    def search(self) -> None:
        """Run the search now, keeping the selected service selected if still found."""
        self._search_timer.stop()
        kept = self.selected_service()
        try:
            with self._desk.session() as session:
                found = directory.search_services(
                    session, self.search_edit.text(), self.domain_box.currentData()
                )
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.tr("Service directory"), error_text(error))
            return
        self.model.load(found)
        self.empty_note.setVisible(not found)
        if not found:
            self._show_details(QModelIndex())
            return
        row = self.model.row_of(kept.service_id) if kept else -1
        self.table.setCurrentIndex(self.model.index(max(row, 0), COLUMN_NAME))

    def select_service(self, service_id: str) -> None:
        row = self.model.row_of(service_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, COLUMN_NAME))

    def selected_service(self) -> ServiceEntry | None:
        index = self.table.currentIndex()
        return self.model.service_at(index.row()) if index.isValid() else None

    def _show_details(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry = self.model.service_at(current.row()) if current.isValid() else None
        self.name_label.setText(entry.name if entry else self.tr("No service selected"))
        for key, label in self.detail_labels.items():
            value = getattr(entry, key) if entry is not None else None
            text = domain_label(value) if key == "domain" else value
            label.setText(text or (self.tr("Not known") if entry is not None else ""))
        self.choose_button.setEnabled(entry is not None)
        self.edit_button.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None)

    # --- choosing ---------------------------------------------------------------------
    def _on_activated(self, _index: QModelIndex) -> None:
        if self._choose_mode:
            self.choose()

    def choose(self) -> None:
        """Hand the choice to the caller; the dialog closes only if the caller agrees."""
        entry = self.selected_service()
        if not self._choose_mode or entry is None:
            return
        choice = DirectoryChoice(
            entry.service_id,
            entry.name,
            self.share_check.isChecked(),
            self.goal_box.currentData(),
        )
        if self._on_choose is not None and not self._on_choose(choice):
            return
        self._choice = choice
        self.accept()

    def choice(self) -> DirectoryChoice | None:
        return self._choice

    # --- maintaining ------------------------------------------------------------------
    def _maintain(self, change: Callable[..., ServiceEntry | None]) -> ServiceEntry | None:
        try:
            with self._desk.session() as session:
                return change(session)
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.tr("Service directory"), error_text(error))
            return None

    def add_service(self) -> None:
        values = ServiceForm.ask(self, None)
        if values is None:
            return
        name = values.pop("name") or ""
        added = self._maintain(lambda s: directory.add_service(s, self._desk.actor, name, **values))
        if added is not None:
            self.search_edit.clear()
            self.search()
            self.select_service(added.service_id)

    def edit_service(self) -> None:
        entry = self.selected_service()
        values = ServiceForm.ask(self, entry) if entry else None
        if entry is None or values is None:
            return
        changed = self._maintain(
            lambda s: directory.update_service(s, self._desk.actor, entry.service_id, **values)
        )
        if changed is not None:
            self.search()
            self.select_service(changed.service_id)

    def remove_service(self) -> None:
        entry = self.selected_service()
        if entry is None:
            return
        question = self.tr(
            "Take {0} out of the directory? Referrals already made to it keep its name."
        ).format(entry.name)
        if not Messages.ask(self, self.tr("Remove service"), question):
            return
        self._maintain(lambda s: directory.remove_service(s, self._desk.actor, entry.service_id))
        self.search()
