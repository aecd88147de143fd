"""Child process for the 150 % scaling test: Qt starts with QT_SCALE_FACTOR=1.5 on a
1920×1080 screen, that is 1280×720 logical pixels (both must be set before the
QApplication exists, hence a process of its own).

It unlocks the store the parent made, shows each main screen, every wizard page and
every dialog at the size it opens with (kept within the screen), saves a screenshot of
each to screenshots/accessibility/scale150_*.png and prints one JSON line: for each
screen, its minimum size and what does not fit (a window whose minimum size is larger
than the screen, a label or button narrower or shorter than its text needs)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1920, 1080)
SCALE = 1.5
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots" / "accessibility"


def prepare_environment() -> None:
    """The screen and the scale, for a Qt that has not started yet."""
    config = Path(tempfile.mkdtemp()) / "screen.json"
    width, height = SCREEN
    screen = {"name": "fullhd", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = str(SCALE)


def clipped(window: object) -> list[str]:
    """Shown labels and buttons with less room than their words need."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(window, QWidget)
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(window):
            continue
        if not widget.text().strip() or widget.window() is not window:
            continue
        need = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            short = widget.height() + 1 < widget.heightForWidth(widget.width())
            narrow = False
        else:
            drawn = _drawn_width(widget)  # exact: no pixel to spare
            narrow = widget.width() + 1 < need.width() or widget.width() < drawn
            short = widget.height() + 1 < need.height()
            need.setWidth(max(need.width(), drawn))
        if narrow or short:
            text = widget.text().replace("\n", " ")[:50]
            found.append(
                f"{type(widget).__name__} {widget.objectName() or text!r}: "
                f"{widget.width()}×{widget.height()} < {need.width()}×{need.height()}"
            )
    return found


def _drawn_width(widget: object) -> int:
    """A label with a shortcut letter draws that letter apart from its neighbours (the
    underline splits the text), without kerning on either side of it: "&To" is drawn
    wider than "To", and wider than the size Qt gives it."""
    from PySide6.QtWidgets import QLabel

    if not isinstance(widget, QLabel) or widget.buddy() is None:
        return 0
    text = widget.text().replace("&&", "\0")
    at = text.find("&")
    if at < 0 or at + 1 >= len(text):
        return 0
    parts = (text[:at], text[at + 1], text[at + 2 :])
    metrics = widget.fontMetrics()
    width = sum(metrics.horizontalAdvance(part.replace("\0", "&")) for part in parts if part)
    margins = widget.contentsMargins()
    return width + margins.left() + margins.right()


def main() -> None:
    prepare_environment()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from shelterplan.ui.context import Desk
    from shelterplan.ui.main_window import MainWindow
    from shelterplan.ui.messages import Messages
    from tests.ui import a11y_scenes as scenes

    folder, worker, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    ids = json.loads(sys.argv[4])
    from shelterplan.ui.accessibility import follow_platform_contrast, install_focus_ring

    app = QApplication([])
    follow_platform_contrast(app)  # as shelterplan.ui.app.run_gui starts the app
    install_focus_ring(app)
    Messages.ask = staticmethod(lambda *_args: False)  # type: ignore[method-assign]
    Messages.show = staticmethod(lambda *_args: None)  # type: ignore[method-assign]
    screen = app.primaryScreen().availableGeometry()
    report: dict[str, object] = {
        "screen": [screen.width(), screen.height()],
        "ratio": app.primaryScreen().devicePixelRatio(),
        "screens": {},
    }
    screens: dict[str, dict[str, object]] = report["screens"]  # type: ignore[assignment]
    SHOTS.mkdir(parents=True, exist_ok=True)
    kept: list[QWidget] = []

    def look(name: str, window: QWidget) -> None:
        if window.width() > screen.width() or window.height() > screen.height():
            window.resize(window.size().boundedTo(screen.size()))
        for _ in range(3):
            app.processEvents()
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())  # a wizard sets it
        problems = []
        if hint.width() > screen.width() or hint.height() > screen.height():
            problems.append(f"needs at least {hint.width()}×{hint.height()}")
        problems += clipped(window)
        screens[name] = {
            "minimum": [hint.width(), hint.height()],
            "size": [window.width(), window.height()],
            "problems": problems,
        }
        window.grab().save(str(SHOTS / f"scale150_{name.replace('/', '_')}.png"))

    window = MainWindow(folder)
    window.show()
    look("unlock", window)
    window.unlock_screen.worker_box.setCurrentText(worker)
    window.unlock_screen.passphrase_edit.setText(passphrase)
    QTest.keyClick(window.unlock_screen.passphrase_edit, Qt.Key.Key_Return)
    for _ in range(200):
        app.processEvents()
        if window.stack.currentWidget() is window.desk:
            break
        QTest.qWait(20)
    look("caseload", window)
    window.desk.setCurrentIndex(window.TODAY)
    look("today", window)
    window.open_case(ids["case"])
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        look(f"case_{tabs.widget(index).objectName() or index}", window)

    assert window.store is not None
    desk = Desk.for_store(window.store)
    for name, wizard in scenes.wizard_pages(desk, ids, kept.append):
        look(name, wizard)
    for name, dialog in scenes.dialogs(desk, desk, ids, kept.append):
        look(name, dialog)
    print(json.dumps(report), flush=True)
    window.lock()


if __name__ == "__main__":
    main()
