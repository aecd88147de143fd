"""Benchmark of the outcome dashboard (DESIGN.md §7; budget: 1 s at 100,000 clients).

Two figures, each the median of `repeat` runs after one warm-up:

- **core figures**: `outcome_figures()` for the default period (the last twelve months,
  every case), in a new session, as the dashboard reads them;
- **compute and draw**: the real dashboard, offscreen, with Qt Charts: the figures read,
  the six tables and six charts rebuilt, and every chart painted (`grab()` of each chart
  view, after the event loop ran) — what a supervisor waits for after a filter change.

Run on its own on a store kept by the main benchmark (`--folder DIR --keep`):

    python -m shelterplan.bench_outcomes --store DIR/bench-store [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shelterplan.core.actors import actor_named
from shelterplan.core.outcomes import OutcomeFilter, outcome_figures
from shelterplan.store.casestore import CaseStore

BUDGET_MS = 1000.0


@dataclass(frozen=True)
class OutcomeTimes:
    core_ms: float
    dashboard_ms: float
    cases: int

    def as_figures(self) -> dict[str, float]:
        return {"outcomes_core_ms": self.core_ms, "outcomes_dashboard_ms": self.dashboard_ms}


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(
    store_folder: Path, worker: str, passphrase: str, repeat: int, today: date | None = None
) -> OutcomeTimes:
    """Time the figures and the dashboard for `worker` (a supervisor or administrator)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from shelterplan.ui.context import Desk
    from shelterplan.ui.reports.dashboard import OutcomesDialog

    app = QApplication.instance() or QApplication([])
    # The offscreen platform warns about every window shown; nothing to act on here.
    previous = qInstallMessageHandler(_quiet)
    day = today or date.today()
    store = CaseStore.unlock(store_folder, worker, passphrase, check_integrity=False)
    try:
        with store.session() as session:
            actor = actor_named(session, worker)
        filters = OutcomeFilter.default(day)
        cases = 0

        def core() -> None:
            nonlocal cases
            with store.session() as session:
                cases = outcome_figures(session, actor, filters, day).active_cases_total

        core_ms = _median_ms(core, repeat)

        dialog = OutcomesDialog(Desk(store, actor, lambda: day))
        dialog.resize(1280, 900)
        dialog.show()
        app.processEvents()

        def dashboard() -> None:
            dialog.refresh()
            app.processEvents()
            for panel in dialog.panels.values():
                panel.chart_view.grab()

        dashboard_ms = _median_ms(dashboard, repeat)
        dialog.close_for_lock()
        dialog.deleteLater()
        app.processEvents()
    finally:
        store.close()
        qInstallMessageHandler(previous)
    return OutcomeTimes(core_ms, dashboard_ms, cases)


def _quiet(_mode: object, _context: object, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def report(times: OutcomeTimes, out: Callable[[str], None]) -> None:
    out(f"\nthe outcome dashboard ({times.cases:,} cases in the last twelve months)")
    for label, ms, budget in (
        ("outcome figures (core, SQL)", times.core_ms, None),
        ("compute and draw all charts (Qt)", times.dashboard_ms, BUDGET_MS),
    ):
        if budget is None:
            out(f"{label:<36} {ms:>8.1f} ms")
        else:
            verdict = "OK" if ms <= budget else "over"
            out(f"{label:<36} {ms:>8.1f} ms  budget {budget:g} ms  {verdict}")


def main(argv: Sequence[str] | None = None) -> int:
    from shelterplan.bench import ADMIN, PASSPHRASE

    parser = argparse.ArgumentParser(
        prog="python -m shelterplan.bench_outcomes", description=__doc__
    )
    parser.add_argument("--store", type=Path, required=True, help="a bench store folder")
    parser.add_argument("--worker", default=ADMIN)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    passphrase = os.environ.get("SHELTERPLAN_PASSPHRASE", PASSPHRASE)
    report(measure(args.store, args.worker, passphrase, args.repeat), print)
    return 0


if __name__ == "__main__":
    sys.exit(main())
