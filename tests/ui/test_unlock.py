"""The first window: unlock, see her caseload summary, lock with Ctrl+L."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from shelterplan.core import cases
from shelterplan.core.actors import actor_named
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.main_window import MainWindow
from tests.conftest import ADMIN, PASSPHRASE

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def _visible_texts(window: MainWindow) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def test_unlock_wrong_then_right_then_lock(qtbot, store: CaseStore, store_folder):
    with store.session() as session:
        cases.open_new_case(session, actor_named(session, ADMIN), cases.NewClient("Océane"))
    store.close()

    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert screen.worker_box.findText(ADMIN) >= 0
    _shot(window, "unlock")

    screen.worker_box.setCurrentText(ADMIN)
    qtbot.keyClicks(screen.passphrase_edit, "not the passphrase")
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    assert "not right" in screen.message.text()
    assert screen.passphrase_edit.text() == ""

    qtbot.keyClicks(screen.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.desk
    assert "1 cases" in window.summary.text()
    _shot(window, "desk")

    opened = window.store
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.store is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert ADMIN not in window.summary.text() and window.summary.text() == ""
    assert opened is not None and opened.closed


def test_passphrase_only_note_is_shown(qtbot, no_keyring, tmp_path):
    folder = tmp_path / "s"
    CaseStore.create(folder, ADMIN, PASSPHRASE)[0].close()
    window = MainWindow(folder, demo=True)
    qtbot.addWidget(window)
    window.show()
    text = _visible_texts(window)
    assert "passphrases only" in text
    assert "Demo store" in text
