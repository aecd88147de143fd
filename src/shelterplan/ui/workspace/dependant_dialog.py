"""The small form to add or change one child or dependant.

The dialog only collects and checks what was typed; saving is the caller's (`on_save`),
which returns a plain sentence when the store refused it. The dialog then stays open
with everything still typed, so nothing is lost to a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from shelterplan.core.household import MAX_AGE, DependantEntry

NAME_LENGTH = 200  # the columns' lengths (SQLite would not refuse longer text)
RELATIONSHIP_LENGTH = 120


@dataclass(frozen=True)
class DependantValues:
    name: str
    age: int | None
    relationship_to_her: str
    with_her: bool
    notes: str


# Saves the values; returns None when saved, or the sentence saying why not.
SaveHandler = Callable[[DependantValues], str | None]


def _room_for_hint(edit: QLineEdit) -> int:
    """The width that shows a field's placeholder whole (frame and margins included)."""
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16


class DependantDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, entry: DependantEntry | None, on_save: SaveHandler
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dependantDialog")
        self.setWindowTitle(
            self.tr("Edit a child or dependant") if entry else self.tr("Add a child or dependant")
        )
        self._on_save = on_save

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("dependantName")
        self.name_edit.setMaxLength(NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("A first name, initials or a nickname is enough"))
        self.age_edit = QLineEdit()
        self.age_edit.setObjectName("dependantAge")
        self.age_edit.setAccessibleName(self.tr("Age in years"))
        self.age_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}")))
        self.age_edit.setPlaceholderText(self.tr("Blank if not known"))
        self.age_edit.setMaximumWidth(
            max(self.fontMetrics().horizontalAdvance("0") * 20, _room_for_hint(self.age_edit))
        )
        self.relationship_edit = QLineEdit()
        self.relationship_edit.setObjectName("dependantRelationship")
        self.relationship_edit.setMaxLength(RELATIONSHIP_LENGTH)
        self.relationship_edit.setAccessibleName(self.tr("Relationship to her"))
        self.relationship_edit.setPlaceholderText(self.tr("For example: son, daughter, niece"))
        self.with_her_box = QCheckBox(self.tr("&With her at the shelter"))
        self.with_her_box.setObjectName("dependantWithHer")
        self.with_her_box.setChecked(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("dependantNotes")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.message = QLabel()
        self.message.setObjectName("dependantMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        for edit in (self.name_edit, self.age_edit, self.relationship_edit):
            edit.setMinimumWidth(_room_for_hint(edit))  # its hint whole, in any language
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("A&ge"), self.age_edit)
        form.addRow(self.tr("&Relationship to her"), self.relationship_edit)
        form.addRow("", self.with_her_box)
        form.addRow(self.tr("N&otes"), self.notes_edit)
        form.addRow(self.message)
        form.addRow(self.buttons)
        if entry is not None:
            self._fill(entry)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def _fill(self, entry: DependantEntry) -> None:
        self.name_edit.setText(entry.name)
        self.age_edit.setText("" if entry.age is None else str(entry.age))
        self.relationship_edit.setText(entry.relationship_to_her or "")
        self.with_her_box.setChecked(entry.with_her)
        self.notes_edit.setPlainText(entry.notes or "")

    def _problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return self.tr("Write a name: a first name, initials or a nickname is enough.")
        age = self.age_edit.text().strip()
        if age and not 0 <= int(age) <= MAX_AGE:
            return self.tr("The age must be between 0 and {0}, or left blank.").format(MAX_AGE)
        return None

    def values(self) -> DependantValues:
        age = self.age_edit.text().strip()
        return DependantValues(
            name=self.name_edit.text(),
            age=int(age) if age else None,
            relationship_to_her=self.relationship_edit.text(),
            with_her=self.with_her_box.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        """Check, hand over to be saved, and close only when it was."""
        problem = self._problem() or self._on_save(self.values())
        if problem is not None:
            self._tell(problem)
            return
        self.accept()

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def forget(self) -> None:
        """Empty every field (the case is being cleared from the screen)."""
        for edit in (self.name_edit, self.age_edit, self.relationship_edit):
            edit.clear()
        self.notes_edit.clear()
        self.message.clear()
        self.setWindowTitle("")
