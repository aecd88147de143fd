"""Widgets the planning wizards share: a list of records with a detail form, a date that
may be left out, and combos of stored values.

A wizard page holds lists (intermediate goals, options, steps) as plain dicts, the way
the core flow keeps them. `RecordList` shows one line per record and edits the selected
one in a form beside it; Add, Remove and the Delete key work from the keyboard, and a new
record puts the cursor straight into the form's first field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from shelterplan.core.vocab import Domain
from shelterplan.ui.delegates import editor_date_format
from shelterplan.ui.vocab_labels import domain_label

Record = dict[str, Any]


class RecordForm(QWidget):
    """The detail form of a `RecordList`. Subclasses emit `edited` on every change."""

    edited = Signal()

    def show_record(self, record: Record) -> None:
        raise NotImplementedError

    def read_record(self) -> Record:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError


class _RecordListWidget(QListWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class RecordList(QWidget):
    """Records on the left, the selected one's form on the right."""

    changed = Signal()

    def __init__(
        self,
        form: RecordForm,
        describe: Callable[[Record], str],
        blank: Callable[[list[Record]], Record],
        add_text: str,
        remove_text: str,
        list_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = form
        self._describe = describe
        self._blank = blank
        self._records: list[Record] = []
        self._showing = -1
        self._loading = False

        self.list = _RecordListWidget()
        self.list.setAccessibleName(list_name)
        self.list.setWordWrap(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(form)
        right.addStretch(1)  # the form stays at the top, its fields their natural height
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.setTabOrder(self.list, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, form.first_field())

        self.list.currentRowChanged.connect(self._on_row)
        self.list.delete_pressed.connect(self.remove)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        form.edited.connect(self._on_edited)
        self._on_row(-1)

    # --- values -----------------------------------------------------------------------
    def records(self) -> list[Record]:
        """Every record, with what the form holds right now."""
        self._store_form()
        return [dict(record) for record in self._records]

    def set_records(self, records: Sequence[Record], current: int = 0) -> None:
        self._showing = -1
        self._records = [dict(record) for record in records]
        row = min(max(current, 0), len(self._records) - 1)
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self._describe(record) for record in self._records])
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._on_row(row)

    def current_row(self) -> int:
        return self._showing

    # --- editing ----------------------------------------------------------------------
    def add(self) -> None:
        self._store_form()
        self._records.append(self._blank(self.records()))
        self.list.addItem(self._describe(self._records[-1]))
        self.list.setCurrentRow(len(self._records) - 1)
        self.form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self._showing = -1  # the form's contents belong to the record going away
        del self._records[row]
        self.list.takeItem(row)
        self._on_row(self.list.currentRow())
        (self.list if self._records else self.add_button).setFocus()
        self.changed.emit()

    def _store_form(self) -> None:
        if 0 <= self._showing < len(self._records):
            self._records[self._showing] = {
                **self._records[self._showing],
                **self.form.read_record(),
            }

    def _on_row(self, row: int) -> None:
        self._store_form()
        self._showing = row if 0 <= row < len(self._records) else -1
        self._loading = True
        try:
            self.form.show_record(self._records[row] if self._showing >= 0 else self._blank([]))
        finally:
            self._loading = False
        self.form.setEnabled(self._showing >= 0)
        self.remove_button.setEnabled(self._showing >= 0)

    def _on_edited(self) -> None:
        if self._loading or self._showing < 0:
            return
        self._store_form()
        item = self.list.item(self._showing)
        if item is not None:
            item.setText(self._describe(self._records[self._showing]))
        self.changed.emit()


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box turns the calendar field on."""

    changed = Signal()

    def __init__(self, check_text: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(editor_date_format())
        self.edit.setAccessibleName(check_text)
        self._default = _qdate(default)
        self.edit.setDate(self._default)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> str | None:
        """ISO text, as the flow keeps dates, or None when no date is set."""
        if not self.check.isChecked():
            return None
        return self.edit.date().toString(Qt.DateFormat.ISODate)

    def set_value(self, value: str | None) -> None:
        chosen = QDate.fromString(value or "", Qt.DateFormat.ISODate)
        self.blockSignals(True)
        self.check.setChecked(chosen.isValid())
        self.edit.setDate(chosen if chosen.isValid() else self._default)
        self.blockSignals(False)


def give_body_the_room(page: QWizardPage) -> None:
    """Lists grow with the window: the page's body, not the spacer under it, takes the
    height left (the problems stay at the bottom)."""
    layout = page.layout()
    if isinstance(layout, QBoxLayout):
        for index in range(layout.count()):
            item = layout.itemAt(index)
            layout.setStretch(index, 1 if item is not None and item.layout() is not None else 0)


def domain_combo(no_domain_text: str, accessible_name: str) -> QComboBox:
    """A combo of the domains of her situation; the first entry stands for none."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.addItem(no_domain_text, None)
    for domain in Domain:
        combo.addItem(domain_label(domain), domain.value)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the entry holding `value` (the first entry if none does)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
