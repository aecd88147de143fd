"""Unexpected errors: a dialog with a copyable report that holds no client data.

The report names the program and library versions, the error's type and the code path
(file, line, function). It never includes the error's message or any variable's value,
because either may hold a client's name or notes. Known failures (ShelterplanError) are
not crashes: they are shown as plain messages.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

import PySide6
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shelterplan import __version__
from shelterplan.errors import ShelterplanError
from shelterplan.store.failures import plain_error
from shelterplan.ui.error_text import error_text
from shelterplan.ui.focus_order import buttons_in_screen_order
from shelterplan.ui.messages import Kind, Messages


def crash_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    lines = [
        f"shelterplan {__version__}",
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}",
        f"System: {platform.system()} {platform.release()}",
        f"Error type: {kind.__module__}.{kind.__qualname__}",
        "Where:",
    ]
    for frame in traceback.extract_tb(tb):
        filename = frame.filename
        marker = "shelterplan"
        if marker in filename:
            filename = filename[filename.rindex(marker) :]
        else:
            filename = filename.rsplit("/", 1)[-1]
        lines.append(f"  {filename}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("shelterplan hit a problem"))
        intro = QLabel(
            self.tr(
                "Something unexpected went wrong. Your saved work is safe in the store. "
                "Please copy the report below and give it to your administrator; it "
                "contains no client information."
            )
        )
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Problem report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        self.report.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)
        buttons_in_screen_order(buttons, after=self.report)
        self.resize(560, 360)


ShowCrash = Callable[[str], None]


def _show_crash_dialog(report: str) -> None:
    CrashDialog(report, QApplication.activeWindow()).exec()


def install_crash_handler(show: ShowCrash = _show_crash_dialog) -> None:
    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        known = plain_error(error) if isinstance(error, Exception) else None
        if isinstance(known, ShelterplanError):
            Messages.show(
                QApplication.activeWindow(),
                Kind.WARNING,
                QApplication.translate("crash", "shelterplan"),
                error_text(known),
            )
            return
        show(crash_report(kind, tb))

    sys.excepthook = handle
