"""Worker accounts: add, disable, reset a forgotten passphrase, new recovery key, and
rotating the data key. Administrators only (`Actor.administers`), checked here.

An account is a `Worker` row (name, role, administrator rights, active) and, while she
may unlock the store, a key slot in `keyslots.json` (store/keyslots.py). Disabling an
account removes her slot at once, so she cannot unlock again; rotating the data key
afterwards (`PRAGMA rekey`, see store/keyslots.py for why it needs no other worker's
passphrase) also makes a copy of the old key file useless to her.

Who acts is an `Actor`; a store opened with the recovery key (no worker signed in) acts
as `RECOVERY_KEY_HOLDER`, who administers — the recovery key opens everything anyway,
and it is how an agency whose only administrator forgot her passphrase gets back in.

Every change is appended to the audit trail ("account.add", "account.disable",
"account.rekey", "account.reset_passphrase", "recovery_key.new"), naming who did it and
the worker's id; never a passphrase or a key. New passphrases follow
`store.passphrases` (12+ characters, not a common password).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.rules import InvalidInput, require_choice, require_text
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, NotFound, ShelterplanError
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.store.keyslots import normalise_name
from shelterplan.store.models import Worker
from shelterplan.store.passphrases import (
    WeakPassphrase,
    check_new_passphrase,
    passphrase_refusal,
)

NAME_LENGTH = 120  # Worker.name
RECOVERY_KEY_HOLDER = Actor(worker_id="", name="", role=Role.ADMIN, is_admin=True)


@dataclass(frozen=True)
class Account:
    worker_id: str
    name: str
    role: Role
    is_admin: bool
    active: bool
    can_unlock: bool  # she has a key slot

    @property
    def administers(self) -> bool:
        return self.is_admin or self.role == Role.ADMIN


def new_passphrase_problem(passphrase: str, name: str | None = None) -> WeakPassphrase | None:
    """Why `passphrase` cannot be set (its refusal), or None: for live hints."""
    return passphrase_refusal(passphrase, name)


def acting(session: Session, store: CaseStore) -> Actor:
    """Who is at the keyboard: the signed-in worker, or the recovery key's holder."""
    if not store.worker_name:
        return RECOVERY_KEY_HOLDER
    return actor_named(session, store.worker_name)


def may_manage_accounts(actor: Actor) -> bool:
    return actor.administers


def _require_admin(actor: Actor) -> None:
    if not actor.administers:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only an administrator can manage accounts."))


def _who(actor: Actor) -> str | None:
    return actor.name or None  # None: the recovery key, as at its login


def _find(session: Session, name: str) -> Worker | None:
    """The worker of that name, compared as at login (case and spacing do not count)."""
    wanted = normalise_name(name)
    for worker in session.scalars(select(Worker)):
        if normalise_name(worker.name) == wanted:
            return worker
    return None


def _require(session: Session, name: str) -> Worker:
    worker = _find(session, name)
    if worker is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account with that name."))
    return worker


def _account(worker: Worker, store: CaseStore) -> Account:
    return Account(
        worker_id=worker.id,
        name=worker.name,
        role=Role(worker.role),
        is_admin=bool(worker.is_admin),
        active=bool(worker.active),
        can_unlock=bool(worker.active) and store.has_slot(worker.name),
    )


def accounts(store: CaseStore, actor: Actor) -> list[Account]:
    """Every account, active ones first, then by name."""
    _require_admin(actor)
    with store.session() as session:
        workers = list(session.scalars(select(Worker)))
        found = [_account(worker, store) for worker in workers]
    return sorted(found, key=lambda a: (not a.active, a.name.casefold(), a.worker_id))


