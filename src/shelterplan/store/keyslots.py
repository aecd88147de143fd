"""Key slots: the database's data key, made reachable once per worker and once for recovery.

The data key is 256 random bits used as SQLCipher's raw key.

**Slots (format version 2).** Every slot holds an X25519 key pair and the data key
*sealed* to the slot's public key (an ephemeral X25519 exchange, HKDF-SHA256, AES-GCM:
the same construction as ECIES / age):

- a worker's slot keeps its private key wrapped with AES-GCM under a key derived from
  her passphrase by Argon2id (64 MiB), with the per-device secret as Argon2's secret
  input when the store is tied to a keyring;
- the recovery slot's private key is derived from the recovery key itself (256 random
  bits, so HKDF suffices) and is never stored.

Unlocking derives her key, unwraps her private key and unseals the data key. Changing a
passphrase only re-wraps; the database is never re-encrypted.

**Why public keys: rotating the data key.** When a worker leaves, her slot is removed;
but she may have kept a copy of the key file and knows her passphrase, so she could
still unwrap the *old* data key and read a copy of the database taken later. An
administrator can therefore rotate the data key (`PRAGMA rekey` with a fresh key). The
new key must then reach every remaining worker without anyone knowing their
passphrases — which a plain passphrase wrap cannot do, and a shared key-encryption key
would not fix (the departed worker knows that one too). Sealing to each slot's public
key needs no secret of the recipient: the rotating administrator seals the new data key
to every remaining slot and to the recovery slot, and the departed worker's private key
opens none of them.

A slot's public key could be swapped in the file by someone who can write to it but does
not hold the data key; so each slot carries `key_check`, an HMAC of its identity and
public key under a key derived from the data key, checked before anything is sealed to
it. The associated data of every AEAD names the store, the slot kind, the worker and the
public key, so material moved between slots does not open.

**Rotation is crash-safe** in two steps: the new key is first sealed beside the current
one in every slot (`next_data_key`, saved), then the database is rekeyed (one SQLite
transaction), then the new key replaces the old one in every slot (saved). An unlock
that finds a rotation half-done tries the current key first, then the next one, and
finishes or forgets the rotation to match the database.

**Version 1 files** (before rotation existed) wrapped the data key directly under the
passphrase-derived key (worker) or an HKDF of the recovery key. They still open; a
worker's slot is rewritten in the new form the next time she unlocks, and the recovery
slot when the recovery key is next used. Rotation refuses while a remaining slot is
still of the old form, naming the workers who must unlock once first.
"""

from __future__ import annotations

import base64
import copy
import hmac
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shelterplan.errors import KeyFileCorrupt, KeyFileMissing, ShelterplanError, WrongPassphrase
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.atomic import write_atomic

FILE_NAME = "keyslots.json"
FORMAT = "shelterplan-keyslots"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_ITERATIONS = 3
ARGON2_LANES = 4
_RECOVERY_GROUP = 4
_SEALED_FIELDS = ("ephemeral", "nonce", "sealed")


class RotationRefused(ShelterplanError):
    """The data key cannot be rotated yet; the message says what to do first."""


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
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("errors", "That recovery key is not right. Check each group.")
        ) from exc
    if len(raw) != 32:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("errors", "That recovery key is not right. Check each group.")
        )
    return raw


