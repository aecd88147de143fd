"""The retention dialog: the period (or off), how many closed cases are older, and
"Purge now…" only after an explicit confirmation. Administrators only, in the core too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from shelterplan.core import accounts
from shelterplan.core.actors import actor_named
from shelterplan.core.retention import (
    clear_retention_years,
    purge_and_vacuum,
    retention_preview,
    retention_years,
    set_retention_years,
)
from shelterplan.errors import NotAllowed
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Case, Client
from shelterplan.ui.admin.retention_dialog import PurgePrompt, RetentionDialog
from shelterplan.ui.context import Desk
from shelterplan.ui.main_window import MainWindow
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.desk import CLIENTS, fill_three_cases, unlock_as_admin
from tests.ui.test_accessibility import _nameless

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TODAY = date(2026, 11, 23)
WORKER = "Wanda Worker"
WORKER_PASSPHRASE = "wanda's long passphrase"


@pytest.fixture
def old_cases(store: CaseStore) -> dict[str, str]:
    """Two cases closed in 2015, one closed last year; returns ids by client name."""
    ids = fill_three_cases(store)
    closed = {
        CLIENTS[0]: date(2015, 3, 2),
        CLIENTS[1]: date(2016, 6, 1),
        CLIENTS[2]: date(2025, 9, 1),
    }
    with store.session() as session:
        for name, closed_on in closed.items():
            session.execute(
                sa.update(Case)
                .where(Case.id == ids[name])
                .values(phase="closed", closed_on=closed_on)
            )
    return ids


def _desk(store: CaseStore, name: str = ADMIN) -> Desk:
    with store.session() as session:
        return Desk(store, actor_named(session, name), lambda: TODAY)


def _answer_prompt(qtbot, tick: bool) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the purge prompt when it opens: tick and erase, or cancel."""
    seen: list[str] = []

    def answer() -> None:
        prompts = [w for w in QApplication.topLevelWidgets() if isinstance(w, PurgePrompt)]
        if not prompts or not prompts[0].isVisible():
            QTimer.singleShot(20, answer)
            return
        prompt = prompts[0]
        seen.append(prompt.explanation.text())
        assert not prompt.erase_button.isEnabled()  # not before the box is ticked
        assert _nameless(prompt) == []
        if tick:
            prompt.confirm_box.setChecked(True)
            prompt.grab().save(str(SCREENSHOTS / "retention_purge_prompt.png"))
            qtbot.mouseClick(prompt.erase_button, Qt.MouseButton.LeftButton)
        else:
            prompt.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_set_the_years_see_the_count_and_purge_after_confirming(qtbot, store, old_cases):  # type: ignore[no-untyped-def]
    dialog = RetentionDialog(_desk(store))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.enabled_box.isChecked() and not dialog.years_box.isEnabled()
    assert dialog.count_label.text().startswith("Off")
    assert not dialog.purge_button.isEnabled()

    dialog.enabled_box.setChecked(True)
    dialog.years_box.setValue(7)  # closed before 23 Nov 2019: the two 2015/2016 cases
    assert "2 closed case(s) were closed before 23 Nov 2019" in dialog.count_label.text()
    assert "erase 2 client file(s)" in dialog.count_label.text()
    dialog.years_box.setValue(11)  # before 2015-11-23: only the 2015 one
    assert "1 closed case(s)" in dialog.count_label.text()
    dialog.years_box.setValue(7)
    assert dialog.purge_button.isEnabled() and _nameless(dialog) == []
    QApplication.processEvents()  # the count's lines are laid out
    dialog.grab().save(str(SCREENSHOTS / "retention_dialog.png"))
    assert dialog.save()
    with store.session() as session:
        assert retention_years(session) == 7

    cancelled = _answer_prompt(qtbot, tick=False)
    dialog.purge_now()
    assert cancelled and "erases 2 client file(s)" in cancelled[0]
    assert dialog.result_label.text() == "Nothing was erased."
    with store.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 3

    _answer_prompt(qtbot, tick=True)
    with qtbot.waitSignal(dialog._run.finished, timeout=60_000):
        dialog.purge_now()
    assert dialog.result_label.text() == "Erased 2 client file(s) with 2 case(s)."
    assert "0 closed case(s)" in dialog.count_label.text()
    assert not dialog.purge_button.isEnabled()
    with store.session() as session:
        assert set(session.scalars(sa.select(Case.id))) == {old_cases[CLIENTS[2]]}

    dialog.enabled_box.setChecked(False)  # off again
    dialog.save_and_close()
    with store.session() as session:
        assert retention_years(session) is None


def test_a_worker_who_is_not_an_administrator_is_refused(qtbot, store, old_cases):  # type: ignore[no-untyped-def]
    admin = _desk(store).actor
    accounts.add_worker(store, admin, WORKER, "supervisor", False, WORKER_PASSPHRASE)
    worker = _desk(store, WORKER)
    with pytest.raises(NotAllowed):
        RetentionDialog(worker)
    with store.session() as session:
        for refused in (
            lambda: set_retention_years(session, worker.actor, 7),
            lambda: clear_retention_years(session, worker.actor),
            lambda: retention_preview(session, worker.actor, 7, TODAY),
        ):
            with pytest.raises(NotAllowed):
                refused()
    with pytest.raises(NotAllowed):
        purge_and_vacuum(store, worker.actor, 7, TODAY, confirmed=True)
    with store.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 3


def test_from_the_main_window_for_administrators_only(qtbot, store, old_cases, store_folder):  # type: ignore[no-untyped-def]
    admin = _desk(store).actor
    accounts.add_worker(store, admin, WORKER, "supervisor", False, WORKER_PASSPHRASE)
    store.close()
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    unlock_as_admin(qtbot, window)
    assert window.retention_action.isVisible() and window.retention_action.isEnabled()
    opened: list[RetentionDialog] = []

    def look_then_lock() -> None:
        dialogs = [d for d in window.findChildren(RetentionDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, look_then_lock)
            return
        opened.extend(dialogs)
        window.lock()  # locking closes it (and it holds nothing of anyone's file)

    QTimer.singleShot(0, look_then_lock)
    window.retention_action.trigger()
    assert opened and window.stack.currentWidget() is window.unlock_screen

    screen = window.unlock_screen
    screen.worker_box.setCurrentText(WORKER)
    screen.passphrase_edit.setText(WORKER_PASSPHRASE)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)
    assert not window.retention_action.isVisible()
    window.show_retention()  # the shortcut path: nothing opens
    assert not [d for d in window.findChildren(RetentionDialog) if d.isVisible()]
    window.lock()
    with CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as again, again.session() as session:
        assert retention_years(session) is None
