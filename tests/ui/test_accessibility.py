"""Every control a worker can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from shelterplan.ui.main_window import MainWindow
from tests.helpers.desk import unlock_as_admin
from tests.ui.a11y_checks import nameless


def _nameless(root: QWidget) -> list[str]:
    """Controls shown in `root` with neither words nor an accessible name (the rule is in
    tests/ui/a11y_checks.py; the wizard pages and dialogs are walked in
    test_accessibility_walk.py)."""
    return nameless(root)


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
