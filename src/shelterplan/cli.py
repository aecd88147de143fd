"""The `shelterplan` command: the GUI by default, admin subcommands for scripts.

    shelterplan [--data-dir DIR] [--worker NAME] [--demo] [SUBCOMMAND ...]

The passphrase comes from a prompt, or from SHELTERPLAN_PASSPHRASE for scripts and
tests; an administrator without a passphrase can set SHELTERPLAN_RECOVERY_KEY instead.
Errors a user can cause print one plain sentence and exit non-zero; nothing prints a
traceback unless SHELTERPLAN_DEBUG=1.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from shelterplan import (
    __version__,
    cli_accounts,
    cli_backup,
    cli_clients,
    cli_documents,
    cli_reports,
)
from shelterplan.errors import ShelterplanError
from shelterplan.paths import DEMO_ADMIN, DEMO_PASSPHRASE, default_data_dir, demo_data_dir
from shelterplan.store.failures import plain_error

EXIT_USER_ERROR = 1
EXIT_DAMAGED = 3
EXIT_BUG = 70
DEMO_CLIENTS = 200

log = logging.getLogger("shelterplan")


class CommandError(ShelterplanError):
    """A problem with how the command was called."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shelterplan",
        description="Offline case planning with an encrypted local store.",
    )
    parser.add_argument("--version", action="version", version=f"shelterplan {__version__}")
    parser.add_argument("--data-dir", type=Path, help="store folder (default: your data folder)")
    parser.add_argument("--worker", help="your name as the store knows it")
    parser.add_argument("--demo", action="store_true", help="use the demo store of synthetic cases")
    sub = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    init = sub.add_parser("init", help="create a new store; prints the recovery key once")
    init.add_argument("--admin", required=True, help="name of the first administrator")

    demo = sub.add_parser("demo-data", help="add synthetic cases (never real data)")
    demo.add_argument("--clients", type=int, required=True)
    demo.add_argument("--seed", type=int, default=0)

    sub.add_parser("verify", help="check the database, key slots and audit trail")

    export = sub.add_parser("export", help="write the whole store as JSON (unencrypted!)")
    export.add_argument("--out", type=Path, required=True)

    imp = sub.add_parser("import", help="add cases from an export file (all or nothing)")
    imp.add_argument("file", type=Path)

    bench = sub.add_parser("bench", help="time the app's queries, encrypted vs plain SQLite")
    bench.add_argument("--clients", type=int, default=10_000)
    bench.add_argument("--seed", type=int, default=0)
    bench.add_argument("--repeat", type=int, default=20)

    settings = sub.add_parser("settings", help="show or change agency settings (admins)")
    settings.add_argument(
        "--idle-lock-minutes", type=int, help="lock the app after this many idle minutes"
    )
    cli_documents.add_agency_arguments(settings)
    cli_backup.add_backup_settings_arguments(settings)
    cli_documents.add_plan_pdf_parser(sub)
    cli_backup.add_backup_parsers(sub)
    cli_clients.add_parsers(sub)
    cli_accounts.add_parsers(sub)
    cli_reports.add_parsers(sub)

    sub.add_parser("gui", help="open the window (the default)")
    return parser


