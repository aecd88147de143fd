"""The worker's desk end to end: unlock, caseload, open a case, Today, lock and return."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from shelterplan.store.casestore import CaseStore
from shelterplan.ui.clipboard import sensitive_clipboard
from shelterplan.ui.main_window import MainWindow
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.desk import CLIENTS, unlock_as_admin

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _all_text(root: QWidget) -> str:
    """Every piece of text a person (or a screen reader) could get from the window."""
    parts: list[str] = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            parts.append(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QTabWidget):
            parts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            parts += list(_model_text(widget.model(), QModelIndex()))
    return "\n".join(str(p) for p in parts if p)


def _model_text(model, parent):  # type: ignore[no-untyped-def]
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            yield from _model_text(model, index)


def _shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_unlock_shows_caseload_then_a_case_opens_from_it(qtbot, window, filled):
    assert "Canary" not in _all_text(window)  # locked: nothing of any client
    _shot(window, "main_unlock")
    unlock_as_admin(qtbot, window)
    view = window.caseload
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    _shot(window, "main_caseload")
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.desk.currentIndex() == window.CASE)
    assert window.workspace.case_id in filled.values()
    assert "Canary" in window.desk.tabText(window.CASE)
    window.workspace.tabs.setCurrentWidget(window.workspace.plan)
    _shot(window, "main_case_plan")


def test_today_line_opens_the_case_at_that_step(qtbot, window, filled):
    unlock_as_admin(qtbot, window)
    window.desk.setCurrentIndex(window.TODAY)
    name = CLIENTS[1]
    with qtbot.waitSignal(window.today.step_requested):
        window.today.step_requested.emit(filled[name], filled[f"step:{name}"])
    qtbot.waitUntil(lambda: window.desk.currentIndex() == window.CASE)
    assert window.workspace.case_id == filled[name]
    assert window.workspace.tabs.currentWidget() is window.workspace.plan
    selected = window.workspace.plan.view.currentIndex()
    assert "Call the housing office 1" in str(selected.data())
    _shot(window, "main_today_to_step")


def test_ctrl_l_hides_everything_closes_the_engine_and_returns_to_the_same_place(
    qtbot, window, filled
):
    unlock_as_admin(qtbot, window)
    window.open_case(filled[CLIENTS[2]])
    window.workspace.tabs.setCurrentWidget(window.workspace.notes)
    sensitive_clipboard().copy("Aiyana Canarystone safe phone")
    store = window.store
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.store is None and store is not None and store.closed
    assert window.stack.currentWidget() is window.unlock_screen
    assert "Canary" not in _all_text(window)
    assert QGuiApplication.clipboard().text() == ""
    unlock_as_admin(qtbot, window)
    assert window.desk.currentIndex() == window.CASE
    assert window.workspace.case_id == filled[CLIENTS[2]]
    assert window.workspace.tabs.currentWidget() is window.workspace.notes


def test_clipboard_text_copied_elsewhere_is_left_alone(qtbot, window):
    unlock_as_admin(qtbot, window)
    sensitive_clipboard().copy("Canary text from a case")
    QGuiApplication.clipboard().setText("the worker's own shopping list")
    window.lock()
    assert QGuiApplication.clipboard().text() == "the worker's own shopping list"


def test_idle_timer_locks_by_itself(qtbot, window):
    unlock_as_admin(qtbot, window)
    assert window.idle.interval_ms == 5 * 60_000  # the default an admin can change
    window.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.store is None, timeout=60_000)
    assert window.stack.currentWidget() is window.unlock_screen
    assert "Canary" not in _all_text(window)


def test_geometry_is_remembered(qtbot, filled, store_folder):
    first = MainWindow(store_folder)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.close()
    second = MainWindow(store_folder)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_damage_found_by_the_background_check_locks_and_says_so(qtbot, window, monkeypatch):
    from shelterplan.ui.messages import Messages

    shown: list[str] = []
    monkeypatch.setattr(Messages, "show", lambda _p, _k, _t, text: shown.append(text))
    monkeypatch.setattr(CaseStore, "integrity_problems", lambda self: ["cipher: page 7"])
    unlock_as_admin(qtbot, window)
    qtbot.waitUntil(lambda: window.store is None, timeout=60_000)
    assert window.stack.currentWidget() is window.unlock_screen
    assert shown and "integrity check" in shown[0]


def test_a_really_tampered_store_is_caught_after_unlock(qtbot, filled, store_folder, monkeypatch):
    from shelterplan.ui.messages import Messages

    shown: list[str] = []
    monkeypatch.setattr(Messages, "show", lambda _p, _k, _t, text: shown.append(text))
    db = store_folder / "shelterplan.db"
    data = bytearray(db.read_bytes())
    data[-100] ^= 0x10  # inside the last page: page 1 still opens
    db.write_bytes(bytes(data))
    main = MainWindow(store_folder)
    qtbot.addWidget(main)
    main.show()
    screen = main.unlock_screen
    screen.worker_box.setCurrentText(ADMIN)
    screen.passphrase_edit.setText(PASSPHRASE)
    screen.try_unlock()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "integrity check" in shown[-1]
    assert main.store is None


def test_a_finished_intake_opens_the_case_and_offers_the_safety_plan(qtbot, window, monkeypatch):
    from shelterplan.core import cases as case_use
    from shelterplan.core.actors import actor_named
    from shelterplan.ui.messages import Messages

    unlock_as_admin(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", lambda _p, _t, text: asked.append(text) or True)
    desk = window.desk_context
    with desk.session() as session:
        case = case_use.open_new_case(
            session, actor_named(session, ADMIN), case_use.NewClient("Noor Canarywing")
        )
    window._after_intake(case.id)  # what the intake wizard's finish hands back
    assert window.workspace.case_id == case.id
    assert asked and "safety plan" in asked[0]
    assert window.workspace.tabs.currentWidget() is window.workspace.safety


def test_unlock_offers_an_unfinished_intake_and_resumes_it_on_its_page(
    qtbot, filled, store_folder, monkeypatch
):
    from shelterplan.core.actors import actor_named
    from shelterplan.core.drafts import save_draft
    from shelterplan.core.wizards.intake import IntakeFlow
    from shelterplan.ui.messages import Messages
    from shelterplan.ui.wizards.base import FlowWizard

    store = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    flow = IntakeFlow()
    flow.set_values("identity", {"preferred_name": "Inés Canarydraft", "document_language": "es"})
    flow.go_to("safe_contact")
    with store.session() as session:
        save_draft(session, actor_named(session, ADMIN), flow, None)
    store.close()

    offered: list[str] = []
    monkeypatch.setattr(
        Messages, "choose", lambda _p, _t, text, _options: offered.append(text) or 0
    )
    main = MainWindow(store_folder)
    qtbot.addWidget(main)
    main.show()
    unlock_as_admin(qtbot, main)
    qtbot.waitUntil(lambda: bool(main.findChildren(FlowWizard)), timeout=5000)
    wizard = main.findChildren(FlowWizard)[0]
    assert offered and "intake" in offered[0]
    assert wizard.flow.current == "safe_contact"
    assert wizard.flow.get("identity", "preferred_name") == "Inés Canarydraft"
    main.lock()  # locking keeps the wizard's work as a draft and closes it
    qtbot.waitUntil(lambda: not wizard.isVisible())