def add_worker(
    store: CaseStore,
    actor: Actor,
    name: str,
    role: str,
    is_admin: bool,
    passphrase: str,
) -> Account:
    """A new account that can unlock the store with `passphrase` (hers: she types it, or
    changes it at her first login). A disabled account of the same name, or one imported
    without a key slot, is given back its access with the role given here."""
    _require_admin(actor)
    cleaned = " ".join(require_text(name, QT_TRANSLATE_NOOP("errors", "Her name")).split())
    if len(cleaned) > NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A name can have at most {limit} characters."),
            limit=NAME_LENGTH,
        )
    chosen = require_choice(role, Role, QT_TRANSLATE_NOOP("errors", "The role"))
    check_new_passphrase(passphrase, cleaned)
    with store.session() as session:
        worker = _find(session, cleaned)
        if worker is not None and worker.active and store.has_slot(worker.name):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "There is already an account with that name.")
            )
        if worker is None:
            worker = Worker(name=cleaned)
            session.add(worker)
        worker.role = chosen.value
        worker.is_admin = bool(is_admin) or chosen == Role.ADMIN
        worker.active = True
        session.flush()
        audit_chain.append(session, "account.add", _who(actor), "worker", worker.id)
        # The slot last: if it cannot be saved, the account is rolled back with it.
        store.add_worker_slot(worker.name, passphrase)
        return _account(worker, store)


def _administrators(session: Session) -> list[Worker]:
    active = session.scalars(select(Worker).where(Worker.active.is_(True)))
    return [w for w in active if w.is_admin or w.role == Role.ADMIN]


def disable_worker(store: CaseStore, actor: Actor, name: str, rotate_key: bool = False) -> None:
    """She can no longer unlock: her key slot is removed and her account marked
    inactive (her name stays on the cases and records she worked on). With
    `rotate_key`, the data key is then rotated (see `rotate_data_key`)."""
    _require_admin(actor)
    with store.session() as session:
        worker = _require(session, name)
        if worker.id == actor.worker_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "You cannot disable your own account: ask another administrator."
                )
            )
        if not worker.active and not store.has_slot(worker.name):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That account is already disabled."))
        others = [w for w in _administrators(session) if w.id != worker.id]
        if worker.active and (worker.is_admin or worker.role == Role.ADMIN) and not others:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "That is the last administrator's account: give another account "
                    "administrator rights first.",
                )
            )
        worker.active = False
        session.flush()
        audit_chain.append(session, "account.disable", _who(actor), "worker", worker.id)
        # Her slot goes before the commit: if it cannot be removed, nothing changes.
        store.remove_worker_slot(worker.name)
    if rotate_key:
        rotate_data_key(store, actor)


def rotation_blockers(store: CaseStore, actor: Actor) -> ShelterplanError | None:
    """Why the data key cannot be rotated now (its refusal), or None."""
    _require_admin(actor)
    return store.rotation_blockers()


def rotate_data_key(store: CaseStore, actor: Actor) -> None:
    """Re-encrypt the database under a new data key. Every remaining worker and the
    recovery key still unlock it; the old data key, and any copy of the old key file,
    no longer do. Takes a few seconds on a large store; other windows must be closed."""
    _require_admin(actor)
    problem = store.rotation_blockers()
    if problem is not None:
        raise problem
    store.rotate_data_key()
    with store.session() as session:
        audit_chain.append(session, "account.rekey", _who(actor))


def reset_passphrase(
    store: CaseStore, actor: Actor, name: str, recovery_key: str, new_passphrase: str
) -> None:
    """A forgotten passphrase: the recovery key proves the right to give her a new one
    (a new key slot; the old passphrase stops working)."""
    _require_admin(actor)
    check_new_passphrase(new_passphrase, name)
    with store.session() as session:
        worker = _require(session, name)
        if not worker.active:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "That account is disabled: add it again to give her a new passphrase."
                )
            )
        audit_chain.append(session, "account.reset_passphrase", _who(actor), "worker", worker.id)
        session.flush()
        store.reset_passphrase(worker.name, recovery_key, new_passphrase)


def new_recovery_key(store: CaseStore, actor: Actor) -> str:
    """A new recovery key, to show exactly once; the old one stops working at once."""
    _require_admin(actor)
    with store.session() as session:
        audit_chain.append(session, "recovery_key.new", _who(actor))
        session.flush()
        return store.new_recovery_key()


def change_own_passphrase(store: CaseStore, old: str, new: str) -> None:
    """Her own passphrase: re-wraps her key slot only (audited as passphrase.change)."""
    if not store.worker_name:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Sign in with your name to change your own passphrase.")
        )
    store.change_passphrase(old, new)
