"""Asks what happened when a step is marked done or missed.

The seeds ask for a recorded outcome for every step; the core refuses done/missed without
one, so the dialog asks before the edit is made and cancelling changes nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.plan_tree import PlanStep
from shelterplan.core.vocab import StepStatus
from shelterplan.ui.delegates import editor_date_format


class OutcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None, step: PlanStep, status: str, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        if status == StepStatus.MISSED:
            self.setWindowTitle(self.tr("Step missed"))
        else:
            self.setWindowTitle(self.tr("Step done"))

        action = QLabel(step.action)
        action.setObjectName("outcomeStep")
        action.setWordWrap(True)
        font = action.font()
        font.setBold(True)
        action.setFont(font)

        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setObjectName("outcomeText")
        self.outcome_edit.setAccessibleName(self.tr("What happened?"))
        self.outcome_edit.setPlaceholderText(self.tr("In a few words, what happened."))
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setMinimumHeight(90)

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("outcomeDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(editor_date_format())
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setAccessibleName(self.tr("When"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.outcome_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._accept_if_ready)

        form = QFormLayout()
        form.addRow(self.tr("&What happened?"), self.outcome_edit)
        form.addRow(self.tr("Wh&en"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(action)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.outcome_edit.setFocus()

    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self.outcome_edit.toPlainText().strip()))

    def _accept_if_ready(self) -> None:
        if self._ok.isEnabled():
            self.accept()

    def answer(self) -> tuple[str, date]:
        return self.outcome_edit.toPlainText().strip(), self.date_edit.date().toPython()  # type: ignore[return-value]

    @staticmethod
    def ask(parent: QWidget, step: PlanStep, status: str, today: date) -> tuple[str, date] | None:
        """The outcome and its date, or None when the worker cancels."""
        dialog = OutcomeDialog(parent, step, status, today)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.answer()
            return None
        finally:
            dialog.deleteLater()
