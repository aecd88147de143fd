"""Draw on a signature pad with synthetic mouse events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def draw(pad: QWidget, points: list[tuple[int, int]]) -> None:
    """One stroke with the left button through `points` (pixels of the pad)."""
    first, *rest = [QPoint(x, y) for x, y in points]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    for point in rest:
        QTest.mouseMove(pad, point)
    last = rest[-1] if rest else first
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, last)
