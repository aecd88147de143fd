"""Focus is always visible: Tab through each main screen, wizard page and dialog, and
every control looks different once it has the focus.

Each control is grabbed (with a margin round it, where a focus ring is drawn) while the
focus is elsewhere, then again after Tab put the focus on it, as a worker would see it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from shelterplan.store.casestore import CaseStore
from shelterplan.ui.accessibility import FocusRing, install_focus_ring, uninstall_focus_ring
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from tests.helpers.desk import unlock_as_admin
from tests.ui import a11y_scenes as scenes
from tests.ui.a11y_checks import describe, focus_chain, rect_in

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "accessibility"
MARGIN = 3  # pixels round a control: a focus ring may be drawn just outside it
ENOUGH = 30  # changed pixels: a frame round the smallest check box is more than this


@pytest.fixture(autouse=True)
def ring(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As the app starts: the focus ring installed; no message box ever waits."""
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda *_args: False))
    monkeypatch.setattr(Messages, "show", staticmethod(lambda *_args: None))
    install_focus_ring(qapp)
    yield
    uninstall_focus_ring(qapp)


@pytest.fixture
def scene(store: CaseStore) -> tuple[Desk, dict[str, str]]:
    ids = scenes.synthetic_case(store, date.today())
    return Desk.for_store(store), ids


def changed_pixels(before: QImage, after: QImage) -> int:
    """How many pixels differ (counted by the bytes that differ, three per pixel)."""
    assert not before.isNull() and not after.isNull(), "nothing drawn"
    if before.size() != after.size():
        return before.width() * before.height()
    fmt = QImage.Format.Format_RGB888
    old, new = (bytes(i.convertToFormat(fmt).constBits()) for i in (before, after))
    xor = (int.from_bytes(old, "big") ^ int.from_bytes(new, "big")).to_bytes(len(old), "big")
    return (len(xor) - xor.count(0)) // 2  # a changed pixel mostly changes 2 or 3 bytes


def _region(widget: QWidget, window: QWidget) -> QImage:
    """The control and a margin round it, drawn by its parent (with a ring beside it, and
    even where a scroll area has it out of sight)."""
    QApplication.processEvents()
    parent = widget.parentWidget() or window
    rect = widget.geometry().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return parent.grab(rect).toImage()


def _tab(widget: QWidget) -> None:
    """Tab once, as a worker does; a date field first takes Tab from day to month to
    year (Qt's own way), then lets it go."""
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    for _section in range(6):
        if QApplication.focusWidget() is not widget or not isinstance(widget, QDateTimeEdit):
            return
        QTest.keyClick(widget, Qt.Key.Key_Tab)


def unseen_focus(qtbot, window: QWidget, shot: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Controls that look the same with and without the focus, Tab by Tab."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    chain = focus_chain(window)
    if len(chain) < 2:
        return []
    chain[-1].setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(chain[-1], Qt.Key.Key_Tab)  # as by keyboard: styles show it then
    assert QApplication.focusWidget() is chain[0], describe(QApplication.focusWidget())
    unfocused = {id(w): _region(w, window) for w in chain[1:]}
    problems = []
    for number in range(1, len(chain) + 1):
        _tab(QApplication.focusWidget())
        widget = chain[number % len(chain)]
        if number == 1:
            unfocused[id(chain[0])] = _region(chain[0], window)
        if QApplication.focusWidget() is not widget:
            problems.append(
                f"Tab went to {describe(QApplication.focusWidget())}, not {describe(widget)}"
            )
            break
        focused = _region(widget, window)
        if shot is not None and not isinstance(widget, QTabBar):
            SHOTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(SHOTS / f"focus_{shot}.png"))  # its first control
            shot = None
        if changed_pixels(unfocused[id(widget)], focused) < ENOUGH:
            problems.append(f"{describe(widget)} looks the same focused")
    return problems


def test_the_style_is_the_one_measured():
    assert QApplication.style().name().lower() == "fusion"


