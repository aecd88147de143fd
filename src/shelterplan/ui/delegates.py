"""Cell editors shared by the item views: a date picker and a choice of stored values.

Both read the current value from the model and write through `model.setData`, so a model
decides what an edit means (the plan model turns it into an undoable command).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex

# The lowest date of a clearable editor stands for "no date" (shown as special text).
_NO_DATE = QDate(1900, 1, 1)


def editor_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (two digits are ambiguous)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # the C locale's "d MM yyyy" reads like a typo
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


class _DateEdit(QDateEdit):
    """A date editor where Delete clears the date, when clearing is allowed."""

    def __init__(self, parent: QWidget | None, clearable: bool) -> None:
        super().__init__(parent)
        self.clearable = clearable

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            self.clearable
            and event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.setDate(self.minimumDate())
            return
        super().keyPressEvent(event)


class DateDelegate(QStyledItemDelegate):
    """Edits a QDate held in `date_role`; writes a QDate, or None when cleared."""

    def __init__(
        self,
        date_role: int,
        parent: QWidget | None = None,
        clearable: bool = True,
        today: Callable[[], QDate] = QDate.currentDate,
    ) -> None:
        super().__init__(parent)
        self._date_role = date_role
        self._clearable = clearable
        self._today = today

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = _DateEdit(parent, self._clearable)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(editor_date_format())
        editor.setAccessibleName(self.tr("Date"))
        if self._clearable:
            editor.setMinimumDate(_NO_DATE)
            editor.setSpecialValueText(self.tr("No date"))
            editor.setToolTip(self.tr("Press Delete for no date."))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(self._date_role)
        if isinstance(value, QDate) and value.isValid():
            editor.setDate(value)
        elif self._clearable:
            editor.setDate(_NO_DATE)
        else:
            editor.setDate(self._today())
        # The calendar opens on the shown month; with no date, start it on this month.
        if editor.date() == _NO_DATE and editor.calendarWidget() is not None:
            editor.calendarWidget().setSelectedDate(self._today())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QDateEdit)
        chosen = editor.date()
        cleared = self._clearable and chosen == _NO_DATE
        model.setData(index, None if cleared else chosen, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        # Wide enough for the whole date even when the column is sized to a short one.
        rect = option.rect  # type: ignore[attr-defined]
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


class _ChoiceBox(QComboBox):
    """A combo whose arrow keys open the list instead of silently changing the value.

    The delegate commits on `activated`; without this, arrowing past "Done" on the way to
    "Missed" would already mark the step done.
    """

    _OPENING_KEYS = frozenset(
        {
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        }
    )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in self._OPENING_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.showPopup()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling the view over an open editor must not change the value


class ChoiceDelegate(QStyledItemDelegate):
    """Picks one stored value from (value, translated label) pairs; edits EditRole.

    `choices` is called each time an editor opens, so labels follow the screen language.
    """

    def __init__(
        self,
        choices: Callable[[], Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
        accessible_name: str = "",
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._accessible_name = accessible_name

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = _ChoiceBox(parent)
        for value, label in self._choices():
            editor.addItem(label, value)
        if self._accessible_name:
            editor.setAccessibleName(self._accessible_name)
        # Picking from the list (or typing the first letter) is a decision: commit it.
        editor.activated.connect(lambda _row: self._commit_and_close(editor))
        return editor

    def _commit_and_close(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(row, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
