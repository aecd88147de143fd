"""The per-device secret kept in the operating system's keyring.

Mixed into every worker's slot key, so that a copied database and key file are useless
away from this laptop without the recovery key. Only real OS keyrings are trusted: the
fail and null backends and everything from `keyrings.alt` (plaintext or weakly protected
files) are refused, and the store then runs in passphrase-only mode and says so.
"""

from __future__ import annotations

import secrets

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "shelterplan"
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _trusted(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULES):
        return False
    if module == "keyring.backends.chainer":
        inner = getattr(backend, "backends", [])
        return bool(inner) and all(_trusted(b) for b in inner)
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # a backend that cannot even report its priority is unusable
        return False


def usable_keyring() -> KeyringBackend | None:
    """The system keyring if it is a real OS backend, else None (passphrase-only mode)."""
    backend = keyring.get_keyring()
    return backend if _trusted(backend) else None


def _entry(store_id: str) -> str:
    return f"device-secret:{store_id}"


def create_device_secret(store_id: str) -> bytes | None:
    """Make and keep a new secret for this store; None when no trusted keyring is usable."""
    backend = usable_keyring()
    if backend is None:
        return None
    secret = secrets.token_bytes(32)
    try:
        backend.set_password(SERVICE, _entry(store_id), secret.hex())
    except KeyringError:
        return None
    return secret


def load_device_secret(store_id: str) -> bytes | None:
    backend = usable_keyring()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, _entry(store_id))
    except KeyringError:
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None