def _passphrase(prompt: str, confirm: bool = False) -> str:
    from_env = os.environ.get("SHELTERPLAN_PASSPHRASE")
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(
            "No passphrase given: type it at the prompt, or set SHELTERPLAN_PASSPHRASE."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CommandError("The two passphrases differ; nothing was created.")
    return first


def _folder(args: argparse.Namespace) -> Path:
    if args.demo:
        return demo_data_dir(args.data_dir)
    return args.data_dir or default_data_dir()


def _worker(args: argparse.Namespace) -> str:
    if args.worker:
        return str(args.worker)
    if args.demo:
        return DEMO_ADMIN
    raise CommandError("Say who you are with --worker NAME.")


def _unlock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from shelterplan.store.casestore import CaseStore

    if args.demo:
        os.environ.setdefault("SHELTERPLAN_PASSPHRASE", DEMO_PASSPHRASE)
    folder = _folder(args)
    recovery_key = os.environ.get("SHELTERPLAN_RECOVERY_KEY")
    if recovery_key and not args.worker:
        return CaseStore.unlock_with_recovery_key(folder, recovery_key)
    worker = _worker(args)
    return CaseStore.unlock(folder, worker, _passphrase(f"Passphrase for {worker}: "))


def ensure_demo_store(folder: Path, out: Callable[[str], None] = print) -> None:
    """Create and fill the demo store the first time it is asked for."""
    from shelterplan.core.demo import populate
    from shelterplan.store.casestore import DB_FILE, CaseStore

    if (folder / DB_FILE).exists():
        return
    out(f"Creating a demo store of {DEMO_CLIENTS} synthetic cases in {folder} ...")
    store, _recovery = CaseStore.create(folder, DEMO_ADMIN, DEMO_PASSPHRASE)
    with store:
        populate(store, DEMO_CLIENTS, seed=1, worker_passphrase=DEMO_PASSPHRASE)


def cmd_init(args: argparse.Namespace) -> int:
    from shelterplan.store.casestore import CaseStore
    from shelterplan.store.passphrases import check_new_passphrase

    folder = _folder(args)
    passphrase = _passphrase(f"New passphrase for {args.admin}: ", confirm=True)
    check_new_passphrase(passphrase, args.admin)  # 12+ characters, not a common one
    store, recovery_key = CaseStore.create(folder, args.admin, passphrase)
    with store:
        print(f"Created a shelterplan store in {folder}.")
        if store.passphrase_only:
            print(
                "No system keyring is available: this store is protected by passphrases "
                "only (not tied to this computer)."
            )
        print()
        print("RECOVERY KEY (shown only this once - write it down and keep it locked away):")
        print(f"    {recovery_key}")
        print()
        print("Without it, a forgotten passphrase cannot be reset and backups cannot be opened.")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from shelterplan.core.demo import populate

    if args.clients < 1:
        raise CommandError("--clients must be at least 1.")
    with _unlock(args) as store:
        summary = populate(store, args.clients, seed=args.seed)
    print(f"Added {summary.cases} synthetic cases with {summary.steps} steps.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from shelterplan.store import audit_chain
    from shelterplan.store.models import AuditEvent, Case

    with _unlock(args) as store, store.session() as session:
        broken = audit_chain.verify(session)
        cases = session.scalar(select(func.count(Case.id)))
        entries = session.scalar(select(func.count(AuditEvent.id)))
    if broken is not None:
        print(
            f"The audit trail is broken at entry {broken.sequence}: {broken.reason}. "
            "The store may have been altered; keep it as it is and tell your administrator.",
            file=sys.stderr,
        )
        return EXIT_DAMAGED
    print(
        f"The store is intact: database and key file check out, {cases} cases, "
        f"audit trail of {entries} entries unbroken."
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from shelterplan.core.exchange import write_export

    with _unlock(args) as store:
        count = write_export(store, args.out)
    print(f"Exported {count} cases to {args.out}.")
    print("This file is NOT encrypted: keep it on an encrypted drive and delete it when done.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from shelterplan.core.exchange import import_file

    with _unlock(args) as store:
        summary = import_file(store, args.file, store.worker_name)
    print(f"Imported {summary.cases} cases.")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from shelterplan import bench

    bench.run(clients=args.clients, seed=args.seed, repeat=args.repeat)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from shelterplan.core.actors import actor_named
    from shelterplan.core.settings import idle_lock_minutes, set_idle_lock_minutes

    with _unlock(args) as store, store.session() as session:
        if args.idle_lock_minutes is not None:
            actor = actor_named(session, store.worker_name)
            set_idle_lock_minutes(session, actor, args.idle_lock_minutes)
        cli_documents.apply_agency_settings(session, store.worker_name, args)
        cli_backup.apply_backup_settings(session, store.worker_name, args)
        lines = [f"idle-lock-minutes = {idle_lock_minutes(session)}"]
        lines += cli_documents.agency_lines(session)
        lines += cli_backup.backup_lines(session)
    print("\n".join(lines))
    return 0


def cmd_plan_pdf(args: argparse.Namespace) -> int:
    with _unlock(args) as store:
        return cli_documents.cmd_plan_pdf(store, args)


def cmd_backup(args: argparse.Namespace) -> int:
    with _unlock(args) as store:
        return cli_backup.cmd_backup(store, args)


def cmd_restore(args: argparse.Namespace) -> int:
    return cli_backup.cmd_restore(args, _folder(args), _passphrase)


def cmd_clients(args: argparse.Namespace) -> int:
    with _unlock(args) as store:
        return cli_clients.run(store, args)


def cmd_gui(args: argparse.Namespace) -> int:
    from shelterplan.ui.app import run_gui

    folder = _folder(args)
    if args.demo:
        ensure_demo_store(folder)
    return run_gui(folder, demo=args.demo, worker=args.worker)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo-data": cmd_demo_data,
    "verify": cmd_verify,
    "export": cmd_export,
    "import": cmd_import,
    "bench": cmd_bench,
    "settings": cmd_settings,
    "plan-pdf": cmd_plan_pdf,
    "backup": cmd_backup,
    "restore": cmd_restore,
    **dict.fromkeys(cli_clients.COMMANDS, cmd_clients),
    **cli_accounts.commands(_unlock),
    **cli_reports.commands(_unlock),
    "gui": cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="shelterplan: %(levelname)s %(message)s")
    args = _parser().parse_args(argv)
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except KeyboardInterrupt:
        print("Stopped; nothing more was written.", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as exc:
        known = plain_error(exc)
        if known is not None:
            print(str(known), file=sys.stderr)
            from shelterplan.errors import BackupDamaged, StoreTampered

            damaged = isinstance(known, (StoreTampered, BackupDamaged))
            return EXIT_DAMAGED if damaged else EXIT_USER_ERROR
        if os.environ.get("SHELTERPLAN_DEBUG") == "1":
            raise
        # A bug: name its kind only; messages of unknown errors may carry data.
        print(
            f"shelterplan hit an unexpected problem ({type(exc).__name__}) and stopped. "
            "Nothing more was written. Run again with SHELTERPLAN_DEBUG=1 for details.",
            file=sys.stderr,
        )
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
