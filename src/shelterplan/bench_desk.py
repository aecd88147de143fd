"""Benchmark of the worker's desk as she feels it (DESIGN.md §7), on a bench store.

Times, through the real Qt item models (offscreen): unlock to caseload shown, one
search-as-you-type keystroke (model refreshed), the Today list, and opening a case
whose plan has 10 goals and 60 steps. Each figure is a median over `repeat` runs.
"""

from __future__ import annotations

import os
import statistics
import time as clock
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from shelterplan import bench_print
from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.core.queries import CaseloadFilter
from shelterplan.store.casestore import CaseStore

BUDGETS_MS = {
    "unlock_to_caseload": 500.0,
    "search_keystroke": 16.0,
    "today_list": 50.0,
    "open_case_10_goals": 100.0,
}


@dataclass(frozen=True)
class DeskFigure:
    key: str
    label: str
    ms: float

    @property
    def budget_ms(self) -> float:
        return BUDGETS_MS[self.key]


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(repeat):
        start = clock.perf_counter()
        action()
        times.append((clock.perf_counter() - start) * 1000)
    return statistics.median(times)


def add_big_plan(store: CaseStore, worker: str, today: date) -> str:
    """A case with 10 goals (2 long-term, 8 intermediate) and 60 steps, for `worker`."""
    with store.session() as session:
        actor = actor_named(session, worker)
        case = cases.open_new_case(session, actor, cases.NewClient("Bench Client"))
        for long_term in range(2):
            top = planning.add_goal(session, actor, case.id, f"Long-term goal {long_term}")
            for middle in range(4):
                goal = planning.add_goal(
                    session,
                    actor,
                    case.id,
                    f"Intermediate goal {long_term}.{middle}",
                    kind="intermediate",
                    parent_id=top.id,
                )
                for number in range(6):
                    due = today + timedelta(days=number * 3 - 6)
                    planning.add_step(
                        session,
                        actor,
                        goal.id,
                        f"Step {number}: call the office and bring the form we filled in",
                        "client",
                        due,
                        # As plans usually are: instructions on half the steps, an
                        # appointment on a third (the printed plan's benchmark).
                        appointment_at=(
                            datetime.combine(due, time(10, 30)) if number % 3 == 0 else None
                        ),
                        appointment_place="Housing office, 2nd floor" if number % 3 == 0 else None,
                        instructions=(
                            "Bring your ID card and the letter from the shelter."
                            if number % 2 == 0
                            else None
                        ),
                    )
            for number in range(6):
                planning.add_step(session, actor, top.id, f"Step {number}", "worker", today)
        return case.id


def measure(
    store_folder: Path, worker: str, passphrase: str, prefix: str, repeat: int
) -> tuple[list[DeskFigure], bench_print.PrintFigures]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from shelterplan.ui.context import Desk
    from shelterplan.ui.models.caseload_model import CaseloadModel
    from shelterplan.ui.models.today_model import TodayModel
    from shelterplan.ui.workspace.case_workspace import CaseWorkspace

    app = QApplication.instance() or QApplication([])
    today = date.today()
    setup_store = CaseStore.unlock(store_folder, worker, passphrase, check_integrity=False)
    case_id = add_big_plan(setup_store, worker, today)
    setup_store.close()

    def unlock_to_caseload() -> None:
        store = CaseStore.unlock(store_folder, worker, passphrase, check_integrity=False)
        model = CaseloadModel()
        model.load(Desk.for_store(store))
        app.processEvents()
        model.clear()
        store.close()

    unlock_ms = _median_ms(unlock_to_caseload, max(3, repeat // 4))

    store = CaseStore.unlock(store_folder, worker, passphrase, check_integrity=False)
    try:
        desk = Desk.for_store(store)
        caseload = CaseloadModel()
        caseload.load(desk)
        typed = iter(range(10**9))

        def keystroke() -> None:
            # Alternate two prefixes so each keystroke really changes the query.
            text = prefix if next(typed) % 2 else prefix[:-1]
            caseload.set_filters(CaseloadFilter(search=text))
            app.processEvents()

        today_model = TodayModel()
        workspace = CaseWorkspace()

        def open_case() -> None:
            workspace.open_case(desk, case_id)
            app.processEvents()

        figures = [
            DeskFigure("unlock_to_caseload", "unlock to caseload shown", unlock_ms),
            DeskFigure(
                "search_keystroke",
                "search keystroke (model refresh)",
                _median_ms(keystroke, repeat),
            ),
            DeskFigure(
                "today_list", "Today list", _median_ms(lambda: today_model.load(desk), repeat)
            ),
            DeskFigure(
                "open_case_10_goals",
                "open case, 10 goals / 60 steps",
                _median_ms(open_case, repeat),
            ),
        ]
        workspace.clear()
        caseload.clear()
        today_model.clear()
        printed = bench_print.measure(store, worker, case_id, repeat)
    finally:
        store.close()
    return figures, printed


def report(figures: list[DeskFigure], out: Callable[[str], None]) -> None:
    out("\nthe worker's desk (real Qt models, offscreen)")
    for figure in figures:
        verdict = "OK" if figure.ms <= figure.budget_ms else "over"
        out(f"{figure.label:<36} {figure.ms:>8.1f} ms  budget {figure.budget_ms:g} ms  {verdict}")
