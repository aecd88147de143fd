"""Backups and restores send the database to the disk while it is written: a disk that
fails during that time fails the backup or the restore plainly and loses nothing."""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from pathlib import Path

import pytest

from shelterplan.core.backups import restore_backup
from shelterplan.errors import ShelterplanError
from shelterplan.store import backup_file, write_behind
from shelterplan.store.backup_file import write_backup
from shelterplan.store.casestore import CaseStore
from shelterplan.store.write_behind import WriteBehind
from tests.conftest import ADMIN, PASSPHRASE
from tests.store.backup_helpers import rows, tree


def _full_disk(_fd: int) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_what_is_written_in_the_block_is_all_there_after_it(tmp_path: Path):
    path = tmp_path / "big.bin"
    path.touch()
    pieces = [bytes([n]) * 65536 for n in range(64)]
    with WriteBehind(path), path.open("r+b") as handle:
        for piece in pieces:
            handle.write(piece)
            handle.flush()
    assert path.read_bytes() == b"".join(pieces)


def test_a_sync_failure_is_raised_when_the_block_ends(tmp_path: Path, monkeypatch):
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 1000)
    monkeypatch.setattr(write_behind, "_sync_data", _full_disk)
    with pytest.raises(OSError) as caught, WriteBehind(path):
        pass
    assert caught.value.errno == errno.ENOSPC


def test_the_blocks_own_error_is_not_hidden_by_a_sync_failure(tmp_path: Path, monkeypatch):
    path = tmp_path / "f.bin"
    path.write_bytes(b"x")
    monkeypatch.setattr(write_behind, "_sync_data", _full_disk)
    with pytest.raises(ValueError, match="the caller's"), WriteBehind(path):
        raise ValueError("the caller's")
    assert not [t for t in threading.enumerate() if t.name == "shelterplan-write-behind"]


def test_a_disk_that_fills_while_the_database_is_written_fails_the_backup(
    new_store: tuple[CaseStore, str], tmp_path: Path, monkeypatch
):
    store = new_store[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(write_behind, "_sync_data", _full_disk)
    with pytest.raises(ShelterplanError, match="disk is full"):
        write_backup(store, usb / "b.spbackup")
    assert list(usb.iterdir()) == []  # neither the backup nor its hidden partial file
    monkeypatch.undo()
    write_backup(store, usb / "b.spbackup")  # the store itself is as good as before
    assert [p.name for p in usb.iterdir()] == ["b.spbackup"]


def test_a_disk_that_fills_while_a_restore_copies_the_database_changes_nothing(
    new_store: tuple[CaseStore, str], store_folder: Path, tmp_path: Path, monkeypatch
):
    store, recovery_key = new_store
    backup = tmp_path / "b.spbackup"
    write_backup(store, backup)
    before = rows(store.engine)
    store.close()
    files = tree(store_folder)
    monkeypatch.setattr(write_behind, "_sync_data", _full_disk)
    with pytest.raises(ShelterplanError, match="disk is full"):
        restore_backup(store_folder, backup, recovery_key=recovery_key)
    assert tree(store_folder) == files  # no staging folder left, nothing set aside
    with CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as again:
        assert rows(again.engine) == before


def _source(tmp_path: Path, size: int) -> tuple[Path, bytes]:
    data = os.urandom(size)
    path = tmp_path / "source.bin"
    path.write_bytes(b"head---" + data + b"-tail")
    return path, data


def _copying_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("shelterplan-copy")]


@pytest.mark.parametrize("direct", [True, False], ids=["direct", "through-the-cache"])
def test_a_copy_holds_every_byte_and_hashes_them(tmp_path: Path, monkeypatch, direct: bool):
    if not direct:
        monkeypatch.setattr(write_behind, "_DIRECT", 0)
    size = 3 * write_behind._CHUNK + 5 * 4096 + 100  # whole chunks, blocks, and an odd end
    path, data = _source(tmp_path, size)
    target = tmp_path / "copy.db"
    digest = hashlib.sha256()
    with path.open("rb", buffering=0) as source:
        source.seek(len(b"head---"))
        write_behind.copy_hashed(source, size, target, digest)
        assert source.read() == b"-tail"  # left just after the copied bytes
    assert target.read_bytes() == data
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert not _copying_threads()


