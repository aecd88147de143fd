"""What the intake pages share: the page base, a small table of editable rows, and the
sentences for the flow's problem codes and page names.

`RowTable` is a grid of ordinary editors (one line per child, provider or goal) rather
than an item view with cell delegates: every field is a real line edit, check box or
combo with its own accessible name, Tab walks the rows in reading order, and what is
typed is in the widgets at once, so the draft saved on the next page change holds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.wizards.flow import Problem
from shelterplan.ui.vocab_labels import domain_label
from shelterplan.ui.wizards.base import FlowPage

CONTEXT = "IntakeWizard"

_PAGE_TITLES = {
    "consent": QT_TRANSLATE_NOOP("IntakeWizard", "Consent and confidentiality"),
    "identity": QT_TRANSLATE_NOOP("IntakeWizard", "Who she is"),
    "safe_contact": QT_TRANSLATE_NOOP("IntakeWizard", "Safe contact"),
    "household": QT_TRANSLATE_NOOP("IntakeWizard", "Children and dependants"),
    "situation": QT_TRANSLATE_NOOP("IntakeWizard", "Her situation"),
    "strengths": QT_TRANSLATE_NOOP("IntakeWizard", "Strengths and skills"),
    "goals": QT_TRANSLATE_NOOP("IntakeWizard", "Her goals"),
    "team": QT_TRANSLATE_NOOP("IntakeWizard", "Her team and support people"),
    "summary": QT_TRANSLATE_NOOP("IntakeWizard", "Summary"),
}

_PROBLEMS = {
    "file_consent_missing": QT_TRANSLATE_NOOP(
        "IntakeWizard",
        "A file can only be kept with her agreement. If she does not agree, cancel the "
        "intake: nothing will be saved.",
    ),
    "preferred_name_missing": QT_TRANSLATE_NOOP(
        "IntakeWizard", "Write the name she wants to be called by (an alias is fine)."
    ),
    "age_out_of_range": QT_TRANSLATE_NOOP(
        "IntakeWizard", "The approximate age must be between 1 and 129."
    ),
    "birth_date_invalid": QT_TRANSLATE_NOOP("IntakeWizard", "The birth date is not a date."),
    "birth_date_in_future": QT_TRANSLATE_NOOP("IntakeWizard", "The birth date is in the future."),
    "birth_date_too_early": QT_TRANSLATE_NOOP(
        "IntakeWizard", "The birth date is more than 129 years ago."
    ),
    "age_differs_from_birth_date": QT_TRANSLATE_NOOP(
        "IntakeWizard", "The approximate age does not match the birth date."
    ),
    "minor": QT_TRANSLATE_NOOP(
        "IntakeWizard", "She seems to be {0} years old: follow your agency's rules for minors."
    ),
    "document_language_unknown": QT_TRANSLATE_NOOP(
        "IntakeWizard", "Printed documents can be in English, French or Spanish."
    ),
    "message_without_phone": QT_TRANSLATE_NOOP(
        "IntakeWizard", "A message may be left, but there is no safe phone to leave it on."
    ),
    "dependant_name_missing": QT_TRANSLATE_NOOP(
        "IntakeWizard",
        "Row {0} has no name: a first name, initials or a nickname is enough.",
    ),
    "dependant_age_out_of_range": QT_TRANSLATE_NOOP(
        "IntakeWizard", "Row {0}: the age must be between 0 and 129."
    ),
    "domain_unknown": QT_TRANSLATE_NOOP("IntakeWizard", "“{0}” is not a domain we know."),
    "need_level_unknown": QT_TRANSLATE_NOOP(
        "IntakeWizard", "{0}: choose a need level from the list."
    ),
    "priority_out_of_range": QT_TRANSLATE_NOOP(
        "IntakeWizard", "{0}: her priority goes from 1 (most important) to 5."
    ),
    "need_level_missing": QT_TRANSLATE_NOOP(
        "IntakeWizard", "{0}: no need level is chosen; it will be saved as “No need”."
    ),
    "no_strength": QT_TRANSLATE_NOOP(
        "IntakeWizard",
        "No strength is noted yet. Every woman has some: go through the list with her.",
    ),
    "goal_domain_unknown": QT_TRANSLATE_NOOP(
        "IntakeWizard", "Goal {0}: choose a domain from the list, or none."
    ),
    "person_name_missing": QT_TRANSLATE_NOOP(
        "IntakeWizard", "Row {0} has no name: write at least a first name or the service."
    ),
    "page_has_errors": QT_TRANSLATE_NOOP(
        "IntakeWizard", "The page “{0}” still has a problem: go back to it."
    ),
}

_DOMAIN_DETAILS = {"domain_unknown", "need_level_unknown", "priority_out_of_range"}


def page_title(key: str) -> str:
    source = _PAGE_TITLES.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def problem_sentence(problem: Problem) -> str:
    """The worker's sentence for a problem code; unknown codes are shown as they are."""
    source = _PROBLEMS.get(problem.code)
    if source is None:
        return problem.code
    detail = problem.detail or ""
    if problem.code == "page_has_errors":
        detail = page_title(detail)
    elif problem.code in _DOMAIN_DETAILS | {"need_level_missing"} and detail:
        detail = domain_label(detail)
    return QCoreApplication.translate(CONTEXT, source).format(detail)


