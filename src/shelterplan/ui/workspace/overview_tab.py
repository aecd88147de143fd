"""The Overview tab: who she is, and first of all how to contact her safely.

The safe-contact panel sits at the top, framed, because a careless voicemail or a word
to the wrong person can tell an abuser where she is. The code word is never on screen
until the worker presses "Show"; that reveal is fetched on demand and audited.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import workspace
from shelterplan.core.workspace import (
    CaseOverview,
    ConsentEntry,
    ConsentState,
    PersonEntry,
    SafeContact,
    SafeContactRule,
)
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.vocab_labels import (
    consent_purpose_label,
    date_text,
    language_label,
    phase_label,
)
from shelterplan.ui.workspace.erase_action import HerFileActions
from shelterplan.ui.workspace.household_box import HouseholdBox

PANEL_STYLE = """
QFrame#safeContactPanel {
    background: #fff4d6;
    border: 2px solid #a86b00;
    border-radius: 6px;
}
QFrame#safeContactPanel QLabel { color: #2b1d00; background: transparent; border: none; }
"""
# Rules that forbid something are bold; the others inform.
_WARNINGS = {
    SafeContactRule.DO_NOT_TELL,
    SafeContactRule.NO_MESSAGES,
    SafeContactRule.MESSAGES_UNKNOWN,
    SafeContactRule.NO_PHONE,
}


def _value_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def _small_list(accessible_name: str) -> QListWidget:
    """A list as tall as its rows: the overview scrolls as a whole, not list by list."""
    view = QListWidget()
    view.setAccessibleName(accessible_name)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSpacing(2)
    view.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    _fit_height(view)
    return view


def _fit_height(view: QListWidget) -> None:
    """Make the list exactly as tall as its rows as laid out (wrapped) at its width now."""
    view.doItemsLayout()
    bottom = view.fontMetrics().height()
    if view.count():
        last = view.visualRect(view.model().index(view.count() - 1, 0))
        bottom = last.bottom() + 1 + view.verticalScrollBar().value() + view.spacing()
    view.setFixedHeight(bottom + 2 * view.frameWidth())


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._desk: Desk | None = None
        self._case_id: str | None = None

        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = _value_label("clientSubtitle")

        self.safe_panel = self._build_safe_panel()
        self.details = self._build_details()
        self.support_list = _small_list(self.tr("Support people"))
        self.team_list = _small_list(self.tr("Her team"))
        self.consents_list = _small_list(self.tr("Consents"))

        people_box = QGroupBox(self.tr("People around her"))
        people_layout = QVBoxLayout(people_box)
        for caption, view in (
            (self.tr("Trusted support people"), self.support_list),
            (self.tr("Her team (service providers)"), self.team_list),
        ):
            heading = QLabel(caption)
            heading.setBuddy(view)
            people_layout.addWidget(heading)
            people_layout.addWidget(view)
        consents_box = QGroupBox(self.tr("Consents"))
        QVBoxLayout(consents_box).addWidget(self.consents_list)
        self.household = HouseholdBox()

        right = QVBoxLayout()
        right.addWidget(people_box)
        right.addWidget(self.household)
        right.addWidget(consents_box)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.details)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.name_label)
        column.addWidget(self.subtitle_label)
        column.addWidget(self.safe_panel)
        column.addLayout(columns)
        column.addStretch(1)
        self.file_actions = HerFileActions()  # export her file; erase it (supervisors)
        column.addWidget(self.file_actions)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lists and buttons
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- building -------------------------------------------------------------------
    def _build_safe_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("safeContactPanel")
        panel.setStyleSheet(PANEL_STYLE)
        panel.setAccessibleName(self.tr("Safe contact"))
        icon = QLabel()
        size = self.fontMetrics().height() * 2
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Safe contact — read before any call, message or visit"))
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        title.setFont(title_font)

        self.rules_layout = QVBoxLayout()
        self.rules_layout.setSpacing(4)
        self.code_word_row = QWidget()
        code_row = QHBoxLayout(self.code_word_row)
        code_row.setContentsMargins(0, 0, 0, 0)
        self.code_word_note = QLabel(self.tr("Code word on file"))
        self.code_word_value = _value_label("codeWordValue")
        self.code_word_value.setVisible(False)
        self.show_code_word = QPushButton(self.tr("Show"))
        self.show_code_word.setCheckable(True)
        self.show_code_word.setAccessibleName(self.tr("Show the code word"))
        self.show_code_word.setToolTip(
            self.tr("Showing the code word is recorded in the audit trail.")
        )
        self.show_code_word.toggled.connect(self._toggle_code_word)
        code_row.addWidget(self.code_word_note)
        code_row.addWidget(self.show_code_word)
        code_row.addWidget(self.code_word_value)
        code_row.addStretch(1)
        self.code_word_row.setVisible(False)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addLayout(self.rules_layout)
        text.addWidget(self.code_word_row)
        row = QHBoxLayout(panel)
        row.setContentsMargins(12, 10, 12, 10)
        row.addWidget(icon)
        row.addSpacing(8)
        row.addLayout(text, 1)
        return panel

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("About her"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (
            ("legal_name", self.tr("Legal name")),
            ("pronouns", self.tr("Pronouns")),
            ("age", self.tr("Age")),
            ("languages", self.tr("Languages")),
            ("document_language", self.tr("Printed plan in")),
            ("program", self.tr("Program")),
            ("phase", self.tr("Phase")),
            ("opened_on", self.tr("Case opened")),
            ("lead_worker", self.tr("Lead worker")),
        ):
            self.fields[key] = _value_label(key)
            form.addRow(caption, self.fields[key])
        return box

    # --- loading --------------------------------------------------------------------
    def load(self, desk: Desk, case_id: str) -> None:
        """Show a case, fetched in one short session (a failure leaves the tab empty)."""
        self.clear()
        with desk.session() as session:
            overview = workspace.case_overview(session, desk.actor, case_id)
        self._desk, self._case_id = desk, case_id
        self._show(overview, desk.today())
        self.household.load(desk, case_id)
        self.file_actions.load(desk, case_id)

    def clear(self) -> None:
        """Remove every client detail from the screen (lock, or another case opened)."""
        self._desk, self._case_id = None, None
        self.household.clear()
        self.file_actions.clear()
        self.name_label.clear()
        self.subtitle_label.clear()
        self._clear_rules()
        self._hide_code_word()
        self.code_word_row.setVisible(False)
        for field in self.fields.values():
            field.clear()
        for view in (self.support_list, self.team_list, self.consents_list):
            view.clear()
            _fit_height(view)

    def _clear_rules(self) -> None:
        while self.rules_layout.count():
            item = self.rules_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.clear()  # gone from memory now, not at the next deleteLater
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _show(self, overview: CaseOverview, today: date) -> None:
        self.name_label.setText(overview.preferred_name)
        self.name_label.setAccessibleName(self.tr("Client"))
        age = overview.age_on(today)
        parts = [overview.pronouns or ""]
        if age is not None:
            parts.append(self.tr("{0} years old").format(age))
        self.subtitle_label.setText(" · ".join(part for part in parts if part))
        for rule in overview.safe_contact:
            if rule.rule == SafeContactRule.CODE_WORD:
                self.code_word_row.setVisible(True)
                continue
            label = QLabel(self._rule_text(rule))
            label.setWordWrap(True)
            label.setObjectName("safeRule_" + rule.rule.value)
            font = label.font()
            font.setBold(rule.rule in _WARNINGS)
            label.setFont(font)
            self.rules_layout.addWidget(label)

        missing = self.tr("Not recorded")
        languages = ", ".join(language_label(code) for code in overview.languages)
        for key, text in (
            ("legal_name", overview.legal_name or missing),
            ("pronouns", overview.pronouns or missing),
            ("age", self._age_text(overview, age)),
            ("languages", languages or missing),
            ("document_language", language_label(overview.document_language)),
            ("program", overview.program or missing),
            ("phase", phase_label(overview.phase)),
            ("opened_on", date_text(overview.opened_on)),
            ("lead_worker", overview.lead_worker or self.tr("Nobody assigned")),
        ):
            self.fields[key].setText(text)
        self._fill_people(self.support_list, overview.support_people, self.tr("Nobody listed yet."))
        self._fill_people(self.team_list, overview.team, self.tr("No provider listed yet."))
        self._fill_consents(overview.consents, today)

    def _rule_text(self, rule: SafeContact) -> str:
        texts = {
            SafeContactRule.DO_NOT_TELL: self.tr("Do not tell anyone she is here: {0}"),
            SafeContactRule.NO_MESSAGES: self.tr("Do not leave messages"),
            SafeContactRule.MESSAGES_UNKNOWN: self.tr(
                "Not known whether messages are safe — do not leave one"
            ),
            SafeContactRule.MESSAGES_OK: self.tr("Messages may be left"),
            SafeContactRule.NO_PHONE: self.tr("No safe phone — contact only in person"),
            SafeContactRule.SAFE_PHONE: self.tr("Safe phone: {0}"),
            SafeContactRule.SAFE_TIMES: self.tr("Safe times: {0}"),
            SafeContactRule.CODE_WORD: self.tr("Code word on file"),
        }
        return texts[rule.rule].format(rule.text or "")

    def _age_text(self, overview: CaseOverview, age: int | None) -> str:
        if overview.birth_date is not None:
            return self.tr("{0} (born {1})").format(age, date_text(overview.birth_date))
        if age is not None:
            return self.tr("About {0}").format(age)
        return self.tr("Not recorded")

    def _fill_people(self, view: QListWidget, people: tuple[PersonEntry, ...], empty: str) -> None:
        view.clear()
        for person in people:
            what = ", ".join(p for p in (person.relationship_or_role, person.organisation) if p)
            first = self.tr("{0} — {1}").format(person.name, what) if what else person.name
            if person.safe_to_contact:
                contact = self.tr("Safe to contact")
                if person.phone:
                    contact = self.tr("Safe to contact: {0}").format(person.phone)
            else:
                contact = self.tr("NOT safe to contact")
            sharing = (
                self.tr("may share her information")
                if person.consent_to_share
                else self.tr("do not share her information")
            )
            item = QListWidgetItem(first + "\n" + contact + " · " + sharing)
            item.setData(Qt.ItemDataRole.UserRole, person.person_id)
            view.addItem(item)
        if not people:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            view.addItem(placeholder)
        _fit_height(view)

    def _consent_state_text(self, consent: ConsentEntry, today: date) -> str:
        state = consent.state_on(today)
        if state == ConsentState.WITHDRAWN:
            return self.tr("WITHDRAWN on {0} — do not share").format(
                date_text(consent.withdrawn_on)
            )
        if state == ConsentState.EXPIRED:
            return self.tr("EXPIRED on {0} — ask her again before sharing").format(
                date_text(consent.expires_on)
            )
        if state == ConsentState.NOT_GIVEN:
            return self.tr("Not given")
        if state == ConsentState.NOT_YET:
            return self.tr("Starts on {0}").format(date_text(consent.given_on))
        if consent.expires_on is not None:
            return self.tr("Valid until {0}").format(date_text(consent.expires_on))
        return self.tr("Valid, no end date")

    def _fill_consents(self, consents: tuple[ConsentEntry, ...], today: date) -> None:
        self.consents_list.clear()
        for consent in consents:
            first = consent_purpose_label(consent.purpose)
            if consent.scope:
                first = self.tr("{0} — {1}").format(
                    consent_purpose_label(consent.purpose), consent.scope
                )
            item = QListWidgetItem(first + "\n" + self._consent_state_text(consent, today))
            item.setData(Qt.ItemDataRole.UserRole, consent.consent_id)
            if not consent.valid_on(today):
                font = QFont(self.consents_list.font())
                font.setItalic(True)
                item.setFont(font)
            if consent.given_on is not None:
                item.setToolTip(self.tr("Given on {0}").format(date_text(consent.given_on)))
            self.consents_list.addItem(item)
        if not consents:
            placeholder = QListWidgetItem(self.tr("No consent recorded yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.consents_list.addItem(placeholder)
        _fit_height(self.consents_list)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lists keep the height of their rows, which wrap differently at each width."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self._refit_lists)

    def _refit_lists(self) -> None:
        for view in (self.support_list, self.team_list, self.consents_list):
            _fit_height(view)

    # --- the code word --------------------------------------------------------------
    def _hide_code_word(self, note: str = "") -> None:
        self.show_code_word.blockSignals(True)
        self.show_code_word.setChecked(False)
        self.show_code_word.blockSignals(False)
        self.show_code_word.setText(self.tr("Show"))
        self.show_code_word.setAccessibleName(self.tr("Show the code word"))
        self.code_word_value.setText(note)
        self.code_word_value.setVisible(bool(note))

    def _toggle_code_word(self, shown: bool) -> None:
        """Fetch the code word only when asked, and forget it again on Hide."""
        if not shown or self._desk is None or self._case_id is None:
            self._hide_code_word()
            return
        try:
            with self._desk.session() as session:
                word = workspace.reveal_code_word(session, self._desk.actor, self._case_id)
        except ShelterplanError as error:
            self._hide_code_word(error_text(error))
            return
        self.code_word_value.setText(word or "")
        self.code_word_value.setVisible(True)
        self.show_code_word.setText(self.tr("Hide"))
        self.show_code_word.setAccessibleName(self.tr("Hide the code word"))
