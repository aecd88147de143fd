"""Every control a worker can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from shelterplan.ui.main_window import MainWindow
from tests.helpers.desk import unlock_as_admin

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _nameless(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), (QTabBar, QComboBox, QAbstractSpinBox, QAbstractItemView)):
            continue  # parts of a composite control that is itself named
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if text.strip() or widget.accessibleName().strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_unlock_screen_controls_are_named(qtbot, filled, store_folder):
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    assert _nameless(window) == []


def test_desk_and_every_case_tab_have_named_controls(qtbot, window, filled):
    unlock_as_admin(qtbot, window)
    problems = {"caseload": _nameless(window)}
    window.desk.setCurrentIndex(window.TODAY)
    problems["today"] = _nameless(window)
    window.open_case(next(iter(filled.values())))
    for index in range(window.workspace.tabs.count()):
        window.workspace.tabs.setCurrentIndex(index)
        problems[window.workspace.tabs.tabText(index)] = _nameless(window)
    assert {k: v for k, v in problems.items() if v} == {}
