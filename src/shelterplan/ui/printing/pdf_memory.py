"""A `QPdfDocument` that reads PDF bytes from memory, never from a temporary file.

`QPdfDocument.load(QIODevice)` keeps reading the device after `load()` returns, so the
`QByteArray` and the `QBuffer` over it must live as long as the document shows them.
This class keeps the three together and lets them go in the right order.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtPdf import QPdfDocument


class PdfInMemory:
    def __init__(self, parent: QObject | None = None) -> None:
        self.document = QPdfDocument(parent)
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None

    def load(self, data: bytes) -> bool:
        """Show `data`; False (and nothing loaded) when it is not a readable PDF."""
        self.close()
        self._bytes = QByteArray(data)
        # A child of the document, so that if Qt deletes the document first the buffer
        # still outlives it; `close()` hands it back to Python to be freed.
        self._buffer = QBuffer(self._bytes, self.document)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ready = (
            self.document.status() == QPdfDocument.Status.Ready
            and self.document.error() == QPdfDocument.Error.None_
            and self.document.pageCount() > 0
        )
        if not ready:
            self.close()
        return ready

    def page_count(self) -> int:
        if self._buffer is None:
            return 0
        return max(self.document.pageCount(), 0)

    def close(self) -> None:
        """Unload the document first, then drop the buffer it was reading."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setParent(None)
        self._buffer = None
        self._bytes = None
