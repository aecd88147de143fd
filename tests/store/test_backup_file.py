"""One backup file: what it holds, restoring it, and every way a bad file is refused.

SHELTERPLAN_FLIPS=N sets how many single-byte flips the soak tests make in a store and
in a backup (20 by default; 500 on demand). SHELTERPLAN_SOAK=N sets how many backups are
taken while another process writes (3 by default).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import shutil
import stat
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import select

from shelterplan.core import accounts
from shelterplan.core.actors import actor_named
from shelterplan.core.backups import restore_backup
from shelterplan.core.erasure import client_of_case, erase_and_vacuum, erased_ids
from shelterplan.errors import (
    BackupDamaged,
    BackupOfAnotherStore,
    BackupTooNew,
    NotABackup,
    ShelterplanError,
    StoreBusy,
    WrongPassphrase,
)
from shelterplan.store import audit_chain, backup_file, cipher
from shelterplan.store.backup_file import BackupNeedsRecoveryKey, CurrentStoreLocked, write_backup
from shelterplan.store.casestore import DB_FILE, CaseStore
from shelterplan.store.engine import integrity_problems, make_engine
from shelterplan.store.keyslots import KeySlots
from shelterplan.store.migrate import current_revision, head_revision
from shelterplan.store.models import Client
from tests.conftest import ADMIN, PASSPHRASE, MemoryKeyring
from tests.helpers.content import write_everything
from tests.store.backup_helpers import (
    audit_entries,
    flip,
    members,
    rebuilt,
    rows,
    tree,
    version_1,
    version_2,
)
from tests.store.backup_writer_child import write_cases

WORKER = "Wanda Worker"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FLIPS = int(os.environ.get("SHELTERPLAN_FLIPS", "20"))
SOAK = int(os.environ.get("SHELTERPLAN_SOAK", "3"))


@pytest.fixture
def filled(new_store: tuple[CaseStore, str]) -> tuple[CaseStore, str, list[str], str]:
    """A store with one full case (canaries) and a plain worker beside the admin."""
    store, recovery_key = new_store
    with store.session() as session:
        canaries, case_id = write_everything(session, ADMIN)
        admin = actor_named(session, ADMIN)
    accounts.add_worker(store, admin, WORKER, "worker", False, "wanda's long passphrase")
    return store, recovery_key, canaries, case_id


@pytest.fixture
def backup(filled, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    store = filled[0]
    target = tmp_path / "usb" / "one.spbackup"
    target.parent.mkdir()
    write_backup(store, target)
    return target


def _unlock(folder: Path, recovery_key: str) -> CaseStore:
    return CaseStore.unlock_with_recovery_key(folder, recovery_key)


# --- the file ---------------------------------------------------------------------------------
def test_the_backup_is_the_database_then_its_manifest(filled, backup: Path, store_folder: Path):
    store = filled[0]
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert sorted(p.name for p in backup.parent.iterdir()) == ["one.spbackup"]  # no temp left
    assert not [p for p in store_folder.iterdir() if p.name.startswith(".backup-")]
    data = backup.read_bytes()
    database, manifest = members(data)
    assert manifest["format"] == "shelterplan-backup" and manifest["version"] == 3
    assert manifest["store_id"] == KeySlots.load(store_folder).store_id
    assert manifest["schema_revision"] == head_revision()
    assert manifest["database"]["size"] == len(database)
    import hashlib

    head = manifest["database"]["sha256_head_last"]  # the first page, hashed last
    assert head == cipher.CURRENT.page_size
    first_page_last = database[head:] + database[:head]
    assert manifest["database"]["sha256"] == hashlib.sha256(first_page_last).hexdigest()
    kinds = sorted((s["kind"], s["worker"]) for s in manifest["keyslots"]["slots"])
    assert kinds == [("recovery", ""), ("worker", ADMIN)]  # not the plain worker's slot
    live = json.loads((store_folder / "keyslots.json").read_bytes())["slots"]
    assert all(slot in live for slot in manifest["keyslots"]["slots"])  # as they are
    assert not database.startswith(b"SQLite format 3")  # still encrypted
    # In the store's page layout: 16 KiB pages with SHA-256 page MACs, a whole number.
    assert len(database) % cipher.CURRENT.page_size == 0
    key = backup_file.data_key_of(store.engine)
    assert cipher.opens_with(backup, key, cipher.CURRENT, read_only=True)
    assert not cipher.opens_with(backup, key, cipher.LEGACY, read_only=True)
    footer = data[len(database) + len(json.dumps(manifest, indent=2, sort_keys=True)) :]
    assert footer.startswith(b"\nshelterplan-backup 2 manifest-bytes:")
    assert data.endswith(backup_file.read_manifest(backup).frame_sha256.encode())
    store.close()


def test_a_version_2_backup_still_restores(filled, backup: Path, tmp_path: Path):
    """Version 2 hashed the database in order; the container was the same."""
    store, recovery_key, _canaries, _case = filled
    key = backup_file.data_key_of(store.engine)
    before = rows(store.engine)
    store.close()
    old = tmp_path / "old.spbackup"
    old.write_bytes(version_2(backup.read_bytes(), key))
    manifest = backup_file.read_manifest(old)
    assert manifest.document["version"] == 2 and manifest.db_head_last == 0
    restored = tmp_path / "restored"
    restore_backup(restored, old, recovery_key=recovery_key)
    again = _unlock(restored, recovery_key)
    assert rows(again.engine) == before
    again.close()
    # The same file claiming version 3 is refused: its digest takes the bytes in order.
    claimed = tmp_path / "claimed.spbackup"
    _database, document = members(old.read_bytes())
    document["version"] = 3
    document["database"]["sha256_head_last"] = cipher.CURRENT.page_size
    claimed.write_bytes(rebuilt(old.read_bytes(), document, key))
    with pytest.raises(BackupDamaged):
        restore_backup(tmp_path / "elsewhere", claimed, recovery_key=recovery_key)


def test_a_version_1_backup_still_restores(filled, backup: Path, tmp_path: Path):
    store, recovery_key, _canaries, _case = filled
    key = backup_file.data_key_of(store.engine)
    before = rows(store.engine)
    store.close()
    old = tmp_path / "old.spbackup"
    old.write_bytes(version_1(backup.read_bytes(), key))
    with zipfile.ZipFile(old) as archive:  # what version 1 was: a stored ZIP archive
        assert archive.testzip() is None
    manifest = backup_file.read_manifest(old)
    assert manifest.document["version"] == 1 and manifest.db_offset > 0
    restored = tmp_path / "restored"
    restore_backup(restored, old, recovery_key=recovery_key)
    again = _unlock(restored, recovery_key)
    assert rows(again.engine) == before
    again.close()
    flipped = tmp_path / "flipped.spbackup"
    flipped.write_bytes(flip(old.read_bytes(), manifest.db_offset + manifest.db_size // 2))
    with pytest.raises(BackupDamaged):
        restore_backup(tmp_path / "other", flipped, recovery_key=recovery_key)


def test_no_canary_is_readable_in_the_backup_file(filled, backup: Path):
    canaries = filled[2]
    data = backup.read_bytes()
    for text in canaries:
        for encoding in ("utf-8", "utf-16-le"):
            assert text.encode(encoding) not in data


def test_a_failed_backup_leaves_no_file_and_no_temporary(filled, tmp_path, monkeypatch):
    store = filled[0]
    target = tmp_path / "out" / "b.spbackup"
    target.parent.mkdir()

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_file, "append_manifest", broken)  # after the database is in
    with pytest.raises(ShelterplanError, match="disk is full"):
        write_backup(store, target)
    assert list(target.parent.iterdir()) == []
    assert not [p for p in store.folder.iterdir() if p.name.startswith(".backup-")]


def test_a_missing_target_folder_is_a_plain_error(filled, tmp_path):
    with pytest.raises(ShelterplanError, match="plugged in"):
        write_backup(filled[0], tmp_path / "gone" / "b.spbackup")


# --- restoring ----------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["recovery key", "admin passphrase"])
def test_round_trip_into_a_fresh_folder(filled, backup: Path, tmp_path: Path, how: str):
    store, recovery_key, _canaries, _case = filled
    before, chain = rows(store.engine), audit_entries(store.engine)
    store.close()
    fresh = tmp_path / "fresh"
    if how == "recovery key":
        result = restore_backup(fresh, backup, recovery_key=recovery_key)
    else:
        result = restore_backup(fresh, backup, admin=(ADMIN.upper(), PASSPHRASE))
    assert result.replaced == "none" and result.set_aside is None
    assert result.kept_key_slots is False and result.erasures_reapplied is None
    # The plain worker's slot was not in the backup: she needs a new passphrase.
    assert result.workers_without_keys == (WORKER,)
    assert sorted(p.name for p in fresh.iterdir()) == ["keyslots.json", DB_FILE]
    with CaseStore.unlock(fresh, ADMIN, PASSPHRASE) as again:
        assert integrity_problems(again.engine) == []
        with again.session() as session:
            assert audit_chain.verify(session) is None
        assert rows(again.engine) == before
        restored_chain = audit_entries(again.engine)
        assert restored_chain[: len(chain)] == chain
        assert "backup.restore" in [entry[1] for entry in restored_chain[len(chain) :]]
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(fresh, WORKER, "wanda's long passphrase")


def test_restore_over_the_store_keeps_it_aside_and_keeps_every_passphrase(
    filled, backup: Path, store_folder: Path
):
    store, recovery_key, _canaries, _case = filled
    before = rows(store.engine)
    with store.session() as session:  # a change after the backup, to be undone
        session.add(Client(preferred_name="After the backup"))
    store.close()
    old = tree(store_folder)
    result = restore_backup(store_folder, backup, recovery_key=recovery_key)
    assert result.replaced == "open" and result.kept_key_slots and not result.rekeyed
    assert result.workers_without_keys == ()
    aside = result.set_aside
    assert aside is not None and aside.parent == store_folder
    assert aside.name.startswith("replaced-")
    assert tree(aside) == {DB_FILE: old[DB_FILE], "keyslots.json": old["keyslots.json"]}
    assert (store_folder / "keyslots.json").read_bytes() == (aside / "keyslots.json").read_bytes()
    with CaseStore.unlock(store_folder, WORKER, "wanda's long passphrase") as again:
        assert rows(again.engine) == before
    leftovers = [p.name for p in store_folder.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_admin_passphrase_needs_this_laptop_keyring(filled, backup: Path, tmp_path: Path):
    store, recovery_key, _canaries, _case = filled
    store.close()
    keyring.set_keyring(MemoryKeyring())  # another laptop: no device secret for this store
    fresh = tmp_path / "other-laptop"
    with pytest.raises(BackupNeedsRecoveryKey, match="recovery key"):
        restore_backup(fresh, backup, admin=(ADMIN, PASSPHRASE))
    assert not fresh.exists()
    result = restore_backup(fresh, backup, recovery_key=recovery_key)
    assert result.replaced == "none"


def test_passphrase_only_store_opens_with_the_admin_passphrase_anywhere(no_keyring, tmp_path):
    store, _recovery = CaseStore.create(tmp_path / "s", ADMIN, PASSPHRASE)
    target = tmp_path / "b.spbackup"
    with store:
        write_backup(store, target)
    keyring.set_keyring(MemoryKeyring())  # a new laptop with a keyring of its own
    restore_backup(tmp_path / "new", target, admin=(ADMIN, PASSPHRASE))
    CaseStore.unlock(tmp_path / "new", ADMIN, PASSPHRASE).close()


def test_a_worker_passphrase_does_not_open_a_backup(filled, backup: Path, tmp_path: Path):
    filled[0].close()
    with pytest.raises(WrongPassphrase):
        restore_backup(tmp_path / "x", backup, admin=(WORKER, "wanda's long passphrase"))
    with pytest.raises(WrongPassphrase):
        restore_backup(tmp_path / "x", backup, admin=(ADMIN, "not the passphrase at all"))
    assert not (tmp_path / "x").exists()


def test_erasures_made_after_the_backup_are_applied_again(filled, backup: Path, store_folder):
    store, recovery_key, canaries, case_id = filled
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        client_id = client_of_case(session, case_id)
    erase_and_vacuum(store, actor, client_id)
    store.close()
    result = restore_backup(store_folder, backup, recovery_key=recovery_key)
    assert result.erasures_reapplied == 1
    with _unlock(store_folder, recovery_key) as again, again.session() as session:
        assert session.get(Client, client_id) is None
        assert client_id in erased_ids(session)[0]
        assert audit_chain.verify(session) is None
        actions = [e[1] for e in audit_entries(again.engine)]
    assert "client.erase.reapplied" in actions
    data = (store_folder / DB_FILE).read_bytes()
    assert not any(c.encode() in data for c in canaries)  # encrypted anyway; and vacuumed
    # Restoring the same old backup again erases her again: the store remembers.
    assert restore_backup(store_folder, backup, recovery_key=recovery_key).erasures_reapplied == 1


def test_a_rotated_data_key_is_kept_and_the_old_key_opens_nothing(
    filled, backup: Path, store_folder: Path
):
    store = filled[0]
    old_key = backup_file.data_key_of(store.engine)
    with store.session() as session:
        actor = actor_named(session, ADMIN)
    accounts.rotate_data_key(store, actor)
    new_key = backup_file.data_key_of(store.engine)
    assert new_key != old_key
    store.close()
    result = restore_backup(store_folder, backup, admin=(ADMIN, PASSPHRASE))
    assert result.rekeyed and result.kept_key_slots
    from shelterplan.store.rekey import key_opens

    assert key_opens(store_folder / DB_FILE, new_key)
    assert not key_opens(store_folder / DB_FILE, old_key)
    CaseStore.unlock(store_folder, WORKER, "wanda's long passphrase").close()


def test_an_older_schema_is_upgraded_on_restore(no_keyring, tmp_path: Path):
    folder = tmp_path / "store-0001"
    shutil.copytree(FIXTURES / "store-0001", folder)
    readme = (folder / "README.txt").read_text()
    recovery_key = readme.split("Recovery key:")[1].split()[0]
    data_key = KeySlots.load(folder).unlock_recovery(recovery_key)
    engine = make_engine(folder / DB_FILE, data_key)  # opened as it is: not upgraded
    target = tmp_path / "old.spbackup"
    write_backup(SimpleNamespace(folder=folder, engine=engine), target)  # type: ignore[arg-type]
    engine.dispose()
    assert backup_file.read_manifest(target).schema_revision == "0001"
    result = restore_backup(tmp_path / "new", target, recovery_key=recovery_key)
    assert result.upgraded
    with _unlock(tmp_path / "new", recovery_key) as again:
        assert current_revision(again.engine) == head_revision()


# --- refusals: nothing changes ----------------------------------------------------------------
def _refused(folder: Path, file: Path, recovery_key: str, kind: type[Exception]) -> str:
    before = tree(folder)
    with pytest.raises(kind) as caught:
        restore_backup(folder, file, recovery_key=recovery_key)
    assert tree(folder) == before, "the data folder changed"
    message = str(caught.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def test_files_that_are_not_backups(filled, tmp_path, store_folder):
    store, recovery_key, _canaries, _case = filled
    store.close()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert "not a shelterplan backup" in _refused(store_folder, text, recovery_key, NotABackup)
    other_zip = tmp_path / "photos.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8" * 100)
    _refused(store_folder, other_zip, recovery_key, NotABackup)
    plain_db = tmp_path / "copy.db"
    shutil.copy(store_folder / DB_FILE, plain_db)  # the live file itself is not a backup
    _refused(store_folder, plain_db, recovery_key, NotABackup)
    _refused(store_folder, tmp_path / "missing.spbackup", recovery_key, NotABackup)
    _refused(store_folder, tmp_path, recovery_key, NotABackup)  # a folder


def test_a_truncated_backup_is_damaged(filled, backup, tmp_path, store_folder):
    store, recovery_key, _canaries, _case = filled
    store.close()
    data = backup.read_bytes()
    for cut in (100, len(data) // 2, len(data) - 1):
        short = tmp_path / "short.spbackup"
        short.write_bytes(data[:cut])
        assert "damaged" in _refused(store_folder, short, recovery_key, BackupDamaged)


def test_flipped_database_bytes_are_refused_and_the_store_kept(
    filled, backup, tmp_path, store_folder
):
    store, recovery_key, _canaries, _case = filled
    store.close()
    manifest = backup_file.read_manifest(backup)
    bad = tmp_path / "bad.spbackup"
    bad.write_bytes(flip(backup.read_bytes(), manifest.db_offset + manifest.db_size // 2))
    _refused(store_folder, bad, recovery_key, BackupDamaged)
    CaseStore.unlock(store_folder, ADMIN, PASSPHRASE).close()  # the current store still opens


@pytest.mark.parametrize(
    ("table", "damaged"),
    [
        ("clients", "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"),
        # The full-text index is checked as the tables it is kept in.
        ("search_index_content", "SELECT 'search_index_idx'"),
    ],
    ids=["an-index", "the-search-index"],
)
def test_a_backup_of_a_store_damaged_inside_is_refused(
    filled, tmp_path: Path, table: str, damaged: str
):
    """Every byte of such a backup is authentic, so only the structural check can tell: an
    index whose root page is a table's (SQLite's own pages, damaged as a bad disk would)."""
    store, recovery_key, _canaries, _case = filled
    with store.engine.connect() as connection:
        table_root = connection.exec_driver_sql(
            f"SELECT rootpage FROM sqlite_master WHERE name = '{table}'"
        ).scalar()
        index = connection.exec_driver_sql(damaged + " LIMIT 1").scalar()
        connection.exec_driver_sql("PRAGMA writable_schema = ON")
        connection.exec_driver_sql(
            f"UPDATE sqlite_master SET rootpage = {table_root} WHERE name = '{index}'"
        )
        connection.commit()
    store.engine.dispose()
    target = tmp_path / "damaged-inside.spbackup"
    write_backup(store, target)
    store.close()
    restored = tmp_path / "restored"
    with pytest.raises(BackupDamaged):
        restore_backup(restored, target, recovery_key=recovery_key)
    assert not restored.exists() or not (restored / DB_FILE).exists()


def test_an_edited_manifest_is_refused(filled, backup, tmp_path, store_folder):
    store, recovery_key, _canaries, _case = filled
    store.close()
    edited = tmp_path / "edited.spbackup"
    edited.write_bytes(rebuilt(backup.read_bytes(), {"created_at": "2020-01-01T00:00:00Z"}))
    _refused(store_folder, edited, recovery_key, BackupDamaged)  # the MAC, once unwrapped
    newer = tmp_path / "newer.spbackup"
    newer.write_bytes(rebuilt(backup.read_bytes(), {"version": 4}))
    assert "newer version" in _refused(store_folder, newer, recovery_key, BackupTooNew)
    future = tmp_path / "future.spbackup"
    future.write_bytes(rebuilt(backup.read_bytes(), {"schema_revision": "9999"}))
    _refused(store_folder, future, recovery_key, BackupTooNew)


def test_a_backup_of_another_store_is_refused(filled, backup, tmp_path):
    filled[0].close()
    other, _key = CaseStore.create(tmp_path / "other", ADMIN, PASSPHRASE)
    other.close()
    before = tree(tmp_path / "other")
    with pytest.raises(BackupOfAnotherStore):
        restore_backup(tmp_path / "other", backup, recovery_key=filled[1])
    assert tree(tmp_path / "other") == before


def test_a_secret_that_no_longer_opens_the_current_store(filled, backup, store_folder):
    store, old_recovery_key, _canaries, _case = filled
    with store.session() as session:
        actor = actor_named(session, ADMIN)
    accounts.new_recovery_key(store, actor)  # the old key still opens the backup only
    store.close()
    before = tree(store_folder)
    with pytest.raises(CurrentStoreLocked, match="erasures"):
        restore_backup(store_folder, backup, recovery_key=old_recovery_key)
    assert tree(store_folder) == before
    restore_backup(store_folder, backup, admin=(ADMIN, PASSPHRASE))  # opens both


def test_a_damaged_current_store_is_replaced_and_kept(filled, backup, store_folder):
    store, recovery_key, _canaries, _case = filled
    store.close()
    db = store_folder / DB_FILE
    db.write_bytes(flip(db.read_bytes(), 0))  # its salt: nothing of it can be read
    damaged = db.read_bytes()
    result = restore_backup(store_folder, backup, recovery_key=recovery_key)
    assert result.replaced == "unreadable" and result.erasures_reapplied is None
    assert result.set_aside is not None
    assert (result.set_aside / DB_FILE).read_bytes() == damaged
    # Its key file was sound and of the same data key: kept, every passphrase still works.
    assert result.kept_key_slots and result.workers_without_keys == ()
    CaseStore.unlock(store_folder, WORKER, "wanda's long passphrase").close()


@pytest.mark.parametrize("new_keyring", [True, False], ids=["keyring", "no keyring"])
def test_on_a_new_laptop_the_recovery_key_gives_everyone_a_new_passphrase(
    filled, backup, tmp_path, new_keyring: bool
):
    store, recovery_key, _canaries, _case = filled
    store.close()
    keyring.set_keyring(MemoryKeyring() if new_keyring else FailKeyring())
    fresh = tmp_path / "new-laptop"
    result = restore_backup(fresh, backup, recovery_key=recovery_key)
    assert result.new_computer and result.workers_without_keys == (ADMIN, WORKER)
    with pytest.raises(ShelterplanError):  # her slot is bound to the old laptop's keyring
        CaseStore.unlock(fresh, ADMIN, PASSPHRASE)
    with _unlock(fresh, recovery_key) as again:
        assert again.passphrase_only is not new_keyring
        again.reset_passphrase(ADMIN, recovery_key, "a new laptop passphrase")
    CaseStore.unlock(fresh, ADMIN, "a new laptop passphrase").close()


def test_a_store_in_use_is_not_replaced(filled, backup, store_folder):
    store, recovery_key, _canaries, _case = filled
    store.close()
    in_use = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)  # another window has it open
    try:
        with in_use.session() as session:
            session.scalar(select(Client.id).limit(1))
        before = tree(store_folder)
        with pytest.raises(StoreBusy):
            restore_backup(store_folder, backup, recovery_key=recovery_key)
        assert tree(store_folder) == before
    finally:
        in_use.close()


def test_staging_left_by_a_restore_cut_off_long_ago_is_removed(filled, backup, store_folder):
    store, recovery_key, _canaries, _case = filled
    store.close()
    old = store_folder / ".restore-crashed"
    old.mkdir()
    (old / DB_FILE).write_bytes(os.urandom(4096))
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    recent = store_folder / ".restore-running"  # perhaps another restore, right now
    recent.mkdir()
    restore_backup(store_folder, backup, recovery_key=recovery_key)
    assert not old.exists()
    assert recent.is_dir()
    assert [p.name for p in store_folder.glob(".restore-*")] == [recent.name]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2048))
def test_random_bytes_are_refused(filled, tmp_path, store_folder, data: bytes):
    filled[0].close()
    junk = tmp_path / "junk.spbackup"
    junk.write_bytes(data)
    _refused(store_folder, junk, filled[1], ShelterplanError)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.floats(min_value=0.0, max_value=1.0, exclude_max=True))
def test_truncated_backups_are_refused(filled, backup, tmp_path, store_folder, cut: float):
    filled[0].close()
    data = backup.read_bytes()
    short = tmp_path / "short.spbackup"
    short.write_bytes(data[: int(len(data) * cut)])
    _refused(store_folder, short, filled[1], ShelterplanError)


# --- fault tests --------------------------------------------------------------------------------
def test_backups_taken_while_another_process_writes(no_keyring, tmp_path: Path):
    """Every backup restores, passes its checks and holds every commit acknowledged
    before it began."""
    folder = tmp_path / "store"
    store, recovery_key = CaseStore.create(folder, ADMIN, PASSPHRASE)
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe()
    child = context.Process(
        target=write_cases, args=(str(folder), ADMIN, PASSPHRASE, child_end), daemon=True
    )
    child.start()
    acknowledged = -1

    def drain(wait: float = 0.0) -> None:
        nonlocal acknowledged
        while parent_end.poll(wait):
            message = parent_end.recv()
            if message == "done":
                raise AssertionError("the writer stopped early")
            acknowledged = max(acknowledged, int(message))
            wait = 0.0

    try:
        drain(wait=120)
        assert acknowledged >= 0, "the writer never committed"
        for number in range(SOAK):
            time.sleep(0.05)
            drain()
            before = acknowledged  # every commit acknowledged before this backup began
            target = tmp_path / f"b{number}.spbackup"
            write_backup(store, target)
            drain()
            restored = tmp_path / f"restored{number}"
            restore_backup(restored, target, recovery_key=recovery_key)
            with _unlock(restored, recovery_key) as again:
                assert integrity_problems(again.engine) == []
                with again.session() as session:
                    assert audit_chain.verify(session) is None
                    names = set(session.scalars(select(Client.preferred_name)))
            missing = {f"writer-{n}" for n in range(before + 1)} - names
            assert not missing, f"{len(missing)} acknowledged commits are not in backup {number}"
        assert acknowledged > before, "the writer was not writing during the backups"
    finally:
        parent_end.send("stop")
        child.join(timeout=60)
        if child.is_alive():
            child.kill()
        store.close()


def _time_limited(seconds: float):  # type: ignore[no-untyped-def]
    started = time.monotonic()
    return lambda: time.monotonic() - started < seconds


@pytest.mark.soak
def test_single_byte_flips_in_a_store_are_all_detected(filled, store_folder, tmp_path):
    store, recovery_key, _canaries, _case = filled
    store.close()
    original = (store_folder / DB_FILE).read_bytes()
    slots = (store_folder / "keyslots.json").read_bytes()
    rng = random.Random(2026)
    for number in range(FLIPS):
        offset = rng.randrange(len(original))
        copy = tmp_path / f"flip{number}"
        copy.mkdir()
        (copy / "keyslots.json").write_bytes(slots)
        (copy / DB_FILE).write_bytes(flip(original, offset, 1 << rng.randrange(8)))
        in_time = _time_limited(30)
        try:
            _unlock(copy, recovery_key).close()
        except ShelterplanError as error:
            assert "restore the latest backup" in str(error) or "not a shelterplan store" in str(
                error
            )
        else:
            raise AssertionError(f"a flip at byte {offset} of the store was not detected")
        assert in_time(), f"checking a flip at byte {offset} took too long"
        shutil.rmtree(copy)


@pytest.mark.soak
def test_single_byte_flips_in_a_backup_are_all_detected(filled, backup, store_folder, tmp_path):
    store, recovery_key, _canaries, _case = filled
    store.close()
    original = backup.read_bytes()
    manifest = backup_file.read_manifest(backup)
    before = tree(store_folder)
    rng = random.Random(1123)
    # Every region at least once (headers, database, manifest, central directory,
    # trailer), then random bytes.
    offsets = [0, 10, 40, manifest.db_offset, manifest.db_offset + manifest.db_size - 1]
    offsets += [manifest.db_offset + manifest.db_size + 20, len(original) - 150, len(original) - 1]
    offsets += [rng.randrange(len(original)) for _ in range(max(0, FLIPS - len(offsets)))]
    bad = tmp_path / "flipped.spbackup"
    for offset in offsets[: max(FLIPS, 8)]:
        bad.write_bytes(flip(original, offset, 1 << rng.randrange(8)))
        in_time = _time_limited(30)
        with pytest.raises(ShelterplanError) as caught:
            restore_backup(store_folder, bad, recovery_key=recovery_key)
        assert isinstance(caught.value, (BackupDamaged, NotABackup)), (offset, caught.value)
        assert in_time(), f"checking a flip at byte {offset} of the backup took too long"
        assert tree(store_folder) == before
    database, _manifest = members(original)
    assert database  # the flipped copies came from a whole backup
