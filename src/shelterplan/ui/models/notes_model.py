"""The case notes as a timeline, newest first.

The model holds plain `NoteEntry` rows fetched in one short session by the Notes tab;
it never talks to the store itself, so nothing stays open while the worker writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from shelterplan.core.workspace import NoteEntry
from shelterplan.ui.vocab_labels import utc_datetime_text

Index = QModelIndex | QPersistentModelIndex


class NoteRole(IntEnum):
    NoteIdRole = Qt.ItemDataRole.UserRole + 1
    HeaderRole = Qt.ItemDataRole.UserRole + 2  # "date · worker"
    BodyRole = Qt.ItemDataRole.UserRole + 3
    WrittenAtRole = Qt.ItemDataRole.UserRole + 4  # UTC datetime, as stored
    WorkerRole = Qt.ItemDataRole.UserRole + 5


NoteIdRole = NoteRole.NoteIdRole
HeaderRole = NoteRole.HeaderRole
BodyRole = NoteRole.BodyRole
WrittenAtRole = NoteRole.WrittenAtRole
WorkerRole = NoteRole.WorkerRole


class NotesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[NoteEntry] = []

    def load(self, entries: Sequence[NoteEntry]) -> None:
        """Show these notes; the caller fetched them newest first."""
        self.beginResetModel()
        self._notes = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.load([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def header_text(self, note: NoteEntry) -> str:
        when = utc_datetime_text(note.written_at)
        if not note.worker_name:
            return when
        return self.tr("{0} · {1}").format(when, note.worker_name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(note) + "\n" + note.body
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.header_text(note) + ". " + note.body
        if role == NoteIdRole:
            return note.note_id
        if role == HeaderRole:
            return self.header_text(note)
        if role == BodyRole:
            return note.body
        if role == WrittenAtRole:
            return note.written_at
        if role == WorkerRole:
            return note.worker_name
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({int(role): role.name.encode() for role in NoteRole})
        return names
