"""Every wizard page, every dialog and every main screen: each control has a name a screen
reader can say, and Tab goes through them in reading order without getting stuck.

The rules are in tests/ui/a11y_checks.py; the screens are opened by a11y_scenes.py.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

import shelterplan.ui
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from tests.helpers.desk import unlock_as_admin
from tests.ui import a11y_scenes as scenes
from tests.ui.a11y_checks import backward, backward_jumps, focus_chain, nameless


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda *_args: False))
    monkeypatch.setattr(Messages, "show", staticmethod(lambda *_args: None))


@pytest.fixture
def scene(store: CaseStore) -> tuple[Desk, dict[str, str]]:
    ids = scenes.synthetic_case(store, date.today())
    return Desk.for_store(store), ids


def tab_traps(window: QWidget) -> list[str]:
    """Controls that keep Tab for themselves instead of moving on: a text box typing a tab
    character, a table moving cell by cell (arrows move in it; Tab must leave it)."""
    return [
        f"{type(w).__name__} {w.objectName()!r} keeps Tab"
        for w in focus_chain(window)
        if (
            isinstance(w, (QPlainTextEdit, QTextEdit))
            and not w.isReadOnly()
            and not w.tabChangesFocus()
        )
        or (isinstance(w, QAbstractItemView) and w.tabKeyNavigation())
    ]


def problems_in(window: QWidget) -> list[str]:
    return (
        [f"no name: {n}" for n in nameless(window)]
        + [f"tab order: {j}" for j in backward_jumps(window)]
        + tab_traps(window)
    )


# --- the rule itself ----------------------------------------------------------------------
def test_the_reading_order_rule():
    field = QRect(200, 100, 300, 22)
    assert backward(field, QRect(200, 130, 300, 22)) is None  # the next row
    assert backward(field, QRect(20, 130, 150, 22)) is None  # next line, from its start
    assert backward(field, QRect(520, 100, 80, 22)) is None  # right, same line
    assert backward(field, QRect(520, 10, 300, 22)) is None  # the top of a new column
    assert backward(field, QRect(200, 60, 300, 22)) == "goes up"
    assert backward(field, QRect(20, 60, 150, 22)) == "goes up"
    assert backward(field, QRect(20, 102, 150, 22)) == "goes left on the same line"


# --- the walks ----------------------------------------------------------------------------
def test_every_wizard_page(qtbot, scene):
    desk, ids = scene
    seen: list[str] = []
    found: dict[str, list[str]] = {}
    for name, wizard in scenes.wizard_pages(desk, ids, qtbot.addWidget):
        seen.append(name)
        if problems := problems_in(wizard):
            found[name] = problems
    assert found == {}
    for wizard in ("intake", "goal", "step", "review"):
        assert sum(name.startswith(f"{wizard}/") for name in seen) >= 2, seen
    assert len(seen) == 9 + 6 + 2 + 6  # every page of the four wizards, the last included


def test_every_dialog(qtbot, scene):
    desk, ids = scene
    found: dict[str, list[str]] = {}
    for name, dialog in scenes.dialogs(desk, desk, ids, qtbot.addWidget):
        if problems := problems_in(dialog):
            found[name] = problems
    assert found == {}


def test_the_walk_opens_every_dialog_the_app_defines():
    walked = set(scenes.dialog_classes())
    defined = {cls.__qualname__ for cls in _dialog_classes()}
    assert defined - walked == set(), "add these dialogs to tests/ui/a11y_scenes.py"


def _dialog_classes() -> set[type]:
    """Every QDialog (not wizard) the app defines, found by importing every ui module."""
    for module in pkgutil.walk_packages(shelterplan.ui.__path__, "shelterplan.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo = [QDialog]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            ours = sub.__module__.startswith("shelterplan.ui") and not sub.__name__.startswith("_")
            if ours and not issubclass(sub, QWizard):
                found.add(sub)
    return found


def test_every_main_screen(qtbot, window, filled):
    found: dict[str, list[str]] = {}
    found["unlock"] = problems_in(window)
    unlock_as_admin(qtbot, window)
    found["caseload"] = problems_in(window)
    window.desk.setCurrentIndex(window.TODAY)
    found["today"] = problems_in(window)
    window.open_case(next(iter(filled.values())))
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        found[tabs.tabText(index).replace("&", "")] = problems_in(window)
    assert {screen: p for screen, p in found.items() if p} == {}
