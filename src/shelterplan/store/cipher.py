"""How a store's pages are encrypted: the page size and the page MAC.

Every store is SQLCipher 4: AES-256-CBC per page with a fresh IV, and an HMAC per page
(keyed from the data key, covering the page number) checked on every read. Two layouts
are in use:

- **CURRENT** (every store made now): 16 KiB pages, HMAC-SHA256. SHA-256
  runs on the processor's SHA extensions where it has them (most laptops since 2017),
  about 2.4 times the speed of SHA-512 here, and a 16 KiB page costs a quarter of the
  per-page work of a 4 KiB one. Together they halve the time of reading and rewriting the
  whole file, which is what backup and restore do (see `shelterplan.bench`).
- **LEGACY**: SQLCipher 4's defaults (4 KiB pages, HMAC-SHA512), the stores made before.
  They open and work as they always did.

Nothing outside the database records which layout a file has: `profile_of` tries the
current one and then the legacy one (a wrong layout fails on the first page's MAC, in a
fraction of a millisecond, and writes nothing). A new or empty file gets CURRENT.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from shelterplan.store.failures import plain_error


@dataclass(frozen=True)
class CipherProfile:
    name: str
    page_size: int
    hmac_algorithm: str
    hmac_size: int

    @property
    def reserve(self) -> int:
        """Bytes at the end of each page: the 16-byte IV and the HMAC, rounded up to the
        AES block."""
        return -(-(16 + self.hmac_size) // 16) * 16

    def pragmas(self) -> list[str]:
        """To run after `PRAGMA key` and before the first read."""
        return [
            f"PRAGMA cipher_page_size = {self.page_size}",
            f"PRAGMA cipher_hmac_algorithm = {self.hmac_algorithm}",
        ]


CURRENT = CipherProfile("current", 16384, "HMAC_SHA256", 32)
LEGACY = CipherProfile("legacy", 4096, "HMAC_SHA512", 64)
PROFILES = (CURRENT, LEGACY)


def connect(
    path: Path,
    key: bytes,
    profile: CipherProfile,
    *,
    timeout: float = 5.0,
    read_only: bool = False,
) -> Any:
    """A raw sqlcipher3 connection keyed with the raw data key and `profile`'s layout,
    SQLCipher's own stderr messages off, memory security on, temporary data in memory.

    `read_only` opens a file nobody writes (a backup) as immutable: SQLite then takes no
    locks and makes no journal or -wal file beside it, so it also reads from a
    write-protected drive, and never changes a byte."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        connection = sqlcipher3.connect(uri, uri=True, isolation_level=None, timeout=timeout)
    else:
        connection = sqlcipher3.connect(str(path), isolation_level=None, timeout=timeout)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in profile.pragmas():
            connection.execute(pragma)
        connection.execute("PRAGMA cipher_memory_security = ON")
        connection.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        connection.close()
        raise
    return connection


def opens_with(path: Path, key: bytes, profile: CipherProfile, *, read_only: bool = False) -> bool:
    """Whether `key` reads the schema of `path` in `profile`'s layout; writes nothing.
    A file that is busy or cannot be opened at all raises (sqlcipher3.OperationalError),
    so that it is never taken for a file in the other layout."""
    connection = connect(path, key, profile, read_only=read_only)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.OperationalError:
        raise
    except sqlcipher3.DatabaseError:
        return False
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            connection.close()


def profile_of(path: Path, key: bytes, *, read_only: bool = False) -> CipherProfile:
    """The layout `path` is in (CURRENT for a file not made yet). When neither opens it,
    CURRENT: the caller's own open then fails with the usual plain message."""
    try:
        if path.stat().st_size == 0:
            return CURRENT
    except OSError:
        return CURRENT
    for profile in PROFILES:
        try:
            if opens_with(path, key, profile, read_only=read_only):
                return profile
        except sqlcipher3.Error as exc:
            known = plain_error(exc)
            if known is None:
                raise
            raise known from exc
    return CURRENT