def test_focus_shows_on_the_main_screens(qtbot, window, filled):
    found = {"unlock": unseen_focus(qtbot, window, "unlock")}
    unlock_as_admin(qtbot, window)
    found["caseload"] = unseen_focus(qtbot, window, "caseload")
    window.desk.setCurrentIndex(window.TODAY)
    found["today"] = unseen_focus(qtbot, window, "today")
    window.open_case(next(iter(filled.values())))
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        name = tabs.tabText(index).replace("&", "")
        found[name] = unseen_focus(qtbot, window, f"case_{index}")
    assert {screen: p for screen, p in found.items() if p} == {}
    for splitter in window.findChildren(QSplitter):  # the Assessment tab has one
        assert not [w for w in splitter.children() if w.objectName() == "focusRing"]
        assert splitter.count() == 2


def _tab_until(start: QWidget, wanted: QWidget, most: int = 60) -> list[str]:
    """Tab from `start` until `wanted` has the focus; the stops on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[str] = []
    while QApplication.focusWidget() is not wanted and len(stops) < most:
        focused = QApplication.focusWidget()
        assert focused is not None, stops
        _tab(focused)
        stops.append(describe(QApplication.focusWidget()))
    return stops


def test_toolbar_buttons_are_reached_by_tab_as_they_stand_on_the_screen(qtbot, window, filled):
    """Agency details, Retention, Mark as signed and Agency copy only have no shortcut:
    Tab is how a worker without a mouse reaches them."""
    unlock_as_admin(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    agency = window.toolbar.widgetForAction(window.agency_action)
    retention = window.toolbar.widgetForAction(window.retention_action)
    assert agency is not None and retention is not None
    stops = _tab_until(window.caseload.search_edit, agency)
    assert QApplication.focusWidget() is agency, stops
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "focus_toolbar_button.png"))
    _tab(agency)
    assert QApplication.focusWidget() is retention
    opened: list[str] = []

    def close_what_opened() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            opened.append(type(modal).__name__)
            modal.close()

    QTimer.singleShot(300, close_what_opened)
    QTest.keyClick(retention, Qt.Key.Key_Space)  # as a keyboard user opens it
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert opened == ["RetentionDialog"]

    window.open_case(next(iter(filled.values())))
    plan = window.workspace.plan
    window.workspace.tabs.setCurrentWidget(plan)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    sign = plan.print_toolbar.widgetForAction(plan.sign_action)
    new_goal = plan.toolbar.widgetForAction(plan.new_goal_action)
    stops = _tab_until(window.workspace.tabs.tabBar(), sign)
    assert QApplication.focusWidget() is sign, stops
    assert stops[0] == describe(new_goal)  # the toolbar's first button, then on along it
    assert describe(plan.view) not in stops  # the plan comes after, as on the screen


def test_the_ring_goes_round_the_focused_control_and_away(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    tabs, view, field = QTabBar(), QListWidget(), QLineEdit()
    tabs.addTab("One")
    splitter = QSplitter()
    splitter.addWidget(view)
    splitter.addWidget(QListWidget())
    for widget in (tabs, splitter, field):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    ring = window.findChild(FocusRing, "focusRing")
    assert ring is not None and ring.isVisible()
    assert ring.parentWidget() is window and splitter.count() == 2  # not a pane of it
    assert ring.geometry() == rect_in(view, window).adjusted(-1, -1, 1, 1)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    assert ring.isVisible() and ring.geometry().contains(rect_in(field, window))
    tabs.setFocus(Qt.FocusReason.TabFocusReason)  # the style marks the current tab itself
    assert not ring.isVisible()


def test_focus_shows_on_every_wizard_page(qtbot, scene):
    desk, ids = scene
    found = {}
    for name, wizard in scenes.wizard_pages(desk, ids, qtbot.addWidget):
        found[name] = unseen_focus(qtbot, wizard)
    assert {page: p for page, p in found.items() if p} == {}


def test_focus_shows_in_every_dialog(qtbot, scene):
    desk, ids = scene
    found = {}
    for name, dialog in scenes.dialogs(desk, desk, ids, qtbot.addWidget):
        found[name] = unseen_focus(qtbot, dialog)
    assert {name: p for name, p in found.items() if p} == {}
