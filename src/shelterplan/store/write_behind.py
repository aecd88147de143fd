"""Writing and reading a whole store's worth of bytes without filling the memory with it.

A backup or a restore moves the entire database (1.7 GB at 100,000 clients) through the
operating system's file cache. Left alone, the system keeps every written byte in memory
and writes it to the disk only when the file is finally synced: the disk waits for the
encryption, then the encryption's caller waits for the disk, and the laptop's other
cached files are pushed out of memory by bytes nobody will read again soon.

`WriteBehind` syncs a file that another thread is writing, over and over, and tells the
system that the synced bytes may leave the cache: the disk writes while SQLite encrypts,
the final sync has little left to do, and the cache keeps a few megabytes of the file at
any time. `drop_cached` does the same for bytes read once (the backup's digest).

Only advice: where the system has no `posix_fadvise` (Windows, macOS) nothing is dropped,
and every byte is still synced before a backup or a restore counts as written.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import TracebackType

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

    def __init__(self, path: Path) -> None:
        self._path = path
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
