"""Read a SQLCipher 4 file's pages in clear, as someone holding the data key could.

Searching the encrypted bytes for a canary proves nothing about erasure: SQLCipher hides
every page, freed or live. What erasure must also guarantee is that nobody who later gets
the key (a worker, a court order, a thief with a passphrase) finds her text in a page the
store no longer uses. So these helpers decrypt every page of the database file and every
frame of its write-ahead log, live or free, without SQLite's help.

SQLCipher 4 defaults: 4096-byte pages; each ends with a reserve of 80 bytes (a 16-byte IV,
then a 64-byte HMAC-SHA512); AES-256-CBC over the rest; page 1 starts with the 16-byte
salt instead of SQLite's header. A raw key (x'...') is the AES key itself.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import Engine

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def data_key(engine: Engine) -> bytes:
    """The raw data key of a store engine (its URL password is x'<64 hex digits>')."""
    literal = str(engine.url.password)
    assert literal.startswith("x'") and literal.endswith("'")
    return bytes.fromhex(literal[2:-1])


def _page(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[16 if first else 0 : PAGE - RESERVE]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> bytes:
    data = path.read_bytes() if path.exists() else b""
    return b"".join(
        _page(key, data[start : start + PAGE], start == 0)
        for start in range(0, len(data) - PAGE + 1, PAGE)
    )


def wal_pages(path: Path, key: bytes) -> bytes:
    data = path.read_bytes() if path.exists() else b""
    out = []
    start = WAL_HEADER
    while start + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[start : start + 4], "big")
        frame = data[start + FRAME_HEADER : start + FRAME_HEADER + PAGE]
        out.append(_page(key, frame, number == 1))
        start += FRAME_HEADER + PAGE
    return b"".join(out)


def clear_text(db_path: Path, key: bytes) -> bytes:
    """Every page of the file and of its -wal, decrypted, one after the other."""
    return database_pages(db_path, key) + wal_pages(Path(f"{db_path}-wal"), key)


def found(clear: bytes, canaries: list[str]) -> set[str]:
    """Canaries present as UTF-8 text, or lower-cased (as the full-text index keeps words)."""
    hits = set()
    for text in canaries:
        for form in (text, text.lower()):
            if form.encode("utf-8") in clear:
                hits.add(text)
    return hits
