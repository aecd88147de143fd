"""The page layout of stores: new ones in 16 KiB pages with SHA-256 page MACs, older ones
(SQLCipher 4's defaults) still opened, backed up and restored as they are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shelterplan.core.backups import restore_backup
from shelterplan.errors import StoreBusy
from shelterplan.store import cipher
from shelterplan.store.backup_file import data_key_of, write_backup
from shelterplan.store.casestore import DB_FILE, CaseStore
from shelterplan.store.engine import cipher_profile
from tests.store.backup_helpers import rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_ADMIN = "Fixture Admin"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"


def _settings(store: CaseStore) -> tuple[int, str]:
    with store.engine.connect() as connection:
        page_size = connection.exec_driver_sql("PRAGMA page_size").scalar()
        algorithm = connection.exec_driver_sql("PRAGMA cipher_hmac_algorithm").scalar()
    return int(page_size), str(algorithm)


def test_a_new_store_has_16_kib_pages_with_sha256_page_macs(store: CaseStore):
    assert cipher_profile(store.engine) is cipher.CURRENT
    assert _settings(store) == (16384, "HMAC_SHA256")
    key = data_key_of(store.engine)
    assert cipher.opens_with(store.db_path, key, cipher.CURRENT)
    assert not cipher.opens_with(store.db_path, key, cipher.LEGACY)
    assert store.db_path.stat().st_size % 16384 == 0


def test_a_store_in_the_older_layout_works_and_keeps_it_through_a_restore(
    tmp_path: Path, no_keyring: None
):
    folder = tmp_path / "older"
    shutil.copytree(FIXTURES / "store-0006", folder)
    store = CaseStore.unlock(folder, FIXTURE_ADMIN, FIXTURE_PASSPHRASE)
    assert cipher_profile(store.engine) is cipher.LEGACY
    assert _settings(store) == (4096, "HMAC_SHA512")
    assert store.integrity_problems() == []
    before = rows(store.engine)
    backup = tmp_path / "older.spbackup"
    write_backup(store, backup)
    store.close()

    restored = tmp_path / "restored"
    restore_backup(restored, backup, admin=(FIXTURE_ADMIN, FIXTURE_PASSPHRASE))
    again = CaseStore.unlock(restored, FIXTURE_ADMIN, FIXTURE_PASSPHRASE)
    assert cipher_profile(again.engine) is cipher.LEGACY
    assert rows(again.engine) == before
    again.close()


def test_a_store_held_by_another_program_is_busy_not_another_layout(store: CaseStore):
    key = data_key_of(store.engine)
    store.close()
    holder = cipher.connect(store.db_path, key, cipher.CURRENT)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (x)")
    try:
        with pytest.raises(StoreBusy):
            cipher.profile_of(store.db_path, key)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert cipher.profile_of(store.db_path, key) is cipher.CURRENT


def test_a_file_not_made_yet_gets_the_current_layout(tmp_path: Path):
    assert cipher.profile_of(tmp_path / DB_FILE, bytes(32)) is cipher.CURRENT
