"""The backup part of the benchmark runs and reports (its figures are not checked here)."""

from __future__ import annotations

from shelterplan import bench_backup
from shelterplan.store.casestore import CaseStore


def test_backup_and_restore_are_timed_and_cleaned_up(new_store: tuple[CaseStore, str], tmp_path):
    store, recovery_key = new_store
    work = tmp_path / "work"
    work.mkdir()
    figures = bench_backup.measure(store, work, recovery_key)
    assert figures["backup_s"] > 0 and figures["restore_s"] > 0 and figures["backup_mb"] > 0
    assert list(work.iterdir()) == []
    lines: list[str] = []
    bench_backup.report(figures, lines.append)
    assert lines[0].startswith("backup to one file: ") and lines[0].endswith("OK")
    assert lines[1].startswith("restore, all checks: ")
    assert lines[2].startswith("backup file: ")
