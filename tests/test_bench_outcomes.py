"""The outcome dashboard's benchmark runs on a small store (figures not checked here)."""

from __future__ import annotations

from pathlib import Path

from shelterplan import bench, bench_outcomes
from shelterplan.core.demo import populate
from shelterplan.store.casestore import CaseStore


def test_outcome_dashboard_bench_reports_its_figures(tmp_path: Path) -> None:
    store, _ = CaseStore.create(tmp_path / "store", bench.ADMIN, bench.PASSPHRASE)
    with store:
        populate(store, 40, seed=1)
    times = bench_outcomes.measure(tmp_path / "store", bench.ADMIN, bench.PASSPHRASE, repeat=1)
    assert times.core_ms > 0 and times.dashboard_ms > 0 and times.cases > 0
    lines: list[str] = []
    bench_outcomes.report(times, lines.append)
    assert "compute and draw all charts" in "\n".join(lines)