def normalise_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _is_legacy(slot: dict[str, Any]) -> bool:
    """A version 1 slot: the data key wrapped directly, no key pair."""
    return "public_key" not in slot


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
            version = document.get("version")
            if document.get("format") != FORMAT or version not in READABLE_VERSIONS:
                raise KeyFileCorrupt()
            if type(version) is not int:
                raise KeyFileCorrupt()
            slots = document["slots"]
            if not isinstance(slots, list) or not all(_slot_shape_ok(s, version) for s in slots):
                raise KeyFileCorrupt()
            if sum(1 for s in slots if s["kind"] == "recovery") > 1:
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

    def copy(self) -> KeySlots:
        """A deep copy to change and save, so a failed save leaves this one as it was."""
        return KeySlots(self.store_id, self.device_bound, copy.deepcopy(self.slots))

    # --- slots ----------------------------------------------------------------------
    def worker_names(self) -> list[str]:
        return [s["worker"] for s in self.slots if s["kind"] == "worker"]

    def has_worker(self, name: str) -> bool:
        return self._worker_slot(name) is not None

    def legacy_workers(self) -> list[str]:
        """Workers whose slot is still of the version 1 form (no key pair)."""
        return [s["worker"] for s in self.slots if s["kind"] == "worker" and _is_legacy(s)]

    def legacy_recovery(self) -> bool:
        slot = self._recovery_slot()
        return slot is not None and _is_legacy(slot)

    def add_worker(
        self, name: str, passphrase: str, data_key: bytes, device_secret: bytes | None
    ) -> None:
        """Give `name` a new slot (replacing hers, if any) opened by `passphrase`."""
        private = X25519PrivateKey.generate()
        slot: dict[str, Any] = {
            "kind": "worker",
            "worker": " ".join(name.split()),
            "kdf": {
                "name": "argon2id",
                "memory_kib": ARGON2_MEMORY_KIB,
                "iterations": ARGON2_ITERATIONS,
                "lanes": ARGON2_LANES,
                "salt": _b64(secrets.token_bytes(16)),
            },
            "public_key": _b64(private.public_key().public_bytes_raw()),
        }
        kek = _argon2(passphrase, slot["kdf"], device_secret if self.device_bound else None)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(
            nonce, private.private_bytes_raw(), self._context(slot, "private_key")
        )
        slot["private_key"] = {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}
        self._seal_into(slot, data_key)
        self.remove_worker(name)
        self.slots.append(slot)

    def set_recovery(self, recovery_key: str, data_key: bytes) -> None:
        """Make `recovery_key` the one recovery key (any previous one stops working)."""
        salt = secrets.token_bytes(16)
        slot: dict[str, Any] = {
            "kind": "recovery",
            "worker": "",
            "kdf": {"name": "hkdf-sha256-x25519", "salt": _b64(salt)},
        }
        private = _recovery_private_key(parse_recovery_key(recovery_key), slot["kdf"])
        slot["public_key"] = _b64(private.public_key().public_bytes_raw())
        self._seal_into(slot, data_key)
        self.slots = [s for s in self.slots if s["kind"] != "recovery"]
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

    # --- unlocking ------------------------------------------------------------------
    def unlock_worker(self, name: str, passphrase: str, device_secret: bytes | None) -> bytes:
        """The data key from her slot (the current one, if a rotation is half-done)."""
        return self.worker_keys(name, passphrase, device_secret)[0]

    def worker_keys(self, name: str, passphrase: str, device_secret: bytes | None) -> list[bytes]:
        """The data keys her slot opens: the current one, then the next one while a
        rotation is half-done. The caller finds which one opens the database."""
        slot = self._worker_slot(name)
        if slot is None:
            # Same work and message as a wrong passphrase: do not reveal who has a slot.
            _argon2(passphrase, _dummy_kdf(), None)
            raise WrongPassphrase()
        kek = _argon2(passphrase, slot["kdf"], device_secret if self.device_bound else None)
        if _is_legacy(slot):
            return [self._open_legacy(slot, kek)]
        try:
            raw = AESGCM(kek).decrypt(
                _unb64(slot["private_key"]["nonce"]),
                _unb64(slot["private_key"]["wrapped"]),
                self._context(slot, "private_key"),
            )
        except (InvalidTag, ValueError) as exc:
            raise WrongPassphrase() from exc
        if len(raw) != 32:
            raise KeyFileCorrupt()
        return self._unseal_all(slot, X25519PrivateKey.from_private_bytes(raw))

    def unlock_recovery(self, recovery_key: str) -> bytes:
        return self.recovery_keys(recovery_key)[0]

    def recovery_keys(self, recovery_key: str) -> list[bytes]:
        raw = parse_recovery_key(recovery_key)
        slot = self._recovery_slot()
        wrong = WrongPassphrase(
            QT_TRANSLATE_NOOP("errors", "That recovery key is not right for this store.")
        )
        if slot is None:
            raise wrong
        try:
            if _is_legacy(slot):
                return [self._open_legacy(slot, _hkdf(raw, slot["kdf"]))]
            return self._unseal_all(slot, _recovery_private_key(raw, slot["kdf"]))
        except WrongPassphrase:
            raise wrong from None

    # --- rotating the data key ------------------------------------------------------
    @property
    def rotation_staged(self) -> bool:
        return any("next_data_key" in s for s in self.slots)

    def check_rotatable(self, data_key: bytes) -> None:
        """Refuse (plainly) unless every slot can receive a new key without a secret."""
        legacy = self.legacy_workers()
        if legacy:
            raise RotationRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The data key cannot be changed yet: these workers must each unlock the "
                    "store once with this version of shelterplan first (or be disabled): "
                    "{names}.",
                ),
                names=", ".join(sorted(legacy, key=str.casefold)),
            )
        if self.legacy_recovery():
            raise RotationRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The data key cannot be changed yet: this store's recovery key is of an older "
                    "kind. Make a new recovery key first, then change the data key.",
                )
            )
        if self._recovery_slot() is None:
            raise RotationRefused(
                QT_TRANSLATE_NOOP("errors", "This store has no recovery key: make one first.")
            )
        for slot in self.slots:
            if not hmac.compare_digest(_unb64(slot["key_check"]), self._check(slot, data_key)):
                raise KeyFileCorrupt()

    def stage_rotation(self, data_key: bytes, new_key: bytes) -> None:
        """Seal `new_key` beside the current key in every slot (step 1 of a rotation)."""
        self.check_rotatable(data_key)
        for slot in self.slots:
            public = X25519PublicKey.from_public_bytes(_unb64(slot["public_key"]))
            slot["next_data_key"] = _seal(public, new_key, self._context(slot, "data_key"))
            slot["next_key_check"] = _b64(self._check(slot, new_key))

    def settle(self, opened_key: bytes) -> None:
        """Finish or forget a half-done rotation, slot by slot, to match `opened_key` (the
        key that opened the database): where it is a slot's next key, that becomes its
        key; where it is the slot's current key, the next one is dropped. Each slot's
        key checks tell which is which, without opening any slot."""
        for slot in self.slots:
            if "next_data_key" not in slot:
                continue
            if hmac.compare_digest(_unb64(slot["next_key_check"]), self._check(slot, opened_key)):
                slot["data_key"] = slot.pop("next_data_key")
                slot["key_check"] = slot.pop("next_key_check")
            else:
                slot.pop("next_data_key")
                slot.pop("next_key_check")

    # --- sealing --------------------------------------------------------------------
    def _context(self, slot: dict[str, Any], purpose: str) -> bytes:
        """Associated data: this store, this slot, this public key, this use."""
        return json.dumps(
            [
                FORMAT,
                self.store_id,
                slot["kind"],
                normalise_name(slot["worker"]),
                purpose,
                slot["public_key"],
            ]
        ).encode("utf-8")

    def _check(self, slot: dict[str, Any], data_key: bytes) -> bytes:
        """Binds the slot's identity and public key to the data key: only a holder of the
        data key can add a slot that a rotation will seal the next key to."""
        mac_key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"shelterplan key-slot check"
        ).derive(data_key)
        return hmac.digest(mac_key, self._context(slot, "key_check"), "sha256")

    def _seal_into(self, slot: dict[str, Any], data_key: bytes) -> None:
        public = X25519PublicKey.from_public_bytes(_unb64(slot["public_key"]))
        slot["data_key"] = _seal(public, data_key, self._context(slot, "data_key"))
        slot["key_check"] = _b64(self._check(slot, data_key))

    def _unseal_all(self, slot: dict[str, Any], private: X25519PrivateKey) -> list[bytes]:
        if private.public_key().public_bytes_raw() != _unb64(slot["public_key"]):
            raise WrongPassphrase()
        context = self._context(slot, "data_key")
        keys = [_unseal(private, slot["data_key"], context)]
        if "next_data_key" in slot:
            keys.append(_unseal(private, slot["next_data_key"], context))
        return keys

    def _legacy_associated_data(self, slot: dict[str, Any]) -> bytes:
        return json.dumps(
            [FORMAT, self.store_id, slot["kind"], normalise_name(slot["worker"])]
        ).encode("utf-8")

    def _open_legacy(self, slot: dict[str, Any], kek: bytes) -> bytes:
        try:
            data_key = AESGCM(kek).decrypt(
                _unb64(slot["nonce"]),
                _unb64(slot["wrapped_key"]),
                self._legacy_associated_data(slot),
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

    def _recovery_slot(self) -> dict[str, Any] | None:
        return next((s for s in self.slots if s["kind"] == "recovery"), None)


def _seal(public: X25519PublicKey, secret: bytes, context: bytes) -> dict[str, str]:
    """`secret` readable only with the private key of `public` (ephemeral-static ECDH)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes_raw()
    key = _sealing_key(ephemeral.exchange(public), ephemeral_raw, public.public_bytes_raw())
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, secret, context)
    return {"ephemeral": _b64(ephemeral_raw), "nonce": _b64(nonce), "sealed": _b64(sealed)}


def _unseal(private: X25519PrivateKey, box: dict[str, str], context: bytes) -> bytes:
    try:
        ephemeral_raw = _unb64(box["ephemeral"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        key = _sealing_key(shared, ephemeral_raw, private.public_key().public_bytes_raw())
        secret = AESGCM(key).decrypt(_unb64(box["nonce"]), _unb64(box["sealed"]), context)
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        # The private key was right (it matched the public key), so this is damage.
        raise KeyFileCorrupt() from exc
    if len(secret) != 32:
        raise KeyFileCorrupt()
    return secret


def _sealing_key(shared: bytes, ephemeral_raw: bytes, recipient_raw: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_raw + recipient_raw,
        info=b"shelterplan sealed data key",
    ).derive(shared)


def _recovery_private_key(recovery_key: bytes, kdf: dict[str, Any]) -> X25519PrivateKey:
    try:
        salt = _unb64(kdf["salt"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileCorrupt() from exc
    seed = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"shelterplan recovery x25519"
    ).derive(recovery_key)
    return X25519PrivateKey.from_private_bytes(seed)


def _b64_field(value: object, length: int | None = None) -> bool:
    if not isinstance(value, str):
        return False
    try:
        raw = _unb64(value)
    except ValueError:
        return False
    return length is None or len(raw) == length


def _sealed_ok(box: object) -> bool:
    return (
        isinstance(box, dict)
        and set(box) == set(_SEALED_FIELDS)
        and _b64_field(box["ephemeral"], 32)
        and _b64_field(box["nonce"], 12)
        and _b64_field(box["sealed"])
    )


def _slot_shape_ok(slot: object, version: int) -> bool:
    if not isinstance(slot, dict):
        return False
    if slot.get("kind") not in ("worker", "recovery"):
        return False
    kdf = slot.get("kdf")
    if not (
        isinstance(slot.get("worker"), str)
        and isinstance(kdf, dict)
        and isinstance(kdf.get("salt"), str)
    ):
        return False
    if _is_legacy(slot):
        return isinstance(slot.get("nonce"), str) and isinstance(slot.get("wrapped_key"), str)
    if version < 2:
        return False
    if not (
        _b64_field(slot["public_key"], 32)
        and _sealed_ok(slot.get("data_key"))
        and _b64_field(slot.get("key_check"), 32)
    ):
        return False
    if ("next_data_key" in slot) != ("next_key_check" in slot):
        return False
    if "next_data_key" in slot and not (
        _sealed_ok(slot["next_data_key"]) and _b64_field(slot["next_key_check"], 32)
    ):
        return False
    if slot["kind"] == "worker":
        private = slot.get("private_key")
        return (
            isinstance(private, dict)
            and _b64_field(private.get("nonce"), 12)
            and _b64_field(private.get("wrapped"))
        )
    return True


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
    """The version 1 recovery slot's wrapping key."""
    try:
        salt = _unb64(kdf["salt"])
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileCorrupt() from exc
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"shelterplan recovery slot"
    ).derive(recovery_key)
