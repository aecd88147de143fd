"""The SQLCipher engine: raw-key URL, pragmas set and asserted on every connection.

SQLAlchemy's `sqlite+pysqlcipher` dialect sends `PRAGMA key` from the URL password on
each new connection; a password written x'<64 hex digits>' is a raw key, so opening
costs no PBKDF2 run. Everything else is set in a `connect` listener and read back,
because settings passed in the URL can be dropped silently.
"""

from __future__ import annotations

import functools
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

from shelterplan.errors import NotAStore, StoreTampered
from shelterplan.store.cipher import CipherProfile, profile_of
from shelterplan.store.failures import plain_error

# pragma -> (value to set, value expected back)
REQUIRED_PRAGMAS: dict[str, tuple[str, object]] = {
    "cipher_memory_security": ("ON", "1"),
    "temp_store": ("MEMORY", 2),
    "journal_mode": ("WAL", "wal"),
    "synchronous": ("FULL", 2),
    "foreign_keys": ("ON", 1),
    "secure_delete": ("ON", 1),
}
SQLITE_HEADER = b"SQLite format 3\x00"


class PragmaNotApplied(RuntimeError):
    """A safety setting did not take: refuse to use the connection."""


_PROFILES: weakref.WeakKeyDictionary[Engine, CipherProfile] = weakref.WeakKeyDictionary()


def _apply_pragmas(profile: CipherProfile, dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # SQLCipher writes its own diagnostics to stderr; our messages say what to do.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        # The page layout, after the key (sent by the dialect) and before the first read.
        for pragma in profile.pragmas():
            cursor.execute(pragma)
        # Reading the schema is the first use of the key: a wrong key fails here.
        cursor.execute("SELECT count(*) FROM sqlite_master")
        cursor.execute("PRAGMA busy_timeout = 5000")
        # 64 MiB of decrypted pages: fewer pages read and decrypted again at agency scale.
        cursor.execute("PRAGMA cache_size = -65536")
        for name, (value, expected) in REQUIRED_PRAGMAS.items():
            cursor.execute(f"PRAGMA {name} = {value}")
            cursor.execute(f"PRAGMA {name}")
            row = cursor.fetchone()
            actual = row[0] if row else None
            if isinstance(actual, str):
                actual = actual.lower()
            if actual != expected:
                raise PragmaNotApplied(f"PRAGMA {name} is {actual!r}, expected {expected!r}")
    finally:
        cursor.close()


def store_url(db_path: Path, data_key: bytes) -> URL:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return URL.create("sqlite+pysqlcipher", password=f"x'{data_key.hex()}'", database=str(db_path))


def data_key_of(engine: Engine) -> bytes:
    """The store's data key, from the engine's raw-key URL (x'<64 hex digits>')."""
    password = str(engine.url.password or "")
    if not (password.startswith("x'") and password.endswith("'")):
        raise ValueError("not an encrypted store engine")
    return bytes.fromhex(password[2:-1])


def make_engine(db_path: Path, data_key: bytes, profile: CipherProfile | None = None) -> Engine:
    """An engine on the store at `db_path`, in `profile`'s page layout (found from the
    file when not given; a new file gets the current one)."""
    url = store_url(db_path, data_key)
    if profile is None:
        profile = profile_of(db_path, data_key)
    engine = create_engine(url, hide_parameters=True)
    event.listen(engine, "connect", functools.partial(_apply_pragmas, profile))
    _PROFILES[engine] = profile
    return engine


def cipher_profile(engine: Engine) -> CipherProfile:
    """The page layout `engine` opens its store with."""
    return _PROFILES[engine]


def first_connect(engine: Engine, db_path: Path) -> None:
    """Open one connection, turning 'not a database' into the right plain message."""
    try:
        with engine.connect():
            pass
    except Exception as exc:
        known = plain_error(exc)
        if known is None:
            raise
        if isinstance(known, NotAStore) and _looks_encrypted(db_path):
            # The key was proven right by its slot, so an unreadable file was altered.
            raise StoreTampered() from exc
        raise known from exc


def _looks_encrypted(db_path: Path) -> bool:
    try:
        with db_path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != SQLITE_HEADER


def integrity_problems(engine: Engine) -> list[str]:
    """Run SQLCipher's page HMAC check and SQLite's quick check; [] means intact."""
    problems: list[str] = []
    try:
        with engine.connect() as connection:
            for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check"):
                problems.append(f"cipher: {row[0]}")
            if problems:  # damaged pages: SQLite's own check may stop on them with an error
                return problems
            quick = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]
            if quick != ["ok"]:
                problems.extend(f"structure: {line}" for line in quick)
    except Exception as exc:
        if plain_error(exc) is None:
            raise
        problems.append("the file could not be read")
    return problems
