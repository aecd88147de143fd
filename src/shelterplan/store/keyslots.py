"""Key slots: the database's data key, wrapped once per worker and once for recovery.

The data key is 256 random bits used as SQLCipher's raw key. Each worker's slot wraps it
with AES-GCM under a key derived from her passphrase by Argon2id (64 MiB), with the
per-device secret as Argon2's secret input when the store is tied to a keyring. The
recovery slot wraps it under the recovery key itself (already 256 random bits, so HKDF
suffices). The slot's associated data names the store, the slot kind and the worker,
so a slot moved under another worker's name does not open. Changing a passphrase only
re-wraps; the database is never re-encrypted.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shelterplan.errors import KeyFileCorrupt, KeyFileMissing, WrongPassphrase
from shelterplan.store.atomic import write_atomic

FILE_NAME = "keyslots.json"
FORMAT = "shelterplan-keyslots"
FORMAT_VERSION = 1
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_ITERATIONS = 3
ARGON2_LANES = 4
_RECOVERY_GROUP = 4


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """256 random bits as grouped base32, easy to write down and type back."""
    text = base64.b32encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP))


def parse_recovery_key(typed: str) -> bytes:
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError as exc:
        raise WrongPassphrase("That recovery key is not right. Check each group.") from exc
    if len(raw) != 32:
        raise WrongPassphrase("That recovery key is not right. Check each group.")
    return raw


def normalise_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KeySlots:
    store_id: str
    device_bound: bool
    slots: list[dict[str, Any]] = field(default_factory=list)

    # --- file -----------------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path) -> KeySlots:
        path = folder / FILE_NAME
        if not path.exists():
            raise KeyFileMissing()
        try:
            document = json.loads(path.read_bytes())
            if document.get("format") != FORMAT or document.get("version") != FORMAT_VERSION:
                raise KeyFileCorrupt()
            slots = document["slots"]
            if not isinstance(slots, list) or not all(_slot_shape_ok(s) for s in slots):
                raise KeyFileCorrupt()
            return cls(
                store_id=str(document["store_id"]),
                device_bound=bool(document["device_bound"]),
                slots=slots,
            )
        except KeyFileCorrupt:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise KeyFileCorrupt() from exc

    def save(self, folder: Path) -> None:
        document = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "store_id": self.store_id,
            "device_bound": self.device_bound,
            "slots": self.slots,
        }
        write_atomic(folder / FILE_NAME, json.dumps(document, indent=2).encode("utf-8"))

    # --- slots ----------------------------------------------------------------------
    def worker_names(self) -> list[str]:
        return [s["worker"] for s in self.slots if s["kind"] == "worker"]

    def has_worker(self, name: str) -> bool:
        return self._worker_slot(name) is not None

    def add_worker(
        self, name: str, passphrase: str, data_key: bytes, device_secret: bytes | None
    ) -> None:
        self.remove_worker(name)
        salt = secrets.token_bytes(16)
        slot: dict[str, Any] = {
            "kind": "worker",
            "worker": " ".join(name.split()),
            "kdf": {
                "name": "argon2id",
                "memory_kib": ARGON2_MEMORY_KIB,
                "iterations": ARGON2_ITERATIONS,
                "lanes": ARGON2_LANES,
                "salt": _b64(salt),
            },
        }
        kek = _argon2(passphrase, slot["kdf"], device_secret if self.device_bound else None)
        self._seal(slot, kek, data_key)
        self.slots.append(slot)

    def set_recovery(self, recovery_key: str, data_key: bytes) -> None:
        self.slots = [s for s in self.slots if s["kind"] != "recovery"]
        slot: dict[str, Any] = {
            "kind": "recovery",
            "worker": "",
            "kdf": {"name": "hkdf-sha256", "salt": _b64(secrets.token_bytes(16))},
        }
        self._seal(slot, _hkdf(parse_recovery_key(recovery_key), slot["kdf"]), data_key)
        self.slots.append(slot)

    def remove_worker(self, name: str) -> bool:
        before = len(self.slots)
        wanted = normalise_name(name)
        self.slots = [
            s
            for s in self.slots
            if not (s["kind"] == "worker" and normalise_name(s["worker"]) == wanted)
        ]
        return len(self.slots) != before

    def unlock_worker(self, name: str, passphrase: str, device_secret: bytes | None) -> bytes:
        slot = self._worker_slot(name)
        if slot is None:
            # Same work and message as a wrong passphrase: do not reveal who has a slot.
            _argon2(passphrase, _dummy_kdf(), None)
            raise WrongPassphrase()
        kek = _argon2(passphrase, slot["kdf"], device_secret if self.device_bound else None)
        return self._open(slot, kek)

    def unlock_recovery(self, recovery_key: str) -> bytes:
        raw = parse_recovery_key(recovery_key)
        for slot in self.slots:
            if slot["kind"] == "recovery":
                try:
                    return self._open(slot, _hkdf(raw, slot["kdf"]))
                except WrongPassphrase:
                    break
        raise WrongPassphrase("That recovery key is not right for this store.")

    # --- sealing --------------------------------------------------------------------
    def _associated_data(self, slot: dict[str, Any]) -> bytes:
        return json.dumps(
            [FORMAT, self.store_id, slot["kind"], normalise_name(slot["worker"])]
        ).encode("utf-8")

    def _seal(self, slot: dict[str, Any], kek: bytes, data_key: bytes) -> None:
        nonce = secrets.token_bytes(12)
        slot["nonce"] = _b64(nonce)
        slot["wrapped_key"] = _b64(
            AESGCM(kek).encrypt(nonce, data_key, self._associated_data(slot))
        )

    def _open(self, slot: dict[str, Any], kek: bytes) -> bytes:
        try:
            data_key = AESGCM(kek).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped_key"]), self._associated_data(slot)
            )
        except (InvalidTag, ValueError) as exc:
            raise WrongPassphrase() from exc
        if len(data_key) != 32:
            raise KeyFileCorrupt()
        return data_key

    def _worker_slot(self, name: str) -> dict[str, Any] | None:
        wanted = normalise_name(name)
        for slot in self.slots:
            if slot["kind"] == "worker" and normalise_name(slot["worker"]) == wanted:
                return slot
        return None


def _slot_shape_ok(slot: object) -> bool:
    if not isinstance(slot, dict):
        return False
    if slot.get("kind") not in ("worker", "recovery"):
        return False
    kdf = slot.get("kdf")
    return (
        isinstance(slot.get("worker"), str)
        and isinstance(slot.get("nonce"), str)
        and isinstance(slot.get("wrapped_key"), str)
        and isinstance(kdf, dict)
        and isinstance(kdf.get("salt"), str)
    )


def _dummy_kdf() -> dict[str, Any]:
    return {
        "memory_kib": ARGON2_MEMORY_KIB,
        "iterations": ARGON2_ITERATIONS,
        "lanes": ARGON2_LANES,
        "salt": _b64(bytes(16)),
    }


def _argon2(passphrase: str, kdf: dict[str, Any], device_secret: bytes | None) -> bytes:
    try:
        memory = int(kdf["memory_kib"])
        iterations = int(kdf["iterations"])
        lanes = int(kdf["lanes"])
        salt = _unb64(kdf["salt"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileCorrupt() from exc
    if memory < ARGON2_MEMORY_KIB or iterations < 1 or not 1 <= lanes <= 16 or memory > 4 << 20:
        raise KeyFileCorrupt()  # weakened or absurd parameters are a tampered file
    return Argon2id(
        salt=salt,
        length=32,
        iterations=iterations,
        lanes=lanes,
        memory_cost=memory,
        secret=device_secret,
    ).derive(passphrase.encode("utf-8"))


def _hkdf(recovery_key: bytes, kdf: dict[str, Any]) -> bytes:
    try:
        salt = _unb64(kdf["salt"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileCorrupt() from exc
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"shelterplan recovery slot"
    ).derive(recovery_key)