def test_a_source_that_ends_early_is_said_and_no_thread_is_left(tmp_path: Path):
    path, _data = _source(tmp_path, 2 * write_behind._CHUNK)
    with path.open("rb", buffering=0) as source, pytest.raises(EOFError):
        write_behind.copy_hashed(source, 4 * write_behind._CHUNK, tmp_path / "c", hashlib.sha256())
    assert not _copying_threads()


def test_a_disk_that_fills_during_the_copy_fails_it_and_no_thread_is_left(
    tmp_path: Path, monkeypatch
):
    path, _data = _source(tmp_path, 8 * write_behind._CHUNK)
    written: list[int] = []
    real = write_behind._write_all

    def fills_up(fd: int, piece: memoryview) -> None:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, piece)
        written.append(len(piece))

    monkeypatch.setattr(write_behind, "_write_all", fills_up)
    with path.open("rb", buffering=0) as source, pytest.raises(OSError) as caught:
        write_behind.copy_hashed(source, 8 * write_behind._CHUNK, tmp_path / "c", hashlib.sha256())
    assert caught.value.errno == errno.ENOSPC
    assert not _copying_threads()


def test_a_file_read_ahead_and_forgotten_is_unchanged(tmp_path: Path):
    path, data = _source(tmp_path, 3 * write_behind._CHUNK)
    write_behind.read_ahead(path, 0, len(data))
    write_behind.forget_cached(path)
    write_behind.read_ahead(tmp_path / "gone", 0, 10)  # only advice: a missing file is not
    write_behind.forget_cached(tmp_path / "gone")  # an error here
    assert path.read_bytes()[7:-5] == data


@pytest.mark.skipif(write_behind.fcntl is None, reason="no direct writes on Windows")
def test_a_disk_that_refuses_direct_writes_gets_them_through_the_cache(tmp_path: Path, monkeypatch):
    """Some disks take direct writes only in blocks larger than the copy's: the write is
    refused (EINVAL) and made again through the cache."""
    path, data = _source(tmp_path, 2 * write_behind._CHUNK)
    real = os.write
    refused: list[int] = []

    def larger_blocks(fd: int, piece: memoryview) -> int:
        if write_behind.fcntl.fcntl(fd, write_behind.fcntl.F_GETFL) & write_behind._DIRECT:
            refused.append(len(piece))
            raise OSError(errno.EINVAL, "Invalid argument")
        return real(fd, piece)

    monkeypatch.setattr(write_behind.os, "write", larger_blocks)
    target = tmp_path / "copy.db"
    with path.open("rb", buffering=0) as source:
        source.seek(len(b"head---"))
        write_behind.copy_hashed(source, len(data), target, hashlib.sha256())
    assert target.read_bytes() == data
    probe = os.open(target, os.O_RDONLY)
    try:
        if write_behind._set_direct(probe, True):  # this file system takes direct writes
            assert refused
    finally:
        os.close(probe)


def test_a_following_hash_takes_the_rest_as_written_and_the_first_page_last(tmp_path: Path):
    """As SQLite's backup writes: the pages in order, then page 1 again at the end; and
    what a restore computes, chunk by chunk, is the same digest."""
    path = tmp_path / "growing.db"
    path.touch()
    pages = [os.urandom(16384) for _ in range(300)]
    following = write_behind.FollowingHash(path, 16384)
    with WriteBehind(path, following), path.open("r+b") as handle:
        for number, page in enumerate(pages):
            handle.write(page)
            handle.flush()
            if number % 7 == 0:
                following.follow(handle.tell())  # as WriteBehind does between its syncs
        handle.seek(0)
        pages[0] = os.urandom(16384)  # the header, written again when the copy ends
        handle.write(pages[0])
    whole = b"".join(pages)
    expected = hashlib.sha256(whole[16384:] + whole[:16384]).hexdigest()
    assert following.finish() == expected
    digest = backup_file.FirstBytesLast(16384)
    for start in range(0, len(whole), 5000):
        digest.update(memoryview(whole)[start : start + 5000])
    assert digest.hexdigest() == expected