def note_label(text: str) -> QLabel:
    """A wrapped explanation; long sentences never widen the wizard."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def heading_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class IntakePage(FlowPage):
    """A page of the intake. Adds a note on pages she declined (so the worker knows why
    the page is empty), and puts the cursor in the field of the first problem shown."""

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__(title, subtitle)
        self.field_widgets: dict[str, QWidget] = {}
        self.declined_note = note_label(
            self.tr(
                "She preferred not to answer this page. What is typed here now will be "
                "saved as her answer."
            )
        )
        self.declined_note.setObjectName("declinedNote")
        self.declined_note.hide()
        self.body.addWidget(self.declined_note)
        font = self.problems.font()
        font.setBold(True)
        self.problems.setFont(font)

    def initializePage(self) -> None:
        flow = self.flow_wizard.flow
        if self.key not in flow.values:
            self.show_values({})  # a declined page shows what is kept: nothing
        super().initializePage()
        self.show_declined_state()

    def show_declined_state(self) -> None:
        """Called on entering the page both ways (Back does not initialise a page)."""
        self.declined_note.setVisible(self.flow_wizard.flow.is_declined(self.key))

    def problem_text(self, problem: Problem) -> str:
        return problem_sentence(problem)

    def show_problems(self, problems: list[Problem]) -> None:
        self._show_problems(problems)

    def _show_problems(self, problems: list[Problem], note: bool = False) -> None:
        super()._show_problems(problems, note)
        target = next((self.field_widgets.get(p.field or "") for p in problems), None)
        if target is not None and not note:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


@dataclass(frozen=True)
class RowColumn:
    """One column of a `RowTable`.

    kind: "text", "number" (a whole number, blank allowed), "check", "choice" (one of
    `choices`, (value, label) pairs, or none) or "suggest" (free text with `choices`
    offered as (id, name); the id of a name picked from them goes into `id_key`).
    """

    key: str
    title: str
    kind: str = "text"
    stretch: int = 0
    choices: tuple[tuple[str, str], ...] = ()
    id_key: str = ""
    default: bool = False
    placeholder: str = ""


class RowTable(QWidget):
    """Rows of editors under column titles, with Add and a Remove button per row."""

    def __init__(
        self,
        columns: Sequence[RowColumn],
        add_text: str,
        name: str,
        visible_rows: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.name = name
        # Rows are made after the page's other fields, so Qt would put them last in the
        # Tab order: they are chained after this hidden first child instead (it must
        # accept focus, or setTabOrder ignores it; hidden, Tab never stops on it).
        self._tab_anchor = QWidget(self)
        self._tab_anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._tab_anchor.hide()
        self._rows: list[dict[str, QWidget]] = []
        self._removers: list[QPushButton] = []
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(4)
        for column, spec in enumerate(self.columns):
            title = QLabel(spec.title)
            title.setWordWrap(True)  # a longer language wraps it rather than widen the row
            self._grid.addWidget(title, 0, column, Qt.AlignmentFlag.AlignBottom)
            self._grid.setColumnStretch(column, spec.stretch)
        self._grid.setRowStretch(1000, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self._grid_host)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        line = QLineEdit().sizeHint().height() + 4
        self.scroll.setMinimumHeight(line * (visible_rows + 1))
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self._add_and_focus)
        self._grid.addWidget(self.add_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    # --- rows -------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._rows)

    def editor(self, row: int, key: str) -> QWidget:
        return self._rows[row][key]

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        editors = {spec.key: self._make_editor(spec) for spec in self.columns}
        remover = QPushButton(self.tr("Remove"))
        remover.clicked.connect(lambda: self.remove_row(self._removers.index(remover)))
        self._rows.append(editors)
        self._removers.append(remover)
        self._set_row(editors, values or {})
        self._relayout()
        for widget in [*editors.values(), remover]:
            widget.show()  # now, not at the next event loop turn: Add then types at once
        return len(self._rows) - 1

    def remove_row(self, row: int) -> None:
        editors, remover = self._rows.pop(row), self._removers.pop(row)
        for widget in [*editors.values(), remover]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        if self._rows:
            self._first(min(row, len(self._rows) - 1)).setFocus()
        else:
            self.add_button.setFocus()

    def rows(self) -> list[dict[str, Any]]:
        """The rows with something typed in them, as plain values."""
        found = []
        for editors in self._rows:
            row: dict[str, Any] = {}
            for spec in self.columns:
                row.update(self._read(spec, editors[spec.key]))
            typed = [row[s.key] for s in self.columns if s.kind != "check"]
            if any(value not in ("", None) for value in typed):
                found.append(row)
        return found

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Show saved rows, plus one empty row to type into."""
        while self._rows:
            self.remove_row(len(self._rows) - 1)
        for values in rows:
            self.add_row(values)
        self.add_row()

    # --- inside -----------------------------------------------------------------------
    def _add_and_focus(self) -> None:
        row = self.add_row()
        self._first(row).setFocus()
        self.scroll.ensureWidgetVisible(self._removers[row])

    def _first(self, row: int) -> QWidget:
        return self._rows[row][self.columns[0].key]

    def _make_editor(self, spec: RowColumn) -> QWidget:
        if spec.kind == "check":
            return QCheckBox()
        if spec.kind in ("choice", "suggest"):
            box = QComboBox()
            if spec.kind == "choice":
                box.addItem(self.tr("—"), "")
            box.setEditable(spec.kind == "suggest")
            for value, label in spec.choices:
                box.addItem(label, value)
            if spec.kind == "suggest":
                box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                box.setCurrentIndex(-1)
                completer = box.completer()
                if completer is not None:
                    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                    completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
                line = box.lineEdit()
                if line is not None and spec.placeholder:
                    line.setPlaceholderText(spec.placeholder)
            return box
        edit = QLineEdit()
        if spec.placeholder:
            edit.setPlaceholderText(spec.placeholder)
        if spec.kind == "number":
            edit.setValidator(QIntValidator(0, 999, edit))
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000") + 24)
        return edit

    def _set_row(self, editors: dict[str, QWidget], values: dict[str, Any]) -> None:
        for spec in self.columns:
            widget, value = editors[spec.key], values.get(spec.key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(spec.default if value is None else bool(value))
            elif isinstance(widget, QComboBox) and spec.kind == "choice":
                widget.setCurrentIndex(max(widget.findData(value or ""), 0))
            elif isinstance(widget, QComboBox):
                widget.setEditText(str(value or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))

    def _read(self, spec: RowColumn, widget: QWidget) -> dict[str, Any]:
        if isinstance(widget, QCheckBox):
            return {spec.key: widget.isChecked()}
        if isinstance(widget, QComboBox) and spec.kind == "choice":
            return {spec.key: widget.currentData() or ""}
        if isinstance(widget, QComboBox):
            typed = widget.currentText().strip()
            picked = next(
                (value for value, label in spec.choices if label.casefold() == typed.casefold()),
                None,
            )
            return {spec.key: typed, spec.id_key: picked} if spec.id_key else {spec.key: typed}
        assert isinstance(widget, QLineEdit)
        typed = widget.text().strip()
        if spec.kind == "number":
            return {spec.key: int(typed) if typed.isdigit() else (typed or None)}
        return {spec.key: typed}

    def _relayout(self) -> None:
        """Put the rows back in order after an add or remove, with names that say which
        row a field is in, and Tab going row by row, then to Add."""
        previous = self._tab_anchor
        for number, (editors, remover) in enumerate(zip(self._rows, self._removers, strict=True)):
            for column, spec in enumerate(self.columns):
                widget = editors[spec.key]
                self._grid.addWidget(widget, number + 1, column)
                widget.setAccessibleName(self.tr("{0}, row {1}").format(spec.title, number + 1))
                QWidget.setTabOrder(previous, widget)
                previous = widget
            self._grid.addWidget(remover, number + 1, len(self.columns))
            remover.setAccessibleName(
                self.tr("Remove row {0} of {1}").format(number + 1, self.name)
            )
            QWidget.setTabOrder(previous, remover)
            previous = remover
        # Add sits right under the last row, where the eye already is.
        self._grid.addWidget(self.add_button, len(self._rows) + 1, 0, Qt.AlignmentFlag.AlignLeft)
        QWidget.setTabOrder(previous, self.add_button)
