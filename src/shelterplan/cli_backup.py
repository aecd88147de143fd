"""`shelterplan backup`, `shelterplan restore` and the backup lines of `shelterplan settings`.

- `shelterplan --worker NAME backup FILE`: one backup file (administrators);
  `--to-folder` instead of FILE writes into the backup folder of the settings.
- `shelterplan restore FILE`: with the recovery key (prompt, or SHELTERPLAN_RECOVERY_KEY);
  `shelterplan --worker NAME restore FILE`: with an administrator's passphrase.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from shelterplan.errors import ShelterplanError


class BackupCommandError(ShelterplanError):
    """A problem with how a backup command was called."""


def add_backup_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser(
        "backup", help="write one encrypted backup file of the store (administrators)"
    )
    backup.add_argument("file", type=Path, nargs="?", metavar="FILE", help="the file to write")
    backup.add_argument(
        "--to-folder",
        action="store_true",
        help="write shelterplan-backup-YYYYMMDD-HHMMSS.spbackup into the backup folder",
    )
    restore = sub.add_parser(
        "restore",
        help="replace the store with a backup (recovery key, or --worker for an administrator)",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a .spbackup file")


def add_backup_settings_arguments(settings: argparse.ArgumentParser) -> None:
    settings.add_argument(
        "--backup-folder", type=Path, help="where 'backup --to-folder' writes (e.g. a USB drive)"
    )
    settings.add_argument(
        "--backup-reminder-days",
        type=int,
        help="remind administrators when the last backup is this many days old",
    )


def _actor(session: Session, worker_name: str):  # type: ignore[no-untyped-def]
    """The administrator at the keyboard; None when the store was opened with the
    recovery key (whoever holds it may administer)."""
    from shelterplan.core.actors import actor_named

    return actor_named(session, worker_name) if worker_name else None


def apply_backup_settings(session: Session, worker_name: str, args: argparse.Namespace) -> None:
    from shelterplan.core.backups import set_backup_folder, set_backup_reminder_days

    if args.backup_folder is not None:
        folder = args.backup_folder.expanduser()
        set_backup_folder(session, _actor(session, worker_name), folder if str(folder) else None)
    if args.backup_reminder_days is not None:
        set_backup_reminder_days(session, _actor(session, worker_name), args.backup_reminder_days)


def backup_lines(session: Session) -> list[str]:
    from shelterplan.core.backups import backup_settings

    settings = backup_settings(session)
    last = settings.last_backup_at.isoformat(sep=" ") + " UTC" if settings.last_backup_at else ""
    return [
        f"backup-folder = {settings.folder or ''}",
        f"backup-reminder-days = {settings.reminder_days}",
        f"last-backup = {last or 'never'}",
    ]


def cmd_backup(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from shelterplan.core.backups import backup_to_folder, make_backup

    if (args.file is None) == (not args.to_folder):
        raise BackupCommandError("Give the backup FILE, or --to-folder (not both).")
    with store.session() as session:
        actor = _actor(session, store.worker_name)
    if args.to_folder:
        info = backup_to_folder(store, actor)
    else:
        info = make_backup(store, actor, args.file.expanduser().absolute())
    print(f"Wrote {info.path} ({_size(info.size)}).")
    where = "." if store.passphrase_only else " (on this computer; elsewhere the recovery key)."
    print("It is encrypted: the recovery key or an administrator's passphrase restores it" + where)
    return 0


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size // 1000 + 1} KB"


def _recovery_key() -> str:
    from_env = os.environ.get("SHELTERPLAN_RECOVERY_KEY")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise BackupCommandError(
            "No recovery key given: type it at the prompt, set SHELTERPLAN_RECOVERY_KEY, or "
            "restore as an administrator with --worker NAME."
        )
    return getpass.getpass("Recovery key: ")


def cmd_restore(args: argparse.Namespace, folder: Path, passphrase: Callable[[str], str]) -> int:
    from shelterplan.core.backups import restore_backup

    if args.worker:
        result = restore_backup(
            folder,
            args.file.expanduser(),
            admin=(args.worker, passphrase(f"Passphrase for {args.worker}: ")),
        )
    else:
        result = restore_backup(folder, args.file.expanduser(), recovery_key=_recovery_key())
    made = result.backup_created_at.isoformat(sep=" ", timespec="minutes")
    print(f"Restored the backup of {made} UTC into {folder}; it passed every check.")
    if result.set_aside is not None:
        print(f"The store it replaced is kept in {result.set_aside}.")
    if result.replaced == "unreadable":
        print(
            "Warning: the replaced store could not be read, so erasures made after this "
            "backup could not be applied again. Check that no erased client came back."
        )
    elif result.erasures_reapplied:
        print(f"{result.erasures_reapplied} erased client file(s) were erased again.")
    if result.rekeyed:
        print("The restored store now uses the current data key (it was changed since).")
    if result.upgraded:
        print("The restored store was updated to this version of shelterplan.")
    if result.workers_without_keys:
        print(
            "These accounts cannot sign in until an administrator sets a new passphrase: "
            + ", ".join(result.workers_without_keys)
            + "."
        )
    return 0
