"""The benchmark runs end to end on a small store (its figures are not checked here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shelterplan import bench

QUERY_KEYS = (
    "caseload_worker",
    "caseload_all",
    "caseload_count",
    "search_worker",
    "search_all",
    "deadlines_worker",
    "deadlines_all",
)
ROW_STARTS = (
    "caseload page (worker)",
    "caseload page (all, by name)",
    "caseload count (all)",
    "search '",
    "deadlines (worker)",
    "deadlines (all)",
)


def test_bench_reports_a_ratio_for_each_query(tmp_path: Path) -> None:
    lines: list[str] = []
    figures = bench.run(clients=50, folder=tmp_path, repeat=2, out=lines.append)
    output = "\n".join(lines)

    rows = [line for line in output.splitlines() if line.startswith(ROW_STARTS)]
    assert len(rows) == len(QUERY_KEYS)
    for row in rows:
        assert re.search(r"ms +\d+\.\d+ ms +\d+\.\d\d ", row), row  # encrypted, plain, ratio
        assert row.endswith(("OK", "over"))
    assert "unlock" in output and "MB encrypted" in output
    for key in QUERY_KEYS:
        for suffix in ("encrypted_ms", "plain_ms", "plain_memsec_ms", "ratio"):
            assert figures[f"{key}_{suffix}"] > 0
    for key in ("build_s", "unlock_s", "db_mb", "plain_db_mb", "unlock_to_caseload_ms"):
        assert figures[key] > 0
    assert list(tmp_path.iterdir()) == []  # cleaned up without --keep


def test_keep_needs_a_folder() -> None:
    with pytest.raises(SystemExit):
        bench.main(["--keep"])
