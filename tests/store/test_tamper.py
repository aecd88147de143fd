"""A flipped byte anywhere in the database is caught on open, with a plain message."""

from __future__ import annotations

from pathlib import Path

import pytest

from shelterplan.errors import NotAStore, StoreTampered
from shelterplan.store.casestore import DB_FILE, CaseStore
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.content import write_everything


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def filled_folder(store: CaseStore, store_folder: Path) -> Path:
    with store.session() as session:
        write_everything(session, ADMIN)
    store.close()
    return store_folder


@pytest.mark.parametrize("where", [0, 20, 100, 4096 + 10, -1, -4097, 0.5])
def test_flipped_byte_is_detected_on_open(filled_folder: Path, where: float):
    db = filled_folder / DB_FILE
    size = db.stat().st_size
    offset = int(size * where) if isinstance(where, float) else where % size
    original = db.read_bytes()
    _flip(db, offset)
    with pytest.raises(StoreTampered) as caught:
        CaseStore.unlock(filled_folder, ADMIN, PASSPHRASE)
    assert "restore the latest backup" in str(caught.value)
    # Nothing was "repaired" or rewritten: only our flipped byte differs.
    after = db.read_bytes()
    assert sum(a != b for a, b in zip(original, after, strict=True)) == 1


def test_a_plain_sqlite_file_is_not_a_store(filled_folder: Path):
    import sqlite3

    db = filled_folder / DB_FILE
    db.unlink()
    sqlite3.connect(db).execute("create table t(x)").connection.commit()
    with pytest.raises(NotAStore):
        CaseStore.unlock(filled_folder, ADMIN, PASSPHRASE)


def test_database_of_another_store_is_refused(filled_folder: Path, tmp_path: Path):
    other, _ = CaseStore.create(tmp_path / "other", ADMIN, PASSPHRASE)
    other.close()
    (filled_folder / DB_FILE).write_bytes((tmp_path / "other" / DB_FILE).read_bytes())
    with pytest.raises((StoreTampered, NotAStore)):
        CaseStore.unlock(filled_folder, ADMIN, PASSPHRASE)
