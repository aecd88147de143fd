"""The Notes tab: write a note in place, see the timeline (newest first) below it.

Saving opens one short session around `core.cases.add_note` and closes it; the worker
can take as long as she likes over the words without holding the database open.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import cases, workspace
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.models.notes_model import BodyRole, HeaderRole, NotesModel

PADDING = 8


class NoteEditor(QPlainTextEdit):
    """A plain-text editor where Ctrl+Return (or Ctrl+Enter) adds the note."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class NoteDelegate(QStyledItemDelegate):
    """Paints a note as a small bold "date · worker" line over its wrapped body."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        header = QFont(option.font)
        header.setBold(True)
        return header, QFont(option.font)

    def _text_width(self) -> int:
        return max(self._view.viewport().width() - 2 * PADDING, 80)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        header_font, body_font = self._fonts(option)
        width = self._text_width()
        body = QFontMetrics(body_font).boundingRect(
            QRect(0, 0, width, 100_000),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data(BodyRole) or ""),
        )
        height = QFontMetrics(header_font).height() + 4 + body.height() + 2 * PADDING
        return QSize(width, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self._view)
        header_font, body_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        colour = palette.highlightedText() if selected else palette.text()
        painter.save()
        painter.setPen(colour.color())
        painter.setFont(header_font)
        header_height = QFontMetrics(header_font).height()
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), header_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(HeaderRole) or ""),
        )
        painter.setFont(body_font)
        painter.drawText(
            QRect(rect.left(), rect.top() + header_height + 4, rect.width(), rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            str(index.data(BodyRole) or ""),
        )
        painter.setPen(palette.mid().color())
        bottom = option.rect.bottom()
        painter.drawLine(option.rect.left(), bottom, option.rect.right(), bottom)
        painter.restore()


class NotesTab(QWidget):
    note_added = Signal(str)  # the new note's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesTab")
        self._desk: Desk | None = None
        self._case_id: str | None = None
        self.model = NotesModel(self)

        self.editor = NoteEditor()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Write a note…"))
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setAccessibleDescription(self.tr("Press Ctrl+Return to add the note."))
        self.editor.setTabChangesFocus(True)
        lines = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(lines * 4)
        self.editor.setMaximumHeight(lines * 8)
        self.editor.submitted.connect(self.add_note)

        self.add_button = QPushButton(self.tr("&Add note"))
        self.add_button.setObjectName("addNoteButton")
        self.add_button.setToolTip(self.tr("Add the note (Ctrl+Return)"))
        self.add_button.clicked.connect(self.add_note)
        self.message = QLabel()
        self.message.setObjectName("notesMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        self.timeline = QListView()
        self.timeline.setObjectName("notesTimeline")
        self.timeline.setAccessibleName(self.tr("Notes, newest first"))
        self.timeline.setModel(self.model)
        self.timeline.setItemDelegate(NoteDelegate(self.timeline))
        self.timeline.setWordWrap(True)
        self.timeline.setUniformItemSizes(False)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        write_heading = QLabel(self.tr("&Write a note"))
        write_heading.setBuddy(self.editor)
        timeline_heading = QLabel(self.tr("&Timeline — newest first"))
        timeline_heading.setBuddy(self.timeline)
        for heading in (write_heading, timeline_heading):
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            heading.setFont(font)
        self.empty_note = QLabel(self.tr("No notes yet."))
        self.empty_note.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(write_heading)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(timeline_heading)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.timeline, 1)
        self.setTabOrder(self.editor, self.add_button)
        self.setTabOrder(self.add_button, self.timeline)

    def load(self, desk: Desk, case_id: str) -> None:
        """Show a case's notes; a note being written for this same case is kept."""
        if case_id != self._case_id or desk is not self._desk:
            self.clear()
        self._desk, self._case_id = desk, case_id
        try:
            self._reload()
        except Exception:
            self.clear()  # a failed load shows nothing rather than stale notes
            raise

    def _reload(self) -> None:
        if self._desk is None or self._case_id is None:
            return
        with self._desk.session() as session:
            entries = workspace.notes_timeline(session, self._desk.actor, self._case_id)
        self.model.load(entries)
        self.empty_note.setVisible(not entries)

    def clear(self) -> None:
        """Remove every client detail, including a note not yet added."""
        self._desk, self._case_id = None, None
        self.model.clear()
        self.editor.clear()
        self.message.clear()
        self.empty_note.setVisible(False)

    def take_draft(self) -> str:
        """The note being written, removed from the editor (e.g. to keep it before a lock)."""
        draft = self.editor.toPlainText()
        self.editor.clear()
        return draft

    def add_note(self) -> None:
        if self._desk is None or self._case_id is None:
            return
        body = self.editor.toPlainText()
        if not body.strip():
            self.message.setText(self.tr("The note is empty, so nothing was saved."))
            self.editor.setFocus()
            return
        try:
            with self._desk.session() as session:
                note_id = cases.add_note(session, self._desk.actor, self._case_id, body).id
        except ShelterplanError as error:
            self.message.setText(
                self.tr("The note was not saved: {0} Your text is still here.").format(error)
            )
            return
        self.editor.clear()
        self.message.setText(self.tr("Note added."))
        self._reload()
        self.timeline.setCurrentIndex(self.model.index(0, 0))
        self.editor.setFocus()
        self.note_added.emit(note_id)
