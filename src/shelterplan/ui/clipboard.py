"""Copying case text to the clipboard, and taking it back on lock or after a minute.

Only text this app put there is cleared: if the worker has since copied something else,
it is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 60_000


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SensitiveClipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLEAR_AFTER_MS)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._ours = _digest(text)
        self._timer.start()

    def clear_if_ours(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._ours is not None and _digest(clipboard.text()) == self._ours:
            clipboard.clear()
        self._ours = None
        self._timer.stop()


_shared: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    """The app's one clipboard guard (views copy through it; the lock clears it)."""
    global _shared
    if _shared is None:
        _shared = SensitiveClipboard()
    return _shared
