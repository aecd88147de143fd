"""One way to tell the worker something, so wording stays consistent and tests can answer.

Tests replace `Messages.ask` / `Messages.show` (monkeypatch) instead of leaving a modal
box waiting.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class Kind(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Messages:
    @staticmethod
    def show(parent: QWidget | None, kind: Kind, title: str, text: str) -> None:
        icon = {
            Kind.INFO: QMessageBox.Icon.Information,
            Kind.WARNING: QMessageBox.Icon.Warning,
            Kind.ERROR: QMessageBox.Icon.Critical,
        }[kind]
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.exec()

    @staticmethod
    def ask(parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True means yes."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
        """Several answers (the first is the default); returns the index chosen, or -1."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
        if buttons:
            box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else -1
