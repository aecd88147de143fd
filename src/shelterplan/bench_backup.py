"""Backup and restore of the bench store: time and file size (budget ≤ 10 s each).

The backup is one file written as `shelterplan backup FILE` writes it (backup API copy
straight into the file, its SHA-256, the manifest, fsync); the restore goes into a fresh
folder with the recovery key, as after a dead laptop, and includes every check a restore
makes (the file's hashes while copying the database out, SQLite's quick check of the
database in the file at the same time, the schema and the audit chain).

Both write the whole database to the disk once, so the disk sets a floor: the same bytes
copied as a plain file and fsynced, timed in the same run ("plain copy").
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from shelterplan.core.backups import restore_backup
from shelterplan.store.backup_file import write_backup
from shelterplan.store.casestore import CaseStore

BUDGET_S = 10.0


def measure(store: CaseStore, work: Path, recovery_key: str) -> dict[str, float]:
    """Copy the store's file plainly, back `store` up into `work`, restore it into a fresh
    folder there; all three kept until the end (so each is written to space the disk has
    not just freed: on a virtual disk that is markedly slower), then removed. What the
    build left to write is flushed first."""
    target = work / "bench-backup.spbackup"
    restored = work / "bench-restored"
    copy = work / "bench-copy.tmp"
    if hasattr(os, "sync"):
        os.sync()
    try:
        copy_s = plain_copy_seconds(store.db_path, copy)
        start = time.perf_counter()
        info = write_backup(store, target)
        backup_s = time.perf_counter() - start
        start = time.perf_counter()
        restore_backup(restored, target, recovery_key=recovery_key)
        restore_s = time.perf_counter() - start
        return {
            "backup_s": backup_s,
            "backup_mb": info.size / 1e6,
            "restore_s": restore_s,
            "plain_copy_s": copy_s,
        }
    finally:
        target.unlink(missing_ok=True)
        copy.unlink(missing_ok=True)
        shutil.rmtree(restored, ignore_errors=True)


def plain_copy_seconds(source: Path, copy: Path) -> float:
    """Seconds to copy `source` (encrypted bytes) to `copy` and fsync it."""
    start = time.perf_counter()
    shutil.copyfile(source, copy)
    with copy.open("rb+") as handle:
        os.fsync(handle.fileno())
    return time.perf_counter() - start


def report(figures: dict[str, float], out: Callable[[str], None]) -> None:
    if "backup_s" not in figures:
        return
    for key, label in (("backup_s", "backup to one file"), ("restore_s", "restore, all checks")):
        seconds = figures[key]
        verdict = "OK" if seconds <= BUDGET_S else "over"
        out(f"{label}: {seconds:.2f} s  (budget {BUDGET_S:g} s) {verdict}")
    out(f"backup file: {figures['backup_mb']:.1f} MB")
    out(
        f"plain copy of the same bytes, fsynced (the disk's floor): {figures['plain_copy_s']:.2f} s"
    )
