"""Bugs reach a crash dialog whose report holds no client data; known failures do not."""

from __future__ import annotations

import sys

from shelterplan.errors import DiskFull
from shelterplan.ui.crash import CrashDialog, crash_report, install_crash_handler
from shelterplan.ui.messages import Messages


def _raise_with_client_data() -> None:
    client_name = "Zoé Canarybird"  # a local variable holding client data
    raise ValueError(f"could not save note for {client_name}: she lives at 12 rue X")


def test_report_names_the_code_path_but_no_data(qtbot):
    try:
        _raise_with_client_data()
    except ValueError:
        kind, _error, tb = sys.exc_info()
        report = crash_report(kind, tb)  # type: ignore[arg-type]
    assert "builtins.ValueError" in report
    assert "_raise_with_client_data" in report
    assert "Canarybird" not in report and "rue X" not in report
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.report.toPlainText() == report


def test_handler_sends_bugs_to_the_dialog_and_known_failures_to_a_message(monkeypatch):
    shown_reports: list[str] = []
    messages: list[str] = []
    monkeypatch.setattr(Messages, "show", lambda _p, _k, _t, text: messages.append(text))
    previous = sys.excepthook
    try:
        install_crash_handler(show=shown_reports.append)
        try:
            _raise_with_client_data()
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        sys.excepthook(DiskFull, DiskFull(), None)
    finally:
        sys.excepthook = previous
    assert len(shown_reports) == 1 and "Canarybird" not in shown_reports[0]
    assert messages == [str(DiskFull())]
