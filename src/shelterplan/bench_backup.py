"""Backup and restore of the bench store: time and file size (budget ≤ 10 s each).

The backup is one file written as `shelterplan backup FILE` writes it (backup API copy,
checksums, the ZIP container, fsync); the restore goes into a fresh folder with the
recovery key, as after a dead laptop, and includes every check a restore makes (the
file's hashes, SQLCipher's page check and SQLite's quick check side by side, the schema
and the audit chain).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from shelterplan.core.backups import restore_backup
from shelterplan.store.backup_file import write_backup
from shelterplan.store.casestore import CaseStore

BUDGET_S = 10.0


def measure(store: CaseStore, work: Path, recovery_key: str) -> dict[str, float]:
    """Back up `store` into `work`, restore it into a fresh folder there; both removed."""
    target = work / "bench-backup.spbackup"
    restored = work / "bench-restored"
    try:
        start = time.perf_counter()
        info = write_backup(store, target)
        backup_s = time.perf_counter() - start
        start = time.perf_counter()
        restore_backup(restored, target, recovery_key=recovery_key)
        restore_s = time.perf_counter() - start
        return {"backup_s": backup_s, "backup_mb": info.size / 1e6, "restore_s": restore_s}
    finally:
        target.unlink(missing_ok=True)
        shutil.rmtree(restored, ignore_errors=True)


def report(figures: dict[str, float], out: Callable[[str], None]) -> None:
    if "backup_s" not in figures:
        return
    for key, label in (("backup_s", "backup to one file"), ("restore_s", "restore, all checks")):
        seconds = figures[key]
        verdict = "OK" if seconds <= BUDGET_S else "over"
        out(f"{label}: {seconds:.2f} s  (budget {BUDGET_S:g} s) {verdict}")
    out(f"backup file: {figures['backup_mb']:.1f} MB")
