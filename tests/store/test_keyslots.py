"""Key slots behave as the security model says."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import keyring
import pytest

from shelterplan.errors import (
    DeviceKeyUnavailable,
    KeyFileCorrupt,
    KeyFileMissing,
    WrongPassphrase,
)
from shelterplan.store import device
from shelterplan.store.casestore import DB_FILE, CaseStore
from shelterplan.store.keyslots import FILE_NAME, KeySlots, parse_recovery_key
from tests.conftest import ADMIN, PASSPHRASE, MemoryKeyring


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_unlock_with_right_passphrase_any_spacing_and_case(store, store_folder):
    store.close()
    with CaseStore.unlock(store_folder, "  ana   ADMIN ", PASSPHRASE) as again:
        assert again.worker_name.strip()


def test_wrong_passphrase_is_refused_plainly(store, store_folder):
    store.close()
    with pytest.raises(WrongPassphrase) as caught:
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE + "x")
    assert "passphrase is not right" in str(caught.value)


def test_unknown_worker_gets_the_same_message(store, store_folder):
    store.close()
    with pytest.raises(WrongPassphrase) as caught:
        CaseStore.unlock(store_folder, "Nobody Here", PASSPHRASE)
    assert str(caught.value) == str(WrongPassphrase())


def test_another_workers_slot_under_her_name_does_not_open(store, store_folder):
    store.add_worker_slot("Bea Worker", "bea's own long passphrase")
    store.close()
    document = json.loads((store_folder / FILE_NAME).read_text())
    slots = {s["worker"]: s for s in document["slots"] if s["kind"] == "worker"}
    # Swap Bea's key material into Ana's slot (keeping Ana's name on it).
    for field in set(slots["Bea Worker"]) - {"kind", "worker"}:
        slots[ADMIN][field] = slots["Bea Worker"][field]
    (store_folder / FILE_NAME).write_text(json.dumps(document))
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, ADMIN, "bea's own long passphrase")
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)


def test_recovery_key_opens_the_store(new_store, store_folder):
    store, recovery_key = new_store
    store.close()
    with CaseStore.unlock_with_recovery_key(store_folder, recovery_key.lower()) as again:
        assert again.engine is not None
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock_with_recovery_key(store_folder, "AAAA-" * 12 + "AAAA")


def test_lost_passphrase_and_recovery_key_means_no_way_in(new_store, store_folder):
    store, recovery_key = new_store
    store.close()
    other = parse_recovery_key(recovery_key)
    wrong = bytes([other[0] ^ 1]) + other[1:]
    import base64

    guessed = base64.b32encode(wrong).decode().rstrip("=")
    for attempt in ("a guessed long passphrase", "another long guess here"):
        with pytest.raises(WrongPassphrase):
            CaseStore.unlock(store_folder, ADMIN, attempt)
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock_with_recovery_key(store_folder, guessed)


def test_changing_passphrase_rewraps_the_same_data_key(store, store_folder):
    slots_before = KeySlots.load(store_folder)
    store.change_passphrase(PASSPHRASE, "a brand new long passphrase")
    store.close()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    CaseStore.unlock(store_folder, ADMIN, "a brand new long passphrase").close()
    # The data key did not change: the recovery slot still opens the store, untouched.
    recovery_before = [s for s in slots_before.slots if s["kind"] == "recovery"]
    recovery_after = [s for s in KeySlots.load(store_folder).slots if s["kind"] == "recovery"]
    assert recovery_before == recovery_after


def test_rewrap_does_not_rewrite_database_pages(store, store_folder):
    store.close()
    before = _sha(store_folder / DB_FILE)
    slots = KeySlots.load(store_folder)
    data_key = slots.unlock_worker(ADMIN, PASSPHRASE, device.load_device_secret(slots.store_id))
    slots.add_worker(
        ADMIN, "another long passphrase", data_key, device.load_device_secret(slots.store_id)
    )
    slots.save(store_folder)
    assert _sha(store_folder / DB_FILE) == before


def test_copied_store_is_useless_on_another_laptop_without_recovery_key(
    new_store, store_folder, tmp_path
):
    store, recovery_key = new_store
    assert not store.passphrase_only
    store.close()
    stolen = tmp_path / "stolen"
    shutil.copytree(store_folder, stolen)
    keyring.set_keyring(MemoryKeyring())  # another laptop: its own, empty keyring
    with pytest.raises(DeviceKeyUnavailable):
        CaseStore.unlock(stolen, ADMIN, PASSPHRASE)
    CaseStore.unlock_with_recovery_key(stolen, recovery_key).close()


def test_no_keyring_means_passphrase_only_mode(no_keyring, tmp_path):
    store, _ = CaseStore.create(tmp_path / "s", ADMIN, PASSPHRASE)
    assert store.passphrase_only
    store.close()
    assert KeySlots.load(tmp_path / "s").device_bound is False


class _PlaintextLookalike(MemoryKeyring):
    pass


_PlaintextLookalike.__module__ = "keyrings.alt.file"


def test_plaintext_and_null_backends_are_refused():
    from keyring.backends.null import Keyring as NullKeyring

    keyring.set_keyring(_PlaintextLookalike())
    assert device.usable_keyring() is None
    keyring.set_keyring(NullKeyring())
    assert device.usable_keyring() is None
    keyring.set_keyring(MemoryKeyring())
    assert device.usable_keyring() is not None


def test_missing_key_file(store, store_folder):
    store.close()
    (store_folder / FILE_NAME).unlink()
    with pytest.raises(KeyFileMissing) as caught:
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    assert "keyslots.json" in str(caught.value)


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "not json at all",
        lambda text: json.dumps({"format": "something else"}),
        lambda text: text.replace('"memory_kib": 65536', '"memory_kib": 8'),
        lambda text: text.replace('"kind": "worker"', '"kind": 5'),
    ],
    ids=["truncated", "garbage", "foreign", "weakened-argon2", "wrong-type"],
)
def test_corrupt_key_file_is_reported_and_left_alone(store, store_folder, damage):
    store.close()
    path = store_folder / FILE_NAME
    damaged = damage(path.read_text())
    path.write_text(damaged)
    with pytest.raises(KeyFileCorrupt):
        CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    assert path.read_text() == damaged  # nothing rewritten


def test_key_file_is_written_atomically_and_privately(store, store_folder):
    store.add_worker_slot("Bea Worker", "bea's own long passphrase")
    leftovers = [p.name for p in store_folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert (store_folder / FILE_NAME).stat().st_mode & 0o077 == 0
