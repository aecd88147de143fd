"""`shelterplan worker ...`, `shelterplan recovery-key new` and `shelterplan data-key rotate`.

    shelterplan --worker ADMIN worker add NAME --role worker|supervisor|admin [--admin]
    shelterplan --worker ADMIN worker disable NAME [--rotate-key]
    shelterplan --worker ADMIN worker list
    shelterplan --worker ADMIN worker reset-passphrase NAME
    shelterplan --worker ADMIN recovery-key new
    shelterplan --worker ADMIN data-key rotate

The administrator unlocks as for every command (SHELTERPLAN_PASSPHRASE or a prompt; or,
without --worker, SHELTERPLAN_RECOVERY_KEY). The new worker's passphrase comes from
SHELTERPLAN_NEW_PASSPHRASE or a prompt (typed twice); a reset asks for the recovery key
(SHELTERPLAN_RECOVERY_KEY or a prompt). Nothing secret is ever taken from the command
line, where other users of the computer could read it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from shelterplan.errors import ShelterplanError

Unlock = Callable[[argparse.Namespace], AbstractContextManager[Any]]
NEW_PASSPHRASE_VARIABLE = "SHELTERPLAN_NEW_PASSPHRASE"
RECOVERY_KEY_VARIABLE = "SHELTERPLAN_RECOVERY_KEY"
ROLES = ("worker", "supervisor", "admin")


class AccountCommandError(ShelterplanError):
    """A problem with how an account command was called."""


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    worker = sub.add_parser("worker", help="add, disable, list workers; reset a passphrase")
    actions = worker.add_subparsers(dest="worker_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="a new account (her passphrase: prompt or env)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument(
        "--admin", action="store_true", help="also an administrator (accounts, settings)"
    )
    disable = actions.add_parser("disable", help="she can no longer unlock the store")
    disable.add_argument("name", metavar="NAME")
    disable.add_argument(
        "--rotate-key",
        action="store_true",
        help="then re-encrypt the store under a new data key (old key files stop working)",
    )
    actions.add_parser("list", help="every account, with its role")
    reset = actions.add_parser("reset-passphrase", help="a forgotten passphrase (recovery key)")
    reset.add_argument("name", metavar="NAME")

    recovery = sub.add_parser("recovery-key", help="make a new recovery key (shown once)")
    recovery_actions = recovery.add_subparsers(
        dest="recovery_command", metavar="ACTION", required=True
    )
    recovery_actions.add_parser("new", help="the old recovery key stops working")

    data_key = sub.add_parser("data-key", help="re-encrypt the store under a new data key")
    data_actions = data_key.add_subparsers(dest="data_key_command", metavar="ACTION", required=True)
    data_actions.add_parser("rotate", help="old copies of the key file stop working")


def commands(unlock: Unlock) -> dict[str, Callable[[argparse.Namespace], int]]:
    """The commands of this module, given how cli.py unlocks the store."""
    return {
        "worker": lambda args: cmd_worker(unlock, args),
        "recovery-key": lambda args: cmd_recovery_key(unlock, args),
        "data-key": lambda args: cmd_data_key(unlock, args),
    }


def _secret(variable: str, prompt: str, what: str, confirm: bool = False) -> str:
    from_env = os.environ.get(variable)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise AccountCommandError(f"No {what} given: type it at the prompt, or set {variable}.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise AccountCommandError("The two passphrases differ; nothing was changed.")
    return first


def _new_passphrase(name: str) -> str:
    from shelterplan.store.passphrases import check_new_passphrase

    passphrase = _secret(
        NEW_PASSPHRASE_VARIABLE, f"New passphrase for {name}: ", "new passphrase", confirm=True
    )
    check_new_passphrase(passphrase, name)  # before the store is unlocked (Argon2 is slow)
    return passphrase


def _recovery_key() -> str:
    return _secret(RECOVERY_KEY_VARIABLE, "Recovery key: ", "recovery key")


def cmd_worker(unlock: Unlock, args: argparse.Namespace) -> int:
    from shelterplan.core import accounts

    action = args.worker_command
    new_passphrase = _new_passphrase(args.name) if action in ("add", "reset-passphrase") else ""
    recovery_key = _recovery_key() if action == "reset-passphrase" else ""
    with unlock(args) as store:
        with store.session() as session:
            actor = accounts.acting(session, store)
        if action == "list":
            print("\n".join(_lines(accounts.accounts(store, actor))))
        elif action == "add":
            added = accounts.add_worker(
                store, actor, args.name, args.role, args.admin, new_passphrase
            )
            rights = " with administrator rights" if added.is_admin else ""
            print(f"Added {added.name} ({added.role.value}{rights}); she can unlock the store.")
        elif action == "disable":
            accounts.disable_worker(store, actor, args.name)
            print(f"Disabled {args.name}: she can no longer unlock the store.")
            if args.rotate_key:
                _rotate(store, actor)
        else:
            accounts.reset_passphrase(store, actor, args.name, recovery_key, new_passphrase)
            print(f"Set a new passphrase for {args.name}; her old one no longer works.")
    return 0


def _rotate(store: Any, actor: Any) -> None:
    from shelterplan.core import accounts

    accounts.rotate_data_key(store, actor)
    print(
        "The store is now encrypted under a new data key: older copies of the key file "
        "no longer open it. Backups made before now are still under the old key."
    )


def _lines(found: list[Any]) -> list[str]:
    rows = [("NAME", "ROLE", "ADMINISTRATOR", "STATUS")]
    for account in found:
        status = "active" if account.can_unlock else ("no key slot" if account.active else "")
        rows.append(
            (
                account.name,
                account.role.value,
                "yes" if account.administers else "no",
                status or "disabled",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
        + "  "
        + row[3]
        for row in rows
    ]


def cmd_recovery_key(unlock: Unlock, args: argparse.Namespace) -> int:
    from shelterplan.core import accounts

    with unlock(args) as store:
        with store.session() as session:
            actor = accounts.acting(session, store)
        recovery_key = accounts.new_recovery_key(store, actor)
    print("NEW RECOVERY KEY (shown only this once - write it down and keep it locked away):")
    print(f"    {recovery_key}")
    print()
    print("The old recovery key no longer opens this store. Backups made before now may")
    print("still need the old one: keep it with those backups until they are destroyed.")
    return 0


def cmd_data_key(unlock: Unlock, args: argparse.Namespace) -> int:
    from shelterplan.core import accounts

    with unlock(args) as store:
        with store.session() as session:
            actor = accounts.acting(session, store)
        _rotate(store, actor)
    return 0
