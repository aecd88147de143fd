"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt method
that returns nothing; after a few thousand calls (minutes of normal use) Python aborts
with "deallocating None". pyproject.toml excludes that release; this test keeps any
other release with the same fault out.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50
