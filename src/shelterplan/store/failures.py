"""Telling known database failures (disk full, locked, read-only, not a database) apart
from bugs, by SQLite's own error text — never by showing that text, which may hold data."""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError

from shelterplan.errors import (
    DiskFull,
    NotAStore,
    ReadOnly,
    ShelterplanError,
    StoreBusy,
    StoreTampered,
)

_BY_TEXT: tuple[tuple[str, type[ShelterplanError]], ...] = (
    ("database or disk is full", DiskFull),
    ("disk i/o error", DiskFull),
    ("attempt to write a readonly database", ReadOnly),
    ("unable to open database file", ReadOnly),
    ("readonly database", ReadOnly),
    ("database is locked", StoreBusy),
    ("database table is locked", StoreBusy),
    ("file is not a database", NotAStore),
    ("file is encrypted or is not a database", NotAStore),
    ("database disk image is malformed", StoreTampered),
    ("hmac check failed", StoreTampered),
)


def plain_error(exc: BaseException) -> ShelterplanError | None:
    """The known failure behind `exc`, or None when it is a bug."""
    if isinstance(exc, ShelterplanError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnly()
        return None
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original).lower()
    for fragment, kind in _BY_TEXT:
        if fragment in text:
            return kind()
    return None
