"""A desk with three cases, and unlocking the main window in tests."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.store.casestore import CaseStore
from tests.conftest import ADMIN, PASSPHRASE

CLIENTS = ("Zoé Canarybird", "Begoña Canaryfish", "Aiyana Canarystone")


def fill_three_cases(store: CaseStore) -> dict[str, str]:
    """Three cases with an overdue step and a note each; returns ids by name."""
    today = date.today()
    ids: dict[str, str] = {}
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        for number, name in enumerate(CLIENTS):
            case = cases.open_new_case(session, actor, cases.NewClient(name))
            goal = planning.add_goal(session, actor, case.id, f"Housing goal {number}")
            step = planning.add_step(
                session,
                actor,
                goal.id,
                f"Call the housing office {number}",
                "client",
                today - timedelta(days=number + 1),
            )
            cases.add_note(session, actor, case.id, f"First meeting note {number}")
            ids[name] = case.id
            ids[f"step:{name}"] = step.id
    return ids


def unlock_as_admin(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    screen = window.unlock_screen
    screen.worker_box.setCurrentText(ADMIN)
    screen.passphrase_edit.setText(PASSPHRASE)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)
