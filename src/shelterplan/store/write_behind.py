"""Writing and reading a whole store's worth of bytes without filling the memory with it.

A backup or a restore moves the entire database (1.7 GB at 100,000 clients) through the
operating system's file cache. Left alone, the system keeps every written byte in memory
and writes it to the disk only when the file is finally synced: the disk waits for the
encryption, then the encryption's caller waits for the disk, and the laptop's other
cached files are pushed out of memory by bytes nobody will read again soon.

`WriteBehind` syncs a file that another thread is writing, over and over, and tells the
system that the synced bytes may leave the cache: the disk writes while SQLite encrypts,
the final sync has little left to do, and the cache keeps a few megabytes of the file at
any time. Given a `FollowingHash`, it also hashes what was written, from the cache, just
before letting it go (the backup's digest, on the other core while SQLite encrypts).
`drop_cached` lets go of bytes read once.

Only advice: where the system has no `posix_fadvise` (Windows, macOS) nothing is dropped,
and every byte is still synced before a backup or a restore counts as written.

`copy_hashed` copies bytes this program reads itself (a restore's database, out of the
backup file) into a new file, hashing them on the way. The new file is written directly
(`O_DIRECT`, Linux): the disk takes the bytes from a few buffers of this program's own,
used over and over, so nothing is copied into the cache and dropped again, which cost a
restore more processor time than the hashing. Where the file system cannot (tmpfs,
some network drives; macOS and Windows) the same bytes go through the cache.
`read_ahead` asks for bytes that two readers will want (the restore's copy and its
check) to be read into the cache at the disk's pace, ahead of both.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mmap
import os
import queue
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_PAUSE_S = 0.02  # between two syncs: the disk is kept busy, the CPU is not


def _sync_data(fd: int) -> None:
    if hasattr(os, "fdatasync"):
        os.fdatasync(fd)
    else:
        os.fsync(fd)


def drop_cached(fd: int, offset: int, length: int) -> None:
    """Let the system forget the cached bytes `offset`..`offset + length` of `fd` that are
    already on the disk (bytes not yet written are kept)."""
    if hasattr(os, "posix_fadvise") and length > 0:
        os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


class WriteBehind:
    """Sync `path` to the disk on a thread of its own while the caller writes it (through
    any file descriptor, e.g. SQLite's), dropping what is synced from the cache.

        with WriteBehind(path):
            ...write path...

    When the block ends without an error, everything written in it is on the disk. A
    failure seen by a sync (a full disk, an I/O error) is raised then, so the caller
    never takes a file with lost bytes for a good one. The file must exist."""

    def __init__(self, path: Path, following: FollowingHash | None = None) -> None:
        self._path = path
        self._following = following
        self._fd = -1
        self._stop = threading.Event()
        self._failure: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="shelterplan-write-behind")

    def __enter__(self) -> WriteBehind:
        self._fd = os.open(self._path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                written = os.fstat(self._fd).st_size
                _sync_data(self._fd)
                if self._following is not None:  # from the cache, before it is dropped
                    self._following.follow(written)
                drop_cached(self._fd, 0, written)
                self._stop.wait(_PAUSE_S)
        except OSError as exc:
            self._failure = exc

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()
        try:
            if error is None and self._failure is None:
                _sync_data(self._fd)
        except OSError as exc:
            self._failure = exc
        finally:
            os.close(self._fd)
        if error is None and self._failure is not None:
            raise self._failure


_CHUNK = 4 << 20
_BUFFERS = 6  # reading, hashing and writing each have one in hand, and some to spare
_BLOCK = 4096  # direct writes take whole disk blocks, from memory aligned to them
_DIRECT = getattr(os, "O_DIRECT", 0)
_READ_AHEAD = 64 << 20


def copy_hashed(source: BinaryIO, length: int, target: Path, digest: Any) -> None:
    """Copy the next `length` bytes of `source` into the new file `target` (made for its
    owner only; FileExistsError when it is there), adding them to `digest` (a hashlib
    object) in order. Reading, hashing and writing run at the same time, on this thread
    and two others; `target` is written directly where it can be.

    EOFError when `source` ends first; the OSError of a write or of the final sync (a
    full disk) as it is. Every byte is on the disk when this returns."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, 0o600)
    try:
        _set_direct(fd, True)
        ring = _Ring(fd, digest)
        try:
            done = 0
            while done < length:
                buffer = ring.take()
                wanted = min(_CHUNK, length - done)
                if _read_into(source, buffer, wanted) < wanted:
                    raise EOFError("the source ended early")
                ring.pass_on(buffer, wanted)
                done += wanted
            ring.finish()
        finally:
            ring.finish(check=False)
        _sync_data(fd)
    finally:
        os.close(fd)


def read_ahead(path: Path, offset: int, length: int) -> None:
    """Ask the system to read `length` bytes of `path` from `offset` into the cache now,
    at the disk's own pace, for readers that will want them soon (a restore's copy and
    its check read the same database, in different orders). Only advice; returns once
    the reads are under way."""
    if not hasattr(os, "posix_fadvise"):
        return
    with contextlib.suppress(OSError), path.open("rb") as handle:
        end = offset + length
        while offset < end:  # in steps, so the first megabytes come first
            step = min(_READ_AHEAD, end - offset)
            os.posix_fadvise(handle.fileno(), offset, step, os.POSIX_FADV_WILLNEED)
            offset += step


def forget_cached(path: Path) -> None:
    """Let the system drop all of `path` from the cache (a backup file just restored)."""
    with contextlib.suppress(OSError), path.open("rb") as handle:
        drop_cached(handle.fileno(), 0, os.fstat(handle.fileno()).st_size)


def _set_direct(fd: int, on: bool) -> bool:
    """Turn direct writes on or off for `fd`; whether that changed anything (False where
    the system or the file system has none: the file is written through the cache)."""
    if not _DIRECT or fcntl is None:
        return False
    try:
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        wanted = flags | _DIRECT if on else flags & ~_DIRECT
        if wanted == flags:
            return False
        fcntl.fcntl(fd, fcntl.F_SETFL, wanted)
    except OSError:
        return False
    return True


def _read_into(source: BinaryIO, buffer: mmap.mmap, wanted: int) -> int:
    """Fill the first `wanted` bytes of `buffer` from `source`; how many it had."""
    got = 0
    with memoryview(buffer) as whole:
        while got < wanted:
            count = source.readinto(whole[got:wanted])  # type: ignore[attr-defined]
            if not count:
                break
            got += count
    return got


def _write_all(fd: int, piece: memoryview) -> None:
    """Write `piece` at the file's position. A piece that is not whole disk blocks (the
    end of an odd-sized file), what is left after a short write, and what a disk with
    larger blocks refuses to take directly, are written through the cache."""
    if len(piece) % _BLOCK:
        _set_direct(fd, False)
    while piece:
        try:
            written = os.write(fd, piece)
        except OSError as exc:
            if exc.errno != errno.EINVAL or not _set_direct(fd, False):
                raise
            continue
        if written < len(piece):
            _set_direct(fd, False)
        piece = piece[written:]


class _Ring:
    """Buffers going round: taken by the reader, hashed, written, and taken again.

    A failed write is kept and raised to the reader at its next `take` or at `finish`;
    the buffers keep going round meanwhile, so no thread waits for ever."""

    def __init__(self, fd: int, digest: Any) -> None:
        self._fd = fd
        self._digest = digest
        self._free: queue.SimpleQueue[mmap.mmap] = queue.SimpleQueue()
        self._buffers = [mmap.mmap(-1, _CHUNK) for _ in range(_BUFFERS)]  # page-aligned
        for buffer in self._buffers:
            self._free.put(buffer)
        self._to_hash: queue.SimpleQueue[tuple[mmap.mmap, int] | None] = queue.SimpleQueue()
        self._to_write: queue.SimpleQueue[tuple[mmap.mmap, int] | None] = queue.SimpleQueue()
        self._failure: OSError | None = None
        self._finished = False
        self._threads = [
            threading.Thread(target=self._hash, name="shelterplan-copy-hash"),
            threading.Thread(target=self._write, name="shelterplan-copy-write"),
        ]
        for thread in self._threads:
            thread.start()

    def take(self) -> mmap.mmap:
        buffer = self._free.get()
        if self._failure is not None:
            raise self._failure
        return buffer

    def pass_on(self, buffer: mmap.mmap, length: int) -> None:
        self._to_hash.put((buffer, length))

    def _hash(self) -> None:
        while (item := self._to_hash.get()) is not None:
            buffer, length = item
            with memoryview(buffer) as whole:
                self._digest.update(whole[:length])
            self._to_write.put(item)
        self._to_write.put(None)

    def _write(self) -> None:
        while (item := self._to_write.get()) is not None:
            buffer, length = item
            if self._failure is None:
                try:
                    with memoryview(buffer) as whole:
                        _write_all(self._fd, whole[:length])
                except OSError as exc:  # kept without the frames that hold the buffer
                    self._failure = exc.with_traceback(None)
            self._free.put(buffer)

    def finish(self, *, check: bool = True) -> None:
        """Wait until every buffer passed on is hashed and written; raise a failed write
        (unless `check` is False: the caller is already failing)."""
        if not self._finished:
            self._finished = True
            self._to_hash.put(None)
            for thread in self._threads:
                thread.join()
            for buffer in self._buffers:
                with contextlib.suppress(BufferError):  # still seen: the collector frees it
                    buffer.close()
        if check and self._failure is not None:
            raise self._failure


class FollowingHash:
    """The SHA-256 of a file that is being written, taken while it is written: the bytes
    from `head` on as soon as they are there (`WriteBehind` calls `follow`), the first
    `head` bytes last of all, from the finished file (`finish`).

    Sound only for a writer that writes every byte after `head` once and in order, and
    may write the first `head` bytes again: SQLite's backup API into a new file does (the
    pages in ascending order, each once; page 1, the header, again at the commit)."""

    def __init__(self, path: Path, head: int) -> None:
        self._path = path
        self.head = head
        self._done = head
        self._sha = hashlib.sha256()
        self._buffer = bytearray(_CHUNK)
        self._handle: BinaryIO | None = None

    def follow(self, upto: int) -> None:
        """Hash the bytes from where it stopped up to `upto`; OSError when the file is
        shorter than that."""
        if self._done >= upto:
            return
        if self._handle is None:
            self._handle = self._path.open("rb", buffering=0)
        with memoryview(self._buffer) as whole:
            while self._done < upto:
                self._handle.seek(self._done)
                count = self._handle.readinto(whole[: min(_CHUNK, upto - self._done)])  # type: ignore[attr-defined]
                if not count:
                    raise OSError("the file is shorter than it was")
                self._sha.update(whole[:count])
                self._done += count

    def finish(self) -> str:
        """The hex digest, once the writer is done: the rest of the file, then its first
        `head` bytes."""
        try:
            self.follow(self._path.stat().st_size)
            with self._path.open("rb") as handle:
                self._sha.update(handle.read(self.head))
            return self._sha.hexdigest()
        finally:
            self.close()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
